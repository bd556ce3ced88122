import EcowerkModel
import EcowerkStrings

/// What the workbench was started with: language, terminal abilities, today's date. Fixed for
/// a session, and injected so that tests are deterministic.
public struct Settings: Sendable {
  public var strings: Strings
  public var keymap: Keymap
  public var glyphs: Glyphs
  /// Today's date, from the clock the runner reads; tests fix it.
  public var today: CalendarDate
  public var mouse: Bool
  public var readOnly: Bool

  public init(
    language: Language = .english, keymap: Keymap = .workshop, glyphs: Glyphs = .unicode,
    today: CalendarDate, mouse: Bool = true, readOnly: Bool = false
  ) {
    strings = Strings(language)
    self.keymap = keymap
    self.glyphs = glyphs
    self.today = today
    self.mouse = mouse
    self.readOnly = readOnly
  }
}

/// The characters used for lines, trees and bars: box drawing where the terminal can show it,
/// plain ASCII where it cannot (a C locale, an old console).
public struct Glyphs: Hashable, Sendable {
  public var horizontal: Character
  public var vertical: Character
  public var treeBranch: String
  public var treeLast: String
  public var treePipe: String
  public var treeSpace: String
  public var expanded: Character
  public var collapsed: Character
  public var leaf: Character
  public var barFull: Character
  public var barEmpty: Character
  public var arrow: String
  public var ellipsis: String
  public var check: Character
  public var cross: Character
  public var warning: Character

  public static let unicode = Glyphs(
    horizontal: "─", vertical: "│", treeBranch: "├─ ", treeLast: "└─ ", treePipe: "│  ",
    treeSpace: "   ", expanded: "▾", collapsed: "▸", leaf: "•", barFull: "█", barEmpty: "░",
    arrow: "→", ellipsis: "…", check: "✓", cross: "✗", warning: "!")

  public static let ascii = Glyphs(
    horizontal: "-", vertical: "|", treeBranch: "|- ", treeLast: "`- ", treePipe: "|  ",
    treeSpace: "   ", expanded: "v", collapsed: ">", leaf: "*", barFull: "#", barEmpty: ".",
    arrow: "->", ellipsis: "...", check: "+", cross: "x", warning: "!")
}
