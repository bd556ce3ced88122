import EcowerkUI
import Testing

@testable import EcowerkTerminal

/// What the terminal hands over, turned into keys and pastes.
@Suite struct KeyDecoderTests {
  @Test func aPasteKeepsItsLinesAndDropsControlCharacters() {
    var paste = PasteCollector()
    for scalar in "Café\rZoë\n\u{7}end".unicodeScalars { paste.take(scalar.value) }
    #expect(paste.text == "Café\nZoë\nend")
  }

  @Test func aPasteIsCutAtTheLargestTextAPlanHolds() {
    var paste = PasteCollector()
    for _ in 0..<(PasteCollector.limit + 10) { paste.take(UInt32(UnicodeScalar("a").value)) }
    #expect(paste.text.utf8.count == PasteCollector.limit)
  }

  /// In a locale that is not UTF-8 the bytes of a UTF-8 terminal come one by one: they are
  /// put back together, and a byte that starts no sequence reads as Latin-1.
  @Test func bytesOfAUTF8TerminalAreAssembledIntoCharacters() {
    var paste = PasteCollector()
    paste.assemblesBytes = true
    for byte in Array("Café Zoë".utf8) + [0xE9, 0x20, 0xB5] { paste.take(UInt32(byte)) }
    #expect(paste.text.hasPrefix("Café Zoë"))
    #expect(KeyDecoder.utf8Length(lead: 0xC3) == 2)
    #expect(KeyDecoder.utf8Length(lead: 0xF0) == 4)
    #expect(KeyDecoder.utf8Length(lead: 0x41) == nil)
    #expect(KeyDecoder.utf8Character([0xC3, 0xA9]) == "é")
    #expect(KeyDecoder.utf8Character([0xC3]) == nil)
  }

  @Test func shiftedFunctionKeysAreNamedAsPeopleSayThem() {
    #expect(Key.function(15).description == "Shift-F3")
    #expect(Key.function(3).description == "F3")
    #expect(Key.ctrlPageDown.description == "Ctrl-PgDn")
  }
}
