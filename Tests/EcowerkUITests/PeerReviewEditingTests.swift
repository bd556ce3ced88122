import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import EcowerkStrings
import EcowerkText
import Foundation
import Testing

@testable import EcowerkUI

/// Scoring the latest review, adding and deleting reviews, and loading another rubric, by keys.
/// The plan stays valid after every command and undo gives back the identical plan.
@Suite struct PeerReviewEditingTests {
  typealias Pane = PeerReviewPaneTests

  static func level(_ element: String, in review: ReviewID, _ session: Session) -> Int? {
    session.state.plan.reviews.first { $0.id == review }?.score(of: element)?.level
  }

  /// Puts the selection on the first item with `target`.
  static func select(_ target: Target, _ session: inout Session) {
    let rect = ScreenLayout(session.state.size).pane
    let items = PeerReviewPane.items(session.state, width: rect.width)
    guard let index = items.firstIndex(where: { $0.target == target }) else {
      Issue.record("no item for \(target)")
      return
    }
    session.state.views.peerReview.row = index
    session.resize(session.state.size.width, session.state.size.height)
  }

  /// Edits the selected field by keys. In this pane `e` is bound as Enter is, so that it opens
  /// the levels on an element; on other lines it edits as everywhere.
  static func type(_ text: String, into session: inout Session) {
    session.key(.char("e"))
    session.key(.ctrl("u"))
    session.key(.ctrl("k"))
    session.type(text)
    session.key(.enter)
  }

  static func undoAll(_ session: inout Session) {
    session.undoAll()
  }

