import EcowerkJSON
import Testing

private func parseNumber(_ literal: String) throws -> JSONValue {
  try JSONParser.parse(literal).value
}

@Test(arguments: [
  ("0", Int64(0)),
  ("-0", 0),
  ("7", 7),
  ("-42", -42),
  ("1234567890123456789", 1_234_567_890_123_456_789),
  ("9223372036854775807", Int64.max),
  ("-9223372036854775808", Int64.min),
  ("9007199254740993", 9_007_199_254_740_993),
])
func wholeNumbersBecomeExactIntegers(literal: String, expected: Int64) throws {
  #expect(try parseNumber(literal) == .integer(expected))
}

@Test(arguments: [
  ("0.1", 0.1),
  ("1e-7", 1e-7),
  ("1E2", 100.0),
  ("1e+2", 100.0),
  ("2.5", 2.5),
  ("-1.5e3", -1500.0),
  ("123.456e-2", 1.23456),
  ("0.30000000000000004", 0.30000000000000004),
  ("3.141592653589793238462643383279", Double.pi),
  ("1.7976931348623157e308", Double.greatestFiniteMagnitude),
  ("2.2250738585072014e-308", 2.2250738585072014e-308),
  ("4.9406564584124654e-324", Double.leastNonzeroMagnitude),
  ("9007199254740993.0", 9_007_199_254_740_992.0),
  ("9007199254740995.0", 9_007_199_254_740_996.0),
  ("1234.5714285714287", 1234.5714285714287),
  ("0.14285714285714285", 1.0 / 7),
  ("7.2057594037927933e16", 72_057_594_037_927_936.0),
  ("0.000000000000000000000000000001", 1e-30),
  ("1e-400", 0.0),
  ("100000000000000000000000000000.0", 1e29),
  ("1.0", 1.0),
  ("0e999999999999", 0.0),
])
func fractionsAndExponentsBecomeCorrectlyRoundedDoubles(literal: String, expected: Double) throws {
  #expect(try parseNumber(literal) == .double(expected))
}

@Test func negativeZeroKeepsItsSign() throws {
  let value = try #require(try parseNumber("-0.0").doubleValue)
  #expect(value == 0 && value.sign == .minus)
  let written = JSONWriter.encode(.double(-0.0), style: .compact)
  #expect(String(decoding: written, as: UTF8.self) == "-0.0")
}

/// SplitMix64: a tiny deterministic generator, so failures reproduce.
private struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

@Test func everyFiniteDoubleReadsBackBitForBit() throws {
  var random = SplitMix64(state: 2024)
  var checked = 0
  while checked < 20_000 {
    let value = Double(bitPattern: random.next())
    guard value.isFinite else { continue }
    var writer = JSONWriter(style: .compact)
    writer.double(value)
    let parsed = try #require(try JSONParser.parse(writer.bytes).value.doubleValue)
    #expect(parsed.bitPattern == value.bitPattern, "\(value)")
    checked += 1
  }
}

@Test func computedDoublesOfEveryDaySizeReadBackBitForBit() throws {
  // Exponents around 2^0, where plan figures live and the Eisel-Lemire path does the work.
  var random = SplitMix64(state: 99)
  for _ in 0..<50_000 {
    let bits = random.next()
    let exponent = UInt64(1023 - 120) + bits % 240
    let value = Double(bitPattern: exponent << 52 | (random.next() & 0x000F_FFFF_FFFF_FFFF))
    var writer = JSONWriter(style: .compact)
    writer.double(bits & 1 == 0 ? value : -value)
    let parsed = try #require(try JSONParser.parse(writer.bytes).value.doubleValue)
    #expect(parsed.bitPattern == (bits & 1 == 0 ? value : -value).bitPattern, "\(value)")
  }
}

@Test func decimalLiteralsMatchTheStandardLibrary() throws {
  var random = SplitMix64(state: 7)
  for _ in 0..<20_000 {
    let digits = Int.random(in: 1...20, using: &random)
    var mantissa = String(Int.random(in: 1...9, using: &random))
    for _ in 1..<digits { mantissa += String(Int.random(in: 0...9, using: &random)) }
    let point = Int.random(in: 1...mantissa.count, using: &random)
    let literal =
      String(mantissa.prefix(point))
      + (point < mantissa.count ? "." + mantissa.dropFirst(point) : "")
      + "e" + String(Int.random(in: -40...40, using: &random))
    let expected = try #require(Double(literal))
    #expect(try parseNumber(literal) == .double(expected), "\(literal)")
  }
}
