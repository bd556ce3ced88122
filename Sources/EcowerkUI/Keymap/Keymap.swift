/// Which key does what: data, not code. The help screen, the status bar's key hints and the
/// README's key table are all generated from this list, and a test keeps them in step.
public struct Keymap: Sendable {
  public var bindings: [KeyBinding]

  public init(_ bindings: [KeyBinding]) {
    self.bindings = bindings
  }

  /// The command `key` means in `pane`, or nil when it means nothing there.
  public func command(for key: Key, in pane: PaneID) -> Command? {
    if let binding = bindings.first(where: { $0.scope == .pane(pane) && $0.keys.contains(key) }) {
      return binding.command
    }
    return bindings.first { $0.scope == .global && $0.keys.contains(key) }?.command
  }

  /// A key that runs `command` in `pane`, for tests that press keys by command name.
  public func key(for command: Command, in pane: PaneID) -> Key? {
    for scope in [KeyBinding.Scope.pane(pane), .global] {
      for binding in bindings where binding.scope == scope && binding.command == command {
        if let key = binding.keys.first(where: { self.command(for: $0, in: pane) == command }) {
          return key
        }
      }
    }
    // A key whose command falls back to this one (a digit in the stakeholder matrix).
    for binding in bindings
    where binding.scope == .pane(pane) && binding.command.fallback == command {
      if let key = binding.keys.first { return key }
    }
    return nil
  }

  /// The bindings of one scope, in keymap order.
  public func bindings(in scope: KeyBinding.Scope) -> [KeyBinding] {
    bindings.filter { $0.scope == scope }
  }

  /// The bindings whose keys appear in the status bar for `pane`.
  public func hints(for pane: PaneID) -> [KeyBinding] {
    bindings(in: .pane(pane)).filter(\.isHint) + bindings(in: .global).filter(\.isHint)
  }
}

extension Keymap {
  /// The keys users expect from vim, less and htop.
  public static let standard = Keymap(
    [
      KeyBinding([.char("?"), .function(1)], .help, hint: true),
      KeyBinding([.char("q")], .quit, hint: true),
      KeyBinding([.tab], .nextPane),
      KeyBinding([.backTab], .previousPane),
    ] + PaneID.allCases.map { KeyBinding([.char(Character(String($0.rawValue)))], .showPane($0)) }
      + [
        KeyBinding([.char("k"), .up], .moveUp),
        KeyBinding([.char("j"), .down], .moveDown),
        KeyBinding([.char("h"), .left], .moveLeft),
        KeyBinding([.char("l"), .right], .moveRight),
        KeyBinding([.pageUp, .ctrl("b")], .pageUp),
        KeyBinding([.pageDown, .ctrl("f")], .pageDown),
        KeyBinding([.char("g"), .home], .top),
        KeyBinding([.char("G"), .end], .bottom),
        KeyBinding([.enter], .activate),
        KeyBinding([.escape], .cancel),
        KeyBinding([.char("/")], .search, hint: true),
        KeyBinding([.char("n")], .searchNext),
        KeyBinding([.char("N")], .searchPrevious),
        KeyBinding([.char(":")], .commandLine, hint: true),
        KeyBinding([.ctrl("l")], .redraw),
        KeyBinding([.char("e")], .edit, hint: true),
        KeyBinding([.char("E"), .ctrl("o")], .editExternal),
        KeyBinding([.char(" ")], .cycleValue),
        KeyBinding([.char("a")], .add, hint: true),
        KeyBinding([.char("A"), .char("O")], .addBefore),
        KeyBinding([.char("d"), .delete], .delete),
        KeyBinding([.char("D")], .duplicate),
        KeyBinding([.char("K")], .moveItemUp),
        KeyBinding([.char("J")], .moveItemDown),
        KeyBinding([.char("u")], .undo, hint: true),
        KeyBinding([.ctrl("r"), .char("U")], .redo),
        KeyBinding([.ctrl("s")], .save),
        KeyBinding([.char("!")], .health),
        KeyBinding([.char("p")], .printSnapshot),

        KeyBinding([.char("v")], .toggleQuadrant, .pane(.stakeholders), hint: true),
        KeyBinding([.char("m")], .toggleMVE, .pane(.stakeholders), hint: true),
        KeyBinding([.char("o")], .toggleOrchestrator, .pane(.stakeholders)),
        KeyBinding([.char("s")], .sortColumn, .pane(.stakeholders)),
        KeyBinding([.char("f")], .filterRows, .pane(.stakeholders)),
      ]
      + (1...5).map {
        KeyBinding([.char(Character(String($0)))], .setScale($0), .pane(.stakeholders))
      }
      + [
        KeyBinding([.char("c")], .addChild, .pane(.theoryOfChange)),
        KeyBinding([.char(">")], .indent, .pane(.theoryOfChange)),
        KeyBinding([.char("<")], .outdent, .pane(.theoryOfChange)),
        KeyBinding([.char("M")], .moveTo, .pane(.theoryOfChange)),
        // Space is the global "next choice": in the tree the pane folds with it too.
        KeyBinding([.enter], .activate, .pane(.theoryOfChange), hint: true),
        KeyBinding([.char("+"), .char("*")], .expandAll, .pane(.theoryOfChange), hint: true),
        KeyBinding([.char("-")], .collapseAll, .pane(.theoryOfChange)),
        KeyBinding([.char("w")], .switchFocus, .pane(.segments), hint: true),
        KeyBinding([.char("v")], .toggleAlley, .pane(.segments), hint: true),
        KeyBinding([.char("w")], .switchFocus, .pane(.pilots), hint: true),
        KeyBinding([.char("w")], .switchFocus, .pane(.theoryOfChange), hint: true),
        // On an element `e` opens the levels to pick from, as Enter does; elsewhere both edit.
        KeyBinding([.char("v")], .toggleChart, .pane(.finance), hint: true),
        KeyBinding([.char("r")], .toggleActuals, .pane(.finance), hint: true),
        KeyBinding([.char("v")], .toggleKPIs, .pane(.actions), hint: true),
        KeyBinding([.char("w")], .switchFocus, .pane(.actions)),
      ])
}
