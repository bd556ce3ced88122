import EcowerkModel
import EcowerkStrings
import Testing

@testable import EcowerkUI

/// Editing pane 7 as a facilitator does, by keys: every field of an action in place, rows
/// added, deleted and duplicated, the action's KPIs in the detail. After every command the
/// plan is valid, and undoing everything gives back the identical plan.
@Suite struct ActionsEditingTests {
  static let today = Session.today

  /// Presses the edit key, clears the field, types `text` and presses Enter.
  static func type(_ text: String, into s: inout Session, then key: Key = .enter) {
    s.press(.edit)
    s.key(.ctrl("u"))
    s.key(.ctrl("k"))
    s.type(text)
    s.key(key)
  }

  /// Selects column `kind` of the table by keys.
  static func go(to kind: ActionColumns.Kind, _ s: inout Session) {
    s.press(.moveLeft, times: ActionColumns.Kind.allCases.count)
    let index = ActionColumns.Kind.allCases.firstIndex(of: kind) ?? 1
    s.press(.moveRight, times: index - 1)
  }

  /// Selects the action whose what contains `text`, by searching.
  static func find(_ text: String, _ s: inout Session) {
    s.press(.search)
    s.type(text)
    s.key(.enter)
  }

  static func action(_ id: ActionID, _ s: Session) -> Action? {
    s.state.plan.actions.first { $0.id == id }
  }

  static func undoAll(_ s: inout Session) {
    s.undoAll()
  }

  @Test func everyFieldOfAnActionIsEditedInPlaceAndUndone() throws {
    var s = try ActionsPaneTests.demo(language: .dutch)
    let original = s.state.plan
    Self.find("congestie", &s)
    let id = ActionID("act-9")
    #expect(s.state.editTarget == Target(.action(id), .what))
    Self.type("Congestiestudie Kanaalzone met de netbeheerder", into: &s)
    // The owner is picked from the stakeholders: N jumps to Netwerk Oost Netbeheer.
    s.press(.moveRight)
    s.press(.edit)
    guard case .picking(let owners) = s.state.mode else {
      Issue.record("no pick list for the owner")
      return
    }
    #expect(owners.options.first?.label == "(geen)")
    s.key(.char("N"))
    s.key(.enter)
    // Dates in Dutch and in ISO notation.
    s.press(.moveRight)
    Self.type("1-3-2026", into: &s)
    s.press(.moveRight)
    Self.type("2027-01-31", into: &s)
    // Status: + steps on, Enter picks.
    s.press(.moveRight)
    s.press(.cycleValue)
    #expect(Self.action(id, s)?.status == .running)
    s.press(.edit)
    s.key(.down)
    s.key(.enter)
    s.press(.moveRight)
    Self.type("Rapport: netruimte per bedrijf", into: &s)
    // The ToC node from the tree, End for the last one.
    s.press(.moveRight)
    s.press(.edit)
    s.key(.end)
    s.key(.enter)
    #expect(s.state.plan.violations().isEmpty)
    let edited = try #require(Self.action(id, s))
    #expect(edited.what == "Congestiestudie Kanaalzone met de netbeheerder")
    #expect(s.state.plan.stakeholder(try #require(edited.owner))?.name == "Netwerk Oost Netbeheer")
    #expect(edited.start == CalendarDate(year: 2026, month: 3, day: 1))
    #expect(edited.end == CalendarDate(year: 2027, month: 1, day: 31))
    #expect(edited.status == .done)
    #expect(edited.output == "Rapport: netruimte per bedrijf")
    #expect(edited.node == "toc-24")
    // The KPI count has no value of its own: its KPIs are edited in the detail.
    s.press(.moveRight)
    let before = s.state.plan
    s.press(.edit)
    #expect(s.state.plan == before && s.state.mode == .normal)
    // The selection stayed on the action through every change of its dates.
    #expect(s.state.views.actions.selected == id)
    #expect(s.state.history.undoStack.count == 8)
    Self.undoAll(&s)
    #expect(s.state.plan == original)
    #expect(s.state.views.actions.selected == id, "undo keeps the selection on the action")
  }

