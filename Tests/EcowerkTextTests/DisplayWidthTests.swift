import EcowerkText
import Testing

@Suite("Display width")
struct DisplayWidthTests {
  @Test(
    "a grapheme cluster takes the columns a terminal gives it",
    arguments: [
      ("a", 1),
      ("\u{E9}", 1),  // é precomposed
      ("e\u{301}", 1),  // e + combining acute
      ("\u{EF}", 1),  // ï
      ("\u{EB}", 1),  // ë
      ("\u{AD}", 1),  // soft hyphen, as glibc
      ("\u{2026}", 1),  // …
      ("\u{4E2D}", 2),  // 中
      ("\u{D55C}", 2),  // 한 precomposed
      ("\u{1112}\u{1161}\u{11AB}", 2),  // 한 from conjoining jamo
      ("\u{FF21}", 2),  // fullwidth A
      ("\u{FF71}", 1),  // halfwidth katakana
      ("\u{1F331}", 2),  // 🌱
      ("\u{1F50B}", 2),  // 🔋
      ("\u{26A1}", 2),  // ⚡
      ("\u{1F469}\u{200D}\u{1F527}", 2),  // 👩‍🔧 ZWJ sequence
      ("\u{1F1F3}\u{1F1F1}", 2),  // 🇳🇱 flag
      ("\u{1F3F3}\u{FE0F}\u{200D}\u{1F308}", 2),  // 🏳️‍🌈 starts with a 1-wide base
      ("\u{1F441}\u{200D}\u{1F5E8}", 2),  // 👁‍🗨 joined without U+FE0F
      ("\u{2764}", 1),  // ❤ text presentation by default
      ("\u{2764}\u{FE0F}", 2),  // ❤️ asks for emoji presentation
      ("1\u{FE0F}\u{20E3}", 2),  // 1️⃣ keycap
      ("\u{261D}\u{1F3FD}", 2),  // ☝🏽 skin tone on a 1-wide base
      ("\u{1F44D}\u{1F3FD}", 2),  // 👍🏽
      ("\u{1F321}", 1),  // 🌡 text presentation by default
      ("a\u{FE0F}", 1),  // U+FE0F on a letter changes nothing
      ("\u{200B}", 0),  // zero width space
      ("\u{1B}", 0),  // controls are sanitised before they are measured
    ] as [(Character, Int)])
  func characterWidth(character: Character, expected: Int) {
    #expect(DisplayWidth.of(character) == expected)
  }

  @Test(
    "a lone scalar is measured from the Unicode 15 table",
    arguments: [
      (0x0041, 1), (0x00E9, 1), (0x00AD, 1), (0x0600, 1),
      (0x0000, 0), (0x001B, 0), (0x007F, 0), (0x0085, 0), (0x009B, 0),
      (0x0301, 0), (0x0483, 0), (0x1AB0, 0), (0x1DC0, 0), (0x20D0, 0), (0x20E3, 0),
      (0x200B, 0), (0x200C, 0), (0x200D, 0), (0x2028, 0), (0xFE00, 0), (0xFE0F, 0),
      (0xFE20, 0), (0xFEFF, 0), (0xE0100, 0), (0xE01EF, 0), (0x1160, 0), (0x302A, 0),
      (0x1100, 2), (0x115F, 2), (0x2E80, 2), (0x3000, 2), (0x3041, 2), (0x3400, 2),
      (0x4E00, 2), (0x9FFF, 2), (0xA000, 2), (0xAC00, 2), (0xD7A3, 2), (0xF900, 2),
      (0xFE30, 2), (0xFF01, 2), (0xFFE0, 2), (0x20000, 2), (0x2FFFD, 2), (0x30000, 2),
      (0x3FFFD, 2),
      (0x2614, 2), (0x2615, 2), (0x26A1, 2), (0x26BD, 2), (0x2705, 2), (0x274C, 2),
      (0x2728, 2), (0x1F300, 2), (0x1F64F, 2), (0x1F680, 2), (0x1F90C, 2), (0x1F9FF, 2),
      (0x1F1E6, 2), (0x1F1FF, 2),
      // Unicode 15 says these are narrow, neutral or ambiguous, whatever their neighbours are.
      (0x2600, 1), (0x2764, 1), (0x303F, 1), (0x3248, 1), (0x4DC0, 1), (0xA4D0, 1),
      (0xD7A4, 1), (0xFF61, 1), (0x1F321, 1), (0x2194, 1), (0x21C4, 1), (0x21B5, 1),
      (0x2400, 1), (0xFFFD, 1), (0x1F900, 1), (0x1F90B, 1),
    ] as [(UInt32, Int)])
  func scalarWidth(value: UInt32, expected: Int) throws {
    let scalar = try #require(Unicode.Scalar(value))
    #expect(DisplayWidth.of(scalar) == expected)
  }

