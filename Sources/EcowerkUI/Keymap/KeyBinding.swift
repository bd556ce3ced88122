/// One line of the keymap: these keys do this command, here.
public struct KeyBinding: Hashable, Sendable {
  /// Where a binding applies. Pane bindings win over global ones.
  public enum Scope: Hashable, Sendable {
    case global
    case pane(PaneID)
  }

  public var keys: [Key]
  public var command: Command
  public var scope: Scope
  /// Shown in the status bar's key hints for this scope.
  public var isHint: Bool

  public init(_ keys: [Key], _ command: Command, _ scope: Scope = .global, hint: Bool = false) {
    self.keys = keys
    self.command = command
    self.scope = scope
    isHint = hint
  }
}
