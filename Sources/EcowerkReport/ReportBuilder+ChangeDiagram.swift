import EcowerkModel
import EcowerkStrings

/// The Theory of Change as a picture: the same tree as the outline, each node a box with its
/// KPIs and assumptions counted, a broken assumption marked.
extension ReportBuilder {
  var changeDiagramFigure: ReportFigure {
    let roots = plan.theoryOfChange.map(diagramNode)
    var titles: [String] = []
    var level: [ChangeNode] = plan.theoryOfChange
    // The heading of each column is the level of the first node found at that depth.
    while let first = level.first {
      let label = strings.label(first.level)
      titles.append(label.prefix(1).uppercased() + label.dropFirst())
      level = level.flatMap(\.children)
    }
    return ReportFigure(
      title: strings["report.toc.diagram"],
      description: strings.format(
        "report.toc.diagramDescription", strings.number(plan.allNodes().count)),
      picture: .theoryOfChange(
        ChangeDiagram(
          roots: roots, columnTitles: titles, partTemplate: strings["report.part"],
          brokenLegend: strings["report.toc.broken"]
            + (plan.changeLinks.isEmpty ? "" : " " + strings["report.toc.linkLegend"]),
          links: plan.changeLinks.map { link in
            ChangeDiagram.Link(
              from: link.from.rawValue, to: link.to.rawValue,
              rationale: link.rationale,
              broken: link.assumptions.contains { $0.status == .broken })
          })))
  }

  private func diagramNode(_ node: ChangeNode) -> ChangeDiagram.Node {
    var notes: [String] = []
    if !node.kpis.isEmpty {
      notes.append(count(node.kpis.count, "report.toc.kpis"))
    }
    if !node.assumptions.isEmpty {
      notes.append(count(node.assumptions.count, "report.toc.assumptions"))
    }
    let level = strings.label(node.level)
    return ChangeDiagram.Node(
      id: node.id.rawValue, level: level.prefix(1).uppercased() + level.dropFirst(),
      title: names.orUnnamed(node.title), note: notes.joined(separator: " · "),
      broken: node.assumptions.contains { $0.status == .broken },
      children: node.children.map(diagramNode))
  }

  private func count(_ value: Int, _ key: String) -> String {
    strings.format(key + (value == 1 ? ".one" : ".other"), strings.number(value))
  }
}
