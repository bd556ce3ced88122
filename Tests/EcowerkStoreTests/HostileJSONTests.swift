import EcowerkFixtures
import EcowerkJSON
import EcowerkModel
import EcowerkStore
import Testing

/// A saved plan (and `print --format json`, which is the same bytes) shown with `cat`, `less -R`
/// or in a diff cannot drive a terminal or hide text: with a hostile string in every text
/// field and every id, the file holds no raw control character, DEL, C1 control, separator or
/// bidi control — they are written as `\uXXXX` — and reading it back gives the same strings.
@Suite struct HostileJSONTests {
  /// Control characters other than the line feed (which only the layout uses; a line feed in
  /// a text is written `\n`), DEL, C1, the separators and the bidi controls.
  static func rawScalars(in bytes: [UInt8]) -> [UInt32] {
    String(decoding: bytes, as: UTF8.self).unicodeScalars.map(\.value).filter { value in
      switch value {
      case 0x0A: return false
      case 0x00...0x1F, 0x7F...0x9F, 0x2028...0x202E, 0x2066...0x2069, 0x061C, 0x200E, 0x200F:
        return true
      default: return false
      }
    }
  }

  static func plan(_ hostile: String) -> Plan {
    HostileStrings.renamingIDs(
      HostileStrings.filling(FixturePlans.rich(), with: hostile), with: hostile)
  }

  @Test(arguments: HostileStrings.all)
  func theSavedPlanHoldsNoRawControlAndReadsBackTheSame(_ hostile: String) throws {
    let plan = Self.plan(hostile)
    let bytes = PlanFile.encode(plan)
    #expect(Self.rawScalars(in: bytes).isEmpty, "\(Self.rawScalars(in: bytes).prefix(5))")
    let read = try PlanFile.decode(bytes, file: "hostile.ecowerk.json")
    #expect(read == plan)
    #expect(PlanFile.encode(read) == bytes, "saving again gives the same bytes")
    // The careful reader (the one that locates errors) reads the escapes the same way.
    #expect(try PlanFile.decodeCarefully(bytes, file: "hostile.ecowerk.json") == plan)
  }

  /// The figure for the README: how many hidden characters the hostile plans carry into their
  /// files — every one written as an escape, none raw.
  @Test func everyHiddenCharacterOfTheHostilePlansIsEscaped() throws {
    let hiddenEscape = try Regex(
      #"\\u(007f|008[0-9a-f]|009[0-9a-f]|061c|200e|200f|202[8-9a-e]|206[6-9])"#)
    var escaped = 0
    var raw = 0
    for hostile in HostileStrings.all {
      let text = String(decoding: PlanFile.encode(Self.plan(hostile)), as: UTF8.self)
      escaped += text.matches(of: hiddenEscape).count
      raw += Self.rawScalars(in: Array(text.utf8)).count
    }
    #expect(raw == 0)
    #expect(escaped > 1_000, "\(escaped)")
    print("hostile plans in JSON: \(escaped) hidden characters escaped, \(raw) raw")
  }
}
