/// Reads a JSON document front to back, value by value, without building a tree: the fast way
/// to turn a large, well-formed file into typed values.
///
/// It is strict in the same way as `JSONParser` (it uses the same scanner for strings, numbers
/// and words) but it does not explain: at anything unexpected it throws `Unexpected`, and the
/// caller reads the file again with `JSONParser`, whose errors say where and what.
public struct JSONPull: ~Copyable {
  /// Something the fast reader does not handle; read the file with `JSONParser` instead.
  public struct Unexpected: Error, Sendable {
    public init() {}
  }

  private var scanner: JSONScanner
  private var depth = 0
  private let maxDepth: Int

  /// Reads `input`, which must stay valid while the reader is used.
  public init(_ input: UnsafeBufferPointer<UInt8>, limits: JSONParser.Limits) throws(Unexpected) {
    scanner = JSONScanner(input: input, limits: limits)
    maxDepth = limits.maxDepth
    do {
      try scanner.checkStartOfFile()
    } catch {
      throw Unexpected()
    }
    scanner.skipWhitespace()
  }

  /// The byte offset the reader is at (for tests).
  public var offset: Int { scanner.position }

  private mutating func expect(_ byte: UInt8) throws(Unexpected) {
    scanner.skipWhitespace()
    guard scanner.position < scanner.end, scanner.input[scanner.position] == byte else {
      throw Unexpected()
    }
    scanner.position += 1
  }

  @inline(__always)
  private mutating func peek() -> UInt8? {
    scanner.skipWhitespace()
    return scanner.position < scanner.end ? scanner.input[scanner.position] : nil
  }

  /// `{`; then call `nextKey` until it returns nil.
  public mutating func beginObject() throws(Unexpected) {
    try expect(UInt8(ascii: "{"))
    depth += 1
    if depth > maxDepth { throw Unexpected() }
  }

  /// The next key of the object (its value comes next), or nil at its `}`. `first` is the
  /// caller's flag for this object, true before the first key.
  public mutating func nextKey(_ first: inout Bool) throws(Unexpected) -> String? {
    guard var byte = peek() else { throw Unexpected() }
    if byte == UInt8(ascii: "}") {
      scanner.position += 1
      depth -= 1
      return nil
    }
    if !first {
      guard byte == UInt8(ascii: ",") else { throw Unexpected() }
      scanner.position += 1
      guard let next = peek() else { throw Unexpected() }
      byte = next
    }
    first = false
    guard byte == UInt8(ascii: "\"") else { throw Unexpected() }
    let key: String
    do {
      key = try scanner.parseString(quote: scanner.position)
    } catch {
      throw Unexpected()
    }
    // Files ecowerk writes have `": "` right after the key.
    if scanner.position + 1 < scanner.end, scanner.input[scanner.position] == UInt8(ascii: ":"),
      scanner.input[scanner.position + 1] == UInt8(ascii: " ")
    {
      scanner.position += 2
    } else {
      try expect(UInt8(ascii: ":"))
    }
    return key
  }

  /// `[`; then call `nextElement` before each element until it returns false.
  public mutating func beginArray() throws(Unexpected) {
    try expect(UInt8(ascii: "["))
    depth += 1
    if depth > maxDepth { throw Unexpected() }
  }

  /// Whether another element follows (then read it), or false at the `]`.
  public mutating func nextElement(_ first: inout Bool) throws(Unexpected) -> Bool {
    guard let byte = peek() else { throw Unexpected() }
    if byte == UInt8(ascii: "]") {
      scanner.position += 1
      depth -= 1
      return false
    }
    if !first {
      guard byte == UInt8(ascii: ",") else { throw Unexpected() }
      scanner.position += 1
      guard let next = peek(), next != UInt8(ascii: "]") else { throw Unexpected() }
    }
    first = false
    return true
  }

  /// Whether the next value is `null`; if so it is read.
  public mutating func skipNull() -> Bool {
    guard peek() == UInt8(ascii: "n"), scanner.matches("null", at: scanner.position),
      scanner.endOfWord(from: scanner.position) == scanner.position + 4
    else { return false }
    scanner.position += 4
    return true
  }

  /// The next value, which must be a string, number, `true`, `false` or `null`.
  public mutating func scalar() throws(Unexpected) -> JSONValue {
    guard let byte = peek(), byte != UInt8(ascii: "{"), byte != UInt8(ascii: "[") else {
      throw Unexpected()
    }
    do {
      return try scanner.parseScalar(at: scanner.position).value
    } catch {
      throw Unexpected()
    }
  }

  /// The next value, which must be a scalar, and for a number with a fraction or an exponent
  /// the decimal places it is written with (see `JSONNumberText`); 0 for anything else.
  public mutating func scalarWithDecimalPlaces() throws(Unexpected) -> (JSONValue, Int) {
    _ = peek()
    let start = scanner.position
    let value = try scalar()
    guard case .double = value else { return (value, 0) }
    return (value, JSONNumberText.decimalPlaces(in: scanner.input, at: start) ?? 0)
  }

  /// The next value as text.
  public mutating func string() throws(Unexpected) -> String {
    guard let text = try stringOrNull() else { throw Unexpected() }
    return text
  }

  /// The next value as text, or nil for `null`.
  public mutating func stringOrNull() throws(Unexpected) -> String? {
    guard let byte = peek() else { throw Unexpected() }
    if byte == UInt8(ascii: "\"") {
      do {
        return try scanner.parseString(quote: scanner.position)
      } catch {
        throw Unexpected()
      }
    }
    guard skipNull() else { throw Unexpected() }
    return nil
  }

  /// Nothing but whitespace may follow the document.
  public mutating func finish() throws(Unexpected) {
    if peek() != nil || depth != 0 { throw Unexpected() }
  }
}
