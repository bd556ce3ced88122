/// How a cell looks. Colours are semantic, not RGB: the terminal backend maps them to the
/// terminal's palette, and a monochrome screen (NO_COLOR, TERM=dumb, --no-color) keeps the
/// meaning through bold, reverse and underline alone.
public struct Style: Hashable, Sendable {
  public var color: Color
  public var bold: Bool
  public var reverse: Bool
  public var underline: Bool
  public var dim: Bool

  public init(
    color: Color = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false,
    dim: Bool = false
  ) {
    self.color = color
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
    self.dim = dim
  }

  public static let plain = Style()

  /// Colours by meaning. `normal` is the terminal's own foreground on its own background.
  public enum Color: UInt8, CaseIterable, Sendable {
    case normal
    /// Headings, the focused pane, selected tabs.
    case accent
    /// Good news: a plan that stands alone, an assumption that holds.
    case good
    /// Needs attention: overdue, off track, a missing ambassador.
    case warning
    /// Broken: a broken assumption, a gap in the finances, an invalid entry.
    case bad
    /// Secondary information: hints, placeholders.
    case muted
    /// The top and bottom bars.
    case bar
  }

  public func with(_ change: (inout Style) -> Void) -> Style {
    var copy = self
    change(&copy)
    return copy
  }

  public static func colored(_ color: Color, bold: Bool = false) -> Style {
    Style(color: color, bold: bold)
  }

  public static let heading = Style(color: .accent, bold: true)
  public static let selected = Style(reverse: true)
  public static let muted = Style(color: .muted, dim: true)
  public static let bar = Style(color: .bar, reverse: true)
}
