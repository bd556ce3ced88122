/// A failed system call's errno, as data: its symbolic name (`ENOSPC`) for the string table to
/// word in the session's language, and the system's own text (`No space left on device`) for
/// codes the table does not know and for logs.
///
/// Filled in by the store's file code (`FileIO.systemError`), where the C library is at hand;
/// this file stays free of it so that the decoding files build without a file system (the fuzz
/// target).
public struct SystemError: Hashable, Sendable, CustomStringConvertible {
  public var code: Int32
  /// `ENOENT`, `EACCES`, … for the codes ecowerk words itself; nil for any other.
  public var name: String?
  /// What the C library says (`strerror`), in English.
  public var text: String

  public init(code: Int32, name: String?, text: String) {
    self.code = code
    self.name = name
    self.text = text
  }

  public var description: String { text }
}
