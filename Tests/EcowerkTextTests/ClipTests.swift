import EcowerkText
import Testing

@Suite("Clip")
struct ClipTests {
  @Test(
    "a window of columns is cut out of the text for horizontal scrolling",
    arguments: [
      ("Gemeente Enschede", 0, 8, "Gemeente"),
      ("Gemeente Enschede", 9, 8, "Enschede"),
      ("Gemeente Enschede", 15, 10, "de"),
      ("Gemeente Enschede", 17, 5, ""),
      ("Gemeente Enschede", 40, 5, ""),
      ("Gemeente Enschede", -3, 4, "Geme"),
      ("Gemeente Enschede", 4, 1, "e"),
      ("Co\u{F6}peratie", 2, 3, "\u{F6}pe"),
      ("Coo\u{308}peratie", 2, 3, "o\u{308}pe"),
      ("e\u{301}xyz", 0, 2, "e\u{301}x"),
      ("e\u{301}xyz", 1, 2, "xy"),
      ("\u{4E2D}\u{6587}\u{5B57}\u{7B26}", 2, 4, "\u{6587}\u{5B57}"),
      ("\u{4E2D}\u{6587}\u{5B57}\u{7B26}", 0, 3, "\u{4E2D}"),
      ("\u{D55C}\u{AD6D}\u{C5B4}", 2, 4, "\u{AD6D}\u{C5B4}"),
      ("\u{1F331}\u{1F50B}\u{26A1}", 2, 2, "\u{1F50B}"),
      ("\u{1F469}\u{200D}\u{1F527}!", 2, 5, "!"),
      ("\u{1F1F3}\u{1F1F1}NL", 2, 1, "N"),
    ])
  func clips(input: String, skip: Int, width: Int, expected: String) {
    let output = TextLayout.clip(input, skippingColumns: skip, width: width)
    #expect(output == expected)
    #expect(DisplayWidth.of(output) <= width)
  }

  @Test(
    "a wide character cut by the left edge becomes a space, keeping later columns in place",
    arguments: [
      ("\u{4E2D}\u{6587}\u{5B57}\u{7B26}", 1, 5, " \u{6587}\u{5B57}"),
      ("\u{4E2D}\u{6587}\u{5B57}\u{7B26}", 1, 4, " \u{6587}"),
      ("\u{4E2D}\u{6587}\u{5B57}\u{7B26}", 3, 3, " \u{5B57}"),
      ("\u{4E2D}\u{6587}\u{5B57}\u{7B26}", 1, 1, " "),
      ("\u{D55C}\u{AD6D}\u{C5B4}", 5, 2, " "),
      ("\u{1F331}\u{1F50B}\u{26A1}", 1, 3, " \u{1F50B}"),
      ("\u{1F1F3}\u{1F1F1}NL", 1, 2, " N"),
      ("\u{1F469}\u{200D}\u{1F527}ok", 1, 3, " ok"),
    ])
  func leftEdgeBecomesSpace(input: String, skip: Int, width: Int, expected: String) {
    #expect(TextLayout.clip(input, skippingColumns: skip, width: width) == expected)
  }

  @Test("no columns means no text", arguments: [0, -2])
  func nonPositiveWidthIsEmpty(width: Int) {
    #expect(TextLayout.clip("Gemeente Enschede", skippingColumns: 2, width: width) == "")
    #expect(TextLayout.clip("\u{4E2D}\u{6587}", skippingColumns: 1, width: width) == "")
  }

  @Test("scrolling column by column keeps the window within its width")
  func windowsAlwaysFit() {
    let sample = "Zon\u{1F331} \u{4E2D}\u{6587} Co\u{F6}peratie \u{1F1F3}\u{1F1F1} e\u{301}nd"
    let total = DisplayWidth.of(sample)
    for width in 1...6 {
      for skip in 0...total {
        let output = TextLayout.clip(sample, skippingColumns: skip, width: width)
        let outputWidth = DisplayWidth.of(output)
        #expect(outputWidth <= width)
        // At most one column goes missing, and only where a wide character meets the right edge.
        #expect(outputWidth >= min(width, total - skip) - 1)
      }
    }
  }
}
