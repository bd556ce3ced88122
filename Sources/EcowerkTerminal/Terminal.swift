import CNcursesW
import CTerminalGuard
import EcowerkUI
import Glibc

/// The terminal, through ncurses: the only code in ecowerk that sees ncurses.
///
/// It draws a `CellGrid` by touching only the cells that changed since the last frame and
/// flushing once (`wnoutrefresh` + `doupdate`), so an unchanged frame writes nothing; and it
/// turns key presses, mouse clicks and resizes into `Event`s. All calls happen on the thread
/// that created it.
public final class Terminal {
  public struct Options: Sendable {
    public var color: Bool
    public var mouse: Bool
    /// Milliseconds ncurses waits after Esc for the rest of an escape sequence.
    public var escapeDelay: Int32
    /// Ctrl-C arrives as a key (the keymap asks before quitting) instead of interrupting.
    public var interruptIsKey: Bool
    /// Ctrl-Z arrives as a key (undo in the workshop keymap) instead of suspending.
    public var suspendIsKey: Bool

    public init(
      color: Bool = true, mouse: Bool = true, escapeDelay: Int32 = 25,
      interruptIsKey: Bool = false, suspendIsKey: Bool = false
    ) {
      self.color = color
      self.mouse = mouse
      self.escapeDelay = escapeDelay
      self.interruptIsKey = interruptIsKey
      self.suspendIsKey = suspendIsKey
    }
  }

  private let screen: OpaquePointer
  /// The window drawn and read from (`Terminal+Input` reads keys from it).
  let window: UnsafeMutablePointer<WINDOW>
  private let output: UnsafeMutablePointer<FILE>
  /// The last frame drawn; nil makes the next frame draw every cell.
  var previous: CellGrid?
  private var cursorVisible: Int32 = -1
  var isActive = true
  private let palette: Palette
  /// Whether the locale can show Unicode box drawing (otherwise use the ASCII glyphs).
  public let supportsUnicode: Bool
  /// Whether colours are used; false for NO_COLOR, --no-color or a colourless terminal.
  public let usesColor: Bool
  /// The locale the environment named could not be loaded and a UTF-8 one is used instead
  /// (the language of the texts still follows the environment).
  public let localeFallback: String?

  /// Takes over the terminal on standard input and output (or on `output`, a file, for
  /// measuring what would be written).
  /// `environment` is read for NO_COLOR, TERM and ESCDELAY; the process's own by default.
  public init(
    options: Options, output: UnsafeMutablePointer<FILE>? = nil,
    input: UnsafeMutablePointer<FILE>? = nil, terminalType: String? = nil,
    environment: [String: String]? = nil
  ) throws(TerminalError) {
    let environment = environment ?? ProcessInfoLite.environment
    localeFallback = Self.chooseLocale(environment)
    supportsUnicode = ecw_is_utf8_locale() != 0
    if environment["ESCDELAY"] == nil { set_escdelay(options.escapeDelay) }
    let outFile = output ?? fdopen(dup(STDOUT_FILENO), "w")
    let inFile = input ?? fdopen(dup(STDIN_FILENO), "r")
    guard let outFile, let inFile else { throw TerminalError.cannotStart }
    // A terminal that cannot place the cursor (TERM=dumb) would show a blank or garbled
    // screen: refuse it with a message before anything is written.
    let type = terminalType ?? environment["TERM"] ?? ""
    switch terminalType.withOptionalCString({ ecw_can_address_cursor($0, fileno(outFile)) }) {
    case 1: break
    case 0: throw TerminalError.noCursorAddressing(type)
    default: throw TerminalError.unknownTerminal(type)
    }
    // Our own handlers go in before ncurses starts, so ncurses leaves SIGINT/SIGTERM to us.
    let inputDescriptor = fileno(inFile)
    ecw_guard_save_terminal_modes(inputDescriptor, fileno(outFile))
    ecw_guard_install()
    guard let created = terminalType.withOptionalCString({ newterm($0, outFile, inFile) })
    else {
      ecw_guard_uninstall()
      throw TerminalError.cannotStart
    }
    self.output = outFile
    screen = created
    set_term(screen)
    guard let main = ecw_stdscr() else { throw TerminalError.cannotStart }
    window = main
    cbreak()
    noecho()
    nonl()
    intrflush(window, false)
    keypad(window, true)
    meta(window, true)
    Self.allowControlS(inputDescriptor)
    if options.interruptIsKey { ecw_disable_control_character(inputDescriptor, ecw_vintr()) }
    if options.suspendIsKey { ecw_disable_control_character(inputDescriptor, ecw_vsusp()) }
    def_prog_mode()
    Self.defineKeys()

    let noColor = !(environment["NO_COLOR"] ?? "").isEmpty || environment["TERM"] == "dumb"
    usesColor = options.color && !noColor && has_colors()
    if usesColor {
      start_color()
      use_default_colors()
    }
    palette = Palette(color: usesColor)
    if options.mouse {
      mousemask(ecw_all_mouse_events(), nil)
      mouseinterval(0)
    }
    curs_set(0)
    cursorVisible = 0
    ecw_guard_set_reset_bytes(Self.resetBytes, Self.resetBytes.count)
    setBracketedPaste(true)
  }

