/// A parsed value together with where it starts in the source.
///
/// The offset travels with every value so that code checking a plan's meaning (a missing field,
/// a date in the wrong format) can still point the user at a line and column, long after
/// parsing succeeded.
///
/// Equality ignores the offset: two nodes are equal when they hold the same data, so a document
/// read from pretty output compares equal to the same document read from compact output.
public struct JSONNode: Sendable, Equatable {
  /// The data.
  public var value: JSONValue
  /// The byte offset in the source where the value starts; turn it into a line and column with
  /// `SourceLocation` when showing it.
  public var offset: Int

  /// Creates a node; the offset defaults to zero for values built in code rather than parsed.
  public init(_ value: JSONValue, offset: Int = 0) {
    self.value = value
    self.offset = offset
  }

  /// Compares the data only, because where a value was found says nothing about what it is.
  public static func == (lhs: JSONNode, rhs: JSONNode) -> Bool {
    lhs.value == rhs.value
  }
}
