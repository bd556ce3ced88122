import CNcursesW
import EcowerkUI

/// Maps the UI's semantic styles to ncurses attributes and colour pairs. Without colour the
/// meaning is kept by attributes: warnings and errors bold, hints dim, bars reversed.
struct Palette {
  let color: Bool

  init(color: Bool) {
    self.color = color
    guard color else { return }
    // -1 is the terminal's default colour (use_default_colors).
    init_pair(1, Int16(COLOR_CYAN), -1)
    init_pair(2, Int16(COLOR_GREEN), -1)
    init_pair(3, Int16(COLOR_YELLOW), -1)
    init_pair(4, Int16(COLOR_RED), -1)
    init_pair(5, -1, -1)
    init_pair(6, Int16(COLOR_BLUE), -1)
  }

  func attributes(for style: Style) -> (attr_t, Int16) {
    var attributes = ecw_a_normal()
    if style.bold { attributes |= ecw_a_bold() }
    if style.reverse { attributes |= ecw_a_reverse() }
    if style.underline { attributes |= ecw_a_underline() }
    if style.dim { attributes |= ecw_a_dim() }
    guard color else {
      switch style.color {
      case .bad: attributes |= ecw_a_bold() | ecw_a_underline()
      case .warning: attributes |= ecw_a_bold()
      case .muted: attributes |= ecw_a_dim()
      default: break
      }
      return (attributes, 0)
    }
    let pair: Int16
    switch style.color {
    case .normal: pair = 0
    case .accent: pair = 1
    case .good: pair = 2
    case .warning: pair = 3
    case .bad: pair = 4
    case .muted: pair = 5
    case .bar: pair = 6
    }
    return (attributes, pair)
  }
}
