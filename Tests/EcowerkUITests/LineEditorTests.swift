import EcowerkUI
import Testing

@Suite struct LineEditorTests {
  @Test func typingAndCursorKeysEditAtTheCursor() {
    var editor = LineEditor("Enschede")
    _ = editor.handle(.home)
    for character in "Gemeente " { _ = editor.handle(.char(character)) }
    #expect(editor.text == "Gemeente Enschede")
    _ = editor.handle(.end)
    _ = editor.handle(.backspace)
    _ = editor.handle(.left)
    _ = editor.handle(.delete)
    #expect(editor.text == "Gemeente Ensche")
  }

  @Test func readlineKeysWork() {
    var editor = LineEditor("Provincie Overijssel")
    _ = editor.handle(.ctrl("w"))
    #expect(editor.text == "Provincie ")
    _ = editor.handle(.ctrl("a"))
    _ = editor.handle(.ctrl("k"))
    #expect(editor.text == "")
    editor = LineEditor("abc")
    _ = editor.handle(.left)
    _ = editor.handle(.ctrl("u"))
    #expect(editor.text == "c" && editor.cursor == 0)
    _ = editor.handle(.ctrl("e"))
    #expect(editor.cursor == 1)
  }

  @Test func theCursorNeverLandsInsideAnAccentedLetterOrEmoji() {
    var editor = LineEditor("coöp👩‍🔧")
    _ = editor.handle(.backspace)
    #expect(editor.text == "coöp")
    _ = editor.handle(.left)
    _ = editor.handle(.backspace)
    #expect(editor.text == "cop")
  }

  @Test func controlCharactersAndNewlinesBecomeSpaces() {
    var editor = LineEditor()
    editor.insert("regel 1\nregel\u{1B}2")
    #expect(editor.text == "regel 1 regel 2")
  }

  @Test func theWindowKeepsTheCursorVisibleInDisplayColumns() {
    let editor = LineEditor("中文中文中文abc")
    let window = editor.window(width: 6)
    #expect(window.cursorColumn <= 5)
    #expect(window.text.hasSuffix("abc"))
    #expect(LineEditor("kort").window(width: 20) == ("kort", 4))
  }

  @Test func unknownKeysAreLeftToTheCaller() {
    var editor = LineEditor("x")
    #expect(editor.handle(.function(5)) == .unhandled)
    #expect(editor.handle(.tab) == .unhandled)
    #expect(editor.text == "x")
  }
}