  /// Loads the locale the environment names; when it is missing (common over SSH, in
  /// containers and WSL) or is the plain C or POSIX locale, which says nothing about the
  /// terminal, a UTF-8 one is used for the characters, so accented text is shown and typed
  /// whole (as Python's UTF-8 mode does, PEP 540). Only a locale that names another character
  /// set keeps it. Returns the name asked for when it fell back.
  static func chooseLocale(_ environment: [String: String]) -> String? {
    let named = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }
      .first { !$0.isEmpty }
    if setlocale(LC_ALL, "") != nil {
      let ctype = setlocale(LC_CTYPE, nil).map { String(cString: $0) } ?? "C"
      guard ctype == "C" || ctype == "POSIX" else { return nil }
      for fallback in utf8Locales where setlocale(LC_CTYPE, fallback) != nil { return nil }
      return nil
    }
    for fallback in utf8Locales where setlocale(LC_ALL, fallback) != nil {
      return named ?? fallback
    }
    setlocale(LC_ALL, "C")
    return named
  }

  /// UTF-8 locales to fall back on, the one every glibc since 2.35 has built in first.
  static let utf8Locales = ["C.UTF-8", "C.utf8", "en_US.UTF-8"]

  /// Key codes of our own for sequences ncurses does not decode everywhere: bracketed paste
  /// and Ctrl with the arrows and page keys (xterm's encoding, which tmux and most terminals
  /// send).
  static let pasteBegin: Int32 = 0x5000
  static let pasteEnd: Int32 = 0x5001
  static let extraKeys: [(String, Int32, Key)] = [
    ("\u{1B}[5;5~", 0x5002, .ctrlPageUp), ("\u{1B}[6;5~", 0x5003, .ctrlPageDown),
    ("\u{1B}[1;5A", 0x5004, .ctrlUp), ("\u{1B}[1;5B", 0x5005, .ctrlDown),
    ("\u{1B}[1;5C", 0x5006, .ctrlRight), ("\u{1B}[1;5D", 0x5007, .ctrlLeft),
    // Home and End as terminals other than the one TERM names send them (tmux and screen,
    // rxvt, the Linux console), so that a mismatched TERM still moves the cursor.
    ("\u{1B}[1~", 0x5010, .home), ("\u{1B}[4~", 0x5011, .end), ("\u{1B}[7~", 0x5012, .home),
    ("\u{1B}[8~", 0x5013, .end), ("\u{1B}[H", 0x5014, .home), ("\u{1B}[F", 0x5015, .end),
    ("\u{1B}OH", 0x5016, .home), ("\u{1B}OF", 0x5017, .end),
  ]

  private static func defineKeys() {
    ecw_define_key("\u{1B}[200~", pasteBegin)
    ecw_define_key("\u{1B}[201~", pasteEnd)
    for (sequence, code, _) in extraKeys { ecw_define_key(sequence, code) }
  }

  /// Bracketed paste: the terminal marks pasted text, so it arrives as text, never as keys.
  private func setBracketedPaste(_ on: Bool) {
    fputs(on ? "\u{1B}[?2004h" : "\u{1B}[?2004l", output)
    fflush(output)
  }

  deinit {
    restore()
  }

  /// The terminal's size now.
  public var size: Size {
    Size(width: Int(ecw_cols()), height: Int(ecw_lines()))
  }

  /// Sets the size, for headless measurement where there is no real terminal to ask.
  public func resize(to size: Size) {
    resizeterm(Int32(size.height), Int32(size.width))
    previous = nil
  }

  /// Draws a frame: only the cells that differ from the last frame are handed to ncurses, and
  /// one `doupdate` sends what changed.
  public func draw(_ grid: CellGrid) {
    guard isActive else { return }
    let old = previous.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
    var changed = false
    for y in 0..<grid.height {
      for x in 0..<grid.width {
        let cell = grid[x, y]
        if let old, old[x, y] == cell { continue }
        changed = true
        if cell.isContinuation { continue }
        put(cell, x: x, y: y)
      }
    }
    let wantCursor: Int32 = grid.cursor == nil ? 0 : 1
    if let cursor = grid.cursor {
      wmove(window, Int32(cursor.y), Int32(cursor.x))
      changed = true
    }
    if wantCursor != cursorVisible {
      curs_set(wantCursor)
      cursorVisible = wantCursor
    }
    previous = grid
    guard changed || old == nil else { return }
    wnoutrefresh(window)
    doupdate()
  }

  private func put(_ cell: Cell, x: Int, y: Int) {
    var scalars = cell.character.unicodeScalars.prefix(4).map { wchar_t(bitPattern: $0.value) }
    scalars.append(0)
    var drawn = cchar_t()
    let (attributes, pair) = palette.attributes(for: cell.style)
    ecw_setcchar(&drawn, scalars, attributes, pair)
    mvwadd_wch(window, Int32(y), Int32(x), &drawn)
  }

  /// Forgets what is on the screen and repaints all of it (Ctrl-L, or after a program ran).
  public func redrawAll() {
    guard isActive else { return }
    clearok(ecw_curscr(), true)
    previous = nil
  }

  /// Leaves curses mode for a program that needs the terminal ($EDITOR), then comes back and
  /// repaints everything.
  public func suspend<T>(_ body: () throws -> T) rethrows -> T {
    setBracketedPaste(false)
    def_prog_mode()
    endwin()
    defer {
      reset_prog_mode()
      setBracketedPaste(true)
      redrawAll()
      refresh()
    }
    return try body()
  }

  /// Gives the terminal back as it was: main screen, cursor visible, modes restored.
  public func restore() {
    guard isActive else { return }
    isActive = false
    setBracketedPaste(false)
    mousemask(0, nil)
    curs_set(1)
    endwin()
    delscreen(screen)
    ecw_guard_uninstall()
  }

  /// The quit signal (SIGINT, SIGTERM, SIGHUP, SIGQUIT) that arrived, or nil.
  public static func takePendingSignal() -> Int32? {
    let signal = ecw_guard_take_pending_signal()
    return signal == 0 ? nil : signal
  }

  /// Written on a fatal signal, where ncurses cannot be called: leave the alternate screen,
  /// show the cursor, reset attributes, stop mouse reporting.
  static let resetBytes: [CChar] = Array(
    "\u{1B}[?2004l\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n"
      .utf8
  ).map { CChar(bitPattern: $0) }

  /// Ctrl-S saves; terminals use it for flow control unless IXON is off.
  private static func allowControlS(_ input: Int32) {
    var modes = termios()
    guard tcgetattr(input, &modes) == 0 else { return }
    modes.c_iflag &= ~tcflag_t(IXON)
    tcsetattr(input, TCSANOW, &modes)
  }
}

/// Why the terminal could not be taken over.
public enum TerminalError: Error, Sendable {
  case cannotStart
  /// The terminal type cannot place the cursor (TERM=dumb, a printing terminal).
  case noCursorAddressing(String)
  /// terminfo does not know the terminal type.
  case unknownTerminal(String)
}

extension Optional where Wrapped == String {
  fileprivate func withOptionalCString<R>(_ body: (UnsafePointer<CChar>?) -> R) -> R {
    switch self {
    case .some(let text): return text.withCString { body($0) }
    case .none: return body(nil)
    }
  }
}
