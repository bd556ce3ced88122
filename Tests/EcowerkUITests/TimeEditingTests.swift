import EcowerkModel
import EcowerkStore
import Testing

@testable import EcowerkUI

/// Time and cause edited in the workbench: a link's own assumptions, a KPI's milestones, every
/// field of a measurement, the assumption that explains a miss, and the day a segment or a
/// proposition was added. Each one undo step.
@Suite struct TimeEditingTests {
  static func reach(
    _ target: Target, _ s: inout Session, by command: Command = .moveDown, limit: Int = 120
  ) -> Bool {
    LinkEditingTests.reach(target, &s, by: command, limit: limit)
  }

  /// The Theory of Change with `node` selected and the keyboard in its detail.
  static func detail(of node: NodeID, width: Int = 120, height: Int = 40) throws -> Session {
    var s = try Session.demo(width: width, height: height)
    s.press(.showPane(.theoryOfChange))
    TheoryOfChangePane.selectNode(node, &s.state)
    s.press(.switchFocus)
    return s
  }

  /// Moves down to the first line that is a placeholder of `list`.
  static func reachPlaceholder(_ list: ListRef, _ s: inout Session, limit: Int = 120) -> Bool {
    for _ in 0..<limit {
      if let item = selectedItem(s), item.list == list, item.isNewEntry { return true }
      s.press(.moveDown)
    }
    return false
  }

  static func selectedItem(_ s: Session) -> DetailItem? {
    let rect = Workbench.paneRect(s.state)
    guard
      let frame = TheoryOfChangePane.detailFrame(
        s.state, in: TheoryOfChangePane.layout(rect).detail)
    else { return nil }
    let row = s.state.views.theoryOfChange.detail.row
    return frame.detail.items.indices.contains(row) ? frame.detail.items[row] : nil
  }

