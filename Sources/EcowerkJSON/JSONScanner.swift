/// The engine behind `JSONParser`: a single forward pass over the bytes.
///
/// It is iterative rather than recursive, keeping open arrays and objects on explicit stacks,
/// so that nesting depth costs heap memory bounded by the limits instead of call-stack frames.
/// Elements of all open arrays share one stack (and members of all open objects another), and a
/// finished container's entries are moved from the stack into an array of exactly their count.
struct JSONScanner: ~Copyable {
  /// An array or object that has been opened but not yet closed.
  struct Frame {
    var isObject: Bool
    /// Offset of the `[` or `{`, where limit errors point.
    var start: Int
    /// Where this container's entries begin in `elements` or `members`.
    var base: Int
    /// Built only once an object grows large, so that duplicate checks stay linear overall
    /// without paying for hashing on the many small objects of a plan.
    var keySet: Set<String>?
  }

  /// Objects with fewer members than this are checked for duplicates by comparing keys.
  static let keySetThreshold = 16

  let input: UnsafeBufferPointer<UInt8>
  /// The same bytes for reading eight at a time; nil only for empty input.
  let raw: UnsafeRawPointer?
  let end: Int
  let limits: JSONParser.Limits
  var position = 0
  /// Reused between strings that contain escapes, to avoid an allocation per string.
  var scratch: [UInt8] = []
  var frames: [Frame] = []
  var elements = MoveStack<JSONNode>()
  var members = MoveStack<JSONObject.Member>()
  /// A cheap summary of each key in `members` (see `keyFingerprint`), kept in step with it.
  var keyFingerprints = MoveStack<UInt64>()
  /// Set by `parseString`: the fingerprint of the last string (see `keyFingerprint`), computed
  /// there while its bytes are at hand.
  var lastStringFingerprint: UInt64 = 0

  init(input: UnsafeBufferPointer<UInt8>, limits: JSONParser.Limits) {
    self.input = input
    self.raw = UnsafeRawPointer(input.baseAddress)
    self.end = input.count
    self.limits = limits
  }

  /// Parses the single value that must make up the whole input.
  mutating func parseDocument() throws(JSONParseError) -> JSONNode {
    try checkStartOfFile()
    skipWhitespace()
    let root = try parseValueTree()
    skipWhitespace()
    if position < end {
      throw unexpected(at: position, expected: .endOfFile)
    }
    return root
  }

  /// Rejects the problems that are about the file as a whole before any value is read, so
  /// that users get a message about the file rather than about its first character.
  mutating func checkStartOfFile() throws(JSONParseError) {
    if end == 0 {
      throw JSONParseError(offset: 0, .empty)
    }
    if end >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF {
      throw JSONParseError(offset: 0, .byteOrderMark)
    }
    if end >= 2
      && ((input[0] == 0xFF && input[1] == 0xFE) || (input[0] == 0xFE && input[1] == 0xFF))
    {
      throw JSONParseError(offset: 0, .utf16)
    }
    skipWhitespace()
    if position == end {
      throw JSONParseError(offset: 0, .onlyWhitespace)
    }
    position = 0
  }

  /// Skips the four characters JSON counts as whitespace. Runs of spaces (the indentation of
  /// pretty files) are skipped eight bytes at a time.
  @inline(__always)
  mutating func skipWhitespace() {
    var index = position
    while index < end {
      let byte = input[index]
      if byte > 0x20 { break }
      if byte == 0x20 {
        if let raw, index + 8 <= end {
          let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
          let nonSpace = word ^ 0x2020_2020_2020_2020
          index += nonSpace == 0 ? 8 : nonSpace.trailingZeroBitCount >> 3
        } else {
          index += 1
        }
      } else if byte == 0x0A || byte == 0x0D || byte == 0x09 {
        index += 1
      } else {
        break
      }
    }
    position = index
  }

