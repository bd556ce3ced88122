import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import Glibc

/// `--edit-loop PATH`: the victim of the test that kills the workbench's way of working at
/// random moments. It opens the plan at PATH (the `MoveScript` plan), makes the script's moves
/// one by one, journals each exactly as the workbench does, and saves every few moves with the
/// workbench's save (which records the version in the journal, replaces the plan, then
/// removes the journal) — until it is killed.
///
/// It says on standard output what it has done, a line at a time, written before it goes on:
/// `j N W` after the Nth move was appended (W is 1 when the journal is whole, 0 when a write
/// failed and the move is only in memory), `s N` after a save of the first N moves. A pause
/// of a few milliseconds between the save's rename and the journal's removal (an injected
/// delay, nothing else changes) makes kills land in that window often.
enum EditLoop {
  static func run(path: String) -> Int32 {
    let script = MoveScript()
    let loaded: (plan: Plan, bytes: [UInt8])
    do {
      loaded = try PlanStore.loadFile(path)
    } catch {
      return Bench.fail(BenchError.describe(error))
    }
    var moves = script.moves(from: loaded.plan)
    var fingerprint = Journal.fingerprint(loaded.bytes)
    let journal = Journal(planPath: path)
    journal.faults = { operation in
      if operation == .retire { usleep(25_000) }
      return nil
    }
    var count = 0
    while true {
      let edit = moves.next()
      count += 1
      let whole = (try? journal.append(edit, time: "t\(count)", base: fingerprint)) != nil
      say("j \(count) \(whole ? 1 : 0)\n")
      if !whole { usleep(1_000) }  // a full disk: go on more slowly, as a person would
      guard count % 5 == 0 else { continue }
      do {
        let bytes = try PlanFile.encodeForSaving(moves.plan, file: path)
        try PlanStore.save(bytes, to: path, keepBackup: true, retiring: journal)
        fingerprint = Journal.fingerprint(bytes)
        say("s \(count)\n")
      } catch {
        // A full disk: the edits stay in memory and in the journal, as in the workbench.
      }
    }
  }

  /// One line on standard output, unbuffered, so the test sees it even after a kill.
  private static func say(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
  }
}