  @Test func aLinksAssumptionsAreShownUnderItAndEditedLikeAnElements() throws {
    var s = try Self.detail(of: "toc-11")
    let original = s.state.plan
    // The link's broken assumption with its plan B, under the link's line.
    #expect(s.screen.contains("✗ broken: Ondernemers willen hun"), "\(s.screen)")
    #expect(s.screen.contains("Plan B: Gegevens"))
    let assumption = Target(.linkAssumption("cl-2", "as-9"), .text)
    #expect(Self.reach(assumption, &s))
    EditingTests.type("Ondernemers delen hun gegevens alleen geanonimiseerd", into: &s)
    #expect(
      s.state.plan.changeLinks[1].assumptions[0].text
        == "Ondernemers delen hun gegevens alleen geanonimiseerd")
    // Space cycles its status, as an element's does.
    s.press(.cycleValue)
    #expect(s.state.plan.changeLinks[1].assumptions[0].status != .broken)
    // Adding after it writes a second one, named in the editor that opens.
    s.press(.add)
    s.type("De netbeheerder levert de totalen per terrein")
    s.key(.enter)
    #expect(s.state.plan.changeLinks[1].assumptions.count == 2)
    #expect(
      s.state.plan.changeLinks[1].assumptions[1].text
        == "De netbeheerder levert de totalen per terrein")
    #expect(s.state.plan.violations().isEmpty)
    s.undoAll()
    #expect(s.state.plan == original)
  }

  /// With the workshop keys (no key cycles a value) Tab from the text chooses the status.
  @Test func withTheWorkshopKeysTabFromALinksAssumptionChoosesItsStatus() throws {
    var s = try Session.demo(width: 120, height: 40, keymap: .workshop)
    let original = s.state.plan
    s.key(.ctrl("g"))
    s.type("4")
    TheoryOfChangePane.selectNode("toc-11", &s.state)
    s.key(.function(6))
    #expect(Self.reach(Target(.linkAssumption("cl-2", "as-9"), .text), &s))
    s.key(.function(2))
    s.key(.tab)
    guard case .picking(let list) = s.state.mode else {
      Issue.record("Tab did not open the status")
      return
    }
    #expect(list.options.contains { $0.value == "holds" })
    let chose = s.choose("holds")
    #expect(chose)
    #expect(s.state.plan.changeLinks[1].assumptions[0].status == .holds)
    s.key(.ctrl("z"))
    #expect(s.state.plan == original)
  }

  @Test func aLinkWithoutAssumptionsGetsTheFirstFromItsPlaceholder() throws {
    var s = try Self.detail(of: "toc-11")
    let original = s.state.plan
    // A new link from the collectives to another outcome, its reason typed at once.
    s.press(.addLink)
    guard case .picking(let list) = s.state.mode else {
      Issue.record("no list of elements to link to")
      return
    }
    let target = try #require(list.options.firstIndex { $0.value == "toc-12" })
    for _ in 0..<target { s.key(.down) }
    s.key(.enter)
    s.type("Ook winkeliers doen mee in het collectief")
    s.key(.enter)
    let link = try #require(s.state.plan.changeLinks.last)
    #expect(link.to == "toc-12" && link.assumptions.isEmpty)
    #expect(Self.reachPlaceholder(.linkAssumptions(link.id), &s))
    #expect(s.screen.contains("Assumptions: none yet"))
    s.press(.edit)
    s.type("Winkeliers hebben tijd voor het collectief")
    s.key(.enter)
    #expect(
      s.state.plan.changeLinks.last?.assumptions.map(\.text)
        == ["Winkeliers hebben tijd voor het collectief"])
    s.undoAll()
    #expect(s.state.plan == original)
  }

  @Test func aKPIsMilestonesAreAddedAndTypedInYearOrder() throws {
    var s = try Self.detail(of: "toc-16")
    let original = s.state.plan
    let kpi = try #require(original.kpi("kpi-6"))
    #expect(kpi.milestones.count == 1)
    let first = kpi.milestones[0]
    #expect(s.screen.contains("Milestones  \(first.year)  40"), "\(s.screen)")
    #expect(Self.reach(Target(.milestone("kpi-6", year: first.year), .value), &s))
    EditingTests.type("45", into: &s)
    #expect(s.state.plan.kpi("kpi-6")?.milestones[0].value == 45)
    // Adding on a milestone plants the next year, its figure typed in the editor that opens.
    s.press(.add)
    s.type("80")
    s.key(.enter)
    let milestones = try #require(s.state.plan.kpi("kpi-6")?.milestones)
    #expect(milestones.count == 2)
    #expect(milestones.contains { $0.year == first.year + 1 && $0.value == 80 })
    // Delete on a milestone removes it.
    #expect(
      Self.reach(Target(.milestone("kpi-6", year: first.year), .value), &s, by: .moveUp, limit: 10))
    s.press(.delete)
    if case .confirmDelete = s.state.mode { s.key(.char("y")) }
    #expect(s.state.plan.kpi("kpi-6")?.milestones.map(\.year) == [first.year + 1])
    s.undoAll()
    #expect(s.state.plan == original)
  }

  @Test func aKPIWithoutMilestonesGetsItsFirstFromThePlaceholder() throws {
    var s = try Self.detail(of: "toc-17")
    let original = s.state.plan
    #expect(Self.reachPlaceholder(.milestones("kpi-7"), &s))
    s.press(.edit)
    s.type("1200")
    s.key(.enter)
    let milestones = try #require(s.state.plan.kpi("kpi-7")?.milestones)
    #expect(milestones.map(\.value) == [1200])
    #expect(milestones.map(\.year) == [Session.today.year])
    s.undoAll()
    #expect(s.state.plan == original)
  }

  /// When every year has its milestone, adding one says so rather than nothing; adding on a
  /// link's line says where a link is made.
  @Test func addingWhereNothingCanBeAddedSaysWhy() throws {
    var plan = Plan(startYear: 2026, horizonYears: 2)
    plan.theoryOfChange = [
      ChangeNode(
        id: "a", level: .impact, title: "Doel",
        children: [ChangeNode(id: "b", level: .outcome, title: "Uitkomst")]),
      ChangeNode(id: "c", level: .impact, title: "Ander doel"),
    ]
    var kpi = KPI(id: "k", name: "Teller", baseline: 0, target: 10)
    kpi.deadline = CalendarDate(year: 2027, month: 12, day: 31)
    kpi.milestones = [Milestone(year: 2026, value: 4), Milestone(year: 2027, value: 10)]
    plan.theoryOfChange[0].children[0].kpis = [kpi]
    plan.changeLinks = [ChangeLink(id: "l", from: "b", to: "c", rationale: "Ook daarvoor")]
    var s = Session(plan: plan, width: 120, height: 40)
    s.press(.showPane(.theoryOfChange))
    TheoryOfChangePane.selectNode("b", &s.state)
    s.press(.switchFocus)
    #expect(Self.reach(Target(.milestone("k", year: 2027), .value), &s))
    s.press(.add)
    #expect(s.state.plan == plan)
    #expect(s.statusLine.contains("Every year has a milestone already"), "\(s.statusLine)")
    #expect(Self.reach(Target(.changeLink("l"), .rationale), &s))
    s.press(.add)
    #expect(s.state.plan == plan)
    #expect(s.statusLine.contains("A new link starts from the element: L"), "\(s.statusLine)")
  }

  /// Enter edits a measurement's figure; Tab goes on to who measured it, the note and the
  /// date, each in the same place, and the status bar names what is typed.
  @Test func everyFieldOfAMeasurementIsTypedByTabbingAlongItsLine() throws {
    var s = try Self.detail(of: "toc-16")
    let original = s.state.plan
    let kpi = try #require(original.kpi("kpi-6"))
    let latest = try #require(kpi.latest)
    let target = Target(.measurement("kpi-6", latest.id), .value)
    #expect(Self.reach(target, &s))
    #expect(s.screen.contains("Measured    2026-11-15  22 · ROC"), "\(s.screen)")
    s.press(.edit)
    s.key(.ctrl("u"))
    s.type("31")
    s.press(.commitAndNext)
    guard case .editing(let who) = s.state.mode else {
      Issue.record("Tab did not go on to who measured it")
      return
    }
    #expect(who.target == Target(.measurement("kpi-6", latest.id), .measuredBy))
    #expect(
      s.statusLine.contains("editing: measured by of Monteurs gediplomeerd, 2026-11-15"),
      "\(s.statusLine)")
    s.key(.ctrl("u"))
    s.type("Saxion")
    s.press(.commitAndNext)
    s.key(.ctrl("u"))
    s.type("Telling na de zomer")
    s.press(.commitAndNext)
    guard case .editing(let date) = s.state.mode else {
      Issue.record("Tab did not go on to the date")
      return
    }
    #expect(date.target.field == .date)
    s.key(.ctrl("u"))
    s.type("1-10-2026")
    s.key(.enter)
    let measured = try #require(
      s.state.plan.kpi("kpi-6")?.measurements.first { $0.id == latest.id })
    #expect(measured.value == 31)
    #expect(measured.measuredBy == "Saxion")
    #expect(measured.note == "Telling na de zomer")
    #expect(measured.date == CalendarDate(year: 2026, month: 10, day: 1))
    // The line says all of it, wrapped under the figure.
    #expect(s.screen.contains("Measured    2026-10-01  31 ·"), "\(s.screen)")
    #expect(s.screen.contains("│                           Saxion · Telling na"))
    s.undoAll()
    #expect(s.state.plan == original)
  }

  @Test func aMeasurementEnteredByMistakeIsDeletedAndANewOneDatedToday() throws {
    var s = try Self.detail(of: "toc-16")
    let original = s.state.plan
    let latest = try #require(original.kpi("kpi-6")?.latest)
    #expect(Self.reach(Target(.measurement("kpi-6", latest.id), .value), &s))
    s.press(.add)
    s.type("33")
    s.key(.enter)
    let added = try #require(s.state.plan.kpi("kpi-6")?.measurements.last)
    #expect(added.value == 33 && added.date == Session.today)
    #expect(s.state.plan.kpi("kpi-6")?.actual == 33)
    #expect(Self.reach(Target(.measurement("kpi-6", added.id), .value), &s, limit: 10))
    s.press(.delete)
    if case .confirmDelete = s.state.mode { s.key(.char("y")) }
    #expect(
      s.state.plan.kpi("kpi-6")?.measurements.count == original.kpi("kpi-6")?.measurements.count)
    s.undoAll()
    #expect(s.state.plan == original)
  }

  /// A miss put down to a changed environment names the assumption that broke, picked from
  /// every element's and link's assumptions, the broken ones first.
  @Test func theAssumptionThatBrokeIsPickedFromAllOfThem() throws {
    var s = try Self.detail(of: "toc-8")
    let original = s.state.plan
    #expect(original.kpi("kpi-4")?.causeAssumption == "as-4")
    #expect(Self.reach(Target(.nodeKPI("toc-8", "kpi-4"), .causeAssumption), &s))
    #expect(s.screen.contains("Assumption  Netbeheerder geeft"), "\(s.screen)")
    s.press(.edit)
    guard case .picking(let list) = s.state.mode else {
      Issue.record("no list of assumptions")
      return
    }
    let broken =
      original.allNodes().flatMap { $0.node.assumptions }.filter {
        $0.status == .broken
      }.count + original.changeLinks.flatMap(\.assumptions).filter { $0.status == .broken }.count
    let all =
      original.allNodes().flatMap { $0.node.assumptions }.count
      + original.changeLinks.flatMap(\.assumptions).count
    #expect(list.options.count == all + 1)
    // "(none)" first, then the broken ones: the link's as-9 among them.
    let values = list.options.dropFirst().prefix(broken).compactMap(\.value)
    #expect(Set(values) == ["as-4", "as-9"])
    #expect(list.options.contains { $0.label.contains("Ondernemerscollectieven vormen → ") })
    let chose = s.choose("as-9")
    #expect(chose)
    #expect(s.state.plan.kpi("kpi-4")?.causeAssumption == "as-9")
    #expect(s.screen.contains("Assumption  Ondernemers willen"), "\(s.screen)")
    s.press(.undo)
    #expect(s.state.plan == original)
  }

  @Test func theDayASegmentWasAddedIsTypedInItsProfile() throws {
    var s = try Session.demo(width: 120, height: 40)
    let original = s.state.plan
    s.press(.showPane(.segments))
    s.press(.switchFocus)
    #expect(Self.reach(Target(.segment("seg-1"), .added), &s))
    #expect(s.screen.contains("Added"))
    EditingTests.type("1-2-2025", into: &s)
    #expect(s.state.plan.segments[0].added == CalendarDate(year: 2025, month: 2, day: 1))
    s.press(.undo)
    #expect(s.state.plan == original)
  }

  @Test func theDayAPropositionWasAddedIsTypedUnderIt() throws {
    var s = try Session.demo(width: 120, height: 40)
    let original = s.state.plan
    s.press(.showPane(.propositions))
    #expect(Self.reach(Target(.proposition("vp-2"), .added), &s))
    EditingTests.type("15-9-2025", into: &s)
    #expect(s.state.plan.propositions[1].added == CalendarDate(year: 2025, month: 9, day: 15))
    // A date that is not one is refused in words and the editor stays open.
    s.press(.edit)
    s.key(.ctrl("u"))
    s.type("morgen")
    s.key(.enter)
    guard case .editing(let session) = s.state.mode else {
      Issue.record("the editor closed on a date that is not one")
      return
    }
    #expect(session.refusal != nil)
    s.press(.cancel)
    s.press(.undo)
    #expect(s.state.plan == original)
  }
}

