import EcowerkModel

/// What every pane does: draw itself, move its selection, find text, take a click.
protocol PaneBehavior {
  /// Draws the pane's full frame into `rect`.
  static func draw(_ state: AppState, into grid: inout CellGrid, in rect: Rect)
  /// Carries out a navigation command; false when the pane has no use for it.
  static func handle(_ command: Command, _ state: inout AppState, in rect: Rect) -> Bool
  /// Selects the next row (after the selection, wrapping) whose text contains `query`.
  static func search(_ query: String, forward: Bool, _ state: inout AppState, in rect: Rect) -> Bool
  /// Selects what is at a clicked cell.
  static func click(x: Int, y: Int, _ state: inout AppState, in rect: Rect)
  /// Keeps the selection and scroll offsets inside the pane after a resize or a change.
  static func normalize(_ state: inout AppState, in rect: Rect)
  /// What is selected for editing, and where its value is on screen (for the in-place editor).
  static func editPlace(_ state: AppState, in rect: Rect) -> EditPlace?
  /// What an editing command (add, delete, duplicate, move, pane-specific ones) means here;
  /// nil when it means nothing in this pane or at this selection.
  static func action(for command: Command, _ state: AppState, in rect: Rect) -> PaneAction?
  /// What choosing `value` does in a pick list this pane opened for a purpose of its own (a
  /// move-to list); nil when it means nothing.
  static func action(choosing value: String?, in list: PickList, _ state: AppState, in rect: Rect)
    -> PaneAction?
  /// The moves that Tab and Shift-Tab make while editing: to the next cell or field.
  static var tabCommands: (next: Command, previous: Command) { get }
  /// Why the pane will not take a typed value (an action's end before its start), or nil;
  /// asked before the value is committed, so the editor stays open with the text to correct.
  static func refusal(of edit: Edit, _ state: AppState) -> String?
  /// Whether the selection is on the empty row at the end of a list, or the placeholder of
  /// an empty one: editing or typing there adds a new entry.
  static func isOnNewEntry(_ state: AppState, in rect: Rect) -> Bool
  /// The field of the selected line Tab visits after `field` (an assumption's status, a
  /// barrier's weten/willen/kunnen, a measurement's date), nil after the line's last.
  static func secondaryField(after field: Field?, _ state: AppState, in rect: Rect) -> Target?
}

extension PaneBehavior {
  static func editPlace(_ state: AppState, in rect: Rect) -> EditPlace? { nil }
  static func action(for command: Command, _ state: AppState, in rect: Rect) -> PaneAction? {
    nil
  }
  static func action(choosing value: String?, in list: PickList, _ state: AppState, in rect: Rect)
    -> PaneAction?
  {
    nil
  }
  static var tabCommands: (next: Command, previous: Command) { (.moveDown, .moveUp) }
  static func refusal(of edit: Edit, _ state: AppState) -> String? { nil }
  static func isOnNewEntry(_ state: AppState, in rect: Rect) -> Bool { false }
  static func secondaryField(after field: Field?, _ state: AppState, in rect: Rect) -> Target? {
    nil
  }
}

/// Where an edit lands: the field, and the screen cells of its value.
struct EditPlace {
  var target: Target
  var rect: Rect
}

/// What a pane wants done for an editing command.
enum PaneAction {
  /// Apply an edit; then (if given) adjust the selection, and open the editor on it.
  case edit(Edit, select: ((inout AppState) -> Void)? = nil, openEditor: Bool = false)
  /// Open the editor without changing anything yet (a new entry of a text list).
  case beginEdit(EditSession)
  /// Say why the command cannot be done here.
  case refuse(String)
  /// Change only what is shown (fold a branch, open a pick list); allowed on a read-only plan
  /// too, since the plan stays as it is.
  case view((inout AppState) -> Void)
}
