/// The keys of a list overlay — the changes since an earlier version, the merge conflicts — as
/// data, like the keymap: what a key does and the status bar's hint come from the same list.
public struct OverlayKeys: Sendable {
  public enum Action: Hashable, Sendable {
    case up, down, pageUp, pageDown, top, bottom
    /// Close the overlay and show the entity of the selected row.
    case goTo
    case close
    /// Keep our version of the selected merge conflict.
    case keepOurs
    /// Take their version of the selected merge conflict (an edit, undone with `u`).
    case takeTheirs
  }

  public struct Binding: Hashable, Sendable {
    public var keys: [Key]
    public var action: Action
    /// The string table's key of the hint shown in the status bar; nil for no hint.
    public var hint: String?
  }

  public var bindings: [Binding]

  /// The action `key` means here.
  public func action(for key: Key) -> Action? {
    bindings.first { $0.keys.contains(key) }?.action
  }

  /// A key for `action`, for tests that press keys by name.
  public func key(for action: Action) -> Key? {
    bindings.first { $0.action == action }?.keys.first
  }

  /// `Enter go to  Esc close`, in the session's language.
  public func hints(_ strings: (String) -> String) -> String {
    bindings.compactMap { binding in
      binding.hint.map { "\(binding.keys.first?.description ?? "") \(strings($0))" }
    }.joined(separator: "  ")
  }

  /// Moving through a list, as in the health overlay.
  static let moving: [Binding] = [
    Binding(keys: [.char("j"), .down], action: .down),
    Binding(keys: [.char("k"), .up], action: .up),
    Binding(keys: [.pageDown, .char(" "), .ctrl("f")], action: .pageDown),
    Binding(keys: [.pageUp, .ctrl("b")], action: .pageUp),
    Binding(keys: [.char("g"), .home], action: .top),
    Binding(keys: [.char("G"), .end], action: .bottom),
  ]

  /// The changes since an earlier version.
  public static let changes = OverlayKeys(
    bindings: moving + [
      Binding(keys: [.enter], action: .goTo, hint: "overlay.goTo"),
      Binding(keys: [.escape, .char("q")], action: .close, hint: "overlay.close"),
    ])

  /// The conflicts of a merge.
  public static let conflicts = OverlayKeys(
    bindings: moving + [
      Binding(keys: [.char("o")], action: .keepOurs, hint: "overlay.keepOurs"),
      Binding(keys: [.char("t")], action: .takeTheirs, hint: "overlay.takeTheirs"),
      Binding(keys: [.enter], action: .goTo, hint: "overlay.goTo"),
      Binding(keys: [.escape, .char("q")], action: .close, hint: "overlay.close"),
    ])
}

extension ListCursor {
  /// Moves as a list overlay's moving action says, by `page` rows for a page.
  mutating func perform(_ action: OverlayKeys.Action, count: Int, page: Int) {
    switch action {
    case .down: move(1, count: count)
    case .up: move(-1, count: count)
    case .pageDown: move(page, count: count)
    case .pageUp: move(-page, count: count)
    case .top: row = 0
    case .bottom: row = max(0, count - 1)
    default: break
    }
    clamp(count: count, visible: page)
  }
}
