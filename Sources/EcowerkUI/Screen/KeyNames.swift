import EcowerkStrings

/// Texts that name a key say it as the keymap in use has it: `{key:add}` in a string becomes
/// `Ins` with the workshop keys and `a` with the vim keys, so no message tells a facilitator to
/// press a letter that would only type.
public enum KeyNames {
  /// `text` with every `{key:command}` replaced by that command's key in `pane`; a command
  /// without a key of its own is named as the palette entry it is (`Ctrl-K “save as”`), or
  /// as the command line has it where a key opens the command line (`:w FILE`).
  public static func fill(_ text: String, _ keymap: Keymap, pane: PaneID, strings: Strings)
    -> String
  {
    guard text.contains("{key:") else { return text }
    var result = ""
    var rest = Substring(text)
    while let open = rest.firstRange(of: "{key:") {
      result += rest[..<open.lowerBound]
      guard let close = rest[open.upperBound...].firstIndex(of: "}") else { break }
      let name = String(rest[open.upperBound..<close])
      result += label(name, keymap, pane: pane, strings: strings)
      rest = rest[rest.index(after: close)...]
    }
    return result + rest
  }

  static func label(_ name: String, _ keymap: Keymap, pane: PaneID, strings: Strings) -> String {
    guard let command = Command.allCases.first(where: { $0.description == name }) else {
      return name
    }
    if let key = keymap.keyLabel(for: command, in: pane) { return key }
    if strings.has("colon.\(command)"), let colon = keymap.keyLabel(for: .commandLine, in: pane) {
      return colon + strings["colon.\(command)"]
    }
    let palette = keymap.keyLabel(for: .palette, in: pane) ?? ":"
    return "\(palette) “\(strings[command.hintKey])”"
  }
}

extension AppState {
  /// A text of the string table with its `{key:…}` names filled in for this keymap and pane.
  func keyed(_ text: String) -> String {
    KeyNames.fill(text, settings.keymap, pane: pane, strings: strings)
  }
}
