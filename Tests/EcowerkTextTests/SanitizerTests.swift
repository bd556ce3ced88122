import EcowerkText
import Testing

@Suite("Sanitizer")
struct SanitizerTests {
  @Test(
    "a single line shows every control as a visible symbol",
    arguments: [
      ("\u{1B}[2J", "\u{241B}[2J"),  // clear screen → ␛[2J
      ("\u{1B}]0;pwned\u{7}", "\u{241B}]0;pwned\u{2407}"),  // set title, BEL → ␇
      ("\u{0}", "\u{2400}"),  // ␀
      ("\u{1F}", "\u{241F}"),
      ("a\tb", "a\u{2409}b"),  // ␉
      ("\u{7F}", "\u{2421}"),  // ␡
      ("\u{9B}2J", "\u{FFFD}2J"),  // C1 CSI
      ("\u{80}\u{85}\u{9F}", "\u{FFFD}\u{FFFD}\u{FFFD}"),
      ("regel 1\nregel 2", "regel 1\u{21B5}regel 2"),
      ("regel 1\r\nregel 2", "regel 1\u{21B5}regel 2"),  // CR LF is one break
      ("100%\rOK", "100%\u{21B5}OK"),  // a lone CR would overprint
      ("a\r\r\nb", "a\u{21B5}\u{21B5}b"),
      ("eind\r", "eind\u{21B5}"),
      ("a\u{2028}b\u{2029}c", "a\u{21B5}b\u{21B5}c"),
    ])
  func lineReplacesControls(input: String, expected: String) {
    #expect(Sanitizer.line(input) == expected)
  }

  @Test(
    "bidi controls become a visible one-column placeholder",
    arguments: [
      ("abc\u{202E}fed", "abc\u{21C4}fed"),  // RLO: Trojan Source
      ("\u{202A}\u{202B}\u{202C}\u{202D}", "\u{21C4}\u{21C4}\u{21C4}\u{21C4}"),
      ("\u{2066}x\u{2067}y\u{2068}z\u{2069}", "\u{21C4}x\u{21C4}y\u{21C4}z\u{21C4}"),
      ("\u{200E}\u{200F}\u{061C}", "\u{21C4}\u{21C4}\u{21C4}"),
    ])
  func lineMakesBidiControlsVisible(input: String, expected: String) {
    let output = Sanitizer.line(input)
    #expect(output == expected)
    #expect(DisplayWidth.of(output) == output.count)
  }

  @Test(
    "multi-line text keeps line feeds and turns CR LF into a line feed",
    arguments: [
      ("regel 1\nregel 2", "regel 1\nregel 2"),
      ("regel 1\r\nregel 2\r\n", "regel 1\nregel 2\n"),
      ("kop\r\n\r\nalinea", "kop\n\nalinea"),
      ("100%\rOK", "100%\u{21B5}OK"),
      ("\u{1B}[31mrood\u{1B}[0m\n", "\u{241B}[31mrood\u{241B}[0m\n"),
      ("\u{9B}\u{202E}\t\u{7F}", "\u{FFFD}\u{21C4}\u{2409}\u{2421}"),
      ("a\u{2028}b", "a\u{21B5}b"),
    ])
  func textKeepsLineBreaks(input: String, expected: String) {
    #expect(Sanitizer.text(input) == expected)
  }

  @Test(
    "clean text passes through unchanged",
    arguments: [
      "", "Gemeente Enschede", "Co\u{F6}peratie Oost-Nederland", "\u{EF} \u{EB} \u{E9} \u{FC}",
      "\u{4E2D}\u{6587}\u{5B57}\u{7B26}", "\u{D55C}\u{AD6D}\u{C5B4}", "\u{1F331}\u{1F50B}\u{26A1}",
      "\u{1F469}\u{200D}\u{1F527}", "\u{1F1F3}\u{1F1F1}", "e\u{301}",
      // Neighbours of replaced characters in UTF-8: NBSP, U+2027, ZWJ, U+202F, U+2065, U+206A.
      "\u{A0}\u{2027}\u{200D}\u{202F}\u{2065}\u{206A}\u{061B}\u{200B}",
    ])
  func cleanTextIsUnchanged(input: String) {
    #expect(!Sanitizer.needsSanitizing(input))
    #expect(Sanitizer.line(input) == input)
    #expect(Sanitizer.text(input) == input)
  }

  @Test("clean text is handed back as the same storage, not a copy")
  func cleanTextIsNotCopied() {
    let input = "Co\u{F6}peratie Oost-Nederland: zon, wind en warmte"
    let output = Sanitizer.line(input)
    let inputAddress = input.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
    let outputAddress = output.utf8.withContiguousStorageIfAvailable { $0.baseAddress }
    #expect(inputAddress != nil)
    #expect(inputAddress == outputAddress)
  }

  @Test(
    "needsSanitizing flags exactly what line would change",
    arguments: [
      ("\u{1B}[2J", true), ("\u{9B}", true), ("\u{202E}", true), ("\u{7F}", true),
      ("a\nb", true), ("\r", true), ("\u{2029}", true), ("\u{200F}", true), ("\u{061C}", true),
      ("Enschede", false), ("\u{1F1F3}\u{1F1F1}", false),
    ])
  func needsSanitizingMatchesLine(input: String, expected: Bool) {
    #expect(Sanitizer.needsSanitizing(input) == expected)
    #expect((Sanitizer.line(input) != input) == expected)
  }

  @Test("the byte scan and the rewrite agree on every scalar up to U+3000")
  func byteScanAgreesWithRewrite() {
    var disagreements: [UInt32] = []
    for value in UInt32(0)...0x3000 {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let single = String(Character(scalar))
      if Sanitizer.needsSanitizing(single) != (Sanitizer.line(single) != single) {
        disagreements.append(value)
      }
    }
    #expect(disagreements.isEmpty)
  }

  @Test("sanitised text never contains a control character")
  func outputHasNoControls() {
    var all = String.UnicodeScalarView()
    for value in UInt32(0)...0x2100 {
      if let scalar = Unicode.Scalar(value) { all.append(scalar) }
    }
    let input = String(all)
    for output in [Sanitizer.line(input), Sanitizer.text(input)] {
      let leaked = output.unicodeScalars.filter { scalar in
        let category = scalar.properties.generalCategory
        return (category == .control && scalar != "\n") || scalar.properties.isBidiControl
      }
      #expect(leaked.isEmpty)
    }
    #expect(!Sanitizer.line(input).contains("\n"))
  }
}
