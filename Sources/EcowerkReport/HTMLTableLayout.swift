import EcowerkText

/// Whether a table fits an A4 page upright, needs a landscape page, or must be split into
/// parts that each fit one: pure arithmetic on the table's text, so every column of every
/// table is on paper and on a 1200-pixel screen without scrolling sideways.
///
/// Widths are estimated in ems of the table's font, generously (see `SVGText`): a header
/// breaks only between words, so its longest word must fit; figures (numbers, amounts, dates)
/// never break; other text breaks between words, and inside a word only when the word is
/// longer than `longestUnbrokenWord`. Chromium and every other browser lay a table out so
/// that no column is narrower than its longest unbreakable piece, so when these add up to
/// less than the page nothing can stick out. A text column is also given room for about a
/// dozen characters where it has them, so it stays readable rather than one word a line.
struct HTMLTableLayout: Hashable {
  enum Page: Hashable {
    case portrait
    case landscape
  }

  /// Ems across an A4 page upright: 180 mm of text in the table font of 9 pt is 56 ems; the
  /// rest is margin for the estimate.
  static let portraitWidth = 54.0
  /// Ems across an A4 page on its side: 267 mm in the 8.5 pt of a wide table is 89 ems; on a
  /// screen a wide table's 12.8 px font gives 89 ems of a 1200-pixel window's 1150.
  static let landscapeWidth = 86.0
  /// A text column gets room for this many characters when it has them.
  static let comfortableCharacters = 12
  /// Cell padding and borders per column, in ems: upright tables, and the tighter cells of a
  /// wide table.
  static let padding = 1.0
  static let widePadding = 0.7
  /// Words up to this long are never broken inside; a longer one may break after every
  /// `HTMLText.wordChunk` characters (the page marks where), and only when room is short.
  static let longestUnbrokenWord = 16

  let page: Page
  /// The columns of each part, by index; every part after the first repeats column 0, which
  /// names the rows. One part when the table is not split.
  let parts: [[Int]]
  /// The least width of each column's content, in ems: its longest header word, its widest
  /// figure and its longest word (up to `longestUnbrokenWord` characters).
  let minimumWidths: [Double]
  /// Whether words longer than `longestUnbrokenWord` must be allowed to break for the table
  /// to fit: only then does the page get break points inside them, so a table with room to
  /// spare never has a word cut in two.
  let breaksLongWords: Bool

  init(_ table: ReportTable) {
    let measures = table.columns.indices.map { Self.measure($0, in: table) }
    minimumWidths = measures.map(\.minimum)
    let all = Array(table.columns.indices)
    let upright = measures.map { max($0.minimum, $0.comfortable) + Self.padding }
    let wide = measures.map { max($0.minimum, $0.comfortable) + Self.widePadding }
    if upright.reduce(0, +) <= Self.portraitWidth {
      page = .portrait
      parts = [all]
    } else if wide.reduce(0, +) <= Self.landscapeWidth || table.columns.count < 2 {
      page = .landscape
      parts = [all]
    } else {
      page = .landscape
      var parts: [[Int]] = []
      var current = [0]
      var used = wide[0]
      for column in 1..<wide.count {
        if used + wide[column] > Self.landscapeWidth && current.count > 1 {
          parts.append(current)
          current = [0]
          used = wide[0]
        }
        current.append(column)
        used += wide[column]
      }
      parts.append(current)
      self.parts = parts
    }
    let padding = page == .portrait ? Self.padding : Self.widePadding
    let limit = page == .portrait ? Self.portraitWidth : Self.landscapeWidth
    breaksLongWords = parts.contains { part in
      part.map { max(measures[$0].whole, measures[$0].comfortable) + padding }.reduce(0, +)
        > limit
    }
  }

  /// The least width a column's content needs, and the width that keeps its text readable,
  /// in ems, padding not included.
  /// `whole` is the least width with no word broken at all.
  static func measure(_ column: Int, in table: ReportTable) -> (
    minimum: Double, comfortable: Double, whole: Double
  ) {
    let header = table.columns[column].title
    let headerWord = longestWord(header)
    var figure = 0.0
    var word = 0
    var wholeWord = 0
    var text = 0
    let numeric = table.columns[column].alignment == .right
    for row in table.rows + (table.totals.map { [$0] } ?? []) where column < row.count {
      for line in row[column].split(separator: "\n") {
        if numeric {
          figure = max(figure, Double(DisplayWidth.of(line)))
          continue
        }
        text = max(text, DisplayWidth.of(line))
        let piece = HTMLText.longestPiece(line)
        word = max(word, min(piece, longestUnbrokenWord))
        wholeWord = max(wholeWord, piece)
        for run in HTMLText.figureRuns(String(line)) where run.isFigure {
          figure = max(figure, Double(DisplayWidth.of(run.text)))
        }
      }
    }
    // Bold header text averages about 0.62 em a character in DejaVu Sans, digits 0.6 em,
    // running text 0.55 em: generous for the fonts a browser falls back to.
    let minimum = max(headerWord * 0.62, figure * 0.6, Double(word) * 0.55, 1.5)
    let whole = max(minimum, Double(wholeWord) * 0.55)
    return (minimum, Double(min(text, comfortableCharacters)) * 0.55, whole)
  }

  private static func longestWord(_ text: String) -> Double {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" })
      .map { Double(DisplayWidth.of($0)) }.max() ?? 1
  }
}
