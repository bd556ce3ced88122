import EcowerkModel
import EcowerkSheets

/// One `ecowerk import`: the spreadsheets given per table, read in the order the tables
/// depend on each other — chain links, stakeholders (whose rows name chain links), segments,
/// the finance plan (whose lines name stakeholders) — each into the plan the one before left.
///
/// A stakeholder list travels with its chain links: when its file also holds a chain links
/// table (a sheet of that name, or a block under that title in CSV, as `ecowerk print` writes
/// both), that table is read first, so the links keep their ids and order; links that only
/// the rows name are created.
public struct PlanImport: Sendable {
  /// A file given for a table, recognised and opened.
  public struct Source: Sendable {
    public var table: DataTable
    public var path: String
    public var file: SpreadsheetFile

    public init(table: DataTable, path: String, file: SpreadsheetFile) {
      self.table = table
      self.path = path
      self.file = file
    }
  }

  /// What one table gave.
  public struct Step: Sendable {
    public var path: String
    /// The workbook sheet read, nil for a text file.
    public var sheet: String?
    public var file: SpreadsheetFile
    public var sheetImport: SheetImport
  }

  /// A file that could not be read, and why.
  public struct Failure: Error, Sendable {
    public var path: String
    public var error: SheetError
  }

  /// The most rows a file may have: a plan's list limit, and a few lines for titles and the
  /// header. A file with more is refused before any of it is read into the plan.
  public static func maxRows(_ limits: PlanLimits = .standard) -> Int {
    limits.maxListCount + 16
  }

  public private(set) var steps: [Step] = []
  /// The plan with every table read in (the plan as it was where a table could not be).
  public private(set) var result: Plan

  /// Reads every source into `plan`; `sheet` (`--sheet NAME`) picks the sheet of every
  /// workbook. `progress` hears the path, and how many of its rows have been read.
  public init(
    plan: Plan, sources: [Source], sheet: String? = nil,
    progress: ((String, Int, Int) -> Void)? = nil
  ) throws(Failure) {
    result = plan
    var ordered: [(Source, Bool)] = []
    for table in DataTable.importable {
      for source in sources where source.table == table { ordered.append((source, true)) }
      // The chain links of a stakeholder list's own file, unless they were given on their own.
      if table == .chainLinks && sheet == nil
        && !sources.contains(where: { $0.table == .chainLinks })
      {
        for source in sources where source.table == .stakeholders {
          var links = source
          links.table = .chainLinks
          ordered.append((links, false))
        }
      }
    }
    for (source, explicit) in ordered {
      let rows: [SheetRow]
      var sheetName: String?
      var badBytes: [DecodedText.BadByte] = []
      do {
        switch source.file {
        case .text(let text):
          guard explicit || text.rows.contains(where: { SheetImport.title(of: $0) == .chainLinks })
          else { continue }
          rows = text.rows
          badBytes = text.badBytes
        case .workbook(let workbook):
          let titled = try Self.sheet(
            of: workbook, for: source.table, named: sheet, explicit: explicit)
          let chosen = titled ?? workbook.firstSheet
          let read = try workbook.rows(of: chosen, maxRows: Self.maxRows())
          // Chain links that come along live in their own sheet, or under their title in a
          // sheet a spreadsheet program made of the CSV export.
          guard titled != nil || read.contains(where: { SheetImport.title(of: $0) == .chainLinks })
          else { continue }
          sheetName = chosen.name
          rows = read
        }
      } catch {
        throw Failure(path: source.path, error: error)
      }
      let path = source.path
      var rowProgress: ((Int, Int) -> Void)?
      if let progress { rowProgress = { done, total in progress(path, done, total) } }
      let sheetImport = SheetImport(
        rows, table: source.table, into: result, badBytes: badBytes, progress: rowProgress)
      steps.append(Step(path: path, sheet: sheetName, file: source.file, sheetImport: sheetImport))
      if sheetImport.resultIsSound { result = sheetImport.result }
    }
  }

  /// The sheet to read for `table`: the one `--sheet` names, else the one titled like the
  /// table in either language, else the first a user sees. For chain links that come along
  /// with a stakeholder list, only a sheet of that title (nil when there is none).
  static func sheet(
    of workbook: Workbook, for table: DataTable, named name: String?, explicit: Bool
  ) throws(SheetError) -> Workbook.Sheet? {
    if let name {
      guard let sheet = workbook.sheet(named: name) else {
        throw .noSuchSheet(name, available: workbook.sheets.map(\.name))
      }
      return sheet
    }
    let titled = workbook.sheets.first { SheetImport.tableTitles[SheetKey.fold($0.name)] == table }
    return titled ?? (explicit ? workbook.firstSheet : nil)
  }

  /// Every edit of every table, in order.
  public var edit: Edit {
    .group(steps.filter(\.sheetImport.resultIsSound).map(\.sheetImport.edit))
  }
}
