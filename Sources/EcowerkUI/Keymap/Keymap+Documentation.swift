import EcowerkStrings

extension Keymap {
  /// The key table for the README, generated from the bindings, so the README cannot drift
  /// from what the keys do (a test compares the two).
  public func markdownTable(_ strings: Strings) -> String {
    var lines: [String] = []
    for line in HelpScreen.lines(self, strings) {
      if line.isTitle {
        lines += ["", "**\(line.text)**", "", "| keys | what it does |", "|---|---|"]
      } else if !line.keys.isEmpty {
        // Words in place of keys ("letters, digits", "(palette)") are not code.
        let keys =
          line.keysAreWords
          ? line.keys
          : line.keys.split(separator: ",").map {
            "`\($0.trimmingCharacters(in: " "))`"
          }.joined(separator: " ")
        lines.append("| \(keys) | \(line.text.replacingOccurrences(of: "|", with: "\\|")) |")
      }
    }
    return lines.drop { $0.isEmpty }.joined(separator: "\n") + "\n"
  }
}

extension Substring {
  fileprivate func trimmingCharacters(in set: String) -> String {
    var text = self
    while let first = text.first, set.contains(first) { text.removeFirst() }
    while let last = text.last, set.contains(last) { text.removeLast() }
    return String(text)
  }
}

extension String {
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: Character(target), omittingEmptySubsequences: false).joined(
      separator: replacement)
  }
}