/// The KPI dashboard's detail: every KPI — an action's as well as an element's — with its
/// figures, cause, milestones and measurements, edited with the keyboard in the detail.
@Suite struct DashboardDetailTests {
  static func dashboard(vim: Bool = false) throws -> Session {
    var s = try Session.demo(width: 100, height: 30, keymap: vim ? .vim : .workshop)
    if vim {
      s.press(.showPane(.actions))
      s.press(.toggleKPIs)
    } else {
      // Pane 7 by Ctrl-G and its number, the dashboard by Ctrl-W: what the key bar shows.
      s.key(.ctrl("g"))
      s.type("7")
      s.key(.ctrl("w"))
    }
    #expect(s.state.views.actions.showsKPIs)
    return s
  }

  /// Selects the dashboard row of the KPI with this id.
  static func select(_ kpi: KPIID, _ s: inout Session) -> Bool {
    for _ in 0..<20 {
      if case .actionKPI(_, let id)? = s.state.views.actions.selectedKPI, id == kpi { return true }
      if case .nodeKPI(_, let id)? = s.state.views.actions.selectedKPI, id == kpi { return true }
      s.press(.moveDown)
    }
    return false
  }

  static func reach(_ target: Target, _ s: inout Session) -> Bool {
    LinkEditingTests.reach(target, &s, limit: 40)
  }