  @Test(
    "a string is as wide as its clusters together",
    arguments: [
      ("", 0),
      ("Gemeente Enschede", 17),
      ("Co\u{F6}peratie Oost-Nederland", 25),
      ("Coo\u{308}peratie Oost-Nederland", 25),
      ("\u{EF} \u{EB} \u{E9} \u{FC}", 7),
      ("\u{4E2D}\u{6587}\u{5B57}\u{7B26}", 8),  // 中文字符
      ("\u{D55C}\u{AD6D}\u{C5B4}", 6),  // 한국어
      ("\u{1F331}\u{1F50B}\u{26A1}", 6),  // 🌱🔋⚡
      ("\u{1F469}\u{200D}\u{1F527}", 2),
      ("\u{1F1F3}\u{1F1F1}", 2),
      ("e\u{301}", 1),
      ("Zon\u{1F331} & wind", 12),
      ("a\u{1B}b", 2),
      ("a\r\nb", 2),
    ])
  func stringWidth(string: String, expected: Int) {
    #expect(DisplayWidth.of(string) == expected)
  }

  @Test("a substring is measured like the string it came from")
  func substringWidth() {
    let text = "Plan: \u{4E2D}\u{6587} \u{1F1F3}\u{1F1F1}"
    let tail = text.dropFirst(6)
    #expect(DisplayWidth.of(tail) == 7)
    #expect(DisplayWidth.of(tail) == DisplayWidth.of(String(tail)))
  }

  @Test("a string's width is the sum of its characters' widths")
  func stringWidthIsSumOfCharacters() {
    let samples = [
      "Gemeente Enschede", "Co\u{F6}peratie", "\u{4E2D}\u{6587}abc", "\u{1F469}\u{200D}\u{1F527}x",
      "e\u{301}e\u{301}", "\u{1F1F3}\u{1F1F1}\u{1F1E7}\u{1F1EA}", "tab\tstop",
    ]
    for sample in samples {
      let sum = sample.reduce(0) { $0 + DisplayWidth.of($1) }
      #expect(DisplayWidth.of(sample) == sum, "\(sample)")
    }
  }

  /// The string measure skips the grapheme walk where it can; random mixes of scalars that join
  /// (marks, ZWJ, jamo, flags, CR LF, Indic virama) check that the shortcut never changes a sum.
  @Test("a string measures the same as its clusters for any mix of joining scalars")
  func shortcutsAgreeWithClusterWalk() {
    let pool = [
      "a", " ", "\r", "\n", "\u{1B}", "\u{AD}", "\u{E9}", "e", "\u{301}", "\u{308}", "\u{2014}",
      "\u{2019}", "\u{20AC}", "\u{A9}", "\u{FE0F}", "\u{200D}", "\u{1F469}", "\u{1F527}",
      "\u{1F1F3}", "\u{1F1F1}", "\u{4E2D}", "\u{D55C}", "\u{1112}", "\u{1161}", "\u{11AB}",
      "\u{3042}", "\u{3099}", "\u{1F3FD}", "\u{2764}", "\u{915}", "\u{94D}", "\u{937}",
      "\u{600}", "1", "\u{20E3}", "\u{85}",
    ]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<3000 {
      var sample = ""
      for _ in 0..<8 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        sample += pool[Int(state >> 33) % pool.count]
      }
      let sum = sample.reduce(0) { $0 + DisplayWidth.of($1) }
      #expect(DisplayWidth.of(sample) == sum, "\(sample.unicodeScalars.map(\.value))")
      let tail = sample.dropFirst(2)
      #expect(DisplayWidth.of(tail) == tail.reduce(0) { $0 + DisplayWidth.of($1) })
    }
  }
}
