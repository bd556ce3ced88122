import EcowerkText
import Glibc

/// Standard output and standard error. Every line the command line writes goes through the
/// sanitiser: a plan, a spreadsheet or a file name arriving by e-mail must not be able to drive
/// the terminal of the person who runs ecowerk (an escape sequence in a CSV header reached it
/// raw once, through the "columns not read" line).
enum Console {
  /// Text for standard output, line breaks kept, every line sanitised.
  static func output(_ text: String) {
    write(Array(Sanitizer.text(text).utf8), to: STDOUT_FILENO)
  }

  /// A snapshot's bytes as its format renders them: the renderers escape text from the plan
  /// for their format (visible symbols in text, entities in HTML, `\uXXXX` in JSON), and
  /// sanitising here would corrupt a format that is not text.
  static func output(_ bytes: [UInt8]) {
    write(bytes, to: STDOUT_FILENO)
  }

  static func error(_ line: String) {
    write(Array((Sanitizer.line(line) + "\n").utf8), to: STDERR_FILENO)
  }

  /// Writes everything, retrying short writes; a closed pipe simply ends the output.
  private static func write(_ bytes: [UInt8], to fd: Int32) {
    var done = 0
    while done < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        Glibc.write(fd, buffer.baseAddress.map { $0 + done }, bytes.count - done)
      }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 { return }
      done += count
    }
  }
}

/// The exit statuses the README promises.
enum ExitStatus {
  static let success: Int32 = 0
  static let failure: Int32 = 1
  static let usage: Int32 = 2
}

/// The process's environment as a dictionary.
enum ProcessEnvironment {
  static var current: [String: String] {
    var result: [String: String] = [:]
    var pointer = environ
    while let entry = pointer.pointee {
      let text = String(cString: entry)
      if let equals = text.firstIndex(of: "=") {
        result[String(text[..<equals])] = String(text[text.index(after: equals)...])
      }
      pointer += 1
    }
    return result
  }
}
