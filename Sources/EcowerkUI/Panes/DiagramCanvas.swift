/// The lines of a diagram in character cells: each cell collects the directions lines leave
/// it in, and is drawn as the box-drawing character that joins them (`┤` for up, down and
/// left), so crossing and joining arrows never overwrite one another. Dotted lines (the links
/// beside the tree) go only where no solid line is.
struct DiagramCanvas {
  struct Directions: OptionSet, Hashable {
    let rawValue: UInt8
    static let up = Directions(rawValue: 1)
    static let down = Directions(rawValue: 2)
    static let left = Directions(rawValue: 4)
    static let right = Directions(rawValue: 8)
  }

  struct Point: Hashable {
    var x: Int
    var row: Int
  }

  let glyphs: Glyphs
  /// The rows on screen: lines are kept only there, so a frame of a tall diagram costs what
  /// it shows.
  let rows: Range<Int>
  var solid: [Point: Directions] = [:]
  var dots: [Point: (vertical: Bool, broken: Bool)] = [:]
  var arrows: [Point: (link: Bool, broken: Bool)] = [:]

  init(glyphs: Glyphs, rows: Range<Int> = Int.min..<Int.max) {
    self.glyphs = glyphs
    self.rows = rows
  }

  var ascii: Bool { glyphs == .ascii }
  var arrowGlyph: String { ascii ? ">" : "▶" }
  var linkGlyph: String { ascii ? "..>" : "┄▸" }

  mutating func horizontal(from start: Int, to end: Int, row: Int) {
    guard start != end, rows.contains(row) else { return }
    let (low, high) = (min(start, end), max(start, end))
    for x in low...high {
      var directions: Directions = []
      if x > low { directions.insert(.left) }
      if x < high { directions.insert(.right) }
      solid[Point(x: x, row: row), default: []].formUnion(directions)
    }
  }

  mutating func vertical(from start: Int, to end: Int, column: Int) {
    guard start != end else { return }
    let (low, high) = (min(start, end), max(start, end))
    let first = max(low, rows.lowerBound)
    let last = min(high, rows.upperBound)
    guard first <= last else { return }
    for row in first...last {
      var directions: Directions = []
      if row > low { directions.insert(.up) }
      if row < high { directions.insert(.down) }
      solid[Point(x: column, row: row), default: []].formUnion(directions)
    }
  }

  mutating func arrow(x: Int, row: Int) {
    guard rows.contains(row) else { return }
    arrows[Point(x: x, row: row)] = (false, false)
  }

  mutating func dotted(from start: Int, to end: Int, row: Int, broken: Bool) {
    guard start != end, rows.contains(row) else { return }
    for x in min(start, end)...max(start, end) where dots[Point(x: x, row: row)] == nil {
      dots[Point(x: x, row: row)] = (false, broken)
    }
  }

  mutating func dottedVertical(from start: Int, to end: Int, column: Int, broken: Bool) {
    guard start != end else { return }
    let low = max(min(start, end), rows.lowerBound)
    let high = min(max(start, end), rows.upperBound)
    guard low <= high else { return }
    for row in low...high {
      dots[Point(x: column, row: row)] = (true, broken)
    }
  }

  /// A link's arrowhead; where a tree arrow already arrives, that one stays (the dotted line
  /// joining it shows the link).
  mutating func linkArrow(x: Int, row: Int, broken: Bool) {
    guard arrows[Point(x: x, row: row)] == nil else { return }
    arrows[Point(x: x, row: row)] = (true, broken)
  }

  /// Draws the lines into `rect`, the canvas's row `offset` at its top; boxes are drawn over
  /// them afterwards.
  func draw(into grid: inout CellGrid, in rect: Rect, offset: Int) {
    func visible(_ point: Point) -> (Int, Int)? {
      let x = rect.x + point.x
      let y = rect.y + point.row - offset
      guard rect.contains(x: x, y: y) else { return nil }
      return (x, y)
    }
    for (point, dot) in dots where solid[point] == nil {
      guard let (x, y) = visible(point) else { continue }
      let character: Character = dot.vertical ? (ascii ? ":" : "┆") : (ascii ? "." : "┄")
      grid.set(x, y, Cell(character, style: dot.broken ? Style(color: .bad) : .muted))
    }
    for (point, directions) in solid {
      guard let (x, y) = visible(point) else { continue }
      grid.set(x, y, Cell(character(directions), style: .plain))
    }
    for (point, arrow) in arrows {
      guard let (x, y) = visible(point) else { continue }
      let character: Character = arrow.link ? (ascii ? ">" : "▸") : (ascii ? ">" : "▶")
      let style = arrow.broken ? Style(color: .bad, bold: true) : (arrow.link ? .muted : .plain)
      grid.set(x, y, Cell(character, style: style))
    }
  }

  func character(_ d: Directions) -> Character {
    if ascii {
      if d == [.left, .right] || d == [.left] || d == [.right] { return "-" }
      if d == [.up, .down] || d == [.up] || d == [.down] { return "|" }
      return "+"
    }
    switch d {
    case [.left, .right], [.left], [.right]: return "─"
    case [.up, .down], [.up], [.down]: return "│"
    case [.down, .right]: return "┌"
    case [.down, .left]: return "┐"
    case [.up, .right]: return "└"
    case [.up, .left]: return "┘"
    case [.up, .down, .right]: return "├"
    case [.up, .down, .left]: return "┤"
    case [.left, .right, .down]: return "┬"
    case [.left, .right, .up]: return "┴"
    default: return "┼"
    }
  }
}
