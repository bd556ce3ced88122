import EcowerkFixtures
import EcowerkModel
import EcowerkText
import EcowerkUI
import Testing

/// A plan that arrives by e-mail cannot drive the terminal: with a hostile string in every text
/// field and every id of every entity, no pane, view, editor or status message puts a raw control character,
/// escape sequence or bidi control into the cell grid that the terminal draws from.
@Suite struct HostileTextTests {
  /// What must never reach a cell: C0 (all of it, a row is one line), DEL, C1, the line and
  /// paragraph separators, and bidi marks, embeddings, overrides and isolates.
  static func isRaw(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: return true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
    default: return false
    }
  }

  /// The raw scalars in every cell of the frame, as hex, empty when the frame is clean.
  static func rawScalars(in grid: CellGrid) -> [String] {
    grid.cells.flatMap { cell in
      cell.character.unicodeScalars.filter(isRaw).map { String($0.value, radix: 16) }
    }
  }

  /// The keys that show every view of a pane, pressed one after the other; the frame is
  /// checked after each, and after moving the selection down a few rows.
  static let views: [PaneID: [[Command]]] = [
    .overview: [[]],
    .segments: [[], [.switchFocus], [.switchFocus, .moveDown, .moveDown], [.toggleAlley]],
    .stakeholders: [[], [.moveRight, .moveRight, .moveRight], [.toggleQuadrant]],
    .theoryOfChange: [[.expandAll], [.switchFocus]],
    .propositions: [[], [.moveRight], [.moveRight, .moveRight]],
    .finance: [[], [.toggleActuals], [.toggleChart]],
    .actions: [[], [.switchFocus], [.toggleKPIs]],
    .pilots: [[], [.switchFocus], [.switchFocus, .moveDown, .moveDown]],
    .peerReview: [[], [.moveRight]],
  ]

  static let plan = FixturePlans.rich()

  /// The rich plan with `hostile` in every text field and in every id.
  static func hostilePlan(_ hostile: String) -> Plan {
    HostileStrings.renamingIDs(HostileStrings.filling(plan, with: hostile), with: hostile)
  }

  @Test func everyTextFieldIsFilledByTheHelper() throws {
    let fields = HostileStrings.textFields(of: Self.plan)
    #expect(fields.count > 60, "the rich plan has many text fields: \(fields.count)")
    let filled = HostileStrings.filling(Self.plan, with: "\u{1B}[2Jx")
    for (ref, field) in fields {
      let value = try #require(filled.value(of: field, at: ref))
      #expect(
        value == .text("\u{1B}[2Jx") || value == .texts(["\u{1B}[2Jx", "\u{1B}[2Jx"]),
        "\(ref) \(field)")
    }
    #expect(filled.violations().isEmpty)
    let renamed = Self.hostilePlan("\u{1B}[2Jx")
    #expect(renamed.violations().isEmpty)
    #expect(renamed.allRefs.count == Self.plan.allRefs.count)
    #expect(renamed.stakeholders.allSatisfy { $0.id.rawValue.hasPrefix("\u{1B}[2Jx#") })
    #expect(renamed.actions.allSatisfy { $0.owner?.rawValue.hasPrefix("\u{1B}[2Jx#") ?? true })
  }

  @Test func theCheckFindsARawCharacterThatBypassesTheSanitiser() {
    var grid = CellGrid(width: 4, height: 1)
    grid.text("\u{1B}[2J", x: 0, y: 0)
    #expect(Self.rawScalars(in: grid).isEmpty, "text() sanitises")
    for raw in ["\u{1B}", "\u{9B}", "\u{7F}", "\u{202E}", "\u{2066}", "\u{0}"] {
      grid.set(1, 0, Cell(Character(raw)))
      #expect(!Self.rawScalars(in: grid).isEmpty, "\(raw.unicodeScalars.first!.value)")
    }
  }

  @Test func thereAreAtLeastThirtyDistinctHostileStrings() {
    #expect(Set(HostileStrings.all).count == HostileStrings.all.count)
    #expect(HostileStrings.all.count >= 30)
  }

  @Test(arguments: HostileStrings.all)
  func everyPaneAndViewDrawsNoRawControlCharacter(_ hostile: String) {
    let plan = Self.hostilePlan(hostile)
    for (width, height) in [(80, 24), (140, 45)] {
      var session = Session(plan: plan, width: width, height: height)
      for pane in PaneID.allCases {
        for commands in Self.views[pane] ?? [[]] {
          session.press(.showPane(pane))
          for command in commands { session.press(command) }
          for step in 0..<3 {
            let raw = Self.rawScalars(in: session.grid)
            #expect(raw.isEmpty, "\(pane) \(commands) row \(step) at \(width)×\(height): \(raw)")
            session.press(.moveDown)
          }
          session.press(.cancel)
        }
      }
    }
  }

  @Test(arguments: HostileStrings.all)
  func theTextItselfIsShownAsVisiblePlaceholders(_ hostile: String) {
    let shown = Sanitizer.line(hostile).filter { DisplayWidth.of($0) > 0 }
    let start = String(shown.prefix(5))
    // Blank names (empty, or spaces only) have nothing to find.
    guard start.contains(where: { !$0.isWhitespace }) else { return }
    var session = Session(plan: Self.hostilePlan(hostile), width: 140)
    session.press(.showPane(.stakeholders))
    #expect(session.screen.contains(start), "\(start) in\n\(session.screen)")
  }

  @Test(arguments: HostileStrings.all)
  func theEditorAndTheUndoMessageShowTheTextSafely(_ hostile: String) {
    var session = Session(plan: Self.hostilePlan(hostile), width: 100)
    for pane in [PaneID.overview, .stakeholders, .segments, .theoryOfChange, .actions] {
      session.press(.showPane(pane))
      session.press(.edit)
      #expect(session.state.mode != .normal, "\(pane): the editor opens")
      let editing = Self.rawScalars(in: session.grid)
      #expect(editing.isEmpty, "\(pane) editor: \(editing)")
      session.key(.end)
      session.type("!")
      session.key(.enter)
      session.press(.undo)
      let undone = Self.rawScalars(in: session.grid)
      #expect(undone.isEmpty, "\(pane) undo message: \(undone)")
    }
    #expect(session.state.plan == Self.hostilePlan(hostile))
  }
}