  @Test func spaceCountsTheLevelUpAndGoesRoundAfterFive() throws {
    var session = try Pane.session()
    let original = session.state.plan
    #expect(
      Pane.selectedItem(session)?.target == Target(.score("rev-2", element: "visie-1"), .level))
    session.press(.cycleValue)
    #expect(Self.level("visie-1", in: "rev-2", session) == 4)
    #expect(session.state.status?.text == "Gedeelde visie: niveau 3 → 4 (review van 10-6-2026)")
    #expect(
      try #require(Pane.line(containing: "  Gedeelde visie ", in: session)).hasSuffix("2 → 4"))
    #expect(session.screen.contains("Niveau 4: Visie dient als ijkpunt"))
    session.press(.cycleValue)
    session.press(.cycleValue)
    #expect(Self.level("visie-1", in: "rev-2", session) == 1)
    #expect(session.state.plan.violations().isEmpty)
    // The profile follows: visie goes from 3+3+3+2 to 1+3+3+2 = 9/4 = 2,3.
    let profile = try #require(Pane.line(containing: "Visie & doelgroep  ", in: session))
    #expect(profile.hasSuffix("2,3"))
    Self.undoAll(&session)
    #expect(session.state.plan == original)
  }

  @Test func scoringAnUnscoredElementInsertsItsScoreAndUndoRemovesIt() throws {
    var plan = try DemoPlan.load()
    plan.reviews[1].scores.removeAll { $0.element == "visie-2" }
    var session = try Pane.session(plan)
    Self.select(Target(.score("rev-2", element: "visie-2"), .level), &session)
    #expect(session.screen.contains("Nog niet gescoord in de review van 10-6-2026"))
    #expect(
      try #require(Pane.line(containing: "  Doelgroepsegmenten ", in: session)).hasSuffix("2 → –"))
    session.press(.cycleValue)
    let scores = session.state.plan.reviews[1].scores
    #expect(scores.count == 16 && scores.last == ElementScore(element: "visie-2", level: 1))
    #expect(session.state.plan.violations().isEmpty)
    #expect(
      try #require(Pane.line(containing: "  Doelgroepsegmenten ", in: session)).hasSuffix("2 → 1"))
    session.press(.undo)
    #expect(session.state.plan == plan)
  }

  @Test func thePickListShowsEachLevelsDescriptionWithTheCurrentOneSelected() throws {
    var session = try Pane.session()
    let original = session.state.plan
    session.key(.char("e"))
    guard case .picking(let list) = session.state.mode else {
      Issue.record("e opens no pick list")
      return
    }
    #expect(list.options.count == 5 && list.selected == 2)
    #expect(list.title == "Niveau: Gedeelde visie")
    #expect(
      list.options[0].label
        == "1 — Geen gezamenlijke visie; partners werken vanuit hun eigen agenda.")
    // Cut to fit the 80 columns, with "…" where it was cut.
    #expect(list.options[2].label.hasPrefix("3 — Gedeelde visie benoemt doelgroep en probleem;"))
    #expect(list.options[2].label.hasSuffix("…"))
    #expect(list.options.allSatisfy { DisplayWidth.of($0.label) <= 73 })
    let screen = session.screen
    #expect(screen.contains("›  3 — Gedeelde visie benoemt doelgroep"))
    #expect(screen.contains("5 — "))
    session.key(.down)
    session.key(.enter)
    #expect(Self.level("visie-1", in: "rev-2", session) == 4)
    #expect(session.state.mode == .normal)
    // Enter does the same, and Escape leaves the level as it is.
    session.key(.enter)
    session.key(.escape)
    #expect(Self.level("visie-1", in: "rev-2", session) == 4)
    session.press(.undo)
    #expect(session.state.plan == original)
  }

  @Test func pickingALevelForAnUnscoredElementInsertsItsScore() throws {
    var plan = try DemoPlan.load()
    plan.reviews[1].scores.removeAll { $0.element == "waarde-4" }
    var session = try Pane.session(plan, language: .english)
    Self.select(Target(.score("rev-2", element: "waarde-4"), .level), &session)
    session.key(.enter)
    guard case .picking(let list) = session.state.mode else {
      Issue.record("Enter opens no pick list")
      return
    }
    #expect(list.selected == 0, "an unscored element starts at level 1")
    #expect(list.options.map(\.value) == ["1", "2", "3", "4", "5"])
    session.key(.char("3"))
    session.key(.enter)
    #expect(Self.level("waarde-4", in: "rev-2", session) == 3)
    #expect(session.state.plan.violations().isEmpty)
    session.press(.undo)
    #expect(session.state.plan == plan)
  }

  @Test func theNoteOfAScoreIsEditable() throws {
    var session = try Pane.session()
    let original = session.state.plan
    session.press(.moveDown)
    #expect(
      Pane.selectedItem(session)?.target == Target(.score("rev-2", element: "visie-1"), .note))
    #expect(session.screen.contains("    Toelichting: (nog geen — e schrijft er een)"))
    Self.type("Alle partners tekenden de visie", into: &session)
    #expect(
      session.state.plan.reviews[1].score(of: "visie-1")?.note == "Alle partners tekenden de visie")
    #expect(session.screen.contains("    Toelichting: Alle partners tekenden de visie"))
    // Space on a note is no choice, and d does not delete the score from here.
    session.press(.cycleValue)
    session.press(.delete)
    #expect(session.state.plan.reviews[1].scores.count == 16)
    session.press(.undo)
    #expect(session.state.plan == original)
  }

  @Test func deletingAScoreLeavesTheElementUnscored() throws {
    var session = try Pane.session()
    let original = session.state.plan
    session.press(.delete)
    #expect(Self.level("visie-1", in: "rev-2", session) == nil)
    #expect(session.state.plan.violations().isEmpty)
    session.press(.delete)
    #expect(session.state.status?.text.contains("nog niet gescoord") == true)
    session.press(.undo)
    #expect(session.state.plan == original)
  }

  @Test func addingAReviewMakesItTheLatestAndScoringContinuesThere() throws {
    var session = try Pane.session(width: 80, height: 24)
    let original = session.state.plan
    session.press(.bottom)
    #expect(Pane.selectedItem(session)?.target == Target(.review("rev-2"), .note))
    session.press(.add)
    #expect(session.state.mode != .normal, "the editor opens on the new review's note")
    session.type("Review na de pilots")
    session.key(.enter)
    let reviews = session.state.plan.reviews
    #expect(reviews.count == 3)
    let added = try #require(reviews.last)
    #expect(added.date == Session.today && added.phase == original.phase && added.scores.isEmpty)
    #expect(added.note == "Review na de pilots")
    #expect(ReviewHistory(reviews).latest?.id == added.id)
    #expect(session.state.plan.violations().isEmpty)
    session.press(.top)
    #expect(session.screen.contains("De review van 29-11-2026 (Ontwikkelen) heeft nog geen scores"))
    #expect(
      Pane.selectedItem(session)?.target == Target(.score(added.id, element: "visie-1"), .level))
    session.press(.cycleValue, times: 4)
    #expect(Self.level("visie-1", in: added.id, session) == 4)
    #expect(Self.level("visie-1", in: "rev-2", session) == 3, "the earlier review stays")
    // The profile sets the new review beside the one before it.
    #expect(session.screen.contains("10-6-2026            29-11-2026"))
    let visie = try #require(Pane.line(containing: "Visie & doelgroep  ", in: session))
    #expect(visie.contains("2,8") && visie.hasSuffix("4,0"))
    #expect(
      try #require(Pane.line(containing: "  Gedeelde visie ", in: session)).hasSuffix("2 → 3 → 4"))
    Self.undoAll(&session)
    #expect(session.state.plan == original)
  }

  @Test func aReviewsDateAndPhaseAreEditableAndDeleteIsUndone() throws {
    var session = try Pane.session(width: 80, height: 40)
    let original = session.state.plan
    Self.select(Target(.review("rev-1"), .date), &session)
    Self.type("1-7-2025", into: &session)
    #expect(session.state.plan.reviews[0].date == CalendarDate(year: 2025, month: 7, day: 1))
    session.press(.moveDown)
    #expect(Pane.selectedItem(session)?.target == Target(.review("rev-1"), .phase))
    session.press(.cycleValue)
    #expect(session.state.plan.reviews[0].phase == .ontwikkelen, "the phase after Starten")
    session.key(.char("e"))
    guard case .picking(let phases) = session.state.mode else {
      Issue.record("a phase is picked, not typed")
      return
    }
    #expect(phases.options.count == Phase.allCases.count)
    session.key(.escape)
    Self.select(Target(.review("rev-1"), .date), &session)
    Self.type("31-2-2025", into: &session)
    guard case .editing(let editing) = session.state.mode else {
      Issue.record("a wrong date closed the editor")
      return
    }
    #expect(editing.refusal != nil)
    session.key(.escape)
    session.press(.delete)
    #expect(session.state.plan.reviews.map(\.id) == ["rev-2"])
    #expect(session.state.plan.violations().isEmpty)
    Self.undoAll(&session)
    #expect(session.state.plan == original)
  }

  @Test func commandsThatCannotApplySayWhatToDoInstead() throws {
    var session = try Pane.session()
    let original = session.state.plan
    let cases: [(Command, String)] = [
      (.add, "onder Reviews (G, dan a)"), (.duplicate, "komen uit het kader"),
      (.moveItemDown, "komen uit het kader"),
    ]
    for (command, text) in cases {
      session.press(command)
      #expect(session.state.status?.text.contains(text) == true, "\(command)")
      #expect(session.state.status?.kind == .warning)
    }
    Self.select(Target(.review("rev-2"), .date), &session)
    session.press(.moveItemUp)
    #expect(session.state.status?.text.contains("Reviews staan op datum") == true)
    session.press(.duplicate)
    #expect(session.state.status?.text.contains("kopiëren kan niet") == true)
    #expect(session.state.plan == original)
  }

  @Test func withoutAReviewTheFirstIsAddedUnderReviews() throws {
    var session = try Pane.session(Plan.empty(startYear: 2025), width: 80, height: 40)
    let empty = session.state.plan
    session.press(.cycleValue)
    #expect(session.state.status?.text.contains("nog geen review om in te scoren") == true)
    session.key(.char("e"))
    #expect(session.state.mode == .normal)
    #expect(session.state.plan == empty)
    session.press(.bottom)
    #expect(session.screen.contains("Nog geen reviews — a begint er een (datum 29-11-2026"))
    session.press(.add)
    session.key(.enter)
    #expect(session.state.plan.reviews.count == 1)
    session.press(.top)
    session.press(.cycleValue)
    #expect(session.state.plan.reviews[0].scores == [ElementScore(element: "visie-1", level: 1)])
    #expect(session.state.plan.violations().isEmpty)
    Self.undoAll(&session)
    #expect(session.state.plan == empty)
  }

  @Test func aReadOnlyPlanOpensNoPickList() throws {
    var session = try Pane.session()
    session.state.settings.readOnly = true
    session.key(.char("e"))
    #expect(session.state.mode == .normal)
    #expect(session.state.status?.kind == .error)
  }

  // MARK: Loading another rubric

  /// A rubric file of one dimension and two elements, in a new folder beside a plan.
  static func folderWithRubrics() throws -> String {
    let folder = NSTemporaryDirectory() + "ecowerk-rubric-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    func levels(_ name: String) -> String {
      (1...5).map { "\"\(name) \($0)\"" }.joined(separator: ", ")
    }
    let rubric = """
      {"format": "ecowerk-rubric", "schemaVersion": 1, "name": "Proefkader Twente",
       "note": "Alleen voor de test.",
       "dimensions": [{"id": "cultuur", "name": {"nl": "Cultuur", "en": "Culture"},
         "elements": [
           {"id": "c-1", "name": "Vertrouwen", "levels": [\(levels("Vertrouwen"))]},
           {"id": "c-2", "name": "Lef", "levels": [\(levels("Lef"))]}]}]}
      """
    try rubric.write(toFile: folder + "/kader.json", atomically: true, encoding: .utf8)
    let broken = """
      {"format": "ecowerk-rubric", "schemaVersion": 1, "name": "Kapot", "note": "",
       "dimensions": [{"id": "d", "name": "D",
         "elements": [{"id": "e", "name": "E", "levels": ["een", "twee"]}]}]}
      """
    try broken.write(toFile: folder + "/kapot.json", atomically: true, encoding: .utf8)
    return folder
  }

  /// What the runner does with `Effect.loadRubric`: read the file from the plan's folder and
  /// answer with the event.
  static func perform(_ effect: Effect?, folder: String, _ session: inout Session) {
    guard case .loadRubric(let path)? = effect else {
      Issue.record("no loadRubric effect: \(String(describing: effect))")
      return
    }
    let resolved = path.hasPrefix("/") ? path : folder + "/" + path
    do {
      session.send(.rubricLoaded(try RubricFile.load(resolved), error: nil))
    } catch {
      session.send(.rubricLoaded(nil, error: error.description))
    }
  }

  @Test func colonRubricRecordsTheFileAndShowsTheNewRubric() throws {
    let folder = try Self.folderWithRubrics()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var session = Session(
      plan: try DemoPlan.load(), language: .dutch, file: folder + "/plan.ecowerk.json")
    session.press(.showPane(.peerReview))
    let original = session.state.plan
    session.press(.commandLine)
    session.type("rubric \(folder)/kader.json")
    session.key(.enter)
    #expect(session.state.plan.rubricFile == "kader.json", "relative to the plan's folder")
    #expect(
      session.effects.contains(
        .journal(.set(.plan, .rubricFile, from: .text(""), to: .text("kader.json")))))
    Self.perform(session.effects.last, folder: folder, &session)
    #expect(session.state.rubric?.name.nl == "Proefkader Twente")
    #expect(session.state.status?.text == "Kader geladen: Proefkader Twente")
    let screen = session.screen
    #expect(screen.contains("Cultuur"))
    #expect(screen.contains("  Vertrouwen "))
    #expect(!screen.contains("Visie & doelgroep"))
    // The demo's scores are not lost: they are listed as outside the rubric.
    session.press(.bottom)
    #expect(
      PeerReviewPane.items(session.state, width: 80).contains { item in
        item.lines.first?.map(\.text).joined() == "Scores buiten het kader"
      })
    // A relative name is kept as typed.
    session.press(.commandLine)
    session.type("rubric ./kader.json")
    session.key(.enter)
    guard case .loadRubric(let path)? = session.effects.last else {
      Issue.record("no loadRubric effect")
      return
    }
    #expect(path == "kader.json")
    session.press(.undo)
    #expect(session.state.plan == original)
  }

  @Test func colonRubricWithABrokenFileSaysWhereAndKeepsTheRubric() throws {
    let folder = try Self.folderWithRubrics()
    defer { try? FileManager.default.removeItem(atPath: folder) }
    var session = Session(
      plan: try DemoPlan.load(), language: .dutch, file: folder + "/plan.ecowerk.json")
    session.press(.showPane(.peerReview))
    let rubric = session.state.rubric
    session.press(.commandLine)
    session.type("rubric kapot.json")
    session.key(.enter)
    Self.perform(session.effects.last, folder: folder, &session)
    #expect(session.state.rubric == rubric)
    let status = try #require(session.state.status)
    #expect(status.kind == .error)
    #expect(status.text.hasPrefix("Kader niet geladen, het vorige blijft: \(folder)/kapot.json:3:"))
    #expect(status.text.contains("exactly 5 level descriptions"))
    #expect(session.screen.contains("Visie & doelgroep"))
    // Without a file, the command says how to use it.
    session.press(.commandLine)
    session.type("rubric")
    session.key(.enter)
    #expect(session.state.status?.text.hasPrefix("Gebruik: :rubric BESTAND") == true)
  }
}
