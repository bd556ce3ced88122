/// How amounts are written and read in Dutch and English notation.
extension Money {
  /// The notation of the decimal separator and thousands grouping.
  public enum Notation: Sendable {
    /// `€ 1.250,50`
    case dutch
    /// `€1,250.50`
    case english
  }

  /// The amount with a euro sign, grouped thousands and cents only when there are any,
  /// e.g. `€ 1.250` or `€ 1.250,50` (Dutch), `€1,250` or `€1,250.50` (English).
  public func formatted(_ notation: Notation, alwaysCents: Bool = false) -> String {
    let negative = cents < 0
    let magnitude = cents.magnitude
    let euros = magnitude / 100
    let rest = magnitude % 100
    let (group, decimal) = notation == .dutch ? (".", ",") : (",", ".")
    var digits = String(euros)
    var grouped = ""
    while digits.count > 3 {
      let tail = digits.suffix(3)
      grouped = group + tail + grouped
      digits.removeLast(3)
    }
    grouped = digits + grouped
    if rest != 0 || alwaysCents {
      grouped += decimal + (rest < 10 ? "0" : "") + String(rest)
    }
    let sign = negative ? "-" : ""
    return notation == .dutch ? "\(sign)€ \(grouped)" : "\(sign)€\(grouped)"
  }

  /// The amount in whole euros without the euro sign, for compact tables: `1.250` / `1,250`.
  public func formattedEuros(_ notation: Notation) -> String {
    var text = Money(cents: (cents / 100) * 100).formatted(notation)
    text = text.replacingFirst("€ ", with: "").replacingFirst("€", with: "")
    return text
  }

  /// Reads an amount as people type it: `€ 1.250,50`, `1250,50`, `1.250`, `1250.50`,
  /// `1,250.50`, `-300`, `€1.000.000`. A separator followed by exactly three digits is taken
  /// as thousands grouping unless it is the only separator and followed by two or fewer digits.
  public static func parse(_ input: String) -> Result<Money, MoneyParseError> {
    var text = input.trimmingSpaces()
    if text.isEmpty { return .failure(.empty) }
    var negative = false
    if text.hasPrefix("-") {
      negative = true
      text.removeFirst()
    }
    text = text.replacingFirst("€", with: "").replacingFirst("EUR", with: "")
      .replacingFirst("eur", with: "").trimmingSpaces()
    if text.hasPrefix("-") {
      guard !negative else { return .failure(.notANumber(input)) }
      negative = true
      text.removeFirst()
    }
    if text.hasSuffix(",-") || text.hasSuffix(".-") { text.removeLast(2) }
    text = String(text.filter { $0 != " " && $0 != "\u{00A0}" && $0 != "'" })
    guard !text.isEmpty, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") })
    else {
      return .failure(.notANumber(input))
    }
    guard let first = text.first, first.isNumber else { return .failure(.notANumber(input)) }
    // Decide which separator, if any, marks the cents. With both kinds present the last one
    // does; with one kind present once, it does unless exactly three digits follow (then it
    // groups thousands: nobody writes euros to three decimals, so `1.250` is 1250 either way).
    let separatorIndices = text.indices.filter { text[$0] == "." || text[$0] == "," }
    let kinds = Set(separatorIndices.map { text[$0] })
    var decimalIndex: String.Index?
    if let last = separatorIndices.last {
      let digitsAfter = text.distance(from: text.index(after: last), to: text.endIndex)
      if kinds.count == 2 {
        decimalIndex = last
      } else if separatorIndices.count == 1 && digitsAfter != 3 {
        decimalIndex = last
      }
    }
    var euroPart = text
    var centPart = ""
    if let decimalIndex {
      euroPart = String(text[..<decimalIndex])
      centPart = String(text[text.index(after: decimalIndex)...])
      guard !centPart.isEmpty else { return .failure(.notANumber(input)) }
      guard centPart.count <= 2 else { return .failure(.tooManyDecimals(input)) }
      guard centPart.allSatisfy(\.isNumber) else { return .failure(.notANumber(input)) }
    }
    // What is left must be digits, grouped in threes by one kind of separator.
    let groupSeparators = Set(euroPart.filter { $0 == "." || $0 == "," })
    if groupSeparators.count > 1 { return .failure(.notANumber(input)) }
    let groups = euroPart.split(
      omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
    if groups.count > 1 {
      guard let head = groups.first, (1...3).contains(head.count),
        groups.dropFirst().allSatisfy({ $0.count == 3 })
      else { return .failure(.notANumber(input)) }
    }
    let digits = groups.joined()
    guard !digits.isEmpty, digits.count <= 13, let euros = Int64(digits) else {
      return .failure(digits.count > 13 ? .tooLarge(input) : .notANumber(input))
    }
    var cents = euros * 100
    if !centPart.isEmpty {
      guard let value = Int64(centPart) else { return .failure(.notANumber(input)) }
      cents += centPart.count == 1 ? value * 10 : value
    }
    guard cents <= Money.limit.cents else { return .failure(.tooLarge(input)) }
    return .success(Money(cents: negative ? -cents : cents))
  }
}

/// Why typed text is not an amount of money.
public enum MoneyParseError: Error, Equatable, Sendable {
  case empty
  case notANumber(String)
  case tooManyDecimals(String)
  case tooLarge(String)
}

extension String {
  func trimmingSpaces() -> String {
    var scalars = Substring(self)
    while let first = scalars.first, first == " " || first == "\t" || first == "\u{00A0}" {
      scalars.removeFirst()
    }
    while let last = scalars.last, last == " " || last == "\t" || last == "\u{00A0}" {
      scalars.removeLast()
    }
    return String(scalars)
  }

  func replacingFirst(_ target: String, with replacement: String) -> String {
    guard let range = range(of: target) else { return self }
    return String(self[..<range.lowerBound]) + replacement + String(self[range.upperBound...])
  }

  func range(of target: String) -> Range<String.Index>? {
    guard !target.isEmpty else { return nil }
    var index = startIndex
    while index < endIndex {
      if self[index...].hasPrefix(target) {
        return index..<(self.index(index, offsetBy: target.count))
      }
      index = self.index(after: index)
    }
    return nil
  }
}
