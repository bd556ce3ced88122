/// Why a file could not be read as JSON, and the byte where the problem is.
///
/// The error keeps a byte offset rather than a line and column because computing those needs a
/// scan from the start of the file, which only the error path should pay for; `located(in:)`
/// does that scan when the message is shown.
public struct JSONParseError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The byte offset of the problem; equal to the input's length when the file ends too early.
  public var offset: Int
  /// A plain-English explanation, written for people who do not know JSON's grammar.
  public var message: String

  /// Creates an error at `offset`.
  public init(offset: Int, message: String) {
    self.offset = offset
    self.message = message
  }

  /// The message with its byte offset, for logs where the source is not at hand.
  public var description: String {
    "byte \(offset): \(message)"
  }

  /// The message prefixed with a 1-based line and column, which is what users can act on.
  public func located(in bytes: [UInt8]) -> String {
    let location = SourceLocation(offset: offset, in: bytes)
    return "line \(location.line), column \(location.column): \(message)"
  }
}
