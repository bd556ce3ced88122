import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import EcowerkStrings
import EcowerkUI
import Testing

@Suite struct WorkbenchTests {
  @Test func numberKeysAndTabReachEveryPane() throws {
    var session = try Session.demo()
    for pane in PaneID.allCases {
      session.press(.showPane(pane))
      #expect(session.state.pane == pane)
    }
    session.press(.showPane(.overview))
    for expected in PaneID.allCases.dropFirst() + [.overview] {
      session.press(.nextPane)
      #expect(session.state.pane == expected)
    }
    session.press(.previousPane)
    #expect(session.state.pane == .peerReview)
  }

  @Test func theTopBarShowsNamePhaseFileAndTheModifiedMarker() throws {
    var session = try Session.demo(language: .dutch)
    #expect(session.line(0).contains("Energiek Mkb Twente · Ontwikkelen"))
    #expect(session.line(0).hasSuffix("plan.ecowerk.json"))
    session.state.version += 1
    #expect(session.line(0).hasSuffix("plan.ecowerk.json [+]"))
  }

  @Test func quittingWithoutChangesQuitsAtOnce() throws {
    var session = try Session.demo()
    session.press(.quit)
    #expect(session.effects == [.quit])
  }

  @Test func quittingWithUnsavedChangesAsksSaveDiscardOrCancel() throws {
    var session = try Session.demo()
    session.state.version = 3
    session.press(.quit)
    #expect(session.effects.isEmpty)
    #expect(session.state.mode == .confirmQuit)
    #expect(session.screen.contains("There are unsaved changes"))
    session.key(.escape)
    #expect(session.state.mode == .normal)
    session.press(.quit)
    session.type("d")
    #expect(session.effects == [.quit])

    var saving = try Session.demo()
    saving.state.version = 3
    saving.press(.quit)
    saving.type("s")
    guard case .save(_, let path, let version)? = saving.effects.first else {
      Issue.record("expected a save, got \(saving.effects)")
      return
    }
    #expect(path == "/tmp/plan.ecowerk.json" && version == 3)
    saving.send(.saveFinished(version: 3, error: nil))
    #expect(saving.effects.last == .quit)
    #expect(!saving.state.isModified)
  }

  @Test func aFailedSaveKeepsTheWorkbenchOpenAndSaysWhy() throws {
    var session = try Session.demo()
    session.state.version = 1
    session.press(.commandLine)
    session.type("wq")
    session.key(.enter)
    session.send(
      .saveFinished(version: 1, error: "the plan was NOT saved: No space left on device"))
    #expect(!session.effects.contains(.quit))
    #expect(session.state.isModified)
    #expect(session.statusLine.contains("NOT saved"))
  }

  @Test func theCommandLineTakesWQAndQBangAndHelp() throws {
    var session = try Session.demo()
    session.press(.commandLine)
    session.type("w")
    #expect(session.statusLine.contains(":w"))
    session.key(.enter)
    guard case .save? = session.effects.first else {
      Issue.record("no save")
      return
    }
    session.press(.commandLine)
    session.type("help")
    session.key(.enter)
    #expect(session.state.mode == .help(offset: 0))
    session.key(.escape)
    session.state.version = 9
    session.press(.commandLine)
    session.type("q!")
    session.key(.enter)
    #expect(session.effects.last == .quit)
  }

  @Test func anUnknownCommandIsExplained() throws {
    var session = try Session.demo(language: .dutch)
    session.press(.commandLine)
    session.type("opslaan")
    session.key(.enter)
    #expect(session.statusLine.contains("Onbekende opdracht :opslaan"))
  }

  @Test func anUnknownKeySaysHowToFindTheKeys() throws {
    var session = try Session.demo()
    session.key(.function(9))
    #expect(session.statusLine.contains("The key F9 does nothing here — ? shows the keys"))
  }

  @Test func helpOpensScrollsAndCloses() throws {
    var session = try Session.demo()
    session.press(.help)
    #expect(session.screen.contains("Help — keys by place"))
    #expect(session.screen.contains("Everywhere"))
    session.key(.pageDown)
    guard case .help(let offset) = session.state.mode else {
      Issue.record("help closed")
      return
    }
    #expect(offset > 0)
    session.key(.char("q"))
    #expect(session.state.mode == .normal)
  }

  @Test func searchingFindsAcrossAccentsAndRepeatsWithN() throws {
    var session = try Session.demo()
    session.press(.showPane(.stakeholders))
    session.press(.search)
    session.type("cooperatie")
    session.key(.enter)
    let first = session.state.views.stakeholders.rows.row
    #expect(session.state.plan.stakeholders[first].name.hasPrefix("Coöperatieve"))
    session.press(.searchNext)
    let second = session.state.views.stakeholders.rows.row
    #expect(second != first)
    #expect(session.state.plan.stakeholders[second].name.contains("coöperatie"))
    session.press(.searchPrevious)
    #expect(session.state.views.stakeholders.rows.row == first)
    session.press(.search)
    session.type("zzzz")
    session.key(.enter)
    #expect(session.statusLine.contains("Not found: zzzz"))
  }

  @Test func resizingDownToOneByOneAndBackNeverCrashes() throws {
    var session = try Session.demo()
    for pane in PaneID.allCases {
      session.press(.showPane(pane))
      for (width, height) in [(40, 12), (39, 9), (1, 1), (0, 0), (2, 30), (200, 3), (80, 24)] {
        session.resize(width, height)
        _ = session.screen
        session.press(.moveDown)
        session.press(.bottom)
      }
    }
    session.resize(30, 8)
    #expect(session.screen.contains("Make the window larger"))
    session.resize(80, 24)
    #expect(session.line(0).contains("Energiek Mkb Twente"))
  }

  @Test func clickingATabShowsItsPane() throws {
    var session = try Session.demo(width: 120, height: 40)
    let tabs = Array(session.line(1))
    let column = try #require(
      tabs.indices.first { String(tabs[$0..<min(tabs.count, $0 + 9)]) == "6 Finance" })
    session.send(.mouse(MouseEvent(.press, x: column + 2, y: 1)))
    #expect(session.state.pane == .finance)
  }

  @Test func theWheelMovesTheSelection() throws {
    var session = try Session.demo()
    session.press(.showPane(.stakeholders))
    session.send(.mouse(MouseEvent(.wheelDown, x: 10, y: 10)))
    #expect(session.state.views.stakeholders.rows.row == 3)
  }

  @Test func hostileTextIsShownAsPlaceholders() {
    var plan = FixturePlans.rich()
    plan.name = "\u{1B}]0;pwned\u{07}Plan"
    plan.stakeholders[0].name = "\u{1B}[2J\u{202E}evil"
    var session = Session(plan: plan)
    session.press(.showPane(.stakeholders))
    let screen = session.screen
    #expect(
      !screen.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E }
    )
    #expect(screen.contains("␛]0;pwned␇Plan"))
  }

  @Test func theAsciiGlyphsDrawNoBoxCharacters() throws {
    var session = Session(plan: try DemoPlan.load(), glyphs: .ascii)
    for pane in PaneID.allCases {
      session.press(.showPane(pane))
      let screen = session.screen
      #expect(!screen.contains { "─│├└▾▸•█░✓✗→".contains($0) }, "\(pane)")
    }
  }
}
