/// Placeholder until the pane is written.
enum ActionsPane: DetailPane {
  static func cursor(_ state: AppState) -> ListCursor { ListCursor() }
  static func setCursor(_ cursor: ListCursor, _ state: inout AppState) {}
  static func items(_ state: AppState, width: Int) -> [DetailItem] {
    [.heading(state.strings["pane.actions"])]
  }
}
