import EcowerkModel

/// A key press, as the terminal backend decodes it.
public enum Key: Hashable, Sendable, CustomStringConvertible {
  /// A printable character (letters, digits, punctuation, accented letters, CJK).
  case char(Character)
  /// Ctrl with a letter, as `ctrl("l")`.
  case ctrl(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case enter, tab, backTab, escape, backspace, delete, insert
  case function(Int)
  /// Ctrl with an arrow or page key: xterm and most terminals send these; macOS Terminal
  /// often keeps them for itself, which is why nothing needs them.
  case ctrlUp, ctrlDown, ctrlLeft, ctrlRight, ctrlPageUp, ctrlPageDown

  /// How the key is written in help texts and the README: `j`, `Ctrl-L`, `Shift-Tab`, `PgDn`.
  public var description: String {
    switch self {
    case .char(" "): return "Space"
    case .char(let c): return String(c)
    case .ctrl(" "): return "Ctrl-Space"
    case .ctrl(let c): return "Ctrl-\(String(c).uppercased())"
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .home: return "Home"
    case .end: return "End"
    case .enter: return "Enter"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .escape: return "Esc"
    case .backspace: return "Backspace"
    case .delete: return "Del"
    case .insert: return "Ins"
    // xterm sends Shift with F1–F12 as F13–F24.
    case .function(let n): return n > 12 ? "Shift-F\(n - 12)" : "F\(n)"
    case .ctrlUp: return "Ctrl-↑"
    case .ctrlDown: return "Ctrl-↓"
    case .ctrlLeft: return "Ctrl-←"
    case .ctrlRight: return "Ctrl-→"
    case .ctrlPageUp: return "Ctrl-PgUp"
    case .ctrlPageDown: return "Ctrl-PgDn"
    }
  }
}

/// A mouse action the workbench reacts to.
public struct MouseEvent: Hashable, Sendable {
  public enum Action: Hashable, Sendable {
    case press
    case wheelUp
    case wheelDown
  }

  public var action: Action
  public var x: Int
  public var y: Int

  public init(_ action: Action, x: Int, y: Int) {
    self.action = action
    self.x = x
    self.y = y
  }
}

/// Everything that can happen to the workbench from outside.
public enum Event: Hashable, Sendable {
  case key(Key)
  /// Text the terminal delivered as a paste (bracketed paste): never read as keys.
  case paste(String)
  case mouse(MouseEvent)
  case resize(Size)
  /// Text came back from `$EDITOR`; nil when the editor failed or was aborted.
  case externalEditFinished(String?)
  /// The save of `version` finished: `error` is nil on success, else the reason it failed.
  case saveFinished(version: Int, error: String?)
  /// The rubric asked for with `Effect.loadRubric` was read, or `error` says where it is wrong.
  case rubricLoaded(Rubric?, error: String?)
  /// The save of `version` did not happen: the file changed on disk since it was read.
  case saveConflict(version: Int)
  /// The copy asked for with `Effect.writeCopy` was written, or `error` says why not.
  case copyWritten(path: String, error: String?)
  /// The plan file as it is on disk now, or the reason it cannot be read.
  case reloaded(Plan?, error: String?)
  /// The snapshot asked for with `Effect.writeSnapshot` was written, printed, or not.
  case snapshotFinished(SnapshotOutcome)
  /// The recovery journal could not be written (`problem` says why, in words), or is whole
  /// again (nil).
  case journalChanged(problem: String?)
  /// The plan asked for with `Effect.loadComparison`, or the reason it cannot be read.
  case comparisonLoaded(Plan?, label: String, error: String?)
}
