import Foundation

/// Python 3, for checking our files with an implementation we did not write (`zipfile`,
/// `zlib`, `xml.etree`). `.ci/run` installs it; a machine without it skips these checks with
/// a message rather than passing them silently.
enum Python {
  static var path: String? {
    for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
    {
      let candidate = "\(folder)/python3"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  struct Failed: Error, CustomStringConvertible {
    var description: String
  }

  /// Runs `script` with `input` on standard input and returns standard output.
  static func run(_ script: String, input: [UInt8] = [], arguments: [String] = []) throws -> String
  {
    guard let path else { throw Failed(description: "python3 is not installed") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = ["-c", script] + arguments
    let inputFile = NSTemporaryDirectory() + "ecowerk-python-" + UUID().uuidString
    try Data(input).write(to: URL(fileURLWithPath: inputFile))
    defer { try? FileManager.default.removeItem(atPath: inputFile) }
    let stdout = Pipe()
    let stderr = Pipe()
    process.standardInput = FileHandle(forReadingAtPath: inputFile)
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    let error = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Failed(description: String(decoding: error, as: UTF8.self))
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Bytes from a script that prints them as hex.
  static func bytes(_ script: String) throws -> [UInt8] {
    Hex.bytes(try run(script).trimmingCharacters(in: .whitespacesAndNewlines))
  }
}
