import Testing

@testable import EcowerkJSON

/// SplitMix64, for reproducible random mantissas.
private struct Seeded: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Test func eiselLemireAgreesWithTheStandardLibraryWheneverItAnswers() throws {
  var random = Seeded(state: 5)
  var answered = 0
  let total = 100_000
  for _ in 0..<total {
    let digits = UInt64.random(in: 1...19, using: &random)
    var limit: UInt64 = 1
    for _ in 0..<digits { limit = limit &* 10 }
    let mantissa = UInt64.random(in: 1...(limit - 1), using: &random)
    let exponent = Int.random(in: EiselLemire.minExponent...EiselLemire.maxExponent, using: &random)
    let expected = try #require(Double("\(mantissa)e\(exponent)"))
    if let result = EiselLemire.double(mantissa: mantissa, exponent: exponent) {
      answered += 1
      #expect(result.bitPattern == expected.bitPattern, "\(mantissa)e\(exponent)")
    }
  }
  // Declining is allowed (the parser then falls back), but it must be rare.
  #expect(answered > total * 99 / 100)
}

/// Inputs the method must leave to the fallback: an exact tie between two doubles, and
/// exponents beyond its table.
private let declinedInputs: [(UInt64, Int)] = [
  (9_007_199_254_740_993, 0),
  (1, EiselLemire.maxExponent + 1),
  (1, EiselLemire.minExponent - 1),
  (0, 0),
]

@Test(arguments: declinedInputs)
func eiselLemireDeclinesTiesAndOutOfTableInputs(mantissa: UInt64, exponent: Int) {
  #expect(EiselLemire.double(mantissa: mantissa, exponent: exponent) == nil)
}

@Test func eiselLemireHandlesExactPowers() {
  #expect(EiselLemire.double(mantissa: 1, exponent: 0) == 1)
  // Short exact values may be declined (the parser's exact path handles those first).
  #expect([nil, 0.5].contains(EiselLemire.double(mantissa: 5, exponent: -1)))
  #expect(EiselLemire.double(mantissa: 17, exponent: 42) == 17e42)
  #expect(EiselLemire.double(mantissa: 1, exponent: -64) == 1e-64)
}
