import EcowerkStrings
import EcowerkText

/// The line above the key bar: the mode, then what is being typed or asked, or a message, and
/// the plan's open findings. The keys themselves are on the key bar below it.
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
    let bold = Style.bar.with { $0.bold = true }
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
      case .search: prompt = strings["search.prompt"]
      case .filtering: prompt = strings["filter.prompt"]
      default: prompt = ":"
      }
      x = grid.text(prompt, x: x, y: rect.y, style: .bar, clip: rect)
      let window = editor.window(width: rect.maxX - x - 1)
      grid.text(window.text, x: x, y: rect.y, style: .bar, clip: rect)
      grid.cursor = Point(x: x + window.cursorColumn, y: rect.y)
      return
    case .saveConflict:
      grid.text(strings["conflict.question"], x: x, y: rect.y, style: bold, clip: rect)
      return
    case .confirmQuit:
      grid.text(strings["quit.question"], x: x, y: rect.y, style: bold, clip: rect)
      return
    case .confirmDelete(let question):
      grid.field(question.text, x: x, y: rect.y, width: rect.maxX - x, style: bold, clip: rect)
      return
    case .editing(let session):
      if let refusal = session.refusal {
        grid.field(
          refusal, x: x, y: rect.y, width: rect.maxX - x,
          style: Style(color: .bad, bold: true, reverse: true), clip: rect)
      } else {
        // A message about this edit (a paste joined, a new entry to name) before what it is.
        grid.field(
          state.status?.text ?? editingWhat(session.target, state), x: x, y: rect.y,
          width: rect.maxX - x, style: .bar, clip: rect)
      }
      return
    case .picking(let list):
      grid.field(
        state.status?.text ?? strings.format("pick.status", list.title), x: x, y: rect.y,
        width: rect.maxX - x, style: .bar, clip: rect)
      return
    case .recovery:
      grid.text(strings["recovery.hint"], x: x, y: rect.y, style: .bar, clip: rect)
      return
    default:
      break
    }
    x = drawHealthTotal(state, into: &grid, x: x, in: rect)
    if let status = state.status ?? state.journalProblem.map({ StatusMessage($0, .error) }) {
      let style: Style
      switch status.kind {
      case .info: style = .bar
      case .warning: style = Style(color: .warning, bold: true, reverse: true)
      case .error: style = Style(color: .bad, bold: true, reverse: true)
      }
      grid.field(status.text, x: x, y: rect.y, width: rect.maxX - x, style: style, clip: rect)
    }
  }

  /// "name of Gemeente Enschede": what the open editor changes, so the room can follow.
  static func editingWhat(_ target: Target, _ state: AppState) -> String {
    let s = state.strings
    let entity = ValueText.name(of: target.ref, in: state.plan, strings: s, rubric: state.rubric)
    guard let field = target.field else { return entity }
    return s.format("edit.editing", s.label(field).lowercasedFirst, entity)
  }

  static func modeLabel(_ state: AppState) -> String {
    let strings = state.strings
    switch state.mode {
    case .normal:
      return strings[state.settings.keymap.name == .vim ? "mode.normal" : "mode.ready"]
    case .search: return strings["mode.search"]
    case .commandLine: return strings["mode.command"]
    case .help: return strings["mode.help"]
    case .confirmQuit, .confirmDelete, .saveConflict: return strings["mode.confirm"]
    case .editing: return strings["mode.edit"]
    case .picking: return strings["mode.pick"]
    case .recovery: return strings["mode.recovery"]
    case .filtering: return strings["mode.filter"]
    case .health: return strings["mode.health"]
    case .palette: return strings["mode.palette"]
    case .changes: return strings["mode.changes"]
    case .conflicts: return strings["mode.conflicts"]
    }
  }
}
