import EcowerkStrings
import EcowerkText

/// The bottom line: the mode, then a message or the text being typed, and the pane's key hints.
enum StatusBar {
  static func draw(_ state: AppState, into grid: inout CellGrid, in rect: Rect) {
    guard !rect.isEmpty else { return }
    let strings = state.strings
    grid.fill(rect, style: .bar)
    let mode = modeLabel(state)
    var x = grid.text(
      " \(mode) ", x: rect.x, y: rect.y, style: Style(color: .accent, bold: true, reverse: true),
      clip: rect)
    x += 1
    if state.journalProblem != nil {
      // Until the journal is whole again, whatever else the status bar says.
      x = grid.text(
        " \(strings["journal.badge"]) ", x: x, y: rect.y,
        style: Style(color: .bad, bold: true, reverse: true), clip: rect)
      x += 1
    }
    switch state.mode {
    case .search(let editor), .commandLine(let editor), .filtering(let editor):
      let prompt: String
      switch state.mode {
      case .search: prompt = "/"
      case .filtering: prompt = strings["filter.prompt"]
      default: prompt = ":"
      }
      x = grid.text(prompt, x: x, y: rect.y, style: .bar, clip: rect)
      let window = editor.window(width: rect.maxX - x - 1)
      grid.text(window.text, x: x, y: rect.y, style: .bar, clip: rect)
      grid.cursor = Point(x: x + window.cursorColumn, y: rect.y)
      return
    case .saveConflict:
      grid.text(
        strings["conflict.question"], x: x, y: rect.y, style: Style.bar.with { $0.bold = true },
        clip: rect)
      return
    case .confirmQuit:
      grid.text(
        strings["quit.question"], x: x, y: rect.y, style: Style.bar.with { $0.bold = true },
        clip: rect)
      return
    case .editing(let session):
      if let refusal = session.refusal {
        grid.field(
          refusal, x: x, y: rect.y, width: rect.maxX - x,
          style: Style(color: .bad, bold: true, reverse: true), clip: rect)
      } else {
        grid.text(strings["edit.hint"], x: x, y: rect.y, style: .bar, clip: rect)
      }
      return
    case .picking:
      grid.text(strings["pick.hint"], x: x, y: rect.y, style: .bar, clip: rect)
      return
    case .recovery:
      grid.text(strings["recovery.hint"], x: x, y: rect.y, style: .bar, clip: rect)
      return
    case .health:
      grid.text(strings["health.hint"], x: x, y: rect.y, style: .bar, clip: rect)
      return
    case .changes, .conflicts:
      // What the last key did (a conflict decided) until the next key; else the keys.
      if let status = state.status {
        let style = status.kind == .info ? Style.bar : Style(color: .bad, bold: true, reverse: true)
        grid.field(status.text, x: x, y: rect.y, width: rect.maxX - x, style: style, clip: rect)
      } else {
        let keys: OverlayKeys = state.mode == .conflicts ? .conflicts : .changes
        grid.text(keys.hints { strings[$0] }, x: x, y: rect.y, style: .bar, clip: rect)
      }
      return
    default:
      break
    }
    x = drawHealthTotal(state, into: &grid, x: x, in: rect)
    let hints = hintText(state)
    let hintsWidth = DisplayWidth.of(hints)
    if let status = state.status ?? state.journalProblem.map({ StatusMessage($0, .error) }) {
      let style: Style
      switch status.kind {
      case .info: style = .bar
      case .warning: style = Style(color: .warning, bold: true, reverse: true)
      case .error: style = Style(color: .bad, bold: true, reverse: true)
      }
      // A message matters more than the key hints: they give way when both do not fit.
      let available = rect.maxX - x
      let fits = DisplayWidth.of(status.text) + hintsWidth + 3 <= available
      let room = available - (fits ? hintsWidth + 2 : 0)
      grid.field(status.text, x: x, y: rect.y, width: max(0, room), style: style, clip: rect)
      if room < rect.maxX - x {
        grid.text(hints, x: rect.maxX - hintsWidth - 1, y: rect.y, style: .bar, clip: rect)
      }
    } else if hintsWidth <= rect.maxX - x - 1 {
      grid.text(hints, x: rect.maxX - hintsWidth - 1, y: rect.y, style: .bar, clip: rect)
    } else {
      grid.field(hints, x: x, y: rect.y, width: rect.maxX - x, style: .bar, clip: rect)
    }
  }

  static func modeLabel(_ state: AppState) -> String {
    let strings = state.strings
    switch state.mode {
    case .normal: return strings["mode.normal"]
    case .search: return strings["mode.search"]
    case .commandLine: return strings["mode.command"]
    case .help: return strings["mode.help"]
    case .confirmQuit: return strings["mode.confirm"]
    case .editing: return strings["mode.edit"]
    case .picking: return strings["mode.pick"]
    case .recovery: return strings["mode.recovery"]
    case .filtering: return strings["mode.filter"]
    case .health: return strings["mode.health"]
    case .changes: return strings["mode.changes"]
    case .conflicts: return strings["mode.conflicts"]
    case .saveConflict: return strings["mode.confirm"]
    }
  }

  /// `? help  q quit  / search` for the current pane, from the keymap.
  static func hintText(_ state: AppState) -> String {
    let strings = state.strings
    if case .help = state.mode {
      return strings["hint.helpClose"]
    }
    return state.settings.keymap.hints(for: state.pane).map { binding in
      let keys = binding.keys.prefix(1).map(\.description).joined(separator: "/")
      return "\(keys) \(strings[binding.command.hintKey])"
    }.joined(separator: "  ")
  }
}
