/// The language of everything ecowerk says: the workbench, messages and printed snapshots.
public enum Language: String, CaseIterable, Sendable {
  case dutch = "nl"
  case english = "en"

  /// The language the environment asks for: `LC_ALL`, then `LC_MESSAGES`, then `LANG`, the
  /// first one that is set and not empty; `nl…` means Dutch, anything else English.
  public static func fromEnvironment(_ environment: [String: String]) -> Language {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[name], !value.isEmpty {
        return value.lowercased().hasPrefix("nl") ? .dutch : .english
      }
    }
    return .english
  }

  /// Reads `nl` / `en` (and `dutch`, `nederlands`, `english`) as given to `--lang`.
  public init?(argument: String) {
    switch argument.lowercased() {
    case "nl", "nl_nl", "dutch", "nederlands": self = .dutch
    case "en", "en_gb", "en_us", "english", "engels": self = .english
    default: return nil
    }
  }
}
