import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The action plan's columns, their widths at a pane width, and what each cell says.
///
/// The marker and What stay put; the rest scroll sideways, in an order that puts what a
/// workshop asks first — who, when, whether it is done — on the first screen, then what it
/// yields, the ToC node it serves and its KPIs. Widths grow to fill a wide pane; at 80
/// columns the last three are reached with `l` (or in full in the detail under the table).
struct ActionColumns {
  enum Kind: CaseIterable, Hashable {
    case marker
    case what
    case owner
    case start
    case end
    case status
    case output
    case node
    case kpis

    /// The action's field the column shows and edits; the KPI count has none (its KPIs are
    /// edited in the detail).
    var field: Field? {
      switch self {
      case .marker, .kpis: return nil
      case .what: return .what
      case .owner: return .owner
      case .start: return .start
      case .end: return .end
      case .status: return .status
      case .output: return .output
      case .node: return .node
      }
    }
  }

  /// The marker and What never scroll away.
  static let frozen = 2
  /// What gets at least this much; beyond `whatCap` the room goes to Output and ToC node.
  static let whatMinimum = 24
  static let whatCap = 50

  let kinds = Kind.allCases
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
    // The scrolling columns that fit on the first screen beside What at its narrowest.
    var shown: Set<Kind> = []
    var used = 1 + 1 + Self.whatMinimum
    for kind in Kind.allCases.dropFirst(Self.frozen) {
      let cost = 1 + (widths[kind] ?? 0)
      guard used + cost <= width else { break }
      shown.insert(kind)
      used += cost
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
    // Leave room beside What for the widest scrolling column, so that sideways scrolling
    // reaches every column on a narrow screen too.
    let widest = Kind.allCases.dropFirst(Self.frozen).map { widths[$0] ?? 0 }.max() ?? 0
    widths[.what] = max(1, min(widths[.what] ?? 1, width - 3 - widest))
    // The columns beyond the first screen share what their own screen leaves over.
    let beside = width - 2 - (widths[.what] ?? 0) - 1
    let rest = Kind.allCases.dropFirst(Self.frozen).filter { !shown.contains($0) }
    let need = rest.reduce(-1) { $0 + (widths[$1] ?? 0) + 1 }
    let wideRest = rest.filter { $0 == .output || $0 == .node }
    if !wideRest.isEmpty, need < beside {
      let extra = beside - need
      for (index, kind) in wideRest.enumerated() {
        widths[kind, default: 0] +=
          extra / wideRest.count + (index < extra % wideRest.count ? 1 : 0)
      }
    }
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