  @Test func anActionsKPIGetsItsHistoryInTheDashboardDetail() throws {
    var s = try Self.dashboard()
    let original = s.state.plan
    #expect(Self.select("kpi-12", &s))
    #expect(s.screen.contains("Nieuwe mkb-aanmeldingen"))
    #expect(s.screen.contains("F6: edit this KPI's milestones, measurements and cause"))
    s.key(.function(6))
    #expect(s.state.views.actions.boardFocus == .detail)
    #expect(!s.screen.contains("F6: edit this KPI's"))
    // The KPI is behind: its cause is asked for and picked.
    let ref = EntityRef.actionKPI("act-7", "kpi-12")
    #expect(Self.reach(Target(ref, .cause), &s))
    s.key(.enter)
    guard case .picking = s.state.mode else {
      Issue.record("no choice of cause")
      return
    }
    s.type("changed")
    s.key(.enter)
    #expect(s.state.plan.kpi("kpi-12")?.cause == .environment)
    // A changed environment names the assumption that broke.
    #expect(Self.reach(Target(ref, .causeAssumption), &s))
    s.key(.enter)
    guard case .picking(let list) = s.state.mode else {
      Issue.record("no list of assumptions")
      return
    }
    #expect(list.options.dropFirst().first?.value == "as-4")
    s.key(.down)
    s.key(.enter)
    #expect(s.state.plan.kpi("kpi-12")?.causeAssumption == "as-4")
    // Enter took it and moved down, to the placeholder of the milestones: the first one is
    // typed at once.
    #expect(s.screen.contains("Milestones  none yet"), "\(s.screen)")
    #expect(
      KpiDashboard.selectedDetailItem(s.state, in: Workbench.paneRect(s.state))?.1.list
        == .milestones("kpi-12"))
    s.type("100")
    s.key(.enter)
    #expect(
      s.state.plan.kpi("kpi-12")?.milestones == [Milestone(year: Session.today.year, value: 100)])
    // The measurement's date, who and note, Tab along the line.
    let measurement = try #require(original.kpi("kpi-12")?.measurements.first)
    #expect(Self.reach(Target(.measurement("kpi-12", measurement.id), .value), &s))
    s.key(.function(2))
    s.key(.tab)
    s.type("Metaalbond")
    s.key(.tab)
    s.type("Aanmeldingen tot en met oktober")
    s.key(.tab)
    s.key(.ctrl("u"))
    s.type("31-10-2026")
    s.key(.enter)
    let changed = try #require(s.state.plan.kpi("kpi-12")?.measurements.first)
    #expect(changed.measuredBy == "Metaalbond")
    #expect(changed.note == "Aanmeldingen tot en met oktober")
    #expect(changed.date == CalendarDate(year: 2026, month: 10, day: 31))
    #expect(changed.value == measurement.value)
    #expect(s.state.plan.violations().isEmpty)
    // Back to the table with the same key.
    s.key(.function(6))
    #expect(s.state.views.actions.boardFocus == .table)
    s.key(.ctrl("z"))
    s.undoAll()
    #expect(s.state.plan == original)
  }

  @Test func withVimKeysTheFocusKeyGoesIntoTheDetailAndANewMeasurementIsAdded() throws {
    var s = try Self.dashboard(vim: true)
    let original = s.state.plan
    #expect(Self.select("kpi-13", &s))
    s.press(.switchFocus)
    let first = try #require(original.kpi("kpi-13")?.measurements.first)
    #expect(Self.reach(Target(.measurement("kpi-13", first.id), .value), &s))
    s.press(.add)
    s.type("21")
    s.key(.enter)
    let kpi = try #require(s.state.plan.kpi("kpi-13"))
    #expect(kpi.measurements.count == 2)
    #expect(kpi.actual == 21)
    // The board was ordered again; the selection stayed with the KPI and its new figure.
    #expect(s.state.views.actions.selectedKPI == .actionKPI("act-12", "kpi-13"))
    #expect(s.state.editTarget == Target(.measurement("kpi-13", kpi.measurements[1].id), .value))
    s.press(.undo)
    #expect(s.state.plan == original)
  }

  @Test func theTableKeepsTypingTheActualFigure() throws {
    var s = try Self.dashboard()
    let original = s.state.plan
    #expect(Self.select("kpi-12", &s))
    s.type("90")
    s.key(.enter)
    #expect(s.state.plan.kpi("kpi-12")?.actual == 90)
    s.key(.ctrl("z"))
    #expect(s.state.plan == original)
  }
}

