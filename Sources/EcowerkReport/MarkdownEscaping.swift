import EcowerkText

/// Makes plan text literal in Markdown as GitHub and GitLab render it (CommonMark with the
/// GFM extensions): whatever a partner typed shows as typed, and can neither open a table
/// cell, start a list, emphasise, link, smuggle in HTML nor typeset maths.
///
/// Every ASCII punctuation character may be backslash-escaped in CommonMark, so escaping more
/// than strictly needed is harmless; escaping less is not. A line break inside a plan text
/// becomes `<br>`, the one way to break a line that works the same in paragraphs, list items
/// and table cells on both sites.
enum MarkdownEscaping {
  /// Characters with inline meaning anywhere: escapes, code, emphasis, strikethrough, links,
  /// HTML and autolinks, entities, table cells, GitHub's `$` maths, and `#` for headings.
  private static let special: Set<Character> = [
    "\\", "`", "*", "_", "~", "[", "]", "<", ">", "&", "|", "$", "#",
  ]

  /// Plan text as literal inline Markdown on one source line.
  static func inline(_ text: String, lineBreak: String = "<br>") -> String {
    Sanitizer.text(text)
      .split(separator: "\n", omittingEmptySubsequences: false)
      .map { escapeLine($0) }
      .joined(separator: lineBreak)
  }

  /// One line, trimmed (leading spaces would make a code block, trailing ones a line break),
  /// with its special characters escaped and a leading block marker defused.
  private static func escapeLine(_ line: Substring) -> String {
    var trimmed = line
    while trimmed.first == " " { trimmed.removeFirst() }
    while trimmed.last == " " { trimmed.removeLast() }
    var result = ""
    result.reserveCapacity(trimmed.utf8.count)
    for character in trimmed {
      if special.contains(character) { result.append("\\") }
      result.append(character)
    }
    return defuseBlockStart(result)
  }

  /// "- x", "+ x", "= x" (a setext underline), "---" (a rule) and "1. x" / "1) x" would start
  /// a block when the text begins a line, so their marker is escaped; "*", "#" and ">" are
  /// escaped already. A number like "1.5" is no list marker and stays as it is.
  private static func defuseBlockStart(_ line: String) -> String {
    guard let first = line.first else { return line }
    if first == "-" || first == "+" || first == "=" { return "\\" + line }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    let rest = line.dropFirst(digits.count)
    guard !digits.isEmpty, let marker = rest.first, marker == "." || marker == ")" else {
      return line
    }
    let after = rest.dropFirst().first
    return after == nil || after == " " ? digits + "\\" + rest : line
  }
}
