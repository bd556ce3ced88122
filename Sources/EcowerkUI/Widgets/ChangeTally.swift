import EcowerkModel
import EcowerkStrings

/// Counts over part of the Theory of Change: its nodes, broken assumptions and late KPIs.
/// The summary line, a folded row and the detail's "below" line all say the same thing about
/// different parts of the tree, so they count it the same way.
struct ChangeTally {
  var nodes = 0
  var broken = 0
  var late = 0

  init() {}

  /// The tally of these subtrees, every node counted whether folded or not.
  init(_ roots: [ChangeNode], today: CalendarDate) {
    ChangeTree(roots: roots, collapsed: []).forEachNode { node, _ in
      add(node, today: today)
      return true
    }
  }

  mutating func add(_ node: ChangeNode, today: CalendarDate) {
    nodes += 1
    // Indices rather than elements: copying each assumption and KPI out of its array costs
    // more than the rest of a walk over 10,000 nodes.
    for index in node.assumptions.indices where node.assumptions[index].status == .broken {
      broken += 1
    }
    for index in node.kpis.indices where TheoryOfChangePane.isLate(node.kpis[index], today: today) {
      late += 1
    }
  }

  /// "24 elements  ✗ 1 assumption broken  ! 2 KPIs late", the warnings only when there are
  /// any, each with its symbol so that it reads without colour.
  func spans(_ strings: Strings, _ glyphs: Glyphs, countStyle: Style) -> [Span] {
    let s = strings
    var spans = [
      Span(s.format(nodes == 1 ? "toc.count.one" : "toc.count.many", s.number(nodes)), countStyle)
    ]
    if broken > 0 {
      let text = s.format(broken == 1 ? "toc.broken.one" : "toc.broken.many", s.number(broken))
      spans.append(Span("  \(glyphs.cross) " + text, .colored(.bad, bold: true)))
    }
    if late > 0 {
      let text = s.format(late == 1 ? "toc.late.one" : "toc.late.many", s.number(late))
      spans.append(Span("  \(glyphs.warning) " + text, .colored(.warning, bold: true)))
    }
    return spans
  }
}
