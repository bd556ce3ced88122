import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The action plan's columns that fit the pane, and what each cell says.
///
/// The pane has no sideways scrolling (its view state is a row cursor), so columns are chosen
/// by how much a workshop needs them — when it ends, whether it is done, who, when it starts —
/// and shown in reading order; the detail under the table gives the rest of the selected row.
/// Whatever room is left goes to the What column.
struct ActionColumns {
  enum Kind: CaseIterable, Hashable {
    case marker
    case what
    case owner
    case start
    case end
    case output
    case node
    case kpis
    case status
  }

  /// The columns that are added while they fit, most needed first.
  static let priority: [Kind] = [.end, .status, .owner, .start, .output, .node, .kpis]
  /// What gets at least this much; beyond `whatCap` the room goes to Output and ToC node.
  static let whatMinimum = 24
  static let whatCap = 50

  private(set) var kinds: [Kind]
  private(set) var widths: [Kind: Int]

  init(width: Int, strings s: Strings) {
    var widths: [Kind: Int] = [
      .marker: 1, .what: Self.whatMinimum, .owner: 16, .output: 16, .node: 16,
      .kpis: max(7, DisplayWidth.of(s["actions.column.kpis"])),
    ]
    let dateWidth = max(
      10, DisplayWidth.of(s.label(Field.start)), DisplayWidth.of(s.label(Field.end)))
    widths[.start] = dateWidth
    widths[.end] = dateWidth
    widths[.status] = ActionStatus.allCases.map { DisplayWidth.of(s.label($0)) }.max() ?? 9
    var shown: Set<Kind> = [.marker, .what]
    var used = 1 + 1 + Self.whatMinimum
    for kind in Self.priority {
      let cost = 1 + (widths[kind] ?? 0)
      if used + cost <= width {
        shown.insert(kind)
        used += cost
      }
    }
    var room = max(0, width - used)
    let toWhat = min(room, Self.whatCap - Self.whatMinimum)
    widths[.what] = max(1, min(Self.whatMinimum, width - 2) + toWhat)
    room -= toWhat
    let wide = [Kind.output, .node].filter { shown.contains($0) }
    for kind in wide {
      let extra = min(room / wide.count, 12)
      widths[kind, default: 0] += extra
      room -= extra
    }
    widths[.what, default: 0] += room
    kinds = Kind.allCases.filter { shown.contains($0) }
    self.widths = widths
  }

  func width(_ kind: Kind) -> Int { widths[kind] ?? 0 }

  func tableColumns(_ s: Strings) -> [Table.Column] {
    kinds.map { kind in
      Table.Column(
        title: title(kind, s), width: width(kind),
        alignment: kind == .kpis ? .right : kind == .marker ? .center : .left)
    }
  }

  func title(_ kind: Kind, _ s: Strings) -> String {
    switch kind {
    case .marker: return ""
    case .what: return s.label(Field.what)
    case .owner: return s.label(Field.owner)
    case .start: return s.label(Field.start)
    case .end: return s.label(Field.end)
    case .output: return s.label(Field.output)
    case .node: return s.label(Field.node)
    case .kpis: return s["actions.column.kpis"]
    case .status: return s.label(Field.status)
    }
  }

  /// What the marker says: overdue, done, cancelled, or nothing for work in hand.
  static func marker(_ action: Action, overdue: Bool, glyphs: Glyphs) -> (String, Style) {
    if overdue { return (String(glyphs.warning), .colored(.bad, bold: true)) }
    switch action.status {
    case .done: return (String(glyphs.check), .colored(.good, bold: true))
    case .cancelled: return (String(glyphs.cross), .muted)
    case .planned, .running: return ("", .plain)
    }
  }

  /// One cell. An overdue action is in the warning colour across the whole row, its marker and
  /// status bold, so the row stands out without colour too; a cancelled one is muted.
  static func cell(
    _ kind: Kind, _ action: Action, overdue: Bool, lookup: ActionLookup, _ s: Strings,
    glyphs: Glyphs
  ) -> (String, Style) {
    if kind == .marker { return marker(action, overdue: overdue, glyphs: glyphs) }
    let base: Style =
      overdue ? .colored(.warning) : action.status == .cancelled ? .muted : .plain
    switch kind {
    case .marker: return ("", base)
    case .what: return (action.what, base)
    case .owner:
      guard let owner = action.owner else { return (s["actions.noOwner"], .muted) }
      return (lookup.owners[owner] ?? owner.rawValue, base)
    case .start: return (s.date(action.start), base)
    case .end: return (s.date(action.end), overdue ? .colored(.warning, bold: true) : base)
    case .output: return (action.output, base)
    case .node: return (action.node.map { lookup.nodes[$0] ?? $0.rawValue } ?? "", base)
    case .kpis: return (kpiSummary(action.kpis, s), base)
    case .status: return (s.label(action.status), overdue ? .colored(.warning, bold: true) : base)
    }
  }

  /// "8/8" for one KPI (actual of target), "2 KPI's" for more, nothing for none.
  static func kpiSummary(_ kpis: [KPI], _ s: Strings) -> String {
    guard let first = kpis.first else { return "" }
    guard kpis.count == 1 else { return s.format("actions.kpiCount", kpis.count) }
    return "\(s.decimal(first.actual))/\(s.decimal(first.target))"
  }
}
