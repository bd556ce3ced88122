import EcowerkStrings
import EcowerkUI
import Testing

/// Every pane of the demo plan, at 80×24 and 120×40, in Dutch and English, as a facilitator
/// sees it with the default (workshop) keys; the help of both keymaps.
@Suite struct PaneSnapshotTests {
  static let sizes = [(80, 24), (120, 40)]

  @Test(arguments: PaneID.allCases)
  func everyPaneMatchesItsSnapshot(_ pane: PaneID) throws {
    for (width, height) in Self.sizes {
      for language in Language.allCases {
        var session = try Session.demo(
          width: width, height: height, language: language, keymap: .workshop)
        session.send(.key(.ctrl("g")))
        session.type(String(pane.rawValue))
        #expect(session.state.pane == pane)
        assertSnapshot(
          session.screen,
          named: "pane\(pane.rawValue)-\(pane.key)-\(width)x\(height)-\(language.rawValue)")
        #expect(!session.screen.contains("⟦"), "a string is missing from the table")
      }
    }
  }

  @Test(arguments: [Keymap.workshop, .vim])
  func theHelpMatchesItsSnapshotAtBothWidths(_ keymap: Keymap) throws {
    for (width, height) in Self.sizes {
      for language in Language.allCases {
        var session = try Session.demo(
          width: width, height: height, language: language, keymap: keymap)
        session.press(.help)
        assertSnapshot(
          session.screen,
          named: "help-\(keymap.name.rawValue)-\(width)x\(height)-\(language.rawValue)")
        #expect(!session.screen.contains("⟦"))
      }
    }
  }

  /// The stakeholder matrix as the room sees it on a laptop, a small projector and a large
  /// one: who, influence, interest, MVE and orchestrator first, no header cut, the selected
  /// column's header marked, the selected cell in full under the table.
  @Test(arguments: [(80, 24), (100, 30), (200, 60)])
  func theMatrixAtEverySize(_ width: Int, _ height: Int) throws {
    var session = try Session.demo(width: width, height: height, keymap: .workshop)
    session.send(.key(.ctrl("g")))
    session.type("3")
    session.key(.down)
    session.key(.down)
    assertSnapshot(session.screen, named: "matrix-\(width)x\(height)-en")
    session.key(.right)
    session.key(.right)
    assertSnapshot(session.screen, named: "matrix-interest-\(width)x\(height)-en")
  }

  /// The three faces of pane 3 and the workshop's overlays: the quadrant, the chain links,
  /// the palette, a narrowed pick list with "new chain link", the question before a delete.
  @Test func theWorkshopOverlaysMatchTheirSnapshots() throws {
    var session = try Session.demo(width: 100, height: 30, keymap: .workshop)
    session.send(.key(.ctrl("g")))
    session.type("3")
    session.key(.ctrl("w"))
    assertSnapshot(session.screen, named: "overlay-quadrant-100x30-en")
    session.key(.ctrl("w"))
    assertSnapshot(session.screen, named: "overlay-chainlinks-100x30-en")
    session.key(.ctrl("w"))
    session.key(.ctrl("k"))
    session.type("print")
    assertSnapshot(session.screen, named: "overlay-palette-100x30-en")
    session.key(.escape)
    session.column(.chainLinks)
    session.type("Logis")
    assertSnapshot(session.screen, named: "overlay-picklist-new-100x30-en")
    session.key(.escape)
    session.key(.down)
    session.key(.down)
    session.key(.down)
    session.key(.down)
    session.key(.delete)
    assertSnapshot(session.screen, named: "overlay-delete-100x30-en")
  }
}