/// From 140 columns the dashboard has a column saying why a missed goal is missed.
@Suite struct DashboardCauseColumnTests {
  @Test func theCauseColumnSaysWhyAndAsksWhereNobodySaidIt() throws {
    var s = try Session.demo(width: 160, height: 40, language: .dutch)
    s.press(.showPane(.actions))
    s.press(.toggleKPIs)
    let header = try #require(s.screen.split(separator: "\n").first { $0.contains("Hoort bij") })
    #expect(header.hasSuffix("Oorzaak"), "\(header)")
    let line = { (name: String) in
      s.screen.split(separator: "\n").first { $0.contains(name) }.map(String.init) ?? ""
    }
    #expect(line("Mkb met uitgevoer").hasSuffix("omgeving"))
    #expect(line("Energiescans uitg").hasSuffix("uitvoering"))
    #expect(line("Monteurs gediplom").hasSuffix("?"))
    // Reached or on track: nothing to explain.
    #expect(line("Energiecoaches op").hasSuffix("31-12-2025"))
    // The unexplained misses come before the explained ones.
    let rows = s.state.views.actions.dashboard?.entries ?? []
    let behind = rows.filter { $0.standing == .behind }.map { $0.kpi.cause }
    let firstNamed = behind.firstIndex { $0 != nil } ?? behind.count
    #expect(behind[..<firstNamed].allSatisfy { $0 == nil })
    #expect(behind[firstNamed...].allSatisfy { $0 != nil })
    // At 120 columns there is no room: the detail's Cause line says it.
    s.resize(120, 40)
    let narrow = try #require(s.screen.split(separator: "\n").first { $0.contains("Hoort bij ") })
    #expect(!narrow.contains("Oorzaak"), "\(narrow)")
    #expect(s.screen.contains("   Oorzaak    –"), "the detail's line")
  }
}

