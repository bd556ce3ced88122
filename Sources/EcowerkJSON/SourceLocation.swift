/// A 1-based line and column, counted the way an editor shows them.
///
/// Columns count Unicode scalars, not bytes, so that an "é" in a Dutch place name does not
/// push the reported column past where the user's editor puts the cursor. Lines end at "\n"
/// (a "\r\n" pair is one line break, because the "\r" is simply the last column of its line).
public struct SourceLocation: Sendable, Equatable, CustomStringConvertible {
  /// The line, starting at 1.
  public var line: Int
  /// The column within the line, in Unicode scalars, starting at 1.
  public var column: Int

  /// Creates a location directly, mostly for comparing in tests.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// Finds the line and column of a byte offset. It scans from the start, which is fine
  /// because it only runs when an error is shown. An offset past the end is treated as the end,
  /// where "the file ends too early" errors point.
  public init(offset: Int, in bytes: [UInt8]) {
    self = bytes.withUnsafeBufferPointer { SourceLocation(offset: offset, in: $0) }
  }

  /// The same scan over a buffer, so the parser can locate the first copy of a duplicate key
  /// without copying its input into an array.
  init(offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
    let end = min(max(offset, 0), bytes.count)
    var line = 1
    var column = 1
    var index = 0
    while index < end {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\n") {
        line += 1
        column = 1
      } else if byte & 0xC0 != 0x80 {
        // Continuation bytes (10xxxxxx) belong to the scalar whose lead byte was counted.
        column += 1
      }
      index += 1
    }
    self.init(line: line, column: column)
  }

  /// "line 3, column 5", the form used in messages.
  public var description: String {
    "line \(line), column \(column)"
  }
}
