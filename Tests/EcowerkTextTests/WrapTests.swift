import EcowerkText
import Testing

@Suite("Wrap")
struct WrapTests {
  @Test(
    "words flow onto lines no wider than the width",
    arguments: [
      ("", 10, [""]),
      ("Gemeente Enschede", 17, ["Gemeente Enschede"]),
      ("Gemeente Enschede", 10, ["Gemeente", "Enschede"]),
      ("Gemeente Enschede", 5, ["Gemee", "nte", "Ensch", "ede"]),
      ("Co\u{F6}peratie Oost-Nederland", 25, ["Co\u{F6}peratie Oost-Nederland"]),
      ("Co\u{F6}peratie Oost-Nederland", 16, ["Co\u{F6}peratie Oost-", "Nederland"]),
      ("Co\u{F6}peratie Oost-Nederland", 12, ["Co\u{F6}peratie", "Oost-", "Nederland"]),
      ("Doel: CO2-reductie", 10, ["Doel: CO2-", "reductie"]),
      ("op 2024-05-01 klaar", 10, ["op", "2024-05-01", "klaar"]),
      ("\u{EF} \u{EB} \u{E9} \u{FC}", 3, ["\u{EF} \u{EB}", "\u{E9} \u{FC}"]),
      ("\u{4E2D}\u{6587}\u{5B57}\u{7B26}", 5, ["\u{4E2D}\u{6587}", "\u{5B57}\u{7B26}"]),
      ("\u{4E2D}\u{6587}\u{5B57}\u{7B26}", 3, ["\u{4E2D}", "\u{6587}", "\u{5B57}", "\u{7B26}"]),
      (
        "\u{D55C}\u{AD6D}\u{C5B4} \u{D14D}\u{C2A4}\u{D2B8}", 7,
        ["\u{D55C}\u{AD6D}\u{C5B4}", "\u{D14D}\u{C2A4}\u{D2B8}"]
      ),
      ("\u{1F331}\u{1F50B}\u{26A1}", 4, ["\u{1F331}\u{1F50B}", "\u{26A1}"]),
      ("\u{1F331}\u{1F50B}\u{26A1}", 3, ["\u{1F331}", "\u{1F50B}", "\u{26A1}"]),
      (
        "\u{1F469}\u{200D}\u{1F527} en \u{1F1F3}\u{1F1F1}", 5,
        ["\u{1F469}\u{200D}\u{1F527} en", "\u{1F1F3}\u{1F1F1}"]
      ),
      ("e\u{301}e\u{301}e\u{301}", 2, ["e\u{301}e\u{301}", "e\u{301}"]),
    ])
  func wraps(input: String, width: Int, expected: [String]) {
    let lines = TextLayout.wrap(input, width: width)
    #expect(lines == expected)
    for line in lines {
      #expect(DisplayWidth.of(line) <= width)
    }
  }

  @Test(
    "line feeds are paragraph breaks and blank lines survive",
    arguments: [
      ("Plan\n\nDoel: CO2-reductie", 10, ["Plan", "", "Doel: CO2-", "reductie"]),
      ("a\n", 5, ["a", ""]),
      ("\n", 5, ["", ""]),
      ("a\r\nb", 5, ["a", "b"]),
      ("kort\nlange regel hier", 6, ["kort", "lange", "regel", "hier"]),
    ])
  func keepsParagraphs(input: String, width: Int, expected: [String]) {
    #expect(TextLayout.wrap(input, width: width) == expected)
  }

  @Test(
    "spaces at a break are dropped, spaces inside a line and indentation are kept",
    arguments: [
      ("woord   woord", 20, ["woord   woord"]),
      ("een  twee", 4, ["een", "twee"]),
      ("  ingesprongen tekst", 14, ["  ingesprongen", "tekst"]),
      ("eind   ", 10, ["eind"]),
      ("   ", 10, [""]),
    ])
  func handlesSpaces(input: String, width: Int, expected: [String]) {
    #expect(TextLayout.wrap(input, width: width) == expected)
  }

  @Test(
    "at width 1 a wide character becomes an ellipsis so every line still fits",
    arguments: [
      ("\u{4E2D}\u{6587}", ["\u{2026}", "\u{2026}"]),
      ("a\u{4E2D}b", ["a", "\u{2026}", "b"]),
      ("ab c", ["a", "b", "c"]),
      ("e\u{301}\u{E9}", ["e\u{301}", "\u{E9}"]),
    ])
  func widthOne(input: String, expected: [String]) {
    #expect(TextLayout.wrap(input, width: 1) == expected)
  }

  @Test("no columns gives a single empty line", arguments: [0, -1])
  func nonPositiveWidth(width: Int) {
    #expect(TextLayout.wrap("Gemeente Enschede", width: width) == [""])
  }

  @Test("every line fits and no text is lost, at every width from 1 to 30")
  func linesAlwaysFit() {
    let samples = [
      "Co\u{F6}peratie Oost-Nederland werkt samen met Gemeente Enschede aan warmte.",
      "\u{4E2D}\u{6587}\u{5B57}\u{7B26} en \u{D55C}\u{AD6D}\u{C5B4} door elkaar heen",
      "\u{1F331}\u{1F50B}\u{26A1} \u{1F469}\u{200D}\u{1F527}\u{1F1F3}\u{1F1F1} e\u{301}n twee",
    ]
    for sample in samples {
      let letters = sample.filter { $0 != " " && DisplayWidth.of($0) == 1 }
      for width in 1...30 {
        let lines = TextLayout.wrap(sample, width: width)
        for line in lines {
          #expect(DisplayWidth.of(line) <= width, "\(sample) at \(width): \(line)")
          #expect(!line.hasSuffix(" "))
        }
        let kept = lines.joined().filter { $0 != " " && DisplayWidth.of($0) == 1 }
        if width > 1 {
          #expect(kept == letters, "\(sample) at \(width)")
        }
      }
    }
  }
}
