import EcowerkModel
import EcowerkStrings
import Testing

@testable import EcowerkUI

/// Pane 2: the segment list beside the selected segment's detail.
@Suite struct SegmentsPaneTests {
  /// The pane's first screen row (below the top bar and the tabs).
  static let top = 2

  static func segments(_ count: Int) -> Plan {
    var plan = Plan.empty(name: "Test", startYear: 2025)
    plan.segments = (1...count).map { index in
      Segment(
        id: SegmentID("seg-\(index)"), name: "Segment \(index)", sector: "Sector \(index)",
        smeCount: index * 100, participatingAtStart: index, target: 10,
        pains: [Need(id: .init("need-\(index)"), text: "Pijn \(index)")],
        alleyPosition: index)
    }
    return plan
  }

  static func open(_ plan: Plan, width: Int = 80, height: Int = 24, glyphs: Glyphs = .unicode)
    -> Session
  {
    var session = Session(plan: plan, width: width, height: height, glyphs: glyphs)
    session.press(.showPane(.segments))
    return session
  }

  /// The target of the detail item under the cursor.
  static func selectedTarget(_ session: Session) -> Target? {
    let layout = MasterDetailLayout(
      ScreenLayout(session.state.size).pane, rowCount: session.state.plan.segments.count)
    let view = session.state.views.segments
    let items = SegmentsPane.items(session.state, row: view.list.row, width: layout.detail.width)
    return items.indices.contains(view.detail.row) ? items[view.detail.row].target : nil
  }

  @Test func showsTheListBesideTheSelectedSegmentsDetail() throws {
    var s = try Session.demo()
    s.press(.showPane(.segments))
    let header = s.line(Self.top)
    #expect(header.contains("#") && header.contains("Segment") && header.contains("SMEs"))
    #expect(header.contains("Target"))
    #expect(s.line(Self.top + 1).contains("Metaal- en"))
    #expect(s.line(Self.top + 1).contains("1,100"))
    #expect(s.screen.contains("Profile"))
    #expect(s.screen.contains("Metaal en maakindustrie"))
    // The divider sits between the list and the detail on every pane row.
    let divider = ScreenLayout(s.state.size).pane.width * MasterDetailLayout.listShare / 100
    for y in Self.top..<(s.state.size.height - 2) {
      #expect(s.grid[divider, y].character == "│", "row \(y)")
    }
  }

  @Test func movingInTheListShowsTheNextSegmentFromItsTop() throws {
    var s = try Session.demo()
    s.press(.showPane(.segments))
    s.press(.switchFocus)
    s.press(.moveDown, times: 3)
    #expect(s.state.views.segments.detail.row > 0)
    s.press(.switchFocus)
    s.press(.moveDown)
    #expect(s.state.views.segments.list.row == 1)
    #expect(s.state.views.segments.detail == ListCursor())
    #expect(s.screen.contains("Installatietechniek"))
    s.press(.moveUp)
    #expect(s.state.views.segments.list.row == 0)
  }

  @Test func enterAndArrowsMoveTheKeyboardBetweenListAndDetail() throws {
    var s = try Session.demo()
    s.press(.showPane(.segments))
    #expect(s.state.views.segments.focus == .list)
    s.press(.switchFocus)
    #expect(s.state.views.segments.focus == .detail)
    s.press(.moveDown)
    #expect(s.state.views.segments.list.row == 0, "j moves in the detail, not the list")
    #expect(Self.selectedTarget(s) == Target(.segment("seg-1"), .sector))
    s.press(.moveLeft)
    #expect(s.state.views.segments.focus == .list)
    s.press(.moveRight)
    #expect(s.state.views.segments.focus == .detail)
    s.press(.switchFocus)
    #expect(s.state.views.segments.focus == .list)
  }

  @Test func theSelectedRowIsReversedWithFocusAndUnderlinedWithout() throws {
    var s = try Session.demo()
    s.press(.showPane(.segments))
    let row = Self.top + 1
    #expect(s.grid[5, row].style.reverse)
    #expect(!s.grid[5, row + 1].style.reverse)
    s.press(.switchFocus)
    #expect(!s.grid[5, row].style.reverse)
    #expect(s.grid[5, row].style.underline)
    // The detail's selection (the segment's name) is now reversed.
    #expect(s.grid[40, Self.top].style.reverse)
  }

