import EcowerkStrings
import EcowerkUI
import Glibc

/// Which keymap the workbench uses, kept per user: `--keys`, else `ECOWERK_KEYS`, else the
/// line `keys = vim` (or `workshop`) in `$XDG_CONFIG_HOME/ecowerk/config` (by default
/// `~/.config/ecowerk/config`), else the workshop keymap.
struct KeymapChoice {
  var name: Keymap.Name
  /// Something about the config file the user should know (it could not be read, a line was
  /// not understood); shown in the status bar, since nothing is wrong enough to stop for.
  var notice: String?

  /// The config file is a few lines by hand; anything bigger is not one.
  static let maxConfigBytes = 64 * 1024

  /// A bad `ECOWERK_KEYS` is a usage error, like a bad `--keys`: it was set on purpose.
  static func resolve(
    option: Keymap.Name?, environment: [String: String], strings: Strings
  ) throws(UsageError) -> KeymapChoice {
    if let option { return KeymapChoice(name: option) }
    if let value = environment["ECOWERK_KEYS"], !value.isEmpty {
      guard let name = Keymap.Name(rawValue: value.lowercased()) else {
        throw UsageError("usage.badKeysVariable", value)
      }
      return KeymapChoice(name: name)
    }
    guard let path = configPath(environment) else { return KeymapChoice(name: .workshop) }
    var choice = fromConfig(path, strings: strings)
    // Named as people write it: ~/.config/ecowerk/config, which fits the status bar.
    if let home = environment["HOME"], home.count > 1, path.hasPrefix(home + "/"),
      let notice = choice.notice
    {
      choice.notice = notice.replacing(path, with: "~" + path.dropFirst(home.count))
    }
    return choice
  }

  /// `$XDG_CONFIG_HOME/ecowerk/config`, or `$HOME/.config/ecowerk/config`; an XDG folder
  /// that is not absolute is ignored, as the XDG base directory spec says.
  static func configPath(_ environment: [String: String]) -> String? {
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") {
      return xdg + "/ecowerk/config"
    }
    guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
    return home + "/.config/ecowerk/config"
  }

  /// Reads the config file: `key = value` lines, `#` comments. A missing file is the normal
  /// case; one that cannot be read or says something else leaves the default and a notice.
  static func fromConfig(_ path: String, strings: Strings) -> KeymapChoice {
    var choice = KeymapChoice(name: .workshop)
    let text: String
    switch readConfig(path, strings) {
    case .missing: return choice
    case .unreadable(let reason):
      choice.notice = strings.format("config.unreadable", path, reason)
      return choice
    case .text(let contents): text = contents
    }
    for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    {
      let content =
        line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        .first.map { $0.trimmingSpaces } ?? ""
      guard !content.isEmpty else { continue }
      let parts = content.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces }
      guard parts.count == 2, parts[0] == "keys" else {
        choice.notice = strings.format("config.badLine", path, number + 1, content)
        continue
      }
      guard let name = Keymap.Name(rawValue: parts[1].lowercased()) else {
        choice.notice = strings.format("config.badKeys", path, number + 1, parts[1])
        continue
      }
      choice.name = name
    }
    return choice
  }

  enum ConfigFile {
    case missing
    case unreadable(String)
    case text(String)
  }

  /// The file's text: a regular file of at most `maxConfigBytes` bytes in UTF-8, opened
  /// without blocking, so that a FIFO or a device put in its place cannot hang the start.
  static func readConfig(_ path: String, _ strings: Strings) -> ConfigFile {
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else {
      return errno == ENOENT || errno == ENOTDIR
        ? .missing : .unreadable(String(cString: strerror(errno)))
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
      return .unreadable(strings["config.notRegular"])
    }
    guard info.st_size <= maxConfigBytes else { return .unreadable(strings["config.tooLarge"]) }
    var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
    let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
    guard count >= 0 else { return .unreadable(String(cString: strerror(errno))) }
    guard let text = String(validating: bytes.prefix(count), as: UTF8.self) else {
      return .unreadable(strings["config.notText"])
    }
    return .text(text)
  }
}

extension Substring {
  fileprivate var trimmingSpaces: String {
    var text = self
    while let first = text.first, first == " " || first == "\t" || first == "\r" {
      text.removeFirst()
    }
    while let last = text.last, last == " " || last == "\t" || last == "\r" { text.removeLast() }
    return String(text)
  }
}
