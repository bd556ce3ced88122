import EcowerkModel
import EcowerkStore
import EcowerkUI

/// Keystrokes, the edit/undo pair and the journal.
extension SizeRun {
  /// How often the timed sequence is replayed; each keystroke counts with its fastest replay.
  static let replays = 3

  /// The workshop mix: played once as warm-up (which also chooses the keys), then replayed
  /// `replays` times on fresh copies of the starting state with each keystroke's update and
  /// render timed. A keystroke's cost is its fastest replay: the sequence and the states are
  /// identical each time, so what differs between replays is only the machine (another
  /// process taking the core, an interrupt), which would otherwise decide the p99 on a shared
  /// two-core machine. The first replay's own p99 is reported too. Returns the edits the
  /// replay asked to journal.
  mutating func keystrokeFigures(_ initial: AppState) -> [Edit] {
    var mix = WorkshopMix(seed: seed)
    var warm = initial
    let script = mix.play(&warm, count: keystrokes)

    var best = [Timing](
      repeating: Timing(update: .infinity, render: .infinity), count: script.count)
    var firstPass = Samples()
    var panes = [PaneID](repeating: .overview, count: script.count)
    var contexts = [String](repeating: "", count: script.count)
    var edits: [Edit] = []
    var sink = 0
    for replay in 0..<Self.replays {
      var state = initial
      for (index, stroke) in script.enumerated() {
        let paneBefore = state.pane
        let start = MonotonicClock.now()
        let effects = Workbench.update(&state, .key(stroke.key))
        let updated = MonotonicClock.now()
        let grid = Screen.render(state)
        let rendered = MonotonicClock.now()
        sink &+= grid.cells.count
        let timing = Timing(
          update: Double(updated &- start) / 1_000_000,
          render: Double(rendered &- updated) / 1_000_000)
        if timing.total < best[index].total { best[index] = timing }
        guard replay == 0 else { continue }
        firstPass.add(timing.total)
        panes[index] = state.pane
        contexts[index] = Self.context(stroke, from: paneBefore, state)
        for case .journal(let edit) in effects { edits.append(edit) }
      }
    }
    if sink == 0 { print("", terminator: "") }  // Keeps the renders from being optimised out.

    let total = Samples(best.map(\.total))
    let n = total.count
    func label(_ statistic: String) -> String {
      "keystroke \(statistic) (update + render, n=\(n), best of \(Self.replays))"
    }
    figures += [
      Figure("keystroke.p50", label("p50"), total.median, .milliseconds),
      Figure(
        "keystroke.p99", label("p99"), total.p99, .milliseconds,
        budget: .atMost(budgets.keystrokeP99)),
    ]
    if let issue = budgets.keystrokeP99At2000Stakeholders {
      figures.append(
        Figure(
          "keystroke.p99.2000", "keystroke p99 at 2,000 stakeholders, 1,000 nodes", total.p99,
          .milliseconds, budget: .atMost(issue)))
    }
    figures += [
      Figure("keystroke.max", "keystroke max", total.max, .milliseconds),
      Figure(
        "keystroke.onePass", "p99 of the first replay alone (wall clock as it came)",
        firstPass.p99, .milliseconds, level: 1, note: Self.spread(firstPass)),
      Figure(
        "keystroke.update", "of which Workbench.update, p99", Samples(best.map(\.update)).p99,
        .milliseconds, level: 1, note: Self.spread(Samples(best.map(\.update)))),
      Figure(
        "keystroke.render", "of which Screen.render, p99", Samples(best.map(\.render)).p99,
        .milliseconds, level: 1, note: Self.spread(Samples(best.map(\.render)))),
    ]
    for kind in KeyKind.allCases {
      let samples = Samples(
        script.indices.filter { script[$0].kind == kind }.map { best[$0].total })
      guard !samples.isEmpty else { continue }
      figures.append(
        Figure(
          "keystroke.kind.\(kind)", "\(kind.rawValue), p99", samples.p99, .milliseconds,
          level: 1, note: Self.spread(samples)))
    }
    for pane in PaneID.allCases {
      let indices = script.indices.filter { panes[$0] == pane }
      guard let worst = indices.max(by: { best[$0].total < best[$1].total }) else { continue }
      let samples = Samples(indices.map { best[$0].total })
      figures.append(
        Figure(
          "keystroke.pane\(pane.rawValue)", "keys ending in pane \(pane.rawValue) \(pane.key), p99",
          samples.p99, .milliseconds, level: 1,
          note: Self.spread(samples) + " · worst: \(contexts[worst])"))
    }
    // The keystrokes at and above the p99, each with what was pressed where: the p99 is theirs.
    let slowest = script.indices.sorted { best[$0].total > best[$1].total }.prefix(n / 100 + 2)
    for (rank, index) in slowest.enumerated() {
      figures.append(
        Figure(
          "keystroke.slowest\(rank + 1)", "#\(rank + 1) slowest keystroke", best[index].total,
          .milliseconds, level: 1,
          note: "\(contexts[index]) · update \(Report.number(best[index].update, .milliseconds))"
            + " · render \(Report.number(best[index].render, .milliseconds))"))
    }
    return edits
  }