  /// Parses one value, with everything nested inside it, starting at `position` (whitespace
  /// already skipped).
  private mutating func parseValueTree() throws(JSONParseError) -> JSONNode {
    var node: JSONNode
    nextValue: while true {
      guard position < end else {
        throw JSONParseError(offset: end, .endsBeforeValue)
      }
      let start = position
      switch input[start] {
      case UInt8(ascii: "["):
        try checkDepth(at: start)
        position += 1
        skipWhitespace()
        if position < end && input[position] == UInt8(ascii: "]") {
          position += 1
          node = JSONNode(.array([]), offset: start)
        } else {
          if limits.maxArrayCount < 1 { throw arrayLimitError(at: start) }
          frames.append(Frame(isObject: false, start: start, base: elements.count))
          continue nextValue
        }
      case UInt8(ascii: "{"):
        try checkDepth(at: start)
        position += 1
        skipWhitespace()
        if position < end && input[position] == UInt8(ascii: "}") {
          position += 1
          node = JSONNode(.object(JSONObject()), offset: start)
        } else {
          if limits.maxObjectMembers < 1 { throw objectLimitError(at: start) }
          frames.append(Frame(isObject: true, start: start, base: members.count))
          try parseMemberKey(expected: .keyOrObjectEnd)
          continue nextValue
        }
      default:
        node = try parseScalar(at: start)
      }

      // Hand the finished value to the container it belongs to; if that closes the container,
      // the container is the next finished value, and so on outwards.
      // Fields are read one by one rather than copying the frame, so that a frame's key set
      // stays uniquely referenced and can grow in place.
      while let top = frames.indices.last {
        let base = frames[top].base
        let containerStart = frames[top].start
        if frames[top].isObject {
          members[members.count - 1].value = node
          skipWhitespace()
          guard position < end else {
            throw unexpected(at: end, expected: .commaOrObjectEnd)
          }
          switch input[position] {
          case UInt8(ascii: ","):
            let comma = position
            position += 1
            skipWhitespace()
            if position < end && input[position] == UInt8(ascii: "}") {
              throw trailingCommaError(at: comma, closer: "}")
            }
            if members.count - base >= limits.maxObjectMembers {
              throw objectLimitError(at: containerStart)
            }
            try parseMemberKey(expected: .keyAfterComma)
            continue nextValue
          case UInt8(ascii: "}"):
            position += 1
            frames.removeLast()
            let object = JSONObject(members: members.popAll(from: base))
            keyFingerprints.removeAll(from: base)
            node = JSONNode(.object(object), offset: containerStart)
          default:
            throw unexpected(at: position, expected: .commaOrObjectEnd)
          }
        } else {
          elements.push(node)
          skipWhitespace()
          guard position < end else {
            throw unexpected(at: end, expected: .commaOrArrayEnd)
          }
          switch input[position] {
          case UInt8(ascii: ","):
            let comma = position
            position += 1
            skipWhitespace()
            if position < end && input[position] == UInt8(ascii: "]") {
              throw trailingCommaError(at: comma, closer: "]")
            }
            if elements.count - base >= limits.maxArrayCount {
              throw arrayLimitError(at: containerStart)
            }
            continue nextValue
          case UInt8(ascii: "]"):
            position += 1
            frames.removeLast()
            let array = elements.popAll(from: base)
            node = JSONNode(.array(array), offset: containerStart)
          default:
            throw unexpected(at: position, expected: .commaOrArrayEnd)
          }
        }
      }
      return node
    }
  }

  /// Refuses to open a container beyond the depth limit.
  @inline(__always)
  private func checkDepth(at offset: Int) throws(JSONParseError) {
    if frames.count >= limits.maxDepth {
      throw JSONParseError(offset: offset, .tooDeep(limit: limits.maxDepth))
    }
  }

  /// Reads `"key"` and the `:` after it, checks the key is new in the innermost object, and
  /// leaves `position` at the member's value.
  private mutating func parseMemberKey(expected: JSONParseError.Expected)
    throws(JSONParseError)
  {
    guard position < end, input[position] == UInt8(ascii: "\"") else {
      throw unexpected(at: position, expected: expected)
    }
    let keyOffset = position
    let key = try parseString(quote: keyOffset)
    let fingerprint = lastStringFingerprint
    try checkNewKey(key, fingerprint: fingerprint, at: keyOffset)
    members.push(
      JSONObject.Member(key: key, keyOffset: keyOffset, value: JSONNode(.null, offset: 0)))
    keyFingerprints.push(fingerprint)
    skipWhitespace()
    guard position < end, input[position] == UInt8(ascii: ":") else {
      throw unexpected(at: position, expected: .colonAfterKey(shown(key)))
    }
    position += 1
    skipWhitespace()
  }

