import EcowerkText

/// The Theory of Change as Mermaid flowcharts, which GitHub and GitLab draw from a fenced
/// `mermaid` block: causes on the left, the impact goal on the right, one chart per impact
/// goal, and a goal with more nodes than a chart can show split in parts (as the HTML
/// diagram is).
///
/// Node ids are numbers of our own (`n1`, `n2`, …), never plan text; labels are quoted with
/// every character Mermaid or Markdown could read as syntax written as an entity code
/// (`#quot;`, `#35;`), so a title can neither end its label, add a link or style, nor close
/// the fence.
enum MermaidDiagram {
  /// Nodes per chart: GitHub refuses charts far larger, and readers cannot follow them.
  static let nodesPerChart = 60

  /// The charts, each with a caption naming its impact goal (and part).
  static func charts(_ diagram: ChangeDiagram) -> [(caption: String, chart: String)] {
    var result: [(String, String)] = []
    for root in diagram.roots {
      let parts = ChangeDiagramPart.split(
        [root], budget: Double(nodesPerChart),
        cost: { path, nodes in
          Double(path.count + nodes.reduce(0) { $0 + $1.count })
        })
      for (index, part) in parts.enumerated() {
        let name = "\(root.level): \(root.title)"
        let caption =
          parts.count == 1
          ? name
          : TemplateText.fill(diagram.partTemplate, [name, String(index + 1), String(parts.count)])
        result.append((caption, chart(part, links: diagram.links)))
      }
    }
    return result
  }

  static func chart(_ part: ChangeDiagramPart, links: [ChangeDiagram.Link] = []) -> String {
    var lines = ["```mermaid", "flowchart LR"]
    var next = 0
    var broken: [String] = []
    var ids: [String: String] = [:]
    func declare(_ node: ChangeDiagram.Node) -> String {
      next += 1
      let id = "n\(next)"
      if ids[node.id] == nil { ids[node.id] = id }
      lines.append("  \(id)[\"\(label(node.level + ": " + node.title))\"]")
      if node.broken { broken.append(id) }
      return id
    }
    // Returns the id of the subtree's root after declaring it and its edges.
    func subtree(_ node: ChangeDiagram.Node) -> String {
      let id = declare(node)
      for child in node.children {
        lines.append("  \(subtree(child)) --> \(id)")
      }
      return id
    }
    let pathIDs = part.path.map(declare)
    let roots = part.nodes.map(subtree)
    if let parent = pathIDs.last {
      for root in roots { lines.append("  \(root) --> \(parent)") }
    }
    for (child, parent) in zip(pathIDs.dropFirst(), pathIDs) {
      lines.append("  \(child) --> \(parent)")
    }
    // The links beside the tree whose two ends are both in this chart, dashed, labelled with
    // their reason (shortened); a link resting on a broken assumption says so.
    for link in links {
      guard let from = ids[link.from], let to = ids[link.to] else { continue }
      var text = TextLayout.truncate(link.rationale, toWidth: 40)
      if link.broken { text = "⚠ " + text }
      lines.append(
        text.isEmpty ? "  \(from) -.-> \(to)" : "  \(from) -. \"\(label(text))\" .-> \(to)")
    }
    for id in broken { lines.append("  style \(id) stroke-dasharray: 5 5") }
    lines.append("```")
    return lines.joined(separator: "\n")
  }

  /// Plan text as the inside of a quoted Mermaid label.
  ///
  /// Every character that Mermaid or Markdown reads is written as an entity code.
  static func label(_ text: String) -> String {
    var result = ""
    for character in Sanitizer.line(text) {
      switch character {
      case "\"", "#", "<", ">", "&", "`", "\\", "*", "_", "~", "|", "[", "]", "{", "}", "$":
        result += character.unicodeScalars.map { "#\($0.value);" }.joined()
      default: result.append(character)
      }
    }
    return result
  }
}
