import EcowerkFixtures
import EcowerkModel
import EcowerkUI

/// A workshop at the keyboard with the workshop keys (the default): mostly moving through the
/// stakeholder matrix, the Theory of Change and the action plan, switching panes (Ctrl-G and
/// the number), now and then an edit typed in place (F2), an undo (Ctrl-Z), a sort (through
/// the palette), a search (Ctrl-F; in the matrix it filters the rows as you type) and F3.
///
/// Each gesture is chosen from what is on the screen (an edit types text only into a text
/// field, an undo only follows an edit), so the mix plays like a facilitator rather than a
/// random key generator. Playing it is also the warm-up: the keys are recorded, then replayed
/// on a fresh copy of the same state for timing.
struct WorkshopMix {
  var random: SplitMix64

  init(seed: UInt64) {
    random = SplitMix64(seed: seed ^ 0x574F_524B_5348_4F50)
  }

  /// Gestures and how often a facilitator makes them, in percent.
  enum Gesture: CaseIterable {
    case move, page, pane, column, edit, undo, sort, search, next

    var weight: Int {
      switch self {
      case .move: return 40
      case .page: return 5
      case .pane: return 10
      case .column: return 10
      case .edit: return 8
      case .undo: return 4
      case .sort: return 3
      case .search: return 4
      case .next: return 6
      }
    }
  }

  /// Panes by how much a workshop uses them: the stakeholder matrix most.
  static let paneWeights: [(PaneID, Int)] = [
    (.stakeholders, 30), (.theoryOfChange, 20), (.actions, 15), (.segments, 10),
    (.overview, 5), (.propositions, 5), (.finance, 5), (.pilots, 5), (.peerReview, 5),
  ]

  static let searchTerms = ["gem", "roc", "coö", "inst", "scan", "energ", "hengelo", "coach"]

  /// Plays at least `count` keystrokes on `state` (each followed by a render, as the
  /// workbench does) and returns them.
  mutating func play(_ state: inout AppState, count: Int) -> [Keystroke] {
    var player = Player(state: state)
    while player.pressed.count < count { gesture(&player) }
    state = player.state
    // Keeps the renders from being optimised out.
    if player.sink == 42 { print("", terminator: "") }
    return player.pressed
  }

  mutating func weighted<T>(_ choices: [(T, Int)]) -> T {
    var roll = random.int(in: 0...(choices.reduce(0) { $0 + $1.1 } - 1))
    for (choice, weight) in choices {
      if roll < weight { return choice }
      roll -= weight
    }
    return choices[choices.count - 1].0
  }

  mutating func gesture(_ player: inout Player) {
    if player.state.mode != .normal { player.press(.escape, .cancel) }
    var gesture = weighted(Gesture.allCases.map { ($0, $0.weight) })
    if gesture == .undo && player.state.history.undoStack.isEmpty { gesture = .edit }
    if gesture == .next && player.state.lastSearch == nil { gesture = .search }
    switch gesture {
    case .move:
      let key: Key = random.chance(0.7) ? .down : .up
      for _ in 0..<random.int(in: 1...4) { player.press(key, .move) }
    case .page:
      player.press(random.chance(0.7) ? .pageDown : .pageUp, .page)
    case .pane:
      switchPane(to: weighted(Self.paneWeights), &player)
    case .column:
      switchPane(to: .stakeholders, &player)
      let column = player.state.views.stakeholders.column
      let last = MatrixColumns.stakeholders.count - 1
      let right = column == 0 || (column < last && random.chance(0.7))
      for _ in 0..<random.int(in: 1...3) { player.press(right ? .right : .left, .column) }
    case .edit:
      edit(&player)
    case .undo:
      player.press(.ctrl("z"), .undo)
    case .sort:
      switchPane(to: .stakeholders, &player)
      player.press(.ctrl("k"), .sort)
      for character in "sort" { player.press(.char(character), .sort) }
      player.press(.enter, .sort)
    case .search:
      player.press(.ctrl("f"), .searchType)
      for character in random.pick(Self.searchTerms) { player.press(.char(character), .searchType) }
      // In the matrix Ctrl-F filters the rows as you type; Esc clears the filter again.
      let filtering: Bool
      if case .filtering = player.state.mode { filtering = true } else { filtering = false }
      player.press(filtering ? .escape : .enter, .searchEnter)
    case .next:
      player.press(.function(3), .next)
    }
  }

  /// Ctrl-G and the pane's number: two keys, on any keyboard.
  func switchPane(to pane: PaneID, _ player: inout Player) {
    guard player.state.pane != pane else { return }
    player.press(.ctrl("g"), .pane)
    player.press(.char(Character(String(pane.rawValue))), .pane)
  }

  /// F2, then what fits the field: a few characters typed after the text, a new number over
  /// a number (F2 selects it, so typing replaces), the next option of a pick list; then Enter,
  /// which keeps and moves down. An edit the field refuses is cancelled with Esc.
  mutating func edit(_ player: inout Player) {
    player.press(.function(2), .editOpen)
    switch player.state.mode {
    case .editing(let session):
      switch session.kind {
      case .text, .longText, .textList:
        for character in [" ", "é", Character(String(random.int(in: 0...9)))] {
          player.press(.char(character), .editType)
        }
      case .scale, .integer:
        player.press(.char(Character(String(random.int(in: 1...5)))), .editType)
      default:
        player.press(.escape, .cancel)
        return
      }
    case .picking:
      player.press(.down, .editType)
    default:
      return
    }
    player.press(.enter, .editCommit)
    if player.state.mode != .normal { player.press(.escape, .cancel) }
  }
}
