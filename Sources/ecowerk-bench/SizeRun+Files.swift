import EcowerkModel
import EcowerkStore
import EcowerkUI
import Glibc

/// Load, save and the first frame, each repeated for a median after a warm-up run.
extension SizeRun {
  /// The save the session ends with; it also puts a file in place, so the timed saves below
  /// replace an existing plan and keep a backup, as every save after the first does.
  mutating func firstSave(_ plan: Plan) throws {
    (_, firstSave) = try MonotonicClock.measure { try PlanStore.save(plan, to: savePath) }
  }

  mutating func loadFigures() throws {
    var reads = Samples()
    var bytes: [UInt8] = []
    for run in 0...size.repetitions {
      let (read, milliseconds) = try MonotonicClock.measure { try Self.readFile(planPath) }
      if run > 0 { reads.add(milliseconds) }
      bytes = read
    }
    var decodes = Samples()
    var decodeCPU = Samples()
    var validations = Samples()
    for run in 0...size.repetitions {
      let (plan, decode, cpu) = try MonotonicClock.measureWithCPU {
        try PlanFile.decode(bytes, file: planPath)
      }
      let (violations, validate) = MonotonicClock.measure { plan.violations() }
      guard violations.isEmpty else { throw BenchError("the plan has violations") }
      guard run > 0 else { continue }
      decodes.add(decode)
      decodeCPU.add(cpu)
      validations.add(validate)
    }
    let runs = "median of \(decodes.count)"
    figures += [
      Figure("file.bytes", "file size", Double(bytes.count), .bytes),
      Figure(
        "load.decode", "load: PlanFile.decode (parse + validate), \(runs)", decodes.median,
        .milliseconds, budget: .atMost(budgets.load), note: Self.oneOff(decodes, decodeCPU)),
      Figure(
        "load.parse", "of which JSON parse + read into a Plan",
        max(0, decodes.median - validations.median), .milliseconds, level: 1),
      Figure(
        "load.validate", "of which Plan.violations()", validations.median, .milliseconds,
        level: 1),
      Figure("load.read", "file read (open + read), \(runs)", reads.median, .milliseconds),
      Figure(
        "load.total", "read + decode", reads.median + decodes.median, .milliseconds, level: 1),
    ]
  }

  /// "min 0.61 · max 0.98 · cpu 0.60": the spread of a repeated one-off operation and its
  /// median CPU time, which a busy machine does not inflate.
  static func oneOff(_ wall: Samples, _ cpu: Samples) -> String {
    "min \(Report.number(wall.min, .milliseconds)) · max \(Report.number(wall.max, .milliseconds))"
      + " · cpu \(Report.number(cpu.median, .milliseconds))"
  }

  /// The whole file, read with the same calls the store makes (open, fstat, read).
  static func readFile(_ path: String) throws -> [UInt8] {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw BenchError("cannot open \(path)") }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw BenchError("cannot stat \(path)") }
    var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
    var done = 0
    while done < bytes.count {
      let count = bytes.withUnsafeMutableBytes { buffer in
        read(fd, buffer.baseAddress.map { $0 + done }, buffer.count - done)
      }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else { throw BenchError("cannot read \(path)") }
      done += count
    }
    return bytes
  }

  mutating func saveFigures(_ plan: Plan) throws {
    var saves = Samples()
    var saveCPU = Samples()
    var encodes = Samples()
    var verifies = Samples()
    var writes = Samples()
    for run in 0...size.repetitions {
      let (_, save, cpu) = try MonotonicClock.measureWithCPU {
        try PlanStore.save(plan, to: savePath)
      }
      let (bytes, encode) = MonotonicClock.measure { PlanFile.encode(plan) }
      let (_, verify) = try MonotonicClock.measure {
        try PlanFile.encodeForSaving(plan, file: savePath)
      }
      let (_, write) = try MonotonicClock.measure { try PlanStore.write(bytes, to: savePath) }
      guard run > 0 else { continue }
      saves.add(save)
      saveCPU.add(cpu)
      encodes.add(encode)
      verifies.add(max(0, verify - encode))
      writes.add(write)
    }
    figures += [
      Figure(
        "save.durable",
        "save: PlanStore.save (encode + read back + durable write), median of "
          + "\(saves.count)", saves.median, .milliseconds, budget: .atMost(budgets.save),
        note: Self.oneOff(saves, saveCPU) + " (the CPU is idle while fsync waits)"),
      Figure("save.encode", "of which PlanFile.encode", encodes.median, .milliseconds, level: 1),
      Figure(
        "save.verify", "of which reading it back as the loader does (what is saved opens)",
        verifies.median, .milliseconds, level: 1),
      Figure(
        "save.write", "of which write + fsync + backup link + rename + fsync folder",
        writes.median, .milliseconds, level: 1,
        note: "max \(Report.number(writes.max, .milliseconds))"),
      Figure("save.first", "first save (creates the file)", firstSave, .milliseconds, level: 1),
    ]
  }

  /// The first frame of every pane at 120×40: the state built for the plan, the pane chosen,
  /// the resize handled (which lays the pane out), and the pane rendered into the cell grid.
  mutating func firstFrameFigures(_ start: Start) {
    func fresh(_ pane: PaneID) -> AppState {
      var state = AppState(
        plan: start.plan, filePath: planPath, rubric: start.rubric, size: Self.screen,
        settings: settings())
      state.pane = pane
      _ = Workbench.update(&state, .resize(Self.screen))
      return state
    }
    var sink = 0
    var built = Samples()
    var panes: [(PaneID, Samples, Samples)] = []
    for run in 0...size.repetitions {
      let (state, milliseconds) = MonotonicClock.measure { fresh(.overview) }
      sink &+= state.version
      if run > 0 { built.add(milliseconds) }
    }
    for pane in PaneID.allCases {
      var frames = Samples()
      var cpus = Samples()
      for run in 0...size.repetitions {
        let (grid, milliseconds, cpu) = MonotonicClock.measureWithCPU {
          Screen.render(fresh(pane))
        }
        sink &+= grid.cells.count
        guard run > 0 else { continue }
        frames.add(milliseconds)
        cpus.add(cpu)
      }
      panes.append((pane, frames, cpus))
    }
    if sink == 0 { print("", terminator: "") }
    let worst = panes.max { $0.1.median < $1.1.median } ?? (.overview, Samples(), Samples())
    figures.append(
      Figure(
        "firstFrame.worst",
        "first frame: state + render, worst pane (median of "
          + "\(worst.1.count))", worst.1.median, .milliseconds,
        budget: .atMost(budgets.firstFrame),
        note: "pane \(worst.0.rawValue) \(worst.0.key) · " + Self.oneOff(worst.1, worst.2)))
    figures.append(
      Figure(
        "firstFrame.state", "AppState + update(.resize)", built.median, .milliseconds, level: 1))
    for (pane, frames, cpus) in panes {
      figures.append(
        Figure(
          "firstFrame.pane\(pane.rawValue)", "pane \(pane.rawValue) \(pane.key)",
          frames.median, .milliseconds, level: 1, note: Self.oneOff(frames, cpus)))
    }
  }
}
