import EcowerkText
import Testing

@Suite("Truncate")
struct TruncateTests {
  @Test(
    "text is cut to the width with an ellipsis, never through a cluster or a wide character",
    arguments: [
      ("Gemeente Enschede", 17, "Gemeente Enschede", 17),
      ("Gemeente Enschede", 40, "Gemeente Enschede", 17),
      ("Gemeente Enschede", 10, "Gemeente \u{2026}", 10),
      ("Gemeente Enschede", 2, "G\u{2026}", 2),
      ("Co\u{F6}peratie Oost-Nederland", 11, "Co\u{F6}peratie\u{2026}", 11),
      ("Coo\u{308}peratie Oost-Nederland", 4, "Coo\u{308}\u{2026}", 4),
      ("\u{EF} \u{EB} \u{E9} \u{FC}", 4, "\u{EF} \u{EB}\u{2026}", 4),
      ("\u{4E2D}\u{6587}\u{5B57}\u{7B26}", 8, "\u{4E2D}\u{6587}\u{5B57}\u{7B26}", 8),
      ("\u{4E2D}\u{6587}\u{5B57}\u{7B26}", 7, "\u{4E2D}\u{6587}\u{5B57}\u{2026}", 7),
      ("\u{4E2D}\u{6587}\u{5B57}\u{7B26}", 5, "\u{4E2D}\u{6587}\u{2026}", 5),
      // 文 would straddle the last column: it is dropped and the caller pads.
      ("\u{4E2D}\u{6587}\u{5B57}\u{7B26}", 4, "\u{4E2D}\u{2026}", 3),
      ("\u{4E2D}\u{6587}\u{5B57}\u{7B26}", 3, "\u{4E2D}\u{2026}", 3),
      ("\u{4E2D}\u{6587}\u{5B57}\u{7B26}", 2, "\u{2026}", 1),
      ("\u{D55C}\u{AD6D}\u{C5B4}", 5, "\u{D55C}\u{AD6D}\u{2026}", 5),
      ("\u{1F331}\u{1F50B}\u{26A1}", 5, "\u{1F331}\u{1F50B}\u{2026}", 5),
      ("\u{1F331}\u{1F50B}\u{26A1}", 4, "\u{1F331}\u{2026}", 3),
      ("\u{1F469}\u{200D}\u{1F527} monteur", 4, "\u{1F469}\u{200D}\u{1F527} \u{2026}", 4),
      ("\u{1F469}\u{200D}\u{1F527} monteur", 2, "\u{2026}", 1),
      ("\u{1F1F3}\u{1F1F1} Nederland", 3, "\u{1F1F3}\u{1F1F1}\u{2026}", 3),
      ("e\u{301}e\u{301}e\u{301}", 3, "e\u{301}e\u{301}e\u{301}", 3),
      ("e\u{301}e\u{301}e\u{301}", 2, "e\u{301}\u{2026}", 2),
    ])
  func truncates(input: String, width: Int, expected: String, expectedWidth: Int) {
    let output = TextLayout.truncate(input, toWidth: width)
    #expect(output == expected)
    #expect(DisplayWidth.of(output) == expectedWidth)
  }

  @Test(
    "one column holds only the ellipsis once the text is wider",
    arguments: [
      "ab", "Gemeente Enschede", "\u{4E2D}", "\u{1F1F3}\u{1F1F1}", "\u{1F469}\u{200D}\u{1F527}",
    ])
  func widthOneShowsEllipsis(input: String) {
    #expect(TextLayout.truncate(input, toWidth: 1) == "\u{2026}")
  }

  @Test("text that fits in one column is kept", arguments: ["a", "e\u{301}", "\u{E9}", ""])
  func widthOneKeepsNarrowText(input: String) {
    #expect(TextLayout.truncate(input, toWidth: 1) == input)
  }

  @Test("no columns means no text", arguments: [0, -1, Int.min])
  func nonPositiveWidthIsEmpty(width: Int) {
    #expect(TextLayout.truncate("Gemeente Enschede", toWidth: width) == "")
    #expect(TextLayout.truncate("\u{4E2D}\u{6587}", toWidth: width) == "")
  }

  @Test("the result never exceeds the width and is a prefix of the input plus an ellipsis")
  func resultAlwaysFits() {
    let samples = [
      "Gemeente Enschede", "Co\u{F6}peratie Oost-Nederland", "\u{4E2D}\u{6587}\u{5B57}\u{7B26}",
      "\u{1F331}\u{1F50B}\u{26A1}", "a\u{4E2D}b\u{1F1F3}\u{1F1F1}c\u{1F469}\u{200D}\u{1F527}",
    ]
    for sample in samples {
      for width in 0...30 {
        let output = TextLayout.truncate(sample, toWidth: width)
        #expect(DisplayWidth.of(output) <= width, "\(sample) at \(width)")
        #expect(sample.hasPrefix(output.hasSuffix("\u{2026}") ? String(output.dropLast()) : output))
      }
    }
  }
}
