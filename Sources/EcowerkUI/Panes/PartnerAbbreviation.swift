import EcowerkText

/// Short column headers for partners in the organisation matrix: "Gemeente Enschede" → "GE",
/// "ROC Tubantia" → "ROC". Eight full names do not fit beside the functions at 80 columns, and
/// initials are what people write on a flip chart; a legend under the matrix spells them out.
enum PartnerAbbreviation {
  /// The widest an abbreviation may be, in terminal columns.
  static let maxWidth = 4

  /// Words that do not give an initial ("Van der Kolk" → "VK").
  static let smallWords: Set<String> = [
    "van", "der", "de", "den", "het", "en", "of", "the", "and", "voor", "for", "op", "in", "aan",
  ]

  /// One abbreviation per name, unique within the list: a clash gets a number ("GE", "GE2").
  static func make(for names: [String]) -> [String] {
    var used: Set<String> = []
    return names.map { name in
      let base = abbreviation(Sanitizer.line(name))
      var candidate = base
      var number = 2
      while used.contains(candidate) {
        let suffix = String(number)
        candidate = fit(base, width: maxWidth - suffix.count) + suffix
        number += 1
      }
      used.insert(candidate)
      return candidate
    }
  }

  static func abbreviation(_ name: String) -> String {
    let words = name.split { $0.isWhitespace || ",.;:&/()-".contains($0) }.map(String.init)
    guard let first = words.first else { return "?" }
    // An acronym that opens the name is what people already call the party.
    if (2...maxWidth).contains(first.count), first.allSatisfy({ $0.isUppercase }) {
      return first
    }
    let capitals = words.compactMap(\.first).filter(\.isUppercase)
    if capitals.count >= 2 { return fit(String(capitals), width: maxWidth) }
    let initials = words.filter { !smallWords.contains($0.lowercased()) }.compactMap(\.first)
    if initials.count >= 2 { return fit(String(initials).uppercased(), width: maxWidth) }
    return fit(first.prefix(1).uppercased() + first.dropFirst(), width: 3)
  }

  /// The longest start of `text` that fits `width` columns, cut between characters.
  static func fit(_ text: String, width: Int) -> String {
    var result = ""
    var used = 0
    for character in text {
      let characterWidth = DisplayWidth.of(character)
      guard used + characterWidth <= width else { break }
      result.append(character)
      used += characterWidth
    }
    return result
  }
}
