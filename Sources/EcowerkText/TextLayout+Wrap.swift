extension TextLayout {
  /// `s` word-wrapped into lines of at most `width` columns, for descriptions and notes.
  ///
  /// Each "\n" starts a new paragraph, and an empty paragraph stays an empty line, because
  /// authors use blank lines on purpose. Lines break at spaces; the spaces at a break are
  /// dropped, spaces between words on one line and a paragraph's indentation are kept. A hyphen
  /// between letters is a break too ("Oost-" / "Nederland"). A word wider than `width` (a long
  /// URL, or CJK text, which has no spaces) is broken between grapheme clusters. At width 1 a
  /// wide character cannot fit at all and becomes "…", so the reader still sees that something
  /// is there. A `width` below 1 gives `[""]`.
  public static func wrap(_ s: String, width: Int) -> [String] {
    guard width > 0 else { return [""] }
    var lines: [String] = []
    let paragraphs = s.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
    for paragraph in paragraphs {
      var builder = LineBuilder(width: width)
      builder.add(paragraph)
      lines += builder.finish()
    }
    return lines
  }

  /// Greedy line filling for one paragraph; a struct keeps the current line's state explicit.
  private struct LineBuilder {
    let width: Int
    var lines: [String] = []
    var line = ""
    var lineWidth = 0
    /// The spaces since the last word, written out only if another word follows on this line.
    var gap: Substring = ""

    init(width: Int) {
      self.width = width
    }

    mutating func add(_ paragraph: Substring) {
      var index = paragraph.startIndex
      while index < paragraph.endIndex {
        let isSpace = paragraph[index] == " "
        let end =
          paragraph[index...].firstIndex(where: { ($0 == " ") != isSpace }) ?? paragraph.endIndex
        if isSpace {
          gap = paragraph[index..<end]
        } else {
          addWordBreakingAtHyphens(paragraph[index..<end])
        }
        index = end
      }
    }

    /// Dutch writes many compounds and place names with a hyphen ("Oost-Nederland",
    /// "CO2-reductie"), and breaking after it reads far better than cutting mid-word. A hyphen
    /// only counts between a letter or digit and a letter, so "2024-05-01" and "-x" stay whole.
    private mutating func addWordBreakingAtHyphens(_ word: Substring) {
      guard word.utf8.contains(UInt8(ascii: "-")) else {
        addWord(word)
        return
      }
      var segmentStart = word.startIndex
      var previous: Character?
      var index = word.startIndex
      while index < word.endIndex {
        let character = word[index]
        let next = word.index(after: index)
        if character == "-", let previous, previous.isLetter || previous.isNumber,
          next < word.endIndex, word[next].isLetter
        {
          addWord(word[segmentStart..<next])
          segmentStart = next
        }
        previous = character
        index = next
      }
      addWord(word[segmentStart..<word.endIndex])
    }

    mutating func finish() -> [String] {
      lines.append(line)
      return lines
    }

    private mutating func addWord(_ word: Substring) {
      let wordWidth = DisplayWidth.of(word)
      // A gap is only spaces, one column per byte.
      let gapWidth = gap.utf8.count
      // The gap is used up either way: written before this word, or dropped at a break.
      defer { gap = "" }
      if lineWidth + gapWidth + wordWidth <= width {
        line += gap
        line += word
        lineWidth += gapWidth + wordWidth
        return
      }
      if !line.isEmpty { breakLine() }
      if wordWidth <= width {
        line = String(word)
        lineWidth = wordWidth
        return
      }
      for character in word {
        var piece = character
        var pieceWidth = DisplayWidth.of(character)
        if pieceWidth > width {
          piece = Character(TextLayout.ellipsis)
          pieceWidth = 1
        }
        if lineWidth + pieceWidth > width { breakLine() }
        line.append(piece)
        lineWidth += pieceWidth
      }
    }

    private mutating func breakLine() {
      lines.append(line)
      line = ""
      lineWidth = 0
    }
  }
}
