/// The members of a JSON object, in source order.
///
/// Order is kept (rather than using a dictionary) so that a plan saved after loading produces
/// the same key order and therefore a small git diff. Keys are unique: the parser rejects
/// duplicates, and code building an object by hand is expected to keep them unique too.
public struct JSONObject: Sendable, Equatable {
  /// One `"key": value` pair.
  public struct Member: Sendable, Equatable {
    public var key: String
    /// Where the key's opening quote is, so errors about a key can point at it.
    public var keyOffset: Int
    public var value: JSONNode

    /// Creates a member; the offset defaults to zero for members built in code.
    public init(key: String, keyOffset: Int = 0, value: JSONNode) {
      self.key = key
      self.keyOffset = keyOffset
      self.value = value
    }

    /// Compares key and value only, because positions say nothing about the data.
    public static func == (lhs: Member, rhs: Member) -> Bool {
      lhs.key == rhs.key && lhs.value == rhs.value
    }
  }

  /// The members in source order.
  public var members: [Member]

  /// Creates an object from members whose keys the caller keeps unique.
  public init(members: [Member] = []) {
    self.members = members
  }

  /// The value for `key`, or nil. Objects in plans are small, so a linear search beats the
  /// cost of building a dictionary for every object. Keys compare as Swift strings do, so two
  /// spellings of "é" (one scalar or "e" plus an accent) are the same key here and in the
  /// parser's duplicate check.
  public subscript(key: String) -> JSONNode? {
    // By index, so that only the key is read for the members that do not match.
    for index in members.indices where members[index].key == key {
      return members[index].value
    }
    return nil
  }

  /// The keys in source order.
  public var keys: [String] {
    members.map(\.key)
  }
}
