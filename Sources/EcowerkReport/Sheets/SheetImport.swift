import EcowerkModel
import EcowerkSheets

/// One table of a partner's spreadsheet — stakeholders, chain links, segments or the finance
/// plan — turned into one edit on the plan. Nothing is changed here; the caller shows the
/// preview, asks, and applies `edit` (or takes `result`, the plan with it applied).
///
/// Columns are found by header, in Dutch or English, by any of the names their table declares
/// (`StakeholderColumns`, …), case, accents and punctuation ignored, in any order. A header
/// no column answers to is listed in `unknownColumns` for the caller to ask about; its cells
/// are not read. Rows whose id or name the plan already has update the columns given; an
/// empty cell leaves a value as it is, so a list with a few columns filled in cannot wipe out
/// the rest; other rows are added. Chain links a stakeholder row names that the plan lacks are
/// created (`newChainLinks`).
public struct SheetImport: Sendable {
  /// One row that will change the plan.
  public struct Change: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
      case add
      case update([Field])
    }
    public var line: Int
    public var name: String
    public var id: String
    public var kind: Kind
  }

  /// A row or header that cannot be read, with its line in the file and what is wrong.
  public struct Problem: Hashable, Sendable {
    public var line: Int
    public var kind: ImportProblem
  }

  /// A header no column of the table answers to (or no header above cells that hold data).
  public struct UnknownColumn: Hashable, Sendable {
    public var header: String
    /// 0-based; `letter` is how a spreadsheet names it.
    public var column: Int

    public var letter: String { WorkbookWriter.column(column) }
  }

  public let table: DataTable
  /// Every change, in file order.
  public internal(set) var changes: [Change] = []
  /// Rows that match the plan exactly.
  public internal(set) var unchanged = 0
  public internal(set) var problems: [Problem] = []
  /// Data rows read (blank rows and computed finance lines not counted): every one is added,
  /// updated, unchanged or refused.
  public internal(set) var rowsRead = 0
  /// Rows refused because of a problem.
  public internal(set) var refused = 0
  public internal(set) var unknownColumns: [UnknownColumn] = []
  /// Chain links named in the rows that the plan did not have; the edit creates them.
  public internal(set) var newChainLinks: [String] = []
  /// The one edit that makes every change (an empty group when there are none).
  public internal(set) var edit: Edit = .group([])
  /// The plan with `edit` applied, checked by the plan's invariants.
  public internal(set) var result: Plan
  /// False when the table cannot be read at all or the rows together break a rule of the
  /// plan (then `result` is the plan as it was, and `problems` says why).
  public internal(set) var resultIsSound = true

  /// Reads `rows` as `table` against `plan`. Rows with problems are left out of `edit`; the
  /// caller decides whether the others may go in on their own. `progress` hears how many of
  /// the rows have been read, now and then.
  public init(
    _ rows: [SheetRow], table: DataTable, into plan: Plan,
    badBytes: [DecodedText.BadByte] = [], progress: ((Int, Int) -> Void)? = nil
  ) {
    self.table = table
    result = plan
    guard let region = Self.region(of: table, in: rows) else {
      fail(line: rows.first?.line ?? 1, .noTable(table))
      return
    }
    let bad = Self.badRows(badBytes, rows: region)
    var reader: TableReader =
      table == .finance
      ? FinanceReader(plan: plan) : RowReader(table: table, plan: plan)
    guard let headerIndex = reader.findHeader(region) else {
      fail(line: region.first?.line ?? 1, reader.missingHeader(region))
      return
    }
    let header = region[headerIndex]
    if let byte = bad[header.line] { problems.append(Problem(line: header.line, kind: byte)) }
    unknownColumns = reader.use(header: header, rows: region[(headerIndex + 1)...])
    if let other = reader.otherTable(header: header) {
      fail(line: header.line, .wrongTable(other))
      return
    }
    var seen = 0
    let total = region.endIndex - headerIndex - 1
    for row in region[(headerIndex + 1)...] {
      seen += 1
      if seen % 1024 == 0 { progress?(seen, total) }
      if row.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
      if let byte = bad[row.line] {
        rowsRead += 1
        reader.refuse(row.line, byte)
        continue
      }
      if reader.skips(row) { continue }
      rowsRead += 1
      reader.read(row.unguarded)
    }
    progress?(total, total)
    let outcome = reader.outcome
    changes = outcome.changes
    unchanged = outcome.unchanged
    problems += outcome.problems
    refused = outcome.refusedLines.count
    newChainLinks = outcome.newChainLinks
    edit = .group(outcome.edits)
    apply(to: plan, lineOfPath: reader.line(forPath:), headerLine: header.line)
  }

  public var added: Int { changes.count { $0.kind == .add } }
  public var updated: Int { changes.count - added }

  private mutating func fail(line: Int, _ kind: ImportProblem) {
    problems.append(Problem(line: line, kind: kind))
    resultIsSound = false
  }

  /// Applies the edit and checks the plan's rules; a broken rule is traced to its row.
  private mutating func apply(to plan: Plan, lineOfPath: (String) -> Int?, headerLine: Int) {
    do {
      try result.apply(edit)
    } catch {
      result = plan
      fail(line: headerLine, .editRefused("\(error)"))
      return
    }
    let violations = result.violations()
    guard !violations.isEmpty else { return }
    result = plan
    resultIsSound = false
    for violation in violations {
      problems.append(
        Problem(line: lineOfPath(violation.path) ?? headerLine, kind: .breaksRule(violation)))
    }
  }

  /// For each row, the first byte that is not UTF-8 on one of its lines (a row runs from its
  /// own line to the next row's).
  static func badRows(_ bytes: [DecodedText.BadByte], rows: ArraySlice<SheetRow>)
    -> [Int: ImportProblem]
  {
    guard !bytes.isEmpty else { return [:] }
    let lines = rows.map(\.line)
    var bad: [Int: ImportProblem] = [:]
    for byte in bytes {
      // The last row that starts on or before the byte's line.
      var low = 0
      var high = lines.count
      while low < high {
        let middle = (low + high) / 2
        if lines[middle] <= byte.line { low = middle + 1 } else { high = middle }
      }
      guard low > 0 else { continue }
      let line = lines[low - 1]
      if bad[line] == nil { bad[line] = .badByte(line: byte.line, byte: byte.byte) }
    }
    return bad
  }
}

extension SheetRow {
  /// The row with one leading `'` removed before `=`, `+`, `-` and `@` (see `FormulaGuard`).
  var unguarded: SheetRow {
    var row = self
    row.fields = fields.map(FormulaGuard.unguarded)
    return row
  }
}

extension String {
  /// The text without white space at either end. By scalar with a plain range test, not by
  /// `Character.isWhitespace`, whose Unicode property lookup dominated an import's profile.
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let first = scalars.first, let last = scalars.last,
      first.isSpace || last.isSpace
    else { return self }
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, scalars[start].isSpace { start = scalars.index(after: start) }
    while end > start, scalars[scalars.index(before: end)].isSpace {
      end = scalars.index(before: end)
    }
    return String(scalars[start..<end])
  }
}

extension Unicode.Scalar {
  /// White space as spreadsheets hold it: space, tab, line breaks, no-break spaces and the
  /// typographic spaces (the Unicode White_Space property).
  var isSpace: Bool {
    switch value {
    case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F,
      0x3000:
      return true
    default: return false
    }
  }
}
