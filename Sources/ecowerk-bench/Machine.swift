import Glibc

/// The machine the figures were measured on, printed above them: a figure means little
/// without the cores and CPU behind it.
struct Machine {
  var cores: Int
  var cpu: String
  var system: String
  /// The 1, 5 and 15 minute load averages: on a shared machine they explain noisy figures.
  var loadAverage: String

  static func current() -> Machine {
    let cpu =
      SystemFile.lines("/proc/cpuinfo")
      .first { $0.hasPrefix("model name") }
      .flatMap { $0.split(separator: ":", maxSplits: 1).last }
      .map { $0.trimmingCharacters() } ?? "unknown CPU"
    var name = utsname()
    uname(&name)
    let kernel = [name.sysname, name.release, name.machine].map(Self.string).joined(separator: " ")
    let distribution =
      SystemFile.lines("/etc/os-release")
      .first { $0.hasPrefix("PRETTY_NAME=") }
      .map { String($0.dropFirst("PRETTY_NAME=".count)).filter { $0 != "\"" } }
    return Machine(
      cores: sysconf(Int32(_SC_NPROCESSORS_ONLN)), cpu: cpu,
      system: distribution.map { "\($0), \(kernel)" } ?? kernel,
      loadAverage: (SystemFile.read("/proc/loadavg") ?? "").split(separator: " ").prefix(3)
        .joined(separator: " "))
  }

  /// A fixed-size C string field of `utsname` as a Swift string.
  private static func string<T>(_ field: T) -> String {
    withUnsafeBytes(of: field) { raw in
      String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
    }
  }
}
