import EcowerkModel
import EcowerkStore
import EcowerkUI
import Testing

@Suite struct OverviewEditingTests {
  /// Moves down until the selection stands on `field` of the plan (or a failure's field).
  static func select(_ field: Field, _ session: inout Session, ref: EntityRef = .plan) {
    session.press(.top)
    for _ in 0..<40 {
      if let target = session.state.editTarget, target.field == field,
        ref == .plan ? target.ref == .plan : true
      {
        return
      }
      session.press(.moveDown)
    }
    Issue.record("no \(field) line")
  }

  @Test func movingTheStartYearMovesTheFinancialPlanWithIt() throws {
    var session = try Session.demo(language: .dutch)
    let original = session.state.plan
    Self.select(.startYear, &session)
    EditingTests.type("2027", into: &session)
    let plan = session.state.plan
    #expect(plan.startYear == 2027)
    #expect(plan.finance.map(\.year) == Array(2027...2032))
    #expect(plan.finance.map(\.ngf) == original.finance.map(\.ngf))
    #expect(plan.violations().isEmpty)
    session.press(.undo)
    #expect(session.state.plan == original)
  }

  @Test func aShorterHorizonDropsLaterYearsAndALongerOneAddsEmptyOnes() throws {
    var session = try Session.demo()
    let original = session.state.plan
    Self.select(.horizonYears, &session)
    EditingTests.type("4", into: &session)
    #expect(session.state.plan.finance.map(\.year) == [2025, 2026, 2027, 2028])
    #expect(session.state.plan.violations().isEmpty)
    EditingTests.type("8", into: &session)
    #expect(session.state.plan.finance.map(\.year) == Array(2025...2032))
    #expect(session.state.plan.financeYear(2031) == FinanceYear(year: 2031))
    #expect(session.state.plan.violations().isEmpty)
    session.press(.undo, times: 2)
    #expect(session.state.plan == original)
  }

  @Test func failuresAreAddedWithTheirActorsAndDeleted() throws {
    var session = Session(plan: Plan.empty(name: "Nieuw", startYear: 2026))
    Self.select(.phase, &session)
    #expect(session.screen.contains("Before the Starting phase"))
    session.press(.bottom)
    // The empty list of system failures offers to add one.
    session.press(.top)
    for _ in 0..<20 where session.state.editTarget != nil || !session.screen.isEmpty {
      session.press(.moveDown)
      if session.state.editTarget == nil { break }
    }
    session.press(.add)
    session.type("Geen loket voor mkb-vragen")
    session.key(.enter)
    let added = session.state.plan.systemFailures.first
    #expect(added?.description == "Geen loket voor mkb-vragen")
    session.press(.moveDown)
    #expect(session.state.editTarget?.field == .actors)
    EditingTests.type("gemeenten, mkb", into: &session)
    #expect(session.state.plan.systemFailures.first?.actors == "gemeenten, mkb")
    session.press(.delete)
    #expect(session.state.plan.systemFailures.isEmpty)
    session.press(.undo)
    #expect(session.state.plan.systemFailures.first?.actors == "gemeenten, mkb")
  }

  @Test func thePhaseCyclesWithSpaceAndTheGuidanceFollows() throws {
    var session = try Session.demo()
    Self.select(.phase, &session)
    #expect(session.screen.contains("Before the Validating phase"))
    session.press(.cycleValue)
    #expect(session.state.plan.phase == .valideren)
    #expect(session.screen.contains("Before the Expanding phase"))
  }
}

@Suite struct AlleyAndPilotsEditingTests {
  @Test func theBowlingAlleyShowsTheOrderAmbassadorsAndWarnings() throws {
    var session = try Session.demo(width: 100, height: 40)
    session.press(.showPane(.segments))
    session.press(.toggleAlley)
    let screen = session.screen
    #expect(screen.contains("Bowling alley"))
    #expect(screen.contains("#1  Metaal- en maakbedrijven"))
    #expect(screen.contains("no ambassador from an earlier segment"))
    // K moves a segment one place earlier: positions swap.
    session.press(.moveDown)
    let second = session.state.plan.segments[session.state.views.segments.list.row]
    #expect(second.alleyPosition == 2)
    session.press(.moveItemUp)
    #expect(session.state.plan.segment(second.id)?.alleyPosition == 1)
    #expect(session.state.plan.violations().isEmpty)
    session.press(.undo)
    #expect(session.state.plan == (try DemoPlan.load()))
  }

  @Test func startingSeveralSegmentsAtOnceIsWarnedAbout() throws {
    var plan = try DemoPlan.load()
    plan.segments[1].alleyPosition = 1
    var session = Session(plan: plan, width: 100, height: 40)
    session.press(.showPane(.segments))
    session.press(.toggleAlley)
    #expect(session.screen.contains("Think big, act small: 2 segments start at once at #1"))
  }

  @Test func pilotLearningsAndPainPointsAreEditedInTheDetail() throws {
    var session = try Session.demo(width: 120, height: 40)
    let original = session.state.plan
    session.press(.showPane(.pilots))
    session.press(.switchFocus)
    for _ in 0..<30 where session.state.editTarget?.field != .learnings {
      session.press(.moveDown)
    }
    #expect(session.state.editTarget?.field == .learnings)
    session.press(.add)
    session.type("Eigenaren willen één aanspreekpunt")
    session.key(.enter)
    #expect(session.state.plan.pilots[0].learnings.contains("Eigenaren willen één aanspreekpunt"))
    for _ in 0..<30 {
      if case .painPoint? = session.state.editTarget?.ref { break }
      session.press(.moveDown)
    }
    guard case .painPoint(_, let pointID)? = session.state.editTarget?.ref else {
      Issue.record("no pain point selected")
      return
    }
    let kind = session.state.plan.pilots[0].painPoints.first { $0.id == pointID }?.kind
    session.press(.cycleValue)
    #expect(session.state.plan.pilots[0].painPoints.first { $0.id == pointID }?.kind != kind)
    #expect(session.state.plan.violations().isEmpty)
    session.undoAll()
    #expect(session.state.plan == original)
  }
}
