import EcowerkReport
import EcowerkStore
import EcowerkStrings
import EcowerkUI
import Glibc

/// Writes the workbench's snapshots: beside the plan (or in `--snapshots DIR`), named after
/// the plan with the date and time, never over an earlier snapshot; and hands the text to
/// `lpr` when asked to print.
struct SnapshotWriter {
  /// The plan's file; its folder and name decide where the snapshot goes and what it is called.
  var planPath: String
  /// `--snapshots DIR`, when given.
  var folder: String?
  var environment: [String: String]
  /// The session's language, for the reasons a snapshot was not written or printed.
  var strings: Strings

  func write(_ bytes: [UInt8], format: SnapshotFormat, stamp: String, printer: Bool)
    -> SnapshotOutcome
  {
    let target = folder ?? FilePath.folder(of: planPath)
    if access(target, F_OK) != 0 && mkdir(target, 0o755) != 0 {
      return .failed(
        reason: strings.describe(
          StoreError(.notSaved, file: target, problem: .cannotMakeFolder(SystemError()))))
    }
    let path = freePath(in: target, stamp: stamp, fileExtension: format.fileExtension)
    do {
      try PlanStore.write(bytes, to: path, keepBackup: false)
    } catch {
      return .failed(reason: reason(error))
    }
    guard printer else { return .written(path: path) }
    guard let lpr = Self.find("lpr", in: environment["PATH"] ?? "/usr/bin:/bin") else {
      return .noPrinter(path: path)
    }
    return Printer.send(path, with: lpr).map { .printerFailed(path: path, reason: words($0)) }
      ?? .printed(path: path)
  }

  /// Why the snapshot was not written: the status bar already says it was NOT written, so a
  /// failed step is named without the save's own "NOT saved".
  func reason(_ error: StoreError) -> String {
    guard case .saveFailed(let step, let system) = error.problem else {
      return strings.describe(error)
    }
    return error.location + strings.words(step) + ": " + strings.words(system)
  }

  /// What `lpr` refused with, in words.
  func words(_ refusal: Printer.Refusal) -> String {
    switch refusal {
    case .system(let system): return strings.words(system)
    case .said(let text): return text
    case .exit(let status): return strings.format("printer.exit", status)
    }
  }

  /// `plan-2026-11-29-1432.txt`, or `plan-2026-11-29-1432-2.txt` when that exists already.
  func freePath(in folder: String, stamp: String, fileExtension: String) -> String {
    let base = (folder == "." ? "" : folder + "/") + Self.stem(of: planPath) + "-" + stamp
    var candidate = base + "." + fileExtension
    var number = 2
    while access(candidate, F_OK) == 0 {
      candidate = base + "-\(number)." + fileExtension
      number += 1
    }
    return candidate
  }

  /// The plan's file name without its folder and without `.ecowerk.json` / `.json`.
  static func stem(of path: String) -> String {
    var name = FilePath.name(of: path)
    for suffix in [".ecowerk.json", ".json"] where name.hasSuffix(suffix) {
      name.removeLast(suffix.count)
      break
    }
    return name.isEmpty ? "plan" : name
  }

  /// The first executable called `name` on the search path.
  static func find(_ name: String, in searchPath: String) -> String? {
    for folder in searchPath.split(separator: ":") where !folder.isEmpty {
      let candidate = "\(folder)/\(name)"
      if access(candidate, X_OK) == 0 { return candidate }
    }
    return nil
  }
}
