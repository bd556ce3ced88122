import EcowerkChecks
import EcowerkReport
import EcowerkStrings

/// How the workbench shows a KPI's standing: a marker that reads without colour, and a style.
extension KpiStanding {
  /// The symbol in the marker column, so the standing reads without colour: `!` late, `↓`
  /// behind (`v` in ASCII), `?` unmeasured, `✓` reached, nothing on track.
  func marker(_ glyphs: Glyphs) -> String {
    switch self {
    case .late: return String(glyphs.warning)
    case .behind: return glyphs == .ascii ? "v" : "↓"
    case .unmeasured: return "?"
    case .onTrack: return ""
    case .reached: return String(glyphs.check)
    }
  }

  var style: Style {
    switch self {
    case .late: return .colored(.bad, bold: true)
    case .behind: return .colored(.warning, bold: true)
    case .unmeasured: return .muted
    case .onTrack: return .colored(.accent)
    case .reached: return .colored(.good, bold: true)
    }
  }

  /// "te laat", "achter op schema", …: the same words as a printed snapshot.
  func label(_ s: Strings) -> String {
    s.label(self)
  }
}
