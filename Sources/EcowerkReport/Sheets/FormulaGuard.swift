/// Text a spreadsheet would run as a formula, made harmless on the way out and given back
/// unchanged on the way in.
///
/// A cell that starts with `=`, `+`, `-` or `@` is a formula to Excel; written to CSV such text
/// gets one leading `'`, which Excel shows as text. Reading removes one `'` before those
/// characters again, so `@Home BV` survives the round trip. Text that already starts with
/// `'` and then one of them (`'=A1`, `''+3`) gets one more, so reading gives back exactly what
/// was written: the guard is a bijection, not a one-way mark. A `'` before anything else
/// (`'s-Hertogenbosch`) is the text's own and is never touched.
///
/// A workbook needs no guard — its text cells are never formulas — but reading cannot tell
/// our workbook from one a spreadsheet program made of the CSV (which keeps the `'`), so in a
/// workbook only text that already starts with a guard gets one more, and reading is the same
/// for both.
enum FormulaGuard {
  static func guarded(_ text: String) -> String {
    needsGuard(text) ? "'" + text : text
  }

  /// For a workbook cell: only text that reading would otherwise change.
  static func guardedInWorkbook(_ text: String) -> String {
    text.first == "'" && needsGuard(text) ? "'" + text : text
  }

  static func unguarded(_ text: String) -> String {
    guard text.utf8.first == UInt8(ascii: "'") else { return text }
    let rest = String(text.dropFirst())
    return needsGuard(rest) ? rest : text
  }

  /// By scalar, not by character: `=` followed by a combining mark is one character, but a
  /// spreadsheet still sees a cell that starts with `=`. A plain number (`-5`, `+31`) is data
  /// a spreadsheet reads as the number it is, and is left alone.
  static func needsGuard(_ text: String) -> Bool {
    let scalars = text.unicodeScalars.drop { $0 == "'" }
    guard let first = scalars.first, "=+-@".unicodeScalars.contains(first) else { return false }
    if scalars.startIndex == text.unicodeScalars.startIndex && isNumber(text) { return false }
    return true
  }

  static func isNumber(_ text: String) -> Bool {
    Double(text) != nil || Double(String(text.map { $0 == "," ? "." : $0 })) != nil
  }
}
