import EcowerkModel
import EcowerkStore
import EcowerkUI
import Testing

/// Every editing command, at every selectable line of every pane of the demo plan: the plan
/// stays valid after each, and undoing all of them gives back the identical plan.
@Suite struct EveryPaneEditingTests {
  static let commands: [Command] = [
    .cycleValue, .duplicate, .moveItemDown, .moveItemUp, .add, .delete, .edit,
  ]

  /// Finishes whatever the last command opened: types a value into an editor, takes the first
  /// other option of a pick list.
  static func settle(_ session: inout Session) {
    for _ in 0..<3 {
      switch session.state.mode {
      case .editing(let editing):
        session.key(.ctrl("u"))
        session.key(.ctrl("k"))
        session.type(sampleText(for: editing.kind))
        session.key(.enter)
        if case .editing = session.state.mode { session.key(.escape) }
      case .picking:
        session.key(.down)
        session.key(.enter)
      case .confirmDelete:
        session.key(.char("y"))
      case .filtering:
        session.key(.escape)
      default:
        return
      }
    }
  }

  static func sampleText(for kind: FieldKind) -> String {
    switch kind {
    case .integer(let minimum, _, _): return String(max(minimum, 1))
    case .scale: return "4"
    case .year: return "2026"
    case .number: return "12,5"
    case .date: return "1-3-2027"
    case .money: return "€ 1.250,50"
    default: return "Coöperatie Zeeën"
    }
  }

  @Test(arguments: PaneID.allCases)
  func everyCommandKeepsThePlanValidAndUndoRestoresIt(_ pane: PaneID) throws {
    var session = try Session.demo(width: 120, height: 40)
    let original = session.state.plan
    session.press(.showPane(pane))
    for focus in 0..<2 {
      if focus == 1 {
        guard session.state.settings.keymap.key(for: .switchFocus, in: pane) != nil else { break }
        session.press(.top)
        session.press(.switchFocus)
      }
      for _ in 0..<25 {
        for command in Self.commands {
          guard session.state.pane == pane, session.state.mode == .normal else { break }
          if session.state.settings.keymap.key(for: command, in: pane) == nil { continue }
          session.press(command)
          Self.settle(&session)
          let violations = session.state.plan.violations()
          #expect(violations.isEmpty, "\(pane) \(command): \(violations.first?.description ?? "")")
        }
        session.press(.moveDown)
      }
    }
    #expect(!session.state.history.undoStack.isEmpty, "\(pane): nothing was edited")
    while !session.state.history.undoStack.isEmpty {
      let before = session.state.history.undoStack.count
      session.press(.undo)
      guard session.state.history.undoStack.count < before else {
        Issue.record("\(pane): an undo was refused: \(String(describing: session.state.status))")
        break
      }
    }
    #expect(session.state.plan == original, "\(pane): undo did not restore the plan")
  }
}