  /// "n in pane 3 stakeholders (rows sorted by name)": what a keystroke was and where.
  static func context(_ stroke: Keystroke, from pane: PaneID, _ state: AppState) -> String {
    let key = stroke.key == .enter ? "Enter (\(stroke.kind.rawValue))" : stroke.key.description
    let place =
      pane == state.pane
      ? "pane \(pane.rawValue) \(pane.key)"
      : "pane \(pane.rawValue) → \(state.pane.rawValue) \(state.pane.key)"
    let sort = state.views.stakeholders.sort.map {
      " (matrix sorted by \($0.field.rawValue)\($0.ascending ? "" : ", reversed"))"
    }
    return "\(key) in \(place)" + (state.pane == .stakeholders ? sort ?? "" : "")
  }

  /// One keystroke's cost, in milliseconds.
  struct Timing {
    var update: Double
    var render: Double
    var total: Double { update + render }
  }

  /// "p50 0.210 · max 0.900 · n=412"
  static func spread(_ samples: Samples) -> String {
    "p50 \(Report.number(samples.median, .milliseconds)) · max "
      + "\(Report.number(samples.max, .milliseconds)) · n=\(samples.count)"
  }

  /// An edit typed in place in the stakeholder matrix (`e`, two characters, Enter) and the
  /// undo of that same edit, timed key by key on successive rows. Returns the edits made.
  mutating func editAndUndoFigures(_ initial: AppState) -> [Edit] {
    var state = initial
    var sink = 0
    func press(_ key: Key) -> (update: Double, total: Double) {
      let start = MonotonicClock.now()
      _ = Workbench.update(&state, .key(key))
      let updated = MonotonicClock.now()
      sink &+= Screen.render(state).cells.count
      let rendered = MonotonicClock.now()
      return (Double(updated &- start) / 1_000_000, Double(rendered &- start) / 1_000_000)
    }
    _ = press(.ctrl("g"))
    _ = press(.char("3"))
    let warmUp = 10
    var editUpdate = Samples()
    var editTotal = Samples()
    var undoUpdate = Samples()
    var undoTotal = Samples()
    var edits: [Edit] = []
    for round in 0..<(warmUp + 100) {
      // F2 keeps the name and adds to it; Enter keeps it and moves to the next row.
      _ = press(.function(2))
      _ = press(.char(" "))
      _ = press(.char("é"))
      let before = state.history.undoStack.count
      let edit = press(.enter)
      guard state.history.undoStack.count == before + 1,
        let made = state.history.undoStack.last?.edit
      else { break }
      let undo = press(.ctrl("z"))
      guard round >= warmUp else { continue }
      edits.append(made)
      editUpdate.add(edit.update)
      editTotal.add(edit.total)
      undoUpdate.add(undo.update)
      undoTotal.add(undo.total)
    }
    if sink == 0 { print("", terminator: "") }
    guard !editUpdate.isEmpty else {
      figures.append(
        Figure("undo.ratio", "undo vs edit: no edit could be made", 0, .ratio))
      return edits
    }
    let ratio = undoUpdate.median / max(editUpdate.median, 1e-9)
    figures += [
      Figure(
        "undo.ratio", "undo ÷ the edit it undoes (update, medians)", ratio, .ratio,
        note: "edit Enter \(Report.number(editUpdate.median, .milliseconds)) ms · undo u "
          + "\(Report.number(undoUpdate.median, .milliseconds)) ms · n=\(editUpdate.count)"),
      Figure(
        "undo.edit", "edit committed (Enter), update + render", editTotal.median, .milliseconds,
        level: 1, note: Self.spread(editTotal)),
      Figure(
        "undo.undo", "undo (u), update + render", undoTotal.median, .milliseconds, level: 1,
        note: Self.spread(undoTotal)),
    ]
    return edits
  }

  /// Appends the session's edits to a recovery journal in the temporary folder, as the
  /// runner does after each edit (no flush: that waits for idle time). Three journals are
  /// written one after the other and each append counts with its fastest of the three, for
  /// the same reason as the keystrokes; the first journal's own worst is reported too.
  mutating func journalFigures(_ edits: [Edit], base: String) throws {
    guard !edits.isEmpty else { return }
    // At least 200 appends, so that the worst is over a real session's worth.
    let count = max(200, edits.count)
    var best = [Double](repeating: .infinity, count: count)
    var firstJournal = Samples()
    var sync = 0.0
    var longest = 0
    for pass in 0..<3 {
      let journal = Journal(planPath: savePath)
      for index in 0..<count {
        let edit = edits[index % edits.count]
        let start = MonotonicClock.now()
        try journal.append(edit, time: Self.timestamp, base: base)
        let milliseconds = MonotonicClock.milliseconds(since: start)
        best[index] = min(best[index], milliseconds)
        if pass == 0 { firstJournal.add(milliseconds) }
      }
      if pass == 0 {
        (_, sync) = MonotonicClock.measure { journal.sync() }
        longest = (try? Self.readFile(journal.path).count) ?? 0
      }
      journal.discard()
    }
    let appends = Samples(best)
    figures += [
      Figure(
        "journal.max", "journal append, worst of \(count) (best of 3 journals)", appends.max,
        .milliseconds, budget: .below(budgets.journalAppend),
        note: "p50 \(Report.number(appends.median, .milliseconds)) · p99 "
          + "\(Report.number(appends.p99, .milliseconds)) · \(longest / (count + 1)) B a line"),
      Figure(
        "journal.first", "first append (creates the file, writes the header)", best[0],
        .milliseconds, level: 1),
      Figure(
        "journal.onePass", "worst append of the first journal alone", firstJournal.max,
        .milliseconds, level: 1, note: "p99 \(Report.number(firstJournal.p99, .milliseconds))"),
      Figure(
        "journal.sync", "fdatasync when idle (not per edit)", sync, .milliseconds, level: 1),
    ]
  }
}
