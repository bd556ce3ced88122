/// The influence × interest grid as SVG: every party as a marker and its name in the cell of
/// its scores, the quadrants divided by heavy lines and named outside the grid, a legend for
/// the markers. Black and white only: the orchestrator is a black square, an MVE member a
/// black dot, any other party an open circle.
enum StakeholderGridSVG {
  static func render(_ data: StakeholderGrid, title: String, description: String, id: String)
    -> String
  {
    let layout = StakeholderGridLayout(data)
    let font = StakeholderGridLayout.fontSize
    var svg = SVGWriter(width: StakeholderGridLayout.width, height: layout.height, idPrefix: id)
    let grid = layout.grid
    let divider = layout.dividers(highFrom: data.highFrom)
    // The quadrant that asks for the most attention is shaded, lightly.
    svg.rect(
      x: divider.x, y: grid.y, width: grid.maxX - divider.x, height: divider.y - grid.y,
      fill: .lightGrey, stroke: nil)
    for cell in layout.cells {
      svg.rect(
        x: cell.frame.x, y: cell.frame.y, width: cell.frame.width, height: cell.frame.height,
        stroke: "#999", strokeWidth: 0.5)
    }
    svg.rect(x: grid.x, y: grid.y, width: grid.width, height: grid.height, strokeWidth: 1.2)
    svg.line(x1: divider.x, y1: grid.y - 6, x2: divider.x, y2: grid.maxY + 6, width: 2.5)
    svg.line(x1: grid.x - 6, y1: divider.y, x2: grid.maxX + 6, y2: divider.y, width: 2.5)
    for cell in layout.cells {
      for label in cell.labels {
        marker(&svg, label.party.mark, x: label.frame.x + 5, y: label.frame.y + font * 0.6)
        svg.text(
          label.lines, x: label.frame.x + StakeholderGridLayout.markerRoom - 2,
          y: label.frame.y + font * 0.95, size: label.size,
          bold: label.party.mark == .orchestrator, lineHeight: font * SVGText.lineHeight)
      }
      if cell.hidden > 0 {
        let last = cell.labels.last?.frame.maxY ?? cell.frame.y + 4
        svg.text(
          TemplateText.fill(data.moreTemplate, [String(cell.hidden)]), x: cell.frame.x + 4,
          y: last + 2 + font,
          size: font, italic: true)
      }
    }
    axes(&svg, data, layout: layout, divider: divider)
    return svg.document(title: title, description: description)
  }

  /// Scores along both axes, the axes' names, the quadrants' names and the legend.
  private static func axes(
    _ svg: inout SVGWriter, _ data: StakeholderGrid, layout: StakeholderGridLayout,
    divider: (x: Double, y: Double)
  ) {
    let grid = layout.grid
    for cell in layout.cells where cell.interest == StakeholderGrid.scale.lowerBound {
      svg.text(
        String(cell.influence), x: grid.x - 8, y: cell.frame.midY + 4, size: 11, anchor: "end",
        bold: true)
    }
    for cell in layout.cells where cell.influence == StakeholderGrid.scale.lowerBound {
      svg.text(
        String(cell.interest), x: cell.frame.midX, y: grid.maxY + 15, size: 11, anchor: "middle",
        bold: true)
    }
    svg.text("↑ " + data.influenceTitle, x: 2, y: 12, size: 11, bold: true)
    svg.text(
      data.interestTitle + " →", x: grid.midX, y: grid.maxY + 48, size: 11, anchor: "middle",
      bold: true)
    // Quadrant names: the high-influence ones above the grid, the low ones below it.
    let names = data.quadrants + Array(repeating: "", count: max(0, 4 - data.quadrants.count))
    let left = (grid.x + divider.x) / 2
    let right = (divider.x + grid.maxX) / 2
    svg.text(names[1], x: left, y: grid.y - 8, size: 10, anchor: "middle", italic: true)
    svg.text(names[0], x: right, y: grid.y - 8, size: 10, anchor: "middle", bold: true)
    svg.text(names[3], x: left, y: grid.maxY + 30, size: 10, anchor: "middle", italic: true)
    svg.text(names[2], x: right, y: grid.maxY + 30, size: 10, anchor: "middle", italic: true)
    // Legend.
    var x = grid.x
    let y = grid.maxY + 70
    let marks: [StakeholderGrid.Mark] = [.orchestrator, .member, .other]
    for (mark, name) in zip(marks, data.markNames) {
      marker(&svg, mark, x: x + 5, y: y - 4)
      svg.text(name, x: x + 14, y: y, size: 10)
      x += 14 + SVGText.width(name, size: 10) + 22
    }
  }

  private static func marker(
    _ svg: inout SVGWriter, _ mark: StakeholderGrid.Mark, x: Double, y: Double
  ) {
    switch mark {
    case .orchestrator: svg.rect(x: x - 4, y: y - 4, width: 8, height: 8, fill: .black)
    case .member: svg.circle(cx: x, cy: y, radius: 3.8, fill: .black)
    case .other: svg.circle(cx: x, cy: y, radius: 3.5, fill: .white, strokeWidth: 1.1)
    }
  }
}
