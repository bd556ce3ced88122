import EcowerkText

/// The influence × interest grid in plain text: interest across, influence down from 5, the
/// quadrants divided by `|` and `-`, each party a number in its cell (`3*` an MVE member,
/// `[1]` the orchestrator) with the numbered names under the grid. A field too large to
/// number shows how many parties each cell holds.
extension TextPage {
  /// Up to this many parties are numbered; beyond it the cells show counts.
  static let numberedParties = 200
  /// Lines a cell may take before the rest is summed up as "+N".
  static let cellLines = 4

  mutating func grid(_ data: StakeholderGrid) {
    let scale = StakeholderGrid.scale
    let corner = Self.clean(data.influenceTitle) + " \\ " + Self.clean(data.interestTitle)
    let gutter = 4
    let cellWidth = (width - gutter - 1) / scale.count
    guard cellWidth >= 5 else { return }
    let numbered = data.parties.count <= Self.numberedParties
    var tokens: [Int: [String]] = [:]
    for (index, party) in data.parties.enumerated() {
      let cell = StakeholderGrid.clamp(party.influence) * 10 + StakeholderGrid.clamp(party.interest)
      let number = String(index + 1)
      let token: String
      switch party.mark {
      case .orchestrator: token = "[\(number)]"
      case .member: token = number + "*"
      case .other: token = number
      }
      tokens[cell, default: []].append(token)
    }
    blank()
    lines += wrap(corner, width: width)
    // Each cell is `cellWidth - 2` wide with two spaces (or "| ") before all but the first.
    let divider = gutter + (data.highFrom - scale.lowerBound) * cellWidth - 2
    let lineWidth = gutter + scale.count * cellWidth - 2
    var header = Self.spaces(gutter)
    for interest in scale {
      if interest == data.highFrom {
        header += "| "
      } else if interest > scale.lowerBound {
        header += "  "
      }
      header += TextLayout.pad(String(interest), toWidth: cellWidth - 2)
    }
    append(header)
    for influence in scale.reversed() {
      if influence == data.highFrom - 1 {
        append(
          String(repeating: "-", count: divider) + "+"
            + String(repeating: "-", count: max(0, lineWidth - divider - 1)))
      }
      let cells = scale.map { interest -> [String] in
        let cell = tokens[influence * 10 + interest] ?? []
        guard numbered else { return cell.isEmpty ? [] : [String(cell.count)] }
        return Self.cellLines(cell, width: cellWidth - 2)
      }
      let height = max(1, cells.map(\.count).max() ?? 1)
      for line in 0..<height {
        var text = TextLayout.pad(line == 0 ? String(influence) : "", toWidth: gutter - 1) + " "
        for (column, interest) in scale.enumerated() {
          if interest == data.highFrom { text += "| " } else if column > 0 { text += "  " }
          let cell = cells[column]
          text += TextLayout.pad(line < cell.count ? cell[line] : "", toWidth: cellWidth - 2)
        }
        append(text)
      }
    }
    blank()
    lines += wrap(numbered ? data.numberedLegend : data.countedLegend, width: width)
    guard numbered else { return }
    let numberWidth = String(data.parties.count).count + 1
    for (index, party) in data.parties.enumerated() {
      hanging(
        party.name, marker: TextLayout.pad(String(index + 1), toWidth: numberWidth) + " ",
        indent: 2)
    }
  }

  /// The tokens wrapped into a cell, at most `cellLines` lines, the rest counted as "+N".
  static func cellLines(_ tokens: [String], width: Int) -> [String] {
    var lines: [[String]] = []
    for token in tokens {
      if let last = lines.last, DisplayWidth.of((last + [token]).joined(separator: " ")) <= width {
        lines[lines.count - 1].append(token)
      } else {
        lines.append([token])
      }
    }
    guard lines.count > cellLines else { return lines.map { $0.joined(separator: " ") } }
    var kept = Array(lines.prefix(cellLines - 1))
    let shown = kept.reduce(0) { $0 + $1.count }
    var last: [String] = []
    for token in tokens[shown...] {
      let hidden = tokens.count - shown - last.count - 1
      guard DisplayWidth.of((last + [token, "+\(hidden)"]).joined(separator: " ")) <= width
      else { break }
      last.append(token)
    }
    last.append("+\(tokens.count - shown - last.count)")
    kept.append(last)
    return kept.map { $0.joined(separator: " ") }
  }
}
