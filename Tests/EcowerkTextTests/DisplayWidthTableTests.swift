import Testing

@testable import EcowerkText

@Suite("Display width tables")
struct DisplayWidthTableTests {
  @Test(
    "each table is sorted and has no overlapping ranges, so binary search finds every entry",
    arguments: [DisplayWidth.zeroWidthRanges, DisplayWidth.wideRanges])
  func tableIsSortedAndDisjoint(ranges: [(UInt32, UInt32)]) {
    for (low, high) in ranges {
      #expect(low <= high)
    }
    for (earlier, later) in zip(ranges, ranges.dropFirst()) {
      #expect(earlier.1 < later.0, "\(earlier) then \(later)")
    }
  }

  @Test("no scalar is both zero-width and wide")
  func tablesAreDisjoint() {
    for (low, high) in DisplayWidth.wideRanges {
      for (zeroLow, zeroHigh) in DisplayWidth.zeroWidthRanges {
        #expect(high < zeroLow || zeroHigh < low)
      }
    }
  }

  /// Cross-checks our table against the standard library's own Unicode data, for every scalar
  /// that Unicode 15 already had; later additions are allowed to differ.
  @Test("every Unicode 15 combining mark is zero-width and every emoji presentation is wide")
  func agreesWithStandardLibraryProperties() {
    var marksWithWidth: [UInt32] = []
    var narrowEmoji: [UInt32] = []
    for value in UInt32(0x300)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let properties = scalar.properties
      guard let age = properties.age, age.major < 15 || (age.major == 15 && age.minor == 0)
      else { continue }
      switch properties.generalCategory {
      case .nonspacingMark, .enclosingMark:
        if DisplayWidth.of(scalar) != 0 { marksWithWidth.append(value) }
      default:
        if properties.isEmojiPresentation && DisplayWidth.of(scalar) != 2 {
          narrowEmoji.append(value)
        }
      }
    }
    #expect(marksWithWidth.isEmpty)
    #expect(narrowEmoji.isEmpty)
  }

  @Test("the string shortcut for standalone scalars gives the table's widths")
  func standaloneWidthsMatchTable() {
    var mismatches: [UInt32] = []
    for value in UInt32(0)...0xFFFF {
      guard let scalar = Unicode.Scalar(value),
        let shortcut = DisplayWidth.standaloneWidth(value)
      else { continue }
      if shortcut != DisplayWidth.of(scalar) { mismatches.append(value) }
    }
    #expect(mismatches.isEmpty)
  }
}
