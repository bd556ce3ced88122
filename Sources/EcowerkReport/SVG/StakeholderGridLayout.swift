/// Where everything of the influence × interest grid goes: pure arithmetic on the figures,
/// so it is tested without drawing.
///
/// Interest runs 1–5 from left to right, influence 1–5 from bottom to top. Each row is as tall
/// as its fullest cell needs, so every name fits in its cell; a cell holding more than
/// `maxLabels` parties shows the first ones and "+N more" (the matrix lists them all).
struct StakeholderGridLayout {
  struct Label: Hashable {
    var party: StakeholderGrid.Party
    /// The name as wrapped into the cell.
    var lines: [String]
    /// Smaller than `fontSize` for a name with a word too long for the cell at that size.
    var size: Double
    /// The room the marker and the name take.
    var frame: SVGRect
  }

  struct Cell: Hashable {
    var influence: Int
    var interest: Int
    var frame: SVGRect
    var labels: [Label]
    /// Parties in the cell that are not labelled for lack of room.
    var hidden: Int
  }

  static let width = 680.0
  static let gutter = 34.0
  static let top = 40.0
  static let fontSize = 9.5
  static let padding = 4.0
  static let markerRoom = 13.0
  static let maxLinesPerName = 3
  static let maxLabels = 14
  static let minimumRowHeight = 44.0

  let cells: [Cell]
  /// The grid's outer frame.
  let grid: SVGRect
  /// The height of the whole picture, with the quadrant names and the legend under the grid.
  let height: Double

  init(_ data: StakeholderGrid) {
    let scale = StakeholderGrid.scale
    let cellWidth = (Self.width - Self.gutter - 8) / Double(scale.count)
    let lineHeight = Self.fontSize * SVGText.lineHeight
    let textWidth = cellWidth - Self.markerRoom - Self.padding
    var cells: [Cell] = []
    var y = Self.top
    for influence in scale.reversed() {
      var row:
        [(
          interest: Int, lines: [[String]], sizes: [Double], parties: [StakeholderGrid.Party],
          hidden: Int
        )] = []
      var rowHeight = Self.minimumRowHeight
      for interest in scale {
        let parties = data.parties(influence: influence, interest: interest)
        let shown = parties.count > Self.maxLabels ? Self.maxLabels - 1 : parties.count
        let sizes = parties.prefix(shown).map {
          Self.size(of: $0.name, width: textWidth, bold: $0.mark == .orchestrator)
        }
        let lines = zip(parties.prefix(shown), sizes).map {
          SVGText.wrap(
            $0.name, width: textWidth, size: $1, bold: $0.mark == .orchestrator,
            maxLines: Self.maxLinesPerName)
        }
        let hidden = parties.count - shown
        let needed =
          lines.reduce(0) { $0 + Double($1.count) * lineHeight + 2 }
          + (hidden > 0 ? lineHeight + 2 : 0) + Self.padding * 2
        rowHeight = max(rowHeight, needed)
        row.append((interest, lines, sizes, Array(parties.prefix(shown)), hidden))
      }
      for entry in row {
        let frame = SVGRect(
          x: Self.gutter + Double(entry.interest - scale.lowerBound) * cellWidth, y: y,
          width: cellWidth, height: rowHeight)
        var labelY = y + Self.padding
        var labels: [Label] = []
        for ((party, lines), size) in zip(zip(entry.parties, entry.lines), entry.sizes) {
          let height = Double(lines.count) * lineHeight
          labels.append(
            Label(
              party: party, lines: lines, size: size,
              frame: SVGRect(
                x: frame.x + 2, y: labelY, width: cellWidth - 4, height: height)))
          labelY += height + 2
        }
        cells.append(
          Cell(
            influence: influence, interest: entry.interest, frame: frame, labels: labels,
            hidden: entry.hidden))
      }
      y += rowHeight
    }
    self.cells = cells
    grid = SVGRect(x: Self.gutter, y: Self.top, width: cellWidth * 5, height: y - Self.top)
    height = y + 82
  }

  /// The font size at which the name's longest word fits the cell, down to three quarters of
  /// `fontSize`; below that the word is broken.
  static func size(of name: String, width: Double, bold: Bool) -> Double {
    let longest =
      name.split(separator: " ").map { SVGText.width(String($0), size: 1, bold: bold) }
      .max() ?? 0
    guard longest * fontSize > width, longest > 0 else { return fontSize }
    return max(fontSize * 0.75, width / longest)
  }

  /// The x of the line between low and high interest, and the y of the one between high and
  /// low influence.
  func dividers(highFrom: Int) -> (x: Double, y: Double) {
    let x =
      cells.first { $0.interest == highFrom }?.frame.x ?? grid.maxX
    let y =
      cells.first { $0.influence == highFrom - 1 }?.frame.y ?? grid.maxY
    return (x, y)
  }
}