/// The year a new milestone gets: after the last one up to the deadline, else the first free
/// year from the plan's start, never after the deadline.
@Suite struct NewMilestoneYearTests {
  static func year(_ years: [Int], deadline: Int?, today: Int = 2026) -> Int? {
    var plan = Plan(startYear: 2025, horizonYears: 6)
    var kpi = KPI(id: "k")
    kpi.deadline = deadline.flatMap { CalendarDate(year: $0, month: 12, day: 31) }
    kpi.milestones = years.map { Milestone(year: $0) }
    plan.theoryOfChange = [ChangeNode(id: "n", level: .impact, kpis: [kpi])]
    guard let day = CalendarDate(year: today, month: 6, day: 1),
      let (entity, _) = NewEntity.make(
        for: .milestones("k"), in: plan, choice: nil, today: day),
      case .milestone(let milestone) = entity
    else { return nil }
    return milestone.year
  }

  @Test func theNextYearUpToTheDeadlineThenAnEarlierFreeOne() {
    #expect(Self.year([], deadline: 2028) == 2026, "the first: this year")
    #expect(Self.year([2026], deadline: 2028) == 2027)
    #expect(Self.year([2026, 2027, 2028], deadline: 2028) == 2025, "later taken: from the start")
    #expect(Self.year([2025, 2026, 2027, 2028], deadline: 2028) == nil, "none after the deadline")
    #expect(Self.year([2030], deadline: nil) == 2025, "no deadline: the plan's last year, 2030")
    #expect(Self.year([], deadline: nil, today: 2040) == 2025, "today after the plan")
  }
}
