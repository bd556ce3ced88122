import EcowerkStrings
import EcowerkText

/// The pane tabs with their number keys. Long names where they fit, short ones where they don't,
/// and numbers alone (with the current pane named) on a narrow terminal.
enum TabBar {
  static func draw(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    guard !rect.isEmpty else { return }
    let strings = state.strings
    for labels in [labels(strings, short: false), labels(strings, short: true)] {
      let total = labels.reduce(0) { $0 + DisplayWidth.of($1) + 1 }
      if total <= rect.width {
        draw(labels, state.pane, into: &grid, in: rect)
        return
      }
    }
    let compact = PaneID.allCases.map { pane in
      pane == state.pane
        ? "\(pane.rawValue) \(strings["tab.short.\(pane.key)"])" : "\(pane.rawValue)"
    }
    draw(compact, state.pane, into: &grid, in: rect)
  }

  static func labels(_ strings: Strings, short: Bool) -> [String] {
    PaneID.allCases.map { "\($0.rawValue) " + strings[(short ? "tab.short." : "tab.") + $0.key] }
  }

  private static func draw(
    _ labels: [String], _ current: PaneID, into grid: inout CellGrid, in rect: Rect
  ) {
    var x = rect.x
    for (pane, label) in zip(PaneID.allCases, labels) {
      let style = pane == current ? Style(color: .accent, bold: true, reverse: true) : .plain
      x = grid.text(label, x: x, y: rect.y, style: style, clip: rect)
      x = grid.text(" ", x: x, y: rect.y, clip: rect)
    }
  }

  /// The pane whose tab is at column `x`, for mouse clicks.
  static func pane(atColumn x: Int, _ state: AppState, width: Int) -> PaneID? {
    let strings = state.strings
    var candidates = [labels(strings, short: false), labels(strings, short: true)]
    candidates.append(
      PaneID.allCases.map { pane in
        pane == state.pane
          ? "\(pane.rawValue) \(strings["tab.short.\(pane.key)"])" : "\(pane.rawValue)"
      })
    for labels in candidates {
      let total = labels.reduce(0) { $0 + DisplayWidth.of($1) + 1 }
      guard total <= width || labels == candidates.last else { continue }
      var start = 0
      for (pane, label) in zip(PaneID.allCases, labels) {
        let end = start + DisplayWidth.of(label)
        if x >= start && x < end { return pane }
        start = end + 1
      }
      return nil
    }
    return nil
  }
}
