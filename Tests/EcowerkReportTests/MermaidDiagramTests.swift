import EcowerkModel
import EcowerkReport
import EcowerkStore
import Testing

@testable import EcowerkReport

/// The Theory of Change in Markdown as Mermaid charts: one per impact goal, every node in it,
/// and no title that can break out of its label or the fence.
@Suite struct MermaidDiagramTests {
  @Test func theDemoHasAChartPerGoalWithEveryNode() throws {
    let plan = try DemoPlan.load()
    let markdown = Render.markdown(plan, .english, sections: [.theoryOfChange])
    #expect(markdown.ranges(of: "```mermaid\nflowchart LR\n").count == plan.theoryOfChange.count)
    for entry in plan.allNodes() {
      #expect(markdown.contains(MermaidDiagram.label(entry.node.title)), "\(entry.node.title)")
    }
    // Every node but the goals contributes to exactly one other.
    let edges = markdown.split(separator: "\n").filter { $0.contains(" --> ") }
    #expect(edges.count == plan.allNodes().count - plan.theoryOfChange.count)
  }

  @Test(arguments: [
    "Titel\"] --> x[\"gekaapt", "```\n# kop", "<script>alert(1)</script>", "a | b & c #1",
    "click n1 href \"javascript:alert(1)\"", "\u{1B}[31mrood",
  ])
  func aTitleStaysInsideItsLabel(_ title: String) {
    let label = MermaidDiagram.label(title)
    for forbidden in ["\"", "`", "<", ">", "[", "]", "|", "\n", "\u{1B}"] {
      #expect(!label.contains(forbidden), "\(forbidden) in \(label)")
    }
    let chart = MermaidDiagram.chart(
      ChangeDiagramPart(
        path: [],
        nodes: [ChangeDiagram.Node(id: "x", level: "Impact", title: title)]))
    let lines = chart.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count == 4, "fence, header, the node, fence: \(lines)")
    #expect(lines.filter { $0.hasPrefix("```") }.count == 2)
  }

  @Test func aLargeGoalIsSplitIntoChartsOfAReadableSize() {
    func node(_ id: Int, depth: Int) -> ChangeDiagram.Node {
      ChangeDiagram.Node(
        id: "n\(id)", level: "L\(depth)", title: "Knoop \(id)",
        children: depth < 3 ? (0..<5).map { node(id * 10 + $0, depth: depth + 1) } : [])
    }
    let diagram = ChangeDiagram(
      roots: [node(1, depth: 0)], columnTitles: [], partTemplate: "{1}, deel {2} van {3}",
      brokenLegend: "")
    let charts = MermaidDiagram.charts(diagram)
    #expect(charts.count > 1)
    #expect(charts.first?.caption.hasSuffix("deel 1 van \(charts.count)") == true)
    for chart in charts {
      let nodes = chart.chart.split(separator: "\n").filter { $0.contains("[\"") }
      #expect(nodes.count <= MermaidDiagram.nodesPerChart)
    }
  }
}
