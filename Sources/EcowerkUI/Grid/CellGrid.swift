import EcowerkText

/// The whole screen as an in-memory grid of cells. Panes draw into it; the terminal backend
/// only copies the cells that changed since the last frame to the terminal, and tests compare
/// it as plain text.
public struct CellGrid: Hashable, Sendable {
  public private(set) var width: Int
  public private(set) var height: Int
  public private(set) var cells: [Cell]
  /// Where the terminal's cursor should blink (while typing), or nil to hide it.
  public var cursor: Point?

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  public init(size: Size) {
    self.init(width: size.width, height: size.height)
  }

  public var size: Size { Size(width: width, height: height) }
  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  public subscript(x: Int, y: Int) -> Cell {
    guard x >= 0, y >= 0, x < width, y < height else { return .blank }
    return cells[y * width + x]
  }

  /// Sets one cell, repairing a wide character that the new cell cuts in half.
  public mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
    guard x >= 0, y >= 0, x < width, y < height else { return }
    let index = y * width + x
    if cells[index].isContinuation && !cell.isContinuation && x > 0 {
      cells[index - 1] = Cell(" ", style: cells[index - 1].style)
    }
    if !cells[index].isContinuation, x + 1 < width, cells[index + 1].isContinuation,
      !cell.isContinuation
    {
      cells[index + 1] = Cell(" ", style: cells[index + 1].style)
    }
    cells[index] = cell
  }

  /// Fills a rectangle with one character and style.
  public mutating func fill(_ rect: Rect, _ character: Character = " ", style: Style = .plain) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    for y in area.y..<area.maxY {
      for x in area.x..<area.maxX {
        set(x, y, Cell(character, style: style))
      }
    }
  }

  /// Changes the style of every cell in a rectangle, keeping the characters.
  public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
    let area = rect.intersection(bounds)
    guard !area.isEmpty else { return }
    for y in area.y..<area.maxY {
      for x in area.x..<area.maxX {
        change(&cells[y * width + x].style)
      }
    }
  }

  /// Draws `text` from (`x`, `y`), never past `clip` (the whole grid by default), and returns
  /// the column after the last cell drawn. The text is sanitised here — the one place every
  /// string passes on its way to the screen — so a plan cannot send control sequences to the
  /// terminal. A wide character that does not fit is not drawn by half.
  @discardableResult
  public mutating func text(
    _ text: String, x: Int, y: Int, style: Style = .plain, clip: Rect? = nil
  ) -> Int {
    let area = (clip ?? bounds).intersection(bounds)
    guard y >= area.y, y < area.maxY else { return x }
    var column = x
    for character in Sanitizer.line(text) {
      let width = DisplayWidth.of(character)
      if width == 0 { continue }
      if column + width > area.maxX { break }
      if column >= area.x {
        set(column, y, Cell(character, style: style))
        if width == 2 { set(column + 1, y, Cell(" ", style: style, isContinuation: true)) }
      }
      column += width
    }
    return column
  }

  /// Draws `text` in exactly `width` columns: cut with "…" when too long, padded with spaces.
  public mutating func field(
    _ text: String, x: Int, y: Int, width: Int, style: Style = .plain,
    alignment: TextLayout.Alignment = .left, clip: Rect? = nil
  ) {
    guard width > 0 else { return }
    let fitted = TextLayout.pad(Sanitizer.line(text), toWidth: width, alignment: alignment)
    let end = self.text(fitted, x: x, y: y, style: style, clip: clip)
    if end < x + width {
      fill(
        Rect(x: end, y: y, width: x + width - end, height: 1).intersection(clip ?? bounds),
        style: style)
    }
  }

  /// The grid as text, one line per row, trailing spaces removed: what a snapshot compares.
  public var text: String {
    guard height > 0 else { return "" }
    var lines: [String] = []
    lines.reserveCapacity(height)
    for y in 0..<height {
      lines.append(row(y))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// One row as text, trailing spaces removed.
  public func row(_ y: Int) -> String {
    guard y >= 0, y < height else { return "" }
    var line = ""
    for x in 0..<width {
      let cell = cells[y * width + x]
      if !cell.isContinuation { line.append(cell.character) }
    }
    while line.last == " " { line.removeLast() }
    return line
  }

  /// The rows where this grid and `other` differ; all rows when the sizes differ.
  public func changedRows(since other: CellGrid) -> [Int] {
    guard other.width == width, other.height == height else { return Array(0..<height) }
    var rows: [Int] = []
    for y in 0..<height {
      let start = y * width
      if cells[start..<(start + width)] != other.cells[start..<(start + width)] {
        rows.append(y)
      }
    }
    return rows
  }
}
