import EcowerkText

/// A one-line text editor: the search box, the command line and every in-place cell edit.
///
/// The text is kept as grapheme clusters, so the cursor never lands inside an accented letter
/// or an emoji, and the visible window is measured in display columns.
public struct LineEditor: Hashable, Sendable {
  public private(set) var characters: [Character]
  /// Index into `characters` where the next character is inserted.
  public private(set) var cursor: Int

  public init(_ text: String = "") {
    characters = Array(text)
    cursor = characters.count
  }

  public var text: String { String(characters) }

  /// What an editing key did.
  public enum Outcome: Equatable, Sendable {
    case edited
    case unhandled
  }

  /// Applies an editing key: typing, and the text keys of the keymaps (cursor keys,
  /// Home/End, Backspace/Delete and the readline keys Ctrl-A/E/U/K/W/B/F/D/H).
  public mutating func handle(_ key: Key) -> Outcome {
    if case .char(let character) = key {
      insert(character)
      return .edited
    }
    guard let command = Keymap.vim.command(for: key, in: [.text]) else { return .unhandled }
    return perform(command) ? .edited : .unhandled
  }

  /// Carries out a typing command; false when it is not one.
  public mutating func perform(_ command: Command) -> Bool {
    switch command {
    case .cursorLeft:
      cursor = max(0, cursor - 1)
    case .cursorRight:
      cursor = min(characters.count, cursor + 1)
    case .cursorHome:
      cursor = 0
    case .cursorEnd:
      cursor = characters.count
    case .deleteBackward:
      guard cursor > 0 else { break }
      characters.remove(at: cursor - 1)
      cursor -= 1
    case .deleteForward:
      guard cursor < characters.count else { break }
      characters.remove(at: cursor)
    case .deleteToStart:
      characters.removeSubrange(0..<cursor)
      cursor = 0
    case .deleteToEnd:
      characters.removeSubrange(cursor...)
    case .deleteWord:
      deleteWordBackwards()
    default:
      return false
    }
    return true
  }

  public mutating func insert(_ text: String) {
    for character in text { insert(character) }
  }

  mutating func insert(_ character: Character) {
    // Newlines and other controls never enter a one-line field: a paste of several lines
    // becomes one line with spaces.
    if character.isNewline
      || character.unicodeScalars.allSatisfy({ $0.value < 0x20 || $0.value == 0x7F })
    {
      characters.insert(" ", at: cursor)
    } else {
      characters.insert(character, at: cursor)
    }
    cursor += 1
  }

  private mutating func deleteWordBackwards() {
    var start = cursor
    while start > 0, characters[start - 1] == " " { start -= 1 }
    while start > 0, characters[start - 1] != " " { start -= 1 }
    characters.removeSubrange(start..<cursor)
    cursor = start
  }

  /// The part of the text to show in `width` columns so that the cursor is visible, and the
  /// cursor's column within it.
  public func window(width: Int) -> (text: String, cursorColumn: Int) {
    guard width > 1 else { return ("", 0) }
    let widths = characters.map { DisplayWidth.of(Sanitizer.line(String($0))) }
    let before = widths[..<cursor].reduce(0, +)
    // Keep one column free for the cursor at the end.
    var start = 0
    var skipped = 0
    while before - skipped > width - 1, start < cursor {
      skipped += widths[start]
      start += 1
    }
    var shown = ""
    var used = 0
    var index = start
    while index < characters.count, used + widths[index] <= width {
      shown.append(characters[index])
      used += widths[index]
      index += 1
    }
    return (shown, before - skipped)
  }
}