  @Test func everySelectableDetailLineCarriesATarget() throws {
    let s = try Session.demo(width: 120, height: 40)
    for row in s.state.plan.segments.indices {
      let items = SegmentsPane.items(s.state, row: row, width: 60)
      for item in items where item.isSelectable {
        // A line is a field to edit, or the place in a list where `a` adds the first entry.
        #expect(item.target != nil || item.list != nil, "\(item.lines)")
      }
      let targets = items.compactMap(\.target)
      let id = s.state.plan.segments[row].id
      #expect(
        targets.contains {
          if case .pain(id, _) = $0.ref { return $0.field == .text } else { return false }
        })
      #expect(
        targets.contains { if case .barrier(id, _) = $0.ref { return true } else { return false } })
      #expect(
        targets.contains {
          $0.ref == .conversation(id, s.state.plan.segments[row].conversations[0].id)
            && $0.field == .learned
        })
    }
  }

  @Test func bottomTopAndPagingKeepTheSelectionVisible() {
    var s = Self.open(Self.segments(60))
    let visible = MasterList.visibleRows(height: ScreenLayout(s.state.size).pane.height)
    s.press(.bottom)
    #expect(s.state.views.segments.list.row == 59)
    #expect(s.screen.contains("Segment 60"))
    s.press(.top)
    #expect(s.state.views.segments.list == ListCursor(row: 0, offset: 0))
    s.press(.pageDown)
    #expect(s.state.views.segments.list.row == visible)
    #expect(s.screen.contains("Segment \(visible + 1)"))
    s.press(.pageUp)
    #expect(s.state.views.segments.list.row == 0)
  }

  @Test func theDetailScrollsToKeepItsSelectionVisible() throws {
    var s = try Session.demo()
    s.press(.showPane(.segments))
    s.press(.switchFocus)
    s.press(.bottom)
    #expect(Self.selectedTarget(s) == Target(.segment("seg-1"), .notes))
    #expect(s.screen.contains("Eerste segment"))
    #expect(s.state.views.segments.detail.offset > 0)
    s.press(.top)
    #expect(Self.selectedTarget(s) == Target(.segment("seg-1"), .name))
    #expect(s.state.views.segments.detail.offset == 0)
  }

  @Test func searchFindsASegmentIgnoringAccentsAndLooksInPains() {
    var plan = Self.segments(3)
    plan.segments[2].name = "Coöperatie Zuid"
    plan.segments[1].barriers = [Barrier(id: "bar-1", kind: .motivation, text: "Geen tijd")]
    var s = Self.open(plan)
    s.press(.search)
    s.type("coop")
    s.key(.enter)
    #expect(s.state.views.segments.list.row == 2)
    s.press(.search)
    s.type("pijn 1")
    s.key(.enter)
    #expect(s.state.views.segments.list.row == 0)
    s.press(.search)
    s.type("geen tijd")
    s.key(.enter)
    #expect(s.state.views.segments.list.row == 1)
    #expect(s.state.views.segments.focus == .list)
  }

  @Test func clicksSelectARowOrADetailLine() throws {
    var s = try Session.demo()
    s.press(.showPane(.segments))
    s.send(.mouse(MouseEvent(.press, x: 5, y: Self.top + 3)))
    #expect(s.state.views.segments.list.row == 2)
    #expect(s.state.views.segments.focus == .list)
    // Line 3 of the detail is the sector field (title, blank, heading, sector).
    s.send(.mouse(MouseEvent(.press, x: 50, y: Self.top + 3)))
    #expect(s.state.views.segments.focus == .detail)
    #expect(Self.selectedTarget(s) == Target(.segment("seg-3"), .sector))
    // A click on the list header changes nothing.
    s.send(.mouse(MouseEvent(.press, x: 5, y: Self.top)))
    #expect(s.state.views.segments.list.row == 2)
  }

  @Test func aLaterSegmentWithoutAnEarlierAmbassadorIsFlagged() throws {
    var s = try Session.demo(width: 120, height: 40)
    s.press(.showPane(.segments))
    // Detailhandel en horeca (#4) has no ambassador; Installatiebedrijven (#2) has #1.
    #expect(s.line(Self.top + 4).hasPrefix("!"))
    #expect(!s.line(Self.top + 2).hasPrefix("!"))
    #expect(!s.line(Self.top + 1).hasPrefix("!"))
    s.press(.moveDown, times: 3)
    s.press(.switchFocus)
    s.press(.bottom)
    #expect(s.screen.contains("No ambassador from an earlier segment"))
    // An ambassador further down the alley does not count.
    var plan = Self.segments(3)
    plan.segments[1].ambassadors = ["seg-3"]
    let session = Self.open(plan)
    #expect(session.line(Self.top + 2).hasPrefix("!"))
    #expect(!session.line(Self.top + 1).hasPrefix("!"))
  }

  @Test func conversationsWithNonMembersAreMarked() throws {
    var s = try Session.demo(width: 120, height: 40)
    s.press(.showPane(.segments))
    s.press(.switchFocus)
    // Down through the detail until the conversations are on the screen.
    for _ in 0..<40 where !s.screen.contains("gieterij") { s.press(.moveDown) }
    let screen = s.screen
    #expect(screen.contains("Conversations (3, 2 with non-members)"))
    let lines = screen.split(separator: "\n")
    let plaatwerkerij = try #require(lines.firstIndex { $0.contains("plaatwerkerij") })
    let gieterij = try #require(lines.firstIndex { $0.contains("gieterij") })
    // The member tag is on the date line just above whom the conversation was with.
    let tagLine = plaatwerkerij - 1
    #expect(lines[tagLine].contains("non-member"))
    #expect(!lines[gieterij - 1].contains("non-member") && lines[gieterij - 1].contains("member"))
    let x = try #require(lines[tagLine].range(of: "non-member")).lowerBound
    let column = lines[tagLine].distance(from: lines[tagLine].startIndex, to: x)
    #expect(s.grid[column, tagLine].style.bold)
    // A segment with only member conversations warns.
    var plan = Self.segments(1)
    plan.segments[0].conversations = [
      Conversation(id: "c", counterpart: "Lid", membership: .member)
    ]
    var session = Self.open(plan, width: 120, height: 40)
    session.press(.switchFocus)
    session.press(.bottom)
    #expect(session.screen.contains("No conversation yet with an SME that does not take part"))
  }

  @Test func wideCharactersKeepTheColumnsAligned() {
    var plan = Self.segments(3)
    plan.segments[1].name = "中文 Horeca 🍽 met een lange naam"
    plan.segments[2].name = "Café Zoë"
    let s = Self.open(plan)
    let layout = MasterDetailLayout(ScreenLayout(s.state.size).pane, rowCount: 3)
    for y in (Self.top + 1)...(Self.top + 3) {
      #expect(s.grid[layout.list.maxX - 1, y].character == "0", "target column, row \(y)")
      #expect(s.grid[layout.divider.x, y].character == "│", "divider, row \(y)")
    }
    #expect(s.line(Self.top + 2).contains("中文 Horeca"))
  }

  @Test func aShortListShowsTotalsAndThePlansTarget() throws {
    var s = try Session.demo()
    s.press(.showPane(.segments))
    let total = try #require((Self.top..<22).first { s.line($0).contains("Total") })
    // The middle column is the new SMEs reached since the start, against the target.
    #expect(s.line(total).contains("5,750 104    450 │"))
    #expect(s.line(total + 1).contains("Plan target") && !s.line(total + 1).hasPrefix("!"))
    #expect(s.line(total + 2).contains("! = lacks an ambassador"))
    // A plan whose segments do not add up to its target gets the mark on that line.
    var plan = Self.segments(3)
    plan.targetNewSMEs = 500
    let mismatch = Self.open(plan)
    let target = try #require((Self.top..<22).first { mismatch.line($0).contains("Plan target") })
    #expect(mismatch.line(target).hasPrefix("!"))
    #expect(mismatch.line(target - 1).contains("Total") && mismatch.line(target - 1).contains("30"))
    // A list that fills the pane has no room for totals.
    let long = Self.open(Self.segments(60))
    #expect(!long.screen.contains("Total"))
  }

  @Test func anEmptyPlanSaysWhatBelongsHere() {
    for language in Language.allCases {
      var s = Session(plan: Plan.empty(startYear: 2025), language: language)
      s.press(.showPane(.segments))
      let expected = language == .dutch ? "Nog geen segmenten." : "No segments yet."
      #expect(s.screen.contains(expected))
      s.press(.moveDown)
      s.press(.switchFocus)
      #expect(s.state.views.segments == MasterDetail())
    }
  }

  @Test func resizingKeepsASaneSelection() throws {
    var s = try Session.demo()
    s.press(.showPane(.segments))
    s.press(.bottom)
    s.press(.switchFocus)
    s.press(.moveDown, times: 5)
    s.resize(40, 12)
    #expect(s.state.views.segments.list.row == 4)
    // Narrow: the list sits above the detail, and the selected row stays visible.
    #expect(s.screen.contains("Logistiek"))
    s.resize(1, 1)
    _ = s.screen
    s.press(.moveDown)
    s.resize(80, 24)
    #expect(s.state.views.segments.list.row == 4)
    #expect((0..<5).contains(s.state.views.segments.list.offset))
    #expect(s.line(Self.top + 5).contains("Logistiek"))
  }

  @Test func aNarrowTerminalStacksTheListAboveTheDetail() {
    let s = Self.open(Self.segments(3), width: 60, height: 24)
    #expect(s.line(Self.top).contains("Segment"))
    #expect(s.line(Self.top + 3).contains("Segment 3"))
    #expect(s.line(Self.top + 4).allSatisfy { $0 == "─" })
    #expect(s.line(Self.top + 5).contains("Segment 1"))
  }

  @Test func theASCIIGlyphSetDrawsNoBoxDrawing() throws {
    var s = Self.open(try Session.demo().state.plan, glyphs: .ascii)
    s.press(.switchFocus)
    for _ in 0..<6 {
      let boxes = s.screen.unicodeScalars.filter { (0x2500...0x259F).contains($0.value) }
      #expect(boxes.isEmpty, "\(String(String.UnicodeScalarView(boxes)))")
      #expect(!s.screen.contains("•"))
      s.press(.pageDown)
    }
    #expect(s.line(Self.top + 1).contains("|"))
  }

  @Test func dutchUsesTheMethodsWords() throws {
    var s = try Session.demo(width: 120, height: 40, language: .dutch)
    s.press(.showPane(.segments))
    s.press(.switchFocus)
    s.press(.moveDown, times: 10)
    #expect(s.screen.contains("weten"))
    #expect(s.screen.contains("willen"))
    #expect(s.screen.contains("kunnen"))
    #expect(s.line(Self.top + 1).contains("1.100"))
    #expect(!s.screen.contains("⟦"))
  }
}
