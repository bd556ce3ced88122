/// A selected row in a scrolling list, and the first row shown.
public struct ListCursor: Hashable, Sendable {
  public var row: Int
  public var offset: Int

  public init(row: Int = 0, offset: Int = 0) {
    self.row = row
    self.offset = offset
  }

  /// Keeps the row inside `0..<count` and the offset such that the row is visible in a
  /// window of `visible` rows.
  public mutating func clamp(count: Int, visible: Int) {
    row = count == 0 ? 0 : min(max(0, row), count - 1)
    let window = max(1, visible)
    if row < offset { offset = row }
    if row >= offset + window { offset = row - window + 1 }
    offset = max(0, min(offset, max(0, count - window)))
  }

  /// Moves by `delta` rows (negative is up), staying inside the list.
  public mutating func move(_ delta: Int, count: Int) {
    guard count > 0 else { return }
    row = min(max(0, row + delta), count - 1)
  }
}

extension ListCursor {
  /// Moves as a list's moving command says (up, down, a page of `page` rows, top, bottom) and
  /// keeps the row in view; false, and nothing moved, for any other command.
  @discardableResult
  mutating func perform(_ command: Command?, count: Int, page: Int) -> Bool {
    switch command {
    case .moveDown: move(1, count: count)
    case .moveUp: move(-1, count: count)
    case .pageDown: move(page, count: count)
    case .pageUp: move(-page, count: count)
    case .top: row = 0
    case .bottom: row = max(0, count - 1)
    default: return false
    }
    clamp(count: count, visible: page)
    return true
  }
}
