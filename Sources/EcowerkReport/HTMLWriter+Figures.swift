/// Pictures as inline SVG, each in a `<figure>` with its caption; a picture too tall for a
/// page is drawn in parts, each captioned "part 2 of 5".
extension HTMLWriter {
  mutating func figure(_ figure: ReportFigure) {
    let pictures = svgs(figure)
    for (index, picture) in pictures.enumerated() {
      let caption =
        picture.caption
        ?? (pictures.count == 1 ? figure.title : part(figure.title, index, of: pictures.count))
      html += "<figure>\n<figcaption>\(HTMLText.escape(caption))</figcaption>\n\(picture.svg)"
      if index == pictures.count - 1, let legend = legend(figure) {
        html += "<p class=\"legend\">\(HTMLText.escape(legend))</p>\n"
      }
      html += "</figure>\n"
    }
  }

  /// The SVG of each picture, and its own caption where it has one.
  private mutating func svgs(_ figure: ReportFigure) -> [(svg: String, caption: String?)] {
    figures += 1
    let id = "f\(figures)-"
    let title = figure.title
    let description = figure.description
    func one(_ svg: String) -> [(String, String?)] { [(svg, nil)] }
    switch figure.picture {
    case .stakeholderGrid(let grid):
      return one(StakeholderGridSVG.render(grid, title: title, description: description, id: id))
    case .theoryOfChange(let diagram):
      return changeDiagrams(diagram, title: title, description: description, id: id)
    case .money(let chart):
      return one(MoneyChartSVG.render(chart, title: title, description: description, id: id))
    case .reach(let chart):
      return ReachChartSVG.render(chart, title: title, description: description, id: id)
        .map { ($0, nil) }
    case .reviewProfile(let profile):
      return one(
        ReviewProfileSVG.render(profile, title: title, description: description, id: id))
    case .bowlingAlley(let alley):
      return AlleySequenceSVG.render(alley, title: title, description: description, id: id)
        .map { ($0, nil) }
    }
  }

  /// One picture per impact goal, or per part of one when it is too tall for a page, each
  /// captioned with its goal.
  private func changeDiagrams(
    _ diagram: ChangeDiagram, title: String, description: String, id: String
  ) -> [(svg: String, caption: String?)] {
    let maxDepth = diagram.roots.map(Self.depth).max() ?? 0
    var pictures: [(String, String?)] = []
    for root in diagram.roots {
      let parts = ChangeDiagramPart.split(
        [root], budget: ChangeDiagramLayout.pageHeight,
        cost: { ChangeDiagramLayout.cost($0, $1, maxDepth: maxDepth) })
      let goal = "\(title) — \(root.level): \(root.title)"
      for (index, part) in parts.enumerated() {
        let caption = parts.count == 1 ? goal : self.part(goal, index, of: parts.count)
        let svg = ChangeDiagramSVG.render(
          part, in: diagram, maxDepth: maxDepth, title: caption, description: description,
          id: id + "p\(pictures.count)-")
        pictures.append((svg, caption))
      }
    }
    return pictures
  }

  /// How deep the tree under a node goes, 0 for a leaf; without recursion, as a tree may be
  /// deep.
  static func depth(_ node: ChangeDiagram.Node) -> Int {
    var deepest = 0
    var stack = [(node, 0)]
    while let (current, depth) = stack.popLast() {
      deepest = max(deepest, depth)
      stack += current.children.map { ($0, depth + 1) }
    }
    return deepest
  }

  /// The words under a picture that its drawing cannot say by itself.
  private func legend(_ figure: ReportFigure) -> String? {
    guard case .theoryOfChange(let diagram) = figure.picture else { return nil }
    var stack = diagram.roots
    while let node = stack.popLast() {
      if node.broken { return diagram.brokenLegend }
      stack += node.children
    }
    return nil
  }
}
