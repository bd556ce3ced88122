import EcowerkText
import Testing

@Suite("Pad")
struct PadTests {
  @Test(
    "padded text fills exactly the width with the requested alignment",
    arguments: [
      ("Enschede", 12, TextLayout.Alignment.left, "Enschede    "),
      ("Enschede", 12, .right, "    Enschede"),
      ("Enschede", 12, .center, "  Enschede  "),
      ("Enschede", 11, .center, " Enschede  "),
      ("Enschede", 8, .center, "Enschede"),
      ("Gemeente Enschede", 10, .left, "Gemeente \u{2026}"),
      ("\u{EF} \u{EB} \u{E9} \u{FC}", 9, .right, "  \u{EF} \u{EB} \u{E9} \u{FC}"),
      ("e\u{301}", 3, .left, "e\u{301}  "),
      ("\u{4E2D}\u{6587}\u{5B57}\u{7B26}", 7, .left, "\u{4E2D}\u{6587}\u{5B57}\u{2026}"),
      ("\u{4E2D}\u{6587}\u{5B57}\u{7B26}", 4, .left, "\u{4E2D}\u{2026} "),
      ("\u{4E2D}\u{6587}\u{5B57}\u{7B26}", 4, .right, " \u{4E2D}\u{2026}"),
      ("\u{4E2D}\u{6587}\u{5B57}\u{7B26}", 9, .center, "\u{4E2D}\u{6587}\u{5B57}\u{7B26} "),
      ("\u{D55C}\u{AD6D}\u{C5B4}", 7, .right, " \u{D55C}\u{AD6D}\u{C5B4}"),
      ("\u{1F331}\u{1F50B}\u{26A1}", 5, .left, "\u{1F331}\u{1F50B}\u{2026}"),
      ("\u{1F1F3}\u{1F1F1}", 5, .center, " \u{1F1F3}\u{1F1F1}  "),
      ("\u{1F469}\u{200D}\u{1F527}", 3, .right, " \u{1F469}\u{200D}\u{1F527}"),
      ("\u{4E2D}", 1, .left, "\u{2026}"),
      ("", 3, .center, "   "),
    ])
  func pads(input: String, width: Int, alignment: TextLayout.Alignment, expected: String) {
    let output = TextLayout.pad(input, toWidth: width, alignment: alignment)
    #expect(output == expected)
    #expect(DisplayWidth.of(output) == width)
  }

  @Test("left is the default alignment")
  func defaultsToLeft() {
    #expect(TextLayout.pad("Oost", toWidth: 6) == "Oost  ")
  }

  @Test("no columns means no text", arguments: [0, -4])
  func nonPositiveWidthIsEmpty(width: Int) {
    #expect(TextLayout.pad("Enschede", toWidth: width, alignment: .center) == "")
  }

  @Test(
    "every width from 1 to 20 is filled exactly",
    arguments: [TextLayout.Alignment.left, .right, .center])
  func alwaysExactWidth(alignment: TextLayout.Alignment) {
    let samples = [
      "Co\u{F6}peratie Oost-Nederland", "\u{4E2D}\u{6587}\u{5B57}\u{7B26}",
      "\u{1F331}\u{1F50B}\u{26A1}", "\u{1F469}\u{200D}\u{1F527} en \u{1F1F3}\u{1F1F1}",
    ]
    for sample in samples {
      for width in 1...20 {
        let output = TextLayout.pad(sample, toWidth: width, alignment: alignment)
        #expect(DisplayWidth.of(output) == width, "\(sample) at \(width)")
      }
    }
  }
}
