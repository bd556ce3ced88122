import EcowerkStore

/// Why a size could not be measured, in words.
struct BenchError: Error {
  var message: String

  init(_ message: String) {
    self.message = message
  }

  /// The readable text of any error the benchmark meets: the store's located messages, the
  /// terminal's and the file system's reasons.
  static func describe(_ error: any Error) -> String {
    switch error {
    case let error as BenchError: return error.message
    case let error as StoreError: return error.description
    case let error as TerminalProbe.Failure: return error.reason
    case let error as TempFolder.Failure: return error.reason
    case let error as ChildProcess.Failure: return error.reason
    default: return "an unexpected error"
    }
  }
}
