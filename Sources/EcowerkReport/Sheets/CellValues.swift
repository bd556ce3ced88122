import EcowerkModel
import EcowerkSheets
import EcowerkStrings

/// Spreadsheet cells read as values of a field, or the reason one cannot be; and the chain
/// links the cells name, found in the plan or created.
struct CellValues {
  enum Outcome {
    case success(FieldValue)
    case failure(ImportProblem)
  }

  /// The plan's chain links and the ones created, by name key.
  private var links: [String: ChainLinkID] = [:]
  /// Chain links named in cells that the plan does not have, in the order first named.
  private(set) var newLinks: [ChainLink] = []
  private var nextLink: Int
  private var usedIDs: Set<String> = []

  init(plan: Plan) {
    for link in plan.chainLinks {
      let key = Self.nameKey(link.name)
      if links[key] == nil { links[key] = link.id }
    }
    var highest = 0
    var used: Set<String> = []
    plan.forEachID { id in
      used.insert(id)
      if id.hasPrefix("link-"), let number = Int(id.dropFirst(5)) { highest = max(highest, number) }
    }
    usedIDs = used
    nextLink = highest + 1
  }

  /// How names are compared: case and runs of spaces do not count.
  static func nameKey(_ name: String) -> String {
    var key = String.UnicodeScalarView()
    var pendingSpace = false
    for scalar in name.unicodeScalars {
      if scalar.isSpace {
        pendingSpace = !key.isEmpty
        continue
      }
      if pendingSpace {
        key.append(" ")
        pendingSpace = false
      }
      key.append(scalar)
    }
    return String(key).lowercased()
  }

  mutating func parse(_ raw: String, field: Field, table: DataTable, isNumber: Bool) -> Outcome {
    let text = raw.trimmingSpaces
    switch field {
    case .kind:
      guard let kind = Self.kinds[SheetKey.fold(text)] else {
        return .failure(.badChoice(field, text: text))
      }
      return .success(.choice(kind.rawValue))
    case .level:
      guard let level = Self.levels[SheetKey.fold(text)] else {
        return .failure(.badChoice(field, text: text))
      }
      return .success(.choice(level.rawValue))
    case .influence, .interest:
      guard let number = Int(text), Stakeholder.scale.contains(number) else {
        return .failure(.badScale(field, text: text))
      }
      return .success(.integer(number))
    case .inMVE, .isOrchestrator:
      guard let flag = Self.flag(text) else { return .failure(.badFlag(field, text: text)) }
      return .success(.flag(flag))
    case .chainLinks:
      var ids: [String] = []
      for name in Self.lines(text) {
        let id = link(named: name).rawValue
        if !ids.contains(id) { ids.append(id) }
      }
      return .success(.references(ids))
    case .smeCount, .participatingAtStart, .reachedSinceStart, .target, .alleyPosition:
      guard let number = Self.count(text) else { return .failure(.badCount(field, text: text)) }
      return .success(.integer(number))
    case .joined, .left, .added:
      guard !text.isEmpty else { return .success(.date(nil)) }
      guard let date = CalendarDate.parse(text) else {
        return .failure(.badDate(field, text: text))
      }
      return .success(.date(date))
    case .pains, .gains:
      return .success(.texts(Self.lines(text)))
    default:
      return .success(.text(table == .segments && field == .notes ? raw : text))
    }
  }

  /// The chain link called `name`, created when the plan has none.
  private mutating func link(named name: String) -> ChainLinkID {
    let key = Self.nameKey(name)
    if let id = links[key] { return id }
    while usedIDs.contains("link-\(nextLink)") { nextLink += 1 }
    let id = ChainLinkID("link-\(nextLink)")
    usedIDs.insert(id.rawValue)
    nextLink += 1
    links[key] = id
    newLinks.append(ChainLink(id: id, name: name))
    return id
  }

  static let kinds = SheetColumn.choices(StakeholderKind.spellings) { $0.label($1) }
  static let levels = SheetColumn.choices(GovernanceLevel.spellings) { $0.label($1) }

  /// Yes or no as spreadsheets write it: ja/nee, yes/no, j/n, y/n, waar/onwaar, true/false
  /// (as a workbook's booleans read), 1/0, x, ✓.
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