  @Test func theSelectionFollowsAnActionWhoseNewDatesMoveItInTheOrder() throws {
    var s = try ActionsPaneTests.demo()
    let id = ActionID("act-1")
    #expect(s.state.views.actions.selected == id)
    Self.go(to: .end, &s)
    Self.type("2027-12-31", into: &s)
    s.press(.moveLeft)
    Self.type("2027-06-01", into: &s)
    #expect(s.state.views.actions.rows.row == 13, "now the last action in date order")
    #expect(s.state.views.actions.selected == id)
    let y = try #require(ActionsPaneTests.row(s, "Gesprekken met 40"))
    #expect(y == ActionsPaneTests.top + 13)
    #expect(s.state.editTarget == Target(.action(id), .start))
    #expect(s.line(ActionsPaneTests.top + 1).contains("Gezamenlijk monitoringsdashb"))
    s.press(.undo)
    s.press(.undo)
    #expect(s.state.views.actions.rows.row == 0, "undo brings it, and the selection, back")
    #expect(s.state.views.actions.selected == id)
  }

  @Test func anEndBeforeTheStartIsRefusedAndTheEditorStaysOpen() throws {
    var s = try ActionsPaneTests.demo(language: .dutch)
    let before = s.state.plan
    Self.go(to: .end, &s)
    Self.type("1-1-2025", into: &s)
    guard case .editing(let session) = s.state.mode else {
      Issue.record("the editor closed")
      return
    }
    #expect(session.editor.text == "1-1-2025")
    #expect(s.statusLine.contains("Het einde 1-1-2025 ligt vóór de start 1-2-2025"))
    #expect(s.state.plan == before)
    // Corrected in the same editor, it goes through.
    s.key(.ctrl("u"))
    s.type("1-2-2025")
    s.key(.enter)
    #expect(s.state.mode == .normal)
    #expect(s.state.plan.actions[0].end == CalendarDate(year: 2025, month: 2, day: 1))
    // A start after the end is refused the same way.
    s.press(.moveLeft)
    Self.type("2025-03-01", into: &s)
    #expect(s.statusLine.contains("De start 1-3-2025 ligt na het einde 1-2-2025"))
    s.key(.escape)
    #expect(s.state.plan.actions[0].start == CalendarDate(year: 2025, month: 2, day: 1))
    #expect(s.state.plan.violations().isEmpty)
  }

  @Test func addStartsTodayPlannedAndTypesTheWhatFirst() throws {
    var s = try ActionsPaneTests.demo(language: .dutch)
    let original = s.state.plan
    Self.go(to: .status, &s)
    s.press(.add)
    guard case .editing(let session) = s.state.mode else {
      Issue.record("the editor did not open")
      return
    }
    let id = ActionID("act-15")
    #expect(session.target == Target(.action(id), .what))
    s.type("Energiebeurs Hengelo")
    s.key(.enter)
    let added = try #require(Self.action(id, s))
    #expect(added.start == Self.today && added.end == nil && added.status == .planned)
    #expect(added.what == "Energiebeurs Hengelo")
    // By date it sits after the last action that started before today.
    #expect(s.state.views.actions.rows.row == 12)
    let y = ActionsPaneTests.top + 13
    #expect(s.line(y).contains("Energiebeurs Hengelo"))
    #expect(s.line(y).contains("29-11-2026"))
    #expect(s.grid[4, y].style.reverse, "the new action's What is selected")
    #expect(s.state.plan.violations().isEmpty)
    Self.undoAll(&s)
    #expect(s.state.plan == original)
  }

  @Test func duplicateDeleteAndTheRefusedMoves() throws {
    var s = try ActionsPaneTests.demo(language: .dutch)
    let original = s.state.plan
    Self.find("acquisitie", &s)
    #expect(s.state.views.actions.rows.row == 6)
    s.press(.duplicate)
    #expect(s.state.plan.actions.count == 15)
    let copy = s.state.plan.actions[7]
    #expect(copy.what == "Acquisitiecampagne via Metaalbond en gemeente (kopie)")
    #expect(copy.kpis.count == 1 && copy.kpis[0].id != "kpi-12")
    #expect(s.state.views.actions.selected == copy.id)
    #expect(s.state.views.actions.rows.row == 7, "right after the original: same dates")
    #expect(s.state.plan.violations().isEmpty)
    s.press(.delete)
    #expect(s.state.plan.actions.count == 14)
    #expect(s.state.editTarget?.ref == .action("act-8"), "the next action in date order")
    // K and J would move a row, but the rows are in date order.
    let before = s.state.plan
    s.press(.moveItemUp)
    #expect(s.statusLine.contains("De acties staan op datum"))
    s.press(.moveItemDown)
    #expect(s.state.plan == before)
    #expect(s.state.plan.violations().isEmpty)
    Self.undoAll(&s)
    #expect(s.state.plan == original)
  }

