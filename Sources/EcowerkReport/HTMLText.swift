import EcowerkText

/// Plan text made safe for an HTML page, and kept readable on it: every string is sanitised and
/// escaped; figures (amounts, dates, percentages, years) are kept on one line wherever the
/// text around them wraps.
enum HTMLText {
  /// Sanitised and escaped for HTML text and attribute values.
  static func escape(_ text: String) -> String {
    var result = ""
    for character in Sanitizer.line(text) {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }

  /// Text for a page: line breaks kept as `<br>`, each figure in a span that does not wrap,
  /// so "€ 1.250.000" or "30-6-2026" never breaks across two lines. In a table cell
  /// (`breakingLongWords`) a word longer than `HTMLTableLayout.longestUnbrokenWord` may break
  /// after every `wordChunk` characters (`<wbr>`), so that one long name or web address
  /// cannot make a column wider than the page.
  static func body(_ text: String, breakingLongWords: Bool = false) -> String {
    Sanitizer.text(text).split(separator: "\n", omittingEmptySubsequences: false)
      .map { line in
        figureRuns(String(line)).map { run in
          if run.isFigure { return "<span class=\"nw\">\(escape(run.text))</span>" }
          return breakingLongWords ? breakable(run.text) : escape(run.text)
        }.joined()
      }.joined(separator: "<br>")
  }

  /// Characters between the break opportunities of a long word.
  static let wordChunk = 12

  /// The text escaped, with `<wbr>` in each word longer than the longest unbroken word. A
  /// browser breaks after a hyphen anyway, so the pieces between hyphens count as words; a
  /// long piece is cut into equal parts of at most `wordChunk` characters.
  static func breakable(_ text: String) -> String {
    var result = ""
    var word: [Character] = []
    func flush() {
      defer { word = [] }
      guard DisplayWidth.of(String(word)) > HTMLTableLayout.longestUnbrokenWord else {
        result += escape(String(word))
        return
      }
      let parts = (word.count + wordChunk - 1) / wordChunk
      let size = (word.count + parts - 1) / parts
      result += stride(from: 0, to: word.count, by: size).map {
        escape(String(word[$0..<min(word.count, $0 + size)]))
      }.joined(separator: "<wbr>")
    }
    for character in text {
      if character == " " {
        flush()
        result.append(" ")
      } else if character == "-" {
        word.append(character)
        flush()
      } else {
        word.append(character)
      }
    }
    flush()
    return result
  }

  /// The longest piece of `text` a browser will not break: words, cut after hyphens.
  static func longestPiece(_ text: some StringProtocol) -> Int {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { word in
      // Each piece but the last keeps its hyphen.
      let pieces = word.split(separator: "-", omittingEmptySubsequences: false)
      return pieces.enumerated().map { index, piece in
        DisplayWidth.of(piece) + (index < pieces.count - 1 ? 1 : 0)
      }.max() ?? 0
    }.max() ?? 0
  }

  /// The text cut into runs that are figures and runs that are not. A figure starts with a
  /// digit (or "€", or a minus before a digit) and goes on through digits and the marks
  /// inside numbers, dates and ranges (`.,-/:%–`, and the space after "€"); marks at its end
  /// belong to the text after it. Single digits are left alone: they cannot break.
  static func figureRuns(_ text: String) -> [(text: String, isFigure: Bool)] {
    let characters = Array(text)
    var runs: [(String, Bool)] = []
    var plain = ""
    var index = 0
    func isDigit(_ offset: Int) -> Bool {
      offset < characters.count && characters[offset].isASCII && characters[offset].isNumber
    }
    while index < characters.count {
      let character = characters[index]
      let starts =
        isDigit(index) || (character == "€" && (isDigit(index + 1) || isDigit(index + 2)))
        || (character == "-" && isDigit(index + 1) && (index == 0 || characters[index - 1] == " "))
      guard starts else {
        plain.append(character)
        index += 1
        continue
      }
      var end = index + 1
      while end < characters.count {
        let next = characters[end]
        if isDigit(end) || ".,-/:%–".contains(next) || (next == " " && characters[end - 1] == "€") {
          end += 1
        } else {
          break
        }
      }
      // Marks at the end ("2026." ending a sentence) are not part of the figure.
      while end > index + 1, !isDigit(end - 1), characters[end - 1] != "%" { end -= 1 }
      let figure = String(characters[index..<end])
      if figure.count < 2 {
        plain += figure
      } else {
        if !plain.isEmpty { runs.append((plain, false)) }
        plain = ""
        runs.append((figure, true))
      }
      index = end
    }
    if !plain.isEmpty { runs.append((plain, false)) }
    return runs
  }

  /// A CSS string literal: quotes and backslashes escaped, and `<` and `>` written as escapes
  /// so that nothing in it can end the style sheet it stands in.
  static func cssString(_ text: String) -> String {
    var result = "\""
    for scalar in Sanitizer.line(text).unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "<": result += "\\3c "
      case ">": result += "\\3e "
      case "&": result += "\\26 "
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  /// A template with "{1}", "{2}" as a CSS `content` value: the text parts as strings, the
  /// placeholders as the given CSS values (`counter(page)`).
  static func cssContent(_ template: String, _ values: [String]) -> String {
    var parts: [String] = []
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{"),
      let close = rest[open...].firstIndex(of: "}"),
      let number = Int(rest[rest.index(after: open)..<close]), (1...values.count).contains(number)
    {
      if open > rest.startIndex { parts.append(cssString(String(rest[..<open]))) }
      parts.append(values[number - 1])
      rest = rest[rest.index(after: close)...]
    }
    if !rest.isEmpty { parts.append(cssString(String(rest))) }
    return parts.joined(separator: " ")
  }
}
