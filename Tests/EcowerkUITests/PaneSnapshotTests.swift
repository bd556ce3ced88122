import EcowerkStrings
import EcowerkUI
import Testing

/// Every pane of the demo plan, at 80×24 and 120×40, in Dutch and English.
@Suite struct PaneSnapshotTests {
  static let sizes = [(80, 24), (120, 40)]

  @Test(arguments: PaneID.allCases)
  func everyPaneMatchesItsSnapshot(_ pane: PaneID) throws {
    for (width, height) in Self.sizes {
      for language in Language.allCases {
        var session = try Session.demo(width: width, height: height, language: language)
        session.press(.showPane(pane))
        assertSnapshot(
          session.screen,
          named: "pane\(pane.rawValue)-\(pane.key)-\(width)x\(height)-\(language.rawValue)")
        #expect(!session.screen.contains("⟦"), "a string is missing from the table")
      }
    }
  }

  @Test func theHelpMatchesItsSnapshotAtBothWidths() throws {
    for (width, height) in Self.sizes {
      for language in Language.allCases {
        var session = try Session.demo(width: width, height: height, language: language)
        session.press(.help)
        assertSnapshot(session.screen, named: "help-\(width)x\(height)-\(language.rawValue)")
        #expect(!session.screen.contains("⟦"))
      }
    }
  }
}
