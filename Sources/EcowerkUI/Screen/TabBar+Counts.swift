import EcowerkStrings
import EcowerkText

/// The tab labels with each pane's count of open findings (`3 Stakeholders!4`): long names
/// where they fit, short ones where they don't, and on a narrow terminal the numbers with as
/// many short names as fit, the current pane's always.
extension TabBar {
  struct Label: Hashable {
    var name: String
    /// `!4`, or empty for a pane without findings.
    var count: String

    var width: Int { DisplayWidth.of(name) + DisplayWidth.of(count) }
  }

  /// The labels that fit in `width` columns, in pane order.
  static func labels(_ state: AppState, width: Int) -> [Label] {
    let strings = state.strings
    let health = HealthView.current(state)
    let marker = state.settings.glyphs.warning
    func count(_ pane: PaneID) -> String {
      let open = health.count(in: pane)
      return open > 0 ? "\(marker)\(open)" : ""
    }
    func total(_ labels: [Label]) -> Int { labels.reduce(0) { $0 + $1.width + 1 } }
    for prefix in ["tab.", "tab.short."] {
      let labels = PaneID.allCases.map {
        Label(name: "\($0.rawValue) " + strings[prefix + $0.key], count: count($0))
      }
      if total(labels) <= width { return labels }
    }
    var labels = PaneID.allCases.map { pane in
      Label(
        name: pane == state.pane
          ? "\(pane.rawValue) \(strings["tab.short.\(pane.key)"])" : "\(pane.rawValue)",
        count: count(pane))
    }
    // Names back for as many panes as still fit, from the first.
    for pane in PaneID.allCases where pane != state.pane {
      var named = labels
      named[pane.rawValue - 1].name = "\(pane.rawValue) \(strings["tab.short.\(pane.key)"])"
      if total(named) <= width { labels = named }
    }
    return labels
  }

  /// The style of a pane's count: the colour of warnings, bold; reversed on the current tab.
  static func countStyle(current: Bool) -> Style {
    Style(color: .warning, bold: true, reverse: current)
  }
}
