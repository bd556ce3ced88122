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

    public init(color: Bool = true, mouse: Bool = true, escapeDelay: Int32 = 25) {
      self.color = color
      self.mouse = mouse
      self.escapeDelay = escapeDelay
    }
  }

  private let screen: OpaquePointer
  private let window: UnsafeMutablePointer<WINDOW>
  private var previous: CellGrid?
  private var cursorVisible: Int32 = -1
  private var isActive = true
  private let palette: Palette
  /// Whether the locale can show Unicode box drawing (otherwise use the ASCII glyphs).
  public let supportsUnicode: Bool
  /// Whether colours are used; false for NO_COLOR, TERM=dumb, --no-color or a colourless terminal.
  public let usesColor: Bool

  /// Takes over the terminal on standard input and output (or on `output`, a file, for
  /// measuring what would be written).
  /// `environment` is read for NO_COLOR, TERM and ESCDELAY; the process's own by default.
  public init(
    options: Options, output: UnsafeMutablePointer<FILE>? = nil,
    input: UnsafeMutablePointer<FILE>? = nil, terminalType: String? = nil,
    environment: [String: String]? = nil
  ) throws(TerminalError) {
    let environment = environment ?? ProcessInfoLite.environment
    setlocale(LC_ALL, "")
    supportsUnicode = ecw_is_utf8_locale() != 0
    if environment["ESCDELAY"] == nil { set_escdelay(options.escapeDelay) }
    // Our own handlers go in before ncurses starts, so ncurses leaves SIGINT/SIGTERM to us.
    ecw_guard_save_terminal_modes()
    ecw_guard_install()
    let outFile = output ?? fdopen(dup(STDOUT_FILENO), "w")
    let inFile = input ?? fdopen(dup(STDIN_FILENO), "r")
    guard let outFile, let inFile,
      let created = terminalType.withOptionalCString({ newterm($0, outFile, inFile) })
    else {
      ecw_guard_uninstall()
      throw TerminalError.cannotStart
    }
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
    Self.allowControlS()
    def_prog_mode()

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

  /// The next event, waiting at most `timeout` milliseconds (-1: until one comes). Nil on a
  /// timeout or when a signal interrupted the wait.
  public func nextEvent(timeout: Int32) -> Event? {
    guard isActive else { return nil }
    wtimeout(window, timeout)
    var character: wint_t = 0
    let result = wget_wch(window, &character)
    if result == ecw_err() { return nil }
    if result == ecw_key_code_yes() {
      return functionKey(Int32(character))
    }
    return KeyDecoder.character(UInt32(character)).map { .key($0) }
  }

  private func functionKey(_ code: Int32) -> Event? {
    if code == ecw_key_resize() {
      previous = nil
      return .resize(size)
    }
    if code == ecw_key_mouse() {
      var event = MEVENT()
      guard getmouse(&event) == ecw_ok() else { return nil }
      let state = event.bstate
      if state & (ecw_button1_pressed() | ecw_button1_clicked()) != 0 {
        return .mouse(MouseEvent(.press, x: Int(event.x), y: Int(event.y)))
      }
      if state & ecw_button4_pressed() != 0 {
        return .mouse(MouseEvent(.wheelUp, x: Int(event.x), y: Int(event.y)))
      }
      if state & ecw_button5_pressed() != 0 {
        return .mouse(MouseEvent(.wheelDown, x: Int(event.x), y: Int(event.y)))
      }
      return nil
    }
    return KeyDecoder.function(code).map { .key($0) }
  }

  /// Leaves curses mode for a program that needs the terminal ($EDITOR), then comes back and
  /// repaints everything.
  public func suspend<T>(_ body: () throws -> T) rethrows -> T {
    def_prog_mode()
    endwin()
    defer {
      reset_prog_mode()
      redrawAll()
      refresh()
    }
    return try body()
  }

  /// Gives the terminal back as it was: main screen, cursor visible, modes restored.
  public func restore() {
    guard isActive else { return }
    isActive = false
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
    "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1006l\u{1B}[0m\u{1B}[?25h\u{1B}[?1049l\r\n".utf8
  ).map { CChar(bitPattern: $0) }

  /// Ctrl-S saves; terminals use it for flow control unless IXON is off.
  private static func allowControlS() {
    var modes = termios()
    guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
    modes.c_iflag &= ~tcflag_t(IXON)
    tcsetattr(STDIN_FILENO, TCSANOW, &modes)
  }
}

/// Why the terminal could not be taken over.
public enum TerminalError: Error, Sendable {
  case cannotStart
}

extension Optional where Wrapped == String {
  fileprivate func withOptionalCString<R>(_ body: (UnsafePointer<CChar>?) -> R) -> R {
    switch self {
    case .some(let text): return text.withCString { body($0) }
    case .none: return body(nil)
    }
  }
}
