/// A strict JSON reader for files that may come from anywhere (e-mail attachments included).
///
/// Strict means RFC 8259 exactly, plus the checks Foundation's decoder skips: duplicate keys,
/// numbers that do not fit, invalid UTF-8, and size limits that keep a hostile file from using
/// unbounded memory. Every error carries the byte offset of the problem so it can be shown as
/// a line and column.
public struct JSONParser: Sendable {
  /// Bounds on what a file may contain, so that a crafted file fails with a clear message
  /// instead of exhausting memory. The defaults are far above what a real plan needs.
  public struct Limits: Sendable, Equatable {
    /// How many arrays and objects may be nested inside each other; the top-level array or
    /// object is level 1.
    public var maxDepth: Int
    /// The longest text (string or key) in UTF-8 bytes after escapes are decoded.
    public var maxStringBytes: Int
    /// The most elements in one array.
    public var maxArrayCount: Int
    /// The most members in one object.
    public var maxObjectMembers: Int

    /// Creates limits; each one defaults to a value generous for plans but small enough to
    /// stop abuse.
    public init(
      maxDepth: Int = 256,
      maxStringBytes: Int = 1_000_000,
      maxArrayCount: Int = 1_000_000,
      maxObjectMembers: Int = 10_000
    ) {
      self.maxDepth = maxDepth
      self.maxStringBytes = maxStringBytes
      self.maxArrayCount = maxArrayCount
      self.maxObjectMembers = maxObjectMembers
    }
  }

  /// Parses a whole file. The parser does not recurse, so even a very high `maxDepth` cannot
  /// overflow the stack; the depth limit exists to keep later recursive code (comparison,
  /// writing) safe.
  public static func parse(
    _ bytes: [UInt8], limits: Limits = .init()
  ) throws(JSONParseError) -> JSONNode {
    try bytes.withUnsafeBufferPointer { (buffer) throws(JSONParseError) -> JSONNode in
      var scanner = JSONScanner(input: buffer, limits: limits)
      return try scanner.parseDocument()
    }
  }

  /// Parses text already in memory as a `String`, mainly for tests and small snippets.
  public static func parse(
    _ text: String, limits: Limits = .init()
  ) throws(JSONParseError) -> JSONNode {
    try parse(Array(text.utf8), limits: limits)
  }
}
