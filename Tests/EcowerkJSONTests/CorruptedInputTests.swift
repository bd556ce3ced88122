import EcowerkJSON
import Testing

/// A deterministic generator (SplitMix64), so a failing case can be reproduced.
private struct Mix64: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

private let seedDocument = Array(
  #"""
  {
    "naam": "Gemeente Enschede — ë, ï, é",
    "getallen": [0, -12, 3.5e2, 1e-7, 9223372036854775807],
    "tekst": "tab\t quote\" slash\\ \u00e9 \uD83D\uDE00",
    "leeg": {}, "lijst": [[], [true, false, null]]
  }
  """#.utf8)

/// Bytes that make interesting corruptions: structure, escapes, digits and broken UTF-8.
private let interestingBytes: [UInt8] =
  Array("{}[]\":,\\-+.eE0u \n".utf8) + [
    0x00, 0x80, 0xC3, 0xED,
    0xF4, 0xFF,
  ]

@Test func corruptedFilesNeverCrashAndErrorsPointInsideTheFile() throws {
  var random = Mix64(state: 42)
  var rejected = 0
  for _ in 0..<20_000 {
    var bytes = seedDocument
    for _ in 0..<Int.random(in: 1...4, using: &random) {
      let index = Int.random(in: 0..<bytes.count, using: &random)
      let byte = interestingBytes.randomElement(using: &random) ?? 0
      switch Int.random(in: 0..<3, using: &random) {
      case 0: bytes[index] = byte
      case 1: bytes.insert(byte, at: index)
      default: bytes.removeSubrange(index..<min(bytes.count, index + 3))
      }
      if bytes.isEmpty { bytes = [byte] }
    }
    bytes = Array(bytes.prefix(Int.random(in: 1...bytes.count, using: &random)))
    do {
      let node = try JSONParser.parse(bytes)
      #expect(try JSONParser.parse(JSONWriter.encode(node.value)) == node)
    } catch {
      rejected += 1
      #expect(error.offset >= 0 && error.offset <= bytes.count)
      #expect(!error.message.isEmpty)
    }
  }
  #expect(rejected > 10_000)
}
