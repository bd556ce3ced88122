/// One row of a spreadsheet, whatever file it came from: its cells as text and the line a user
/// finds it on (the line of a CSV file, the row number Excel shows).
public struct SheetRow: Hashable, Sendable {
  public var line: Int
  public var fields: [String]
  /// Columns whose cell is a number in a workbook, written with a decimal point and no
  /// grouping (`1250.5`), so an amount is read as the number it is, not as text in some
  /// locale's notation. Empty for text files, where every cell is text.
  public var numbers: Set<Int>

  public init(line: Int, fields: [String], numbers: Set<Int> = []) {
    self.line = line
    self.fields = fields
    self.numbers = numbers
  }

  /// The cell in `column`, or an empty string past the end of the row.
  public subscript(column: Int) -> String {
    column >= 0 && column < fields.count ? fields[column] : ""
  }
}
