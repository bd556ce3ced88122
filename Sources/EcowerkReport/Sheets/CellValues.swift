import EcowerkModel
import EcowerkStrings

/// One spreadsheet cell read as the value of a field, or the reason it cannot be.
enum CellValue {
  enum Outcome {
    case success(FieldValue)
    case failure(String)
  }

  static func parse(
    _ raw: String, field: Field, table: CSVImport.Table, plan: Plan, strings: Strings
  ) -> Outcome {
    let text = raw.trimmingSpaces
    let label = strings.label(field)
    func refuse(_ key: String, _ extra: String = "") -> Outcome {
      .failure(strings.format(key, label, text, extra))
    }
    switch field {
    case .kind:
      let kinds = StakeholderKind.allCases
      guard let kind = choice(text, kinds, { value in Self.both { $0.label(value) } }) else {
        return refuse("import.badChoice", names(StakeholderKind.allCases, strings.label))
      }
      return .success(.choice(kind.rawValue))
    case .level:
      let levels = GovernanceLevel.allCases
      guard let level = choice(text, levels, { value in Self.both { $0.label(value) } }) else {
        return refuse("import.badChoice", names(GovernanceLevel.allCases, strings.label))
      }
      return .success(.choice(level.rawValue))
    case .influence, .interest:
      guard let number = Int(text), Stakeholder.scale.contains(number) else {
        return refuse("import.badScale")
      }
      return .success(.integer(number))
    case .inMVE, .isOrchestrator:
      guard let flag = flag(text) else { return refuse("import.badFlag") }
      return .success(.flag(flag))
    case .chainLinks:
      var ids: [String] = []
      for name in lines(text) {
        guard
          let link = plan.chainLinks.first(where: {
            $0.name.trimmingSpaces.lowercased() == name.lowercased()
          })
        else {
          return .failure(strings.format("import.unknownChainLink", label, name))
        }
        if !ids.contains(link.id.rawValue) { ids.append(link.id.rawValue) }
      }
      return .success(.references(ids))
    case .smeCount, .participating, .target, .alleyPosition:
      guard let number = count(text) else { return refuse("import.badCount") }
      return .success(.integer(number))
    case .pains, .gains:
      return .success(.texts(lines(text)))
    default:
      return .success(.text(table == .segments && field == .notes ? raw : text))
    }
  }

  /// A choice by its label in either language or by the plan file's own name.
  static func choice<T: RawRepresentable<String>>(
    _ text: String, _ cases: [T], _ labels: (T) -> [String]
  ) -> T? {
    let wanted = text.lowercased()
    return cases.first { value in
      value.rawValue.lowercased() == wanted || labels(value).contains { $0.lowercased() == wanted }
    }
  }

  /// A label in Dutch and in English.
  static func both(_ label: (Strings) -> String) -> [String] {
    Language.allCases.map { label(Strings($0)) }
  }

  static func names<T>(_ cases: [T], _ label: (T) -> String) -> String {
    cases.map(label).joined(separator: ", ")
  }

  /// Yes or no as spreadsheets write it: ja/nee, yes/no, j/n, y/n, waar/onwaar, true/false,
  /// 1/0, x, ✓.
  static func flag(_ text: String) -> Bool? {
    switch text.lowercased() {
    case "ja", "j", "yes", "y", "true", "waar", "1", "x", "✓", "✔": return true
    case "nee", "n", "no", "false", "onwaar", "0", "-": return false
    default: return nil
    }
  }

  /// A whole number of zero or more, with `.`, `,` or a space grouping thousands as people
  /// type them: `1200`, `1.200`, `1 200`.
  static func count(_ text: String) -> Int? {
    if let number = Int(text) { return number >= 0 ? number : nil }
    let groups = text.split(omittingEmptySubsequences: false) { ".,  ".contains($0) }
    guard groups.count > 1, let first = groups.first, (1...3).contains(first.count),
      groups.dropFirst().allSatisfy({ $0.count == 3 }),
      groups.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
    else { return nil }
    return Int(groups.joined())
  }

  /// A list cell: one entry per line (as the export writes it), empty lines left out.
  static func lines(_ text: String) -> [String] {
    text.split(whereSeparator: \.isNewline).map { String($0).trimmingSpaces }.filter {
      !$0.isEmpty
    }
  }
}
