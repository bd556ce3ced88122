import EcowerkModel
import EcowerkStrings

/// Turns field values into the text an editor starts with, and typed text back into values,
/// explaining every refusal in words a facilitator understands.
enum FieldInput {
  /// Why typed text cannot go into a field; the message is shown in the status bar while the
  /// editor stays open with the text as typed.
  struct Refusal: Error, Equatable {
    var message: String
  }

  /// The text the editor opens with.
  static func text(
    of value: FieldValue, kind: FieldKind, index: Int?, strings: Strings
  ) -> String {
    switch value {
    case .text(let text): return text
    case .texts(let texts):
      guard let index, texts.indices.contains(index) else { return "" }
      return texts[index]
    case .integer(let number): return number.map(String.init) ?? ""
    case .number(let number): return number.map(plainDecimal) ?? ""
    case .money(let amount): return amount.map { strings.money($0) } ?? ""
    case .date(let date): return strings.date(date)
    case .flag(let flag): return strings.label(flag)
    case .choice(let raw): return raw ?? ""
    case .reference(let raw): return raw ?? ""
    case .references(let raws): return raws.joined(separator: ", ")
    case .arrangements: return ""
    }
  }

  /// Reads typed text as a value for a field of `kind` whose value now is `current`.
  static func parse(
    _ input: String, kind: FieldKind, current: FieldValue, index: Int?, insert: Bool,
    strings: Strings
  ) -> Result<FieldValue, Refusal> {
    let text = input.trimmed
    func refuse(_ key: String, _ arguments: CustomStringConvertible...) -> Result<
      FieldValue, Refusal
    > {
      var message = strings[key]
      for (number, argument) in arguments.enumerated() {
        message = message.replacingAll("{\(number + 1)}", with: argument.description)
      }
      return .failure(Refusal(message: message))
    }
    switch kind {
    case .text, .longText:
      // Its length is judged with every other rule of the plan, in one place, when the edit
      // is committed (`Plan.apply(_:within:)`); a refusal keeps the editor open.
      return .success(.text(input.trimmed))
    case .textList:
      guard case .texts(var entries) = current else { return .success(.texts([text])) }
      if insert {
        guard !text.isEmpty else { return .success(current) }
        entries.insert(text, at: min(max(0, index ?? entries.count), entries.count))
      } else if let index, entries.indices.contains(index) {
        if text.isEmpty { entries.remove(at: index) } else { entries[index] = text }
      } else if !text.isEmpty {
        entries.append(text)
      }
      return .success(.texts(entries))
    case .integer(let minimum, let maximum, let optional):
      if text.isEmpty {
        return optional ? .success(.integer(nil)) : refuse("input.required")
      }
      guard let number = wholeNumber(text) else { return refuse("input.notAWholeNumber", text) }
      guard number >= minimum, number <= maximum else {
        return refuse("input.outOfRange", number, minimum, maximum)
      }
      return .success(.integer(number))
    case .scale:
      guard let number = Int(text), (1...5).contains(number) else {
        return refuse("input.notAScale", text.isEmpty ? "–" : text)
      }
      return .success(.integer(number))
    case .year:
      guard let year = Int(text), PlanLimits.startYears.contains(year) else {
        return refuse("input.notAYear", text.isEmpty ? "–" : text)
      }
      return .success(.integer(year))
    case .number:
      if text.isEmpty { return .success(.number(nil)) }
      guard let number = decimal(text) else { return refuse("input.notANumber", text) }
      return .success(.number(number))
    case .date(let optional):
      if text.isEmpty {
        return optional ? .success(.date(nil)) : refuse("input.required")
      }
      guard let date = CalendarDate.parse(text) else { return refuse("input.notADate", text) }
      return .success(.date(date))
    case .money(let optional):
      if text.isEmpty {
        return optional ? .success(.money(nil)) : .success(.money(.zero))
      }
      switch Money.parse(text) {
      case .success(let amount):
        guard amount.cents >= 0 else { return refuse("input.negativeMoney", text) }
        return .success(.money(amount))
      case .failure(.tooManyDecimals): return refuse("input.moneyDecimals", text)
      case .failure(.tooLarge): return refuse("input.moneyTooLarge", text)
      case .failure: return refuse("input.notMoney", text)
      }
    case .choice, .flag, .reference, .references, .arrangements:
      return refuse("input.choose")
    }
  }

  /// A whole number as people type it: `1100`, `1.100`, `1,100`, `1 100`.
  static func wholeNumber(_ text: String) -> Int? {
    if let plain = Int(text) { return plain }
    let groups = text.split(omittingEmptySubsequences: false) {
      $0 == "." || $0 == "," || $0 == " "
    }
    guard groups.count > 1, let head = groups.first, (1...3).contains(head.count),
      groups.dropFirst().allSatisfy({ $0.count == 3 })
    else { return nil }
    return Int(groups.joined())
  }

  /// A decimal with a comma or a point: `12,5`, `12.5`, `-3`.
  static func decimal(_ text: String) -> Double? {
    let normalized = text.contains(".") ? text : text.replacingAll(",", with: ".")
    guard let value = Double(normalized), value.isFinite,
      normalized.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" })
    else { return nil }
    return value
  }

  /// A decimal without grouping, as the editor shows it.
  static func plainDecimal(_ value: Double) -> String {
    if value == value.rounded(), value.magnitude < 1e15 { return String(Int64(value)) }
    return String(value)
  }
}

extension String {
  var trimmed: String {
    var text = Substring(self)
    while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
    while let last = text.last, last == " " || last == "\t" { text.removeLast() }
    return String(text)
  }

  func replacingAll(_ target: String, with replacement: String) -> String {
    guard !target.isEmpty else { return self }
    var result = ""
    var rest = Substring(self)
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound]
      result += replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
