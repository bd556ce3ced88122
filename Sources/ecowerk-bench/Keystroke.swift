import EcowerkUI

/// What one keystroke of the mix was for, so that a slow p99 can be traced to its kind.
enum KeyKind: String, CaseIterable {
  case move = "move j/k"
  case page = "page PgDn/PgUp"
  case pane = "pane 1–9"
  case column = "column h/l"
  case editOpen = "edit: e"
  case editType = "edit: typing"
  case editCommit = "edit: Enter"
  case undo = "undo u"
  case sort = "sort s"
  case searchType = "search: / and typing"
  case searchEnter = "search: Enter"
  case next = "next match n"
  case cancel = "Esc"
}

/// One key of the mix.
struct Keystroke {
  var key: Key
  var kind: KeyKind
}
