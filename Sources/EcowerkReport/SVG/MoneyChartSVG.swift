/// Each year's money as SVG: a stacked bar of the sources beside an open bar of the costs, the
/// NGF share written above, a value axis on the left and a legend of the patterns below.
enum MoneyChartSVG {
  static let width = 680.0
  static let plotTop = 34.0
  static let plotHeight = 220.0
  static let axisWidth = 78.0

  /// The x of each year's group and the width of one bar in it.
  static func columns(years: Int) -> (starts: [Double], bar: Double) {
    let slot = (width - axisWidth - 10) / Double(max(1, years))
    let bar = min(38, slot * 0.36)
    let starts = (0..<years).map { axisWidth + Double($0) * slot + (slot - bar * 2 - 4) / 2 }
    return (starts, bar)
  }

  static func render(_ data: MoneyChart, title: String, description: String, id: String)
    -> String
  {
    let legendRows = (data.legend.count + 1 + 4) / 5
    let height = plotTop + plotHeight + 30 + Double(legendRows) * 18 + 8
    var svg = SVGWriter(width: width, height: height, idPrefix: id)
    let bottom = plotTop + plotHeight
    for (tick, label) in zip(data.scale.ticks, data.scale.labels) {
      let y = bottom - data.scale.position(tick, length: plotHeight)
      svg.line(x1: axisWidth - 4, y1: y, x2: width - 6, y2: y, stroke: "#bbb", width: 0.6)
      svg.text(label, x: axisWidth - 8, y: y + 3.5, size: 9.5, anchor: "end")
    }
    svg.line(x1: axisWidth, y1: plotTop - 6, x2: axisWidth, y2: bottom, width: 1)
    svg.line(x1: axisWidth, y1: bottom, x2: width - 6, y2: bottom, width: 1)
    let (starts, bar) = columns(years: data.years.count)
    for (year, x) in zip(data.years, starts) {
      var y = bottom
      for (index, amount) in year.sources.enumerated() {
        let height = data.scale.position(amount, length: plotHeight)
        guard height > 0 else { continue }
        let top = max(plotTop, y - height)
        svg.rect(x: x, y: top, width: bar, height: y - top, fill: fill(index), strokeWidth: 0.8)
        y = top
      }
      let costs = data.scale.position(year.costs, length: plotHeight)
      svg.rect(
        x: x + bar + 4, y: bottom - costs, width: bar, height: costs, fill: .white,
        strokeWidth: 2)
      let highest = min(y, bottom - costs)
      svg.text(
        year.ngfShare, x: x + bar + 2, y: max(12, highest - 6), size: 9.5, anchor: "middle",
        bold: true)
      svg.text(year.label, x: x + bar + 2, y: bottom + 15, size: 10.5, anchor: "middle")
    }
    svg.text(data.ngfShareLabel + ":", x: axisWidth + 4, y: 12, size: 9.5, italic: true)
    // Legend: the sources' patterns, then the open bar of the costs.
    var entries = data.legend.enumerated().map { (fill($0.offset), $0.element, 0.8) }
    entries.append((.white, data.costsLabel, 2))
    for (index, entry) in entries.enumerated() {
      let x = axisWidth + Double(index % 5) * 118
      let y = bottom + 32 + Double(index / 5) * 18
      svg.rect(x: x, y: y - 9, width: 16, height: 11, fill: entry.0, strokeWidth: entry.2)
      svg.text(entry.1, x: x + 22, y: y, size: 10)
    }
    return svg.document(title: title, description: description)
  }

  /// The fill of a source: black, hatched, dotted, grey.
  static func fill(_ index: Int) -> SVGFill {
    let fills: [SVGFill] = [.black, .hatch, .dots, .grey, .crossHatch, .horizontal]
    return fills[index % fills.count]
  }
}
