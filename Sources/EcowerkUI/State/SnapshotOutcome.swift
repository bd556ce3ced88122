import EcowerkStrings

/// How writing (and perhaps printing) a snapshot went, as the runner reports it.
public enum SnapshotOutcome: Hashable, Sendable {
  /// Written to `path`.
  case written(path: String)
  /// Written to `path` and handed to the default printer.
  case printed(path: String)
  /// Written to `path`, but there is no `lpr` to print with.
  case noPrinter(path: String)
  /// Written to `path`, but `lpr` refused; `reason` is what it said.
  case printerFailed(path: String, reason: String)
  /// Nothing written; `reason` says why (a full disk, a folder that is not there).
  case failed(reason: String)

  /// The status bar's line for this outcome.
  func message(_ strings: Strings) -> StatusMessage {
    switch self {
    case .written(let path):
      return StatusMessage(strings.format("status.snapshotWritten", path))
    case .printed(let path):
      return StatusMessage(strings.format("status.printed", path))
    case .noPrinter(let path):
      return StatusMessage(strings.format("status.noPrinter", path), .warning)
    case .printerFailed(let path, let reason):
      return StatusMessage(strings.format("status.printerFailed", reason, path), .error)
    case .failed(let reason):
      return StatusMessage(strings.format("status.snapshotFailed", reason), .error)
    }
  }
}
