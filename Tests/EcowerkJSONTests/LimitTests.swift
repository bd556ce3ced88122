import EcowerkJSON
import Testing

/// Parses `text` and returns the error's kind and its location, or nil if it parsed.
private func failure(
  _ text: String, _ limits: JSONParser.Limits = .init()
) -> (kind: JSONParseError.Kind, location: Location)? {
  let bytes = Array(text.utf8)
  do {
    _ = try JSONParser.parse(bytes, limits: limits)
    return nil
  } catch {
    return (error.kind, Location(offset: error.offset, in: bytes))
  }
}

private func nestedArrays(_ depth: Int) -> String {
  String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
}

@Test func defaultDepthAllows256LevelsAndRefuses257() throws {
  _ = try JSONParser.parse(nestedArrays(256))
  let refused = try #require(failure(nestedArrays(257)))
  #expect(refused.kind == .tooDeep(limit: 256))
  #expect(refused.location == Location(line: 1, column: 257))
}

@Test(arguments: [1, 2, 5, 40])
func depthLimitIsExactForObjectsAndArrays(limit: Int) throws {
  let limits = JSONParser.Limits(maxDepth: limit)
  func objects(_ depth: Int) -> String {
    String(repeating: "{\"a\":", count: depth - 1) + "{}" + String(repeating: "}", count: depth - 1)
  }
  _ = try JSONParser.parse(objects(limit), limits: limits)
  _ = try JSONParser.parse(nestedArrays(limit), limits: limits)
  let refused = try #require(failure(objects(limit + 1), limits))
  #expect(refused.kind == .tooDeep(limit: limit))
  #expect(refused.location == Location(line: 1, column: 5 * limit + 1))
  #expect(failure(nestedArrays(limit + 1), limits)?.location.column == limit + 1)
}

@Test func depthZeroAllowsOnlyPlainValues() throws {
  let limits = JSONParser.Limits(maxDepth: 0)
  #expect(try JSONParser.parse("\"x\"", limits: limits).value == .string("x"))
  #expect(failure("[]", limits)?.kind == .tooDeep(limit: 0))
}

@Test func deepInputFailsCleanlyInsteadOfOverflowingTheStack() throws {
  let limits = JSONParser.Limits(maxDepth: 1_000)
  let node = try JSONParser.parse(nestedArrays(1_000), limits: limits)
  #expect(node.value.arrayValue?.count == 1)
  let refused = try #require(failure(String(repeating: "[", count: 1_000_000)))
  #expect(refused.kind == .tooDeep(limit: 256))
}

/// A text, the limit it should pass at, and a one-byte-longer variant that must fail.
@Test(arguments: [
  ("\"abc\"", "\"abcd\""),
  ("\"a\\nb\"", "\"a\\nbc\""),
  ("\"éa\"", "\"éab\""),
  ("\"\\u00e9a\"", "\"\\u00e9ab\""),
  ("{\"abc\": 1}", "{\"abcd\": 1}"),
])
func textLimitCountsDecodedBytes(accepted: String, refused: String) throws {
  let limits = JSONParser.Limits(maxStringBytes: 3)
  _ = try JSONParser.parse(accepted, limits: limits)
  let failed = try #require(failure(refused, limits))
  #expect(failed.kind == .textTooLong(limit: 3))
  #expect(failed.location.column == (refused.hasPrefix("{") ? 2 : 1))
}

@Test func defaultTextLimitIsOneMillionBytes() throws {
  let atLimit = "\"" + String(repeating: "x", count: 1_000_000) + "\""
  _ = try JSONParser.parse(atLimit)
  let over = "[\"" + String(repeating: "x", count: 1_000_001) + "\"]"
  let failed = try #require(failure(over))
  #expect(failed.kind == .textTooLong(limit: 1_000_000))
  #expect(failed.location == Location(line: 1, column: 2))
}

@Test(arguments: [0, 1, 3])
func arrayLimitAcceptsNAndRefusesNPlusOne(limit: Int) throws {
  let limits = JSONParser.Limits(maxArrayCount: limit)
  func array(_ count: Int) -> String {
    "{\"list\": [" + (0..<count).map(String.init).joined(separator: ", ") + "]}"
  }
  let node = try JSONParser.parse(array(limit), limits: limits)
  #expect(node.value.objectValue?["list"]?.value.arrayValue?.count == limit)
  let failed = try #require(failure(array(limit + 1), limits))
  #expect(failed.kind == .arrayTooLong(limit: limit))
  #expect(failed.location == Location(line: 1, column: 10))
}

@Test(arguments: [0, 1, 3])
func objectLimitAcceptsNAndRefusesNPlusOne(limit: Int) throws {
  let limits = JSONParser.Limits(maxObjectMembers: limit)
  func object(_ count: Int) -> String {
    "[{" + (0..<count).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + "}]"
  }
  let node = try JSONParser.parse(object(limit), limits: limits)
  #expect(node.value.arrayValue?.first?.value.objectValue?.members.count == limit)
  let failed = try #require(failure(object(limit + 1), limits))
  #expect(failed.kind == .objectTooLarge(limit: limit))
  #expect(failed.location == Location(line: 1, column: 2))
}

@Test func limitsDefaultToTheDocumentedValues() {
  let limits = JSONParser.Limits()
  #expect(limits.maxDepth == 256)
  #expect(limits.maxStringBytes == 1_000_000)
  #expect(limits.maxArrayCount == 1_000_000)
  #expect(limits.maxObjectMembers == 10_000)
}