  @Test func theActionsKPIsAreEditedInTheDetail() throws {
    var s = try ActionsPaneTests.demo(language: .dutch)
    let original = s.state.plan
    Self.find("energiecoaches", &s)
    let id = ActionID("act-2")
    s.press(.switchFocus)
    #expect(s.state.views.actions.focus == .detail)
    #expect(s.state.editTarget == Target(.actionKPI(id, "kpi-11"), .name))
    // A new KPI after the first, its fields typed one after another with Tab.
    s.press(.add)
    for (index, text) in ["Coaches actief", "coaches", "0", "5,5", "8"].enumerated() {
      guard case .editing(let session) = s.state.mode else {
        Issue.record("not editing field \(index)")
        return
      }
      #expect(session.target.field == ActionKpiColumns.fields[index])
      s.key(.ctrl("u"))
      s.type(text)
      s.key(.tab)
    }
    s.key(.ctrl("u"))
    s.type("31-12-2026")
    s.key(.enter)
    let kpis = try #require(Self.action(id, s)?.kpis)
    #expect(kpis.count == 2)
    #expect(kpis[1].name == "Coaches actief" && kpis[1].unit == "coaches")
    #expect(kpis[1].baseline == 0 && kpis[1].actual == 5.5 && kpis[1].target == 8)
    #expect(kpis[1].deadline == CalendarDate(year: 2026, month: 12, day: 31))
    #expect(s.screen.contains("Coaches actief"))
    #expect(s.state.plan.violations().isEmpty)
    // Duplicate, move up, delete; a move past the top is refused.
    s.press(.duplicate)
    #expect(
      Self.action(id, s)?.kpis.map(\.name) == [
        "Energiecoaches opgeleid", "Coaches actief", "Coaches actief (kopie)",
      ])
    #expect(s.state.views.actions.kpiRows.row == 2)
    s.press(.moveItemUp)
    s.press(.moveItemUp)
    #expect(Self.action(id, s)?.kpis.first?.name == "Coaches actief (kopie)")
    s.press(.moveItemUp)
    #expect(s.statusLine.contains("al aan het eind van de lijst"), "\(s.statusLine)")
    s.press(.delete)
    #expect(Self.action(id, s)?.kpis.count == 2)
    #expect(s.state.plan.violations().isEmpty)
    // w goes back to the table, on the same action.
    s.press(.switchFocus)
    #expect(s.state.views.actions.focus == .table)
    #expect(s.state.editTarget?.ref == .action(id))
    Self.undoAll(&s)
    #expect(s.state.plan == original)
  }

  @Test func enterOnTheKPIColumnOpensTheKPIsAndAnEmptyListAddsTheFirst() throws {
    var s = try ActionsPaneTests.demo()
    let original = s.state.plan
    Self.go(to: .kpis, &s)
    s.press(.activate)
    #expect(s.state.views.actions.focus == .detail)
    #expect(s.screen.contains("no KPIs yet — a adds one"))
    #expect(s.state.editTarget == nil)
    s.press(.add)
    s.type("Bedrijven gesproken")
    s.key(.enter)
    #expect(s.state.plan.actions[0].kpis.map(\.name) == ["Bedrijven gesproken"])
    #expect(s.state.plan.violations().isEmpty)
    Self.undoAll(&s)
    #expect(s.state.plan == original)
  }

  @Test func editingTheEndDateMarksAnActionOverdueAgainstToday() throws {
    var s = try ActionsPaneTests.demo(language: .dutch)
    #expect(s.state.settings.today == CalendarDate(year: 2026, month: 11, day: 29))
    Self.find("Loket Winkel", &s)
    Self.go(to: .start, &s)
    Self.type("1-11-2026", into: &s)
    s.press(.moveRight)
    Self.type("28-11-2026", into: &s)
    let y = try #require(ActionsPaneTests.row(s, "Loket Winkel"))
    #expect(s.line(y).hasPrefix("! "), "ended yesterday: overdue")
    #expect(s.grid[0, y].style.color == .bad && s.grid[0, y].style.bold)
    #expect(s.line(21).contains("! 4 te laat"))
    Self.type("29-11-2026", into: &s)
    let today = try #require(ActionsPaneTests.row(s, "Loket Winkel"))
    #expect(s.line(today).hasPrefix("  "), "ends today: not overdue yet")
    #expect(s.line(21).contains("! 3 te laat"))
  }

  @Test func aReadOnlyPlanRefusesEveryEditingCommand() throws {
    var s = try ActionsPaneTests.demo()
    s.state.settings.readOnly = true
    let before = s.state.plan
    for command in [Command.add, .delete, .duplicate, .cycleValue, .edit] {
      s.press(command)
      #expect(s.state.plan == before, "\(command)")
    }
    s.press(.toggleKPIs)
    #expect(s.state.views.actions.showsKPIs, "looking at the dashboard changes nothing")
  }
}
