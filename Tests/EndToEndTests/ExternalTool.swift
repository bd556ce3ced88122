import Foundation

/// Programs we did not write, to check our files with: Python's `zipfile` and XML parser,
/// and LibreOffice, which opens a workbook the way a partner's office program does. `.ci/run`
/// installs both; suites that need one are skipped with a message where it is missing.
enum ExternalTool {
  static func find(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") + ["/usr/bin"] {
      let candidate = "\(folder)/\(name)"
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }

  static let python = find("python3")
  static let libreOffice = find("soffice")

  struct Failed: Error, CustomStringConvertible {
    var description: String
  }

  /// Runs `tool` and returns its standard output; a non-zero exit is an error with its
  /// standard error.
  @discardableResult
  static func run(_ tool: String?, _ arguments: [String], in folder: String? = nil) throws
    -> String
  {
    guard let tool else { throw Failed(description: "not installed") }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Failed(description: String(decoding: errData, as: UTF8.self))
    }
    return String(decoding: outData, as: UTF8.self)
  }

  /// Converts `file` with LibreOffice (`--convert-to FILTER`) into `folder`, with a profile
  /// of its own so that conversions running at the same time do not meet.
  static func convert(_ file: String, to filter: String, into folder: String, input: String? = nil)
    throws
  {
    let profile = "file://" + folder + "/lo-profile-" + UUID().uuidString.prefix(8)
    var arguments = ["-env:UserInstallation=" + profile, "--headless"]
    if let input { arguments.append("--infilter=" + input) }
    arguments += ["--convert-to", filter, "--outdir", folder, file]
    try run(libreOffice, arguments)
  }
}