  /// Rejects a key already present in the innermost object, pointing at the second copy and
  /// naming where the first one is.
  private mutating func checkNewKey(
    _ key: String, fingerprint: UInt64, at keyOffset: Int
  ) throws(JSONParseError) {
    let frameIndex = frames.count - 1
    let base = frames[frameIndex].base
    if members.count - base < Self.keySetThreshold {
      for index in base..<members.count {
        let other = keyFingerprints[index]
        // Different non-zero fingerprints prove the keys differ; otherwise compare the text.
        if fingerprint != other && fingerprint != 0 && other != 0 { continue }
        if members[index].key == key {
          throw duplicateKeyError(key, at: keyOffset, first: members[index].keyOffset)
        }
      }
      return
    }
    // Take the set out of the frame so it stays uniquely referenced and is not copied.
    var keySet: Set<String>
    if let existing = frames[frameIndex].keySet.take() {
      keySet = existing
    } else {
      keySet = Set(minimumCapacity: 2 * Self.keySetThreshold)
      for index in base..<members.count { keySet.insert(members[index].key) }
    }
    let isNew = keySet.insert(key).inserted
    frames[frameIndex].keySet = keySet
    if !isNew {
      var first = keyOffset
      for index in base..<members.count where members[index].key == key {
        first = members[index].keyOffset
        break
      }
      throw duplicateKeyError(key, at: keyOffset, first: first)
    }
  }

  /// Summarises a plain ASCII string without escapes, from `start` to `stop`, in a word: its
  /// length and first, middle and last bytes, so that most pairs of different keys can be told
  /// apart without a string comparison. Zero means "no summary": keys with escapes or non-ASCII
  /// text can be equal as Swift strings while their bytes differ, so they are always compared
  /// in full.
  @inline(__always)
  func keyFingerprint(from start: Int, to stop: Int) -> UInt64 {
    let length = stop - start
    guard length > 0 else { return 1 << 63 }
    let middle = UInt64(input[start + length / 2])
    let ends = UInt64(input[start]) << 8 | UInt64(input[stop - 1])
    return 1 << 63 | UInt64(length) << 24 | middle << 16 | ends
  }

  /// Parses a string, number or literal word starting at `start`.
  mutating func parseScalar(at start: Int) throws(JSONParseError) -> JSONNode {
    let byte = input[start]
    switch byte {
    case UInt8(ascii: "\""):
      return JSONNode(.string(try parseString(quote: start)), offset: start)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return JSONNode(try parseNumber(at: start), offset: start)
    case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
      let wordEnd = endOfWord(from: start)
      switch wordEnd - start {
      case 4 where byte == UInt8(ascii: "t") && matches("true", at: start):
        position = wordEnd
        return JSONNode(.bool(true), offset: start)
      case 5 where byte == UInt8(ascii: "f") && matches("false", at: start):
        position = wordEnd
        return JSONNode(.bool(false), offset: start)
      case 4 where byte == UInt8(ascii: "n") && matches("null", at: start):
        position = wordEnd
        return JSONNode(.null, offset: start)
      default:
        throw unexpectedValueStart(at: start)
      }
    default:
      throw unexpectedValueStart(at: start)
    }
  }

  /// Whether the ASCII `word` appears at `offset`.
  func matches(_ word: StaticString, at offset: Int) -> Bool {
    let count = word.utf8CodeUnitCount
    guard offset + count <= end else { return false }
    let pointer = word.utf8Start
    for index in 0..<count where input[offset + index] != pointer[index] {
      return false
    }
    return true
  }

  /// The end of a run of letters, digits and underscores, so that `trueish` is reported as one
  /// unknown word instead of `true` followed by garbage.
  func endOfWord(from start: Int) -> Int {
    var index = start
    while index < end {
      let byte = input[index]
      let isWordByte =
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
        || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
        || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
      guard isWordByte else { break }
      index += 1
    }
    return index
  }
}
