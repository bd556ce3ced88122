import EcowerkUI

/// What one keystroke of the mix was for, so that a slow p99 can be traced to its kind.
enum KeyKind: String, CaseIterable {
  case move = "move ↑/↓"
  case page = "page PgDn/PgUp"
  case pane = "pane Ctrl-G 1–9"
  case column = "column ←/→"
  case editOpen = "edit: F2"
  case editType = "edit: typing"
  case editCommit = "edit: Enter"
  case undo = "undo Ctrl-Z"
  case sort = "sort: palette"
  case searchType = "find: Ctrl-F and typing"
  case searchEnter = "find: Enter"
  case next = "next match F3"
  case cancel = "Esc"
}

/// One key of the mix.
struct Keystroke {
  var key: Key
  var kind: KeyKind
}
