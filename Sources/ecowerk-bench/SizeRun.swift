import EcowerkModel
import EcowerkStore
import EcowerkUI
import Glibc

/// Everything measured for one plan size, in one process (a child of the benchmark), so that
/// the peak memory is this size's own.
///
/// The order is deliberate: first what the workbench itself does — start and draw the first
/// frame, a workshop of keystrokes, edits journalled, the terminal written to, a save — and
/// then the peak memory is read. Only after that come the repeated runs that give stable
/// medians; they keep an extra plan alive and would otherwise inflate the peak.
struct SizeRun {
  let size: BenchSize
  let planPath: String
  let keystrokes: Int
  let seed: UInt64
  /// When the process was started (by the parent's clock), or when `main` began.
  let startedAt: UInt64
  /// Whether `startedAt` is the parent's spawn rather than this process's `main`.
  let startedByParent: Bool
  /// When this process's `main` began.
  let mainAt: UInt64
  let folder: TempFolder
  var figures: [Figure] = []
  /// The session's save, made before the peak memory is read; reported with the other saves.
  var firstSave = 0.0

  static let screen = Size(width: 120, height: 40)
  /// A fixed today, so overdue actions and the status bar are the same in every run.
  static let today = CalendarDate(dayNumber: 20_786)
  /// The journal's timestamp; a constant, since reading the clock is not what is measured.
  static let timestamp = "2026-11-29T10:15:02"

  var budgets: Budgets { size.budgets }
  var savePath: String { folder.file("plan.ecowerk.json") }

  /// The plan and the state right after start, shared by the measurements after it.
  struct Start {
    var plan: Plan
    var rubric: Rubric?
    var state: AppState
    var fingerprint: String
  }

  mutating func run() throws {
    let start = try startToFirstFrame()
    record("plan.stakeholders", "stakeholders", start.plan.stakeholders.count)
    record("plan.segments", "segments", start.plan.segments.count)
    record("plan.nodes", "Theory of Change nodes", start.plan.nodeCount)
    record("plan.actions", "actions", start.plan.actions.count)
    var edits = keystrokeFigures(start.state)
    edits += editAndUndoFigures(start.state)
    try journalFigures(edits, base: start.fingerprint)
    try terminalFigures(start.state)
    try firstSave(start.plan)
    memoryFigure()
    try loadFigures()
    try saveFigures(start.plan)
    firstFrameFigures(start)
    diagramFigures(start)
    checkFigures(start.plan)
    try importFigures(start.plan)
    comparisonFigures(start.plan)
    figures = Self.inReadingOrder(figures)
  }

  /// The order of the issue: load, save, first frame, keystrokes, undo, journal, terminal,
  /// memory. Figures are measured in another order (see the type's comment).
  static let sections = [
    "plan", "file", "load", "save", "firstFrame", "start", "keystroke", "undo", "journal",
    "terminal", "memory", "checks", "import", "compare",
  ]

  static func inReadingOrder(_ figures: [Figure]) -> [Figure] {
    func rank(_ figure: Figure) -> Int {
      let section = figure.key.split(separator: ".").first.map(String.init) ?? ""
      return sections.firstIndex(of: section) ?? sections.count
    }
    return figures.enumerated().sorted { a, b in
      (rank(a.element), a.offset) < (rank(b.element), b.offset)
    }.map(\.element)
  }

  mutating func record(_ key: String, _ label: String, _ count: Int) {
    figures.append(Figure(key, label, Double(count), .count))
  }

  func settings() -> Settings {
    Settings(today: Self.today, mouse: false)
  }

  /// The startup path of `ecowerk PLAN`: load and validate, fingerprint for the journal, the
  /// rubric, ncurses on an xterm, the state, the first frame drawn. Measured from the moment
  /// the parent spawned this process, so exec, the dynamic loader and the Swift runtime count.
  mutating func startToFirstFrame() throws -> Start {
    let (plan, load) = try MonotonicClock.measure { try PlanStore.load(planPath) }
    let (fingerprint, encode) = MonotonicClock.measure {
      Journal.fingerprint(PlanFile.encode(plan))
    }
    let (rubric, rubricTime) = MonotonicClock.measure { try? RubricFile.loadDefault() }
    let terminalAt = MonotonicClock.now()
    let probe = try TerminalProbe(path: folder.file("startup.out"), size: Self.screen)
    let terminalTime = MonotonicClock.milliseconds(since: terminalAt)
    let frameAt = MonotonicClock.now()
    var state = AppState(
      plan: plan, filePath: planPath, rubric: rubric, size: Self.screen, settings: settings())
    _ = Workbench.update(&state, .resize(Self.screen))
    let bytes = probe.bytes(drawing: Screen.render(state))
    let frame = MonotonicClock.milliseconds(since: frameAt)
    let total = MonotonicClock.milliseconds(since: startedAt)

    let label =
      startedByParent
      ? "start → first frame on the terminal (from spawn)"
      : "start → first frame on the terminal (from main)"
    figures.append(
      Figure(
        "start.firstFrame", label, total, .milliseconds,
        budget: budgets.startToFirstFrame.map(Budget.atMost), note: "\(bytes) bytes drawn"))
    if startedByParent {
      figures.append(
        Figure(
          "start.process", "process start (exec, loader, runtime) until main",
          Double(mainAt &- startedAt) / 1_000_000, .milliseconds, level: 1))
    }
    figures += [
      Figure(
        "start.load", "PlanStore.load (read + parse + validate, cold)", load, .milliseconds,
        level: 1),
      Figure(
        "start.fingerprint", "journal fingerprint (encodes the plan)", encode, .milliseconds,
        level: 1),
      Figure("start.rubric", "default rubric", rubricTime, .milliseconds, level: 1),
      Figure(
        "start.terminal", "ncurses newterm (xterm-256color)", terminalTime, .milliseconds,
        level: 1),
      Figure("start.frame", "state + resize + render + draw", frame, .milliseconds, level: 1),
    ]
    return Start(plan: plan, rubric: rubric, state: state, fingerprint: fingerprint)
  }

  /// Peak resident memory after everything the workbench itself does has been done.
  mutating func memoryFigure() {
    let peak = SystemFile.statusMegabytes("VmHWM") ?? 0
    figures.append(
      Figure(
        "memory.peak", "peak memory (VmHWM after start, keystrokes, save, journal)", peak,
        .megabytes, budget: .atMost(budgets.peakMegabytes), note: "MB = 10^6 bytes"))
  }
}
