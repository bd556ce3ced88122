import Glibc

/// Small text files of the system (`/proc`, `/etc`), read whole.
enum SystemFile {
  static func read(_ path: String) -> String? {
    guard let file = fopen(path, "r") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4_096)
    while true {
      let count = fread(&buffer, 1, buffer.count, file)
      if count <= 0 { break }
      bytes += buffer.prefix(count)
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func lines(_ path: String) -> [Substring] {
    (read(path) ?? "").split(separator: "\n")
  }

  /// A `Key:   1234 kB` line of `/proc/self/status` in megabytes (10^6 bytes).
  static func statusMegabytes(_ key: String) -> Double? {
    guard let line = lines("/proc/self/status").first(where: { $0.hasPrefix(key + ":") }),
      let kilobytes = line.split(separator: " ").compactMap({ Double($0) }).first
    else { return nil }
    return kilobytes * 1_024 / 1_000_000
  }
}

extension Substring {
  /// Without the spaces and tabs around it: `/proc/cpuinfo` pads its values with both.
  func trimmingCharacters() -> String {
    String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
  }
}
