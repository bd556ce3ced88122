import EcowerkChecks
import EcowerkModel
import EcowerkReport
import EcowerkStrings
import EcowerkText

/// The KPI dashboard's columns at a pane width, and what each cell says: the standing marker,
/// the KPI, what it belongs to (from 100 columns; narrower, the detail line says it),
/// baseline → actual → target with the unit, the trend of its measurements as a sparkline with
/// an arrow (towards the target or away from it), a progress bar with its percentage,
/// deadline.
struct KpiColumns {
  enum Kind: Hashable {
    case marker
    case name
    case owner
    case figures
    case trend
    case progress
    case deadline
    /// Why a missed goal is missed: a changed environment, execution, or "?" not yet said.
    case cause
  }

  /// From this width the column saying what each KPI belongs to fits.
  static let ownerWidth = 100
  /// From this width the cause of a missed goal has a column of its own (the KPI and what
  /// it belongs to keep their width); narrower, the
  /// detail's Cause line says it (the rows are grouped by it at every width).
  static let causeWidth = 140

  private(set) var kinds: [Kind]
  private(set) var widths: [Kind: Int]
  let barWidth: Int

  init(width: Int, strings s: Strings) {
    barWidth = width >= Self.ownerWidth ? 10 : 6
    var widths: [Kind: Int] = [
      .marker: 1, .figures: 24, .trend: Self.trendWidth, .progress: barWidth + 5,
      .deadline: max(10, DisplayWidth.of(s.label(Field.deadline))),
    ]
    let fixed = [Kind.marker, .figures, .trend, .progress, .deadline].reduce(0) {
      $0 + (widths[$1] ?? 0) + 1
    }
    if width >= Self.causeWidth {
      let causeWidth =
        ([s["kpis.column.cause"], s["kpis.cause.environment"], s["kpis.cause.execution"]]
          .map { DisplayWidth.of($0) }.max() ?? 10)
      widths[.cause] = causeWidth
      kinds = [.marker, .name, .owner, .figures, .trend, .progress, .deadline, .cause]
      let room = width - fixed - causeWidth - 2
      widths[.name] = min(32, room / 2)
      widths[.owner] = room - (widths[.name] ?? 0)
    } else if width >= Self.ownerWidth {
      kinds = [.marker, .name, .owner, .figures, .trend, .progress, .deadline]
      let room = width - fixed - 1
      widths[.name] = min(32, room / 2)
      widths[.owner] = room - (widths[.name] ?? 0)
    } else {
      kinds = [.marker, .name, .figures, .trend, .progress, .deadline]
      widths[.name] = max(12, width - fixed)
    }
    self.widths = widths
  }

  func width(_ kind: Kind) -> Int { widths[kind] ?? 0 }

  /// Six measurements and the arrow: enough to see a course on a projector.
  static let trendWidth = 8

  /// "▁▃▅█ ↗": the last measurements lowest to highest, and whether the last change went
  /// towards the target (↗), away from it (↘) or nowhere (→); empty before two figures.
  static func trend(_ entry: KpiBoard.Entry, glyphs: Glyphs) -> (String, Style) {
    // The trend and the figures come with the board (one per plan version), not from the
    // KPI's measurements at every frame.
    guard let trend = entry.trend else { return ("", .plain) }
    let ascii = glyphs == .ascii
    var line = Sparkline.line(entry.recent, width: trendWidth - 2)
    if ascii {
      // Block characters an ASCII terminal cannot show, as heights it can.
      let heights = Array("_.-=+*#@")
      line = String(line.map { Sparkline.levels.firstIndex(of: $0).map { heights[$0] } ?? "?" })
    }
    switch trend {
    case .improving, .rising: return (line + " " + (ascii ? "/" : "↗"), Style(color: .good))
    case .worsening, .falling: return (line + " " + (ascii ? "\\" : "↘"), Style(color: .bad))
    case .level: return (line + " " + (ascii ? "=" : "→"), .plain)
    }
  }

  /// The column the selection stands on: the figures, where `e` types the actual.
  var selectedColumn: Int { kinds.firstIndex(of: .figures) ?? 0 }

  func tableColumns(_ s: Strings, glyphs: Glyphs) -> [Table.Column] {
    kinds.map { kind in
      Table.Column(
        title: title(kind, s, glyphs: glyphs), width: width(kind),
        alignment: kind == .marker ? .center : kind == .progress ? .right : .left)
    }
  }

  func title(_ kind: Kind, _ s: Strings, glyphs: Glyphs) -> String {
    switch kind {
    case .marker: return ""
    case .name: return s["kpis.column.kpi"]
    case .owner: return s["kpis.column.belongsTo"]
    case .figures: return s.format("kpis.column.figures", glyphs.arrow)
    case .trend: return s["kpis.column.trend"]
    case .progress: return s["kpis.column.progress"]
    case .deadline: return s.label(Field.deadline)
    case .cause: return s["kpis.column.cause"]
    }
  }

  /// "40 → 104 → 300 bedrijven"; a missing figure is "–".
  static func figures(_ kpi: KPI, _ s: Strings, glyphs: Glyphs) -> String {
    let arrow = " \(glyphs.arrow) "
    let text =
      s.decimal(kpi.baseline) + arrow + s.decimal(kpi.actual) + arrow
      + s.decimal(kpi.target)
    return kpi.unit.isEmpty ? text : text + " " + kpi.unit
  }

  /// "Uitkomst · Meer gekwalificeerde monteurs" or "Actie · Zij-instromers werven".
  static func owner(_ entry: KpiBoard.Entry, _ s: Strings) -> String {
    let kind = entry.level.map { s.label($0) } ?? s["kpis.action"]
    let title = entry.owner.isEmpty ? "–" : entry.owner
    return kind.prefix(1).uppercased() + kind.dropFirst() + " · " + title
  }

  func cell(
    _ column: Int, _ entry: KpiBoard.Entry, selected: Bool, _ s: Strings, glyphs: Glyphs
  ) -> (String, Style) {
    let kpi = entry.kpi
    let standing = entry.standing
    switch kinds[column] {
    case .marker: return (standing.marker(glyphs), standing.style)
    case .name:
      // The selected row's name is bold and underlined: the reversed cell is the figures.
      let style = Style(bold: selected || standing == .late, underline: selected)
      return (kpi.name.isEmpty ? "–" : kpi.name, style)
    case .owner: return (Self.owner(entry, s), .plain)
    case .figures: return (Self.figures(kpi, s, glyphs: glyphs), .plain)
    case .trend:
      // A rising figure of a KPI that must go down is bad news: the colour follows the trend
      // towards the target, not the direction.
      return Self.trend(entry, glyphs: glyphs)
    case .progress:
      let fraction = kpi.progress ?? 0
      let filled = Int((fraction * Double(barWidth)).rounded())
      let bar =
        String(repeating: glyphs.barFull, count: filled)
        + String(repeating: glyphs.barEmpty, count: barWidth - filled)
      let percent = TextLayout.pad(s.percent(kpi.progress), toWidth: 4, alignment: .right)
      return (bar + " " + percent, standing == .unmeasured ? .muted : standing.style)
    case .deadline:
      return (s.date(kpi.deadline), standing == .late ? standing.style : .plain)
    case .cause:
      guard standing == .late || standing == .behind || kpi.cause != nil else {
        return ("", .plain)
      }
      switch kpi.cause {
      case .environment?: return (s["kpis.cause.environment"], .plain)
      case .execution?: return (s["kpis.cause.execution"], .plain)
      case nil: return ("?", Style(color: .warning, bold: true))
      }
    }
  }
}
