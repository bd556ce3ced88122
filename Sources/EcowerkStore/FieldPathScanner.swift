/// The field path of the value that starts at a byte offset of a JSON file, for errors found
/// while parsing: `stakeholders[3].name: a text longer than 100000 bytes` says which text is too
/// long, where a line and column alone would make the user count brackets.
///
/// The parser stops at the first error, so there is no tree to ask; instead the bytes before
/// the offset are scanned again, keeping a stack of the objects and arrays that are open. The
/// parser accepted every one of those bytes, so the scan can trust their shape and only needs
/// to follow strings, brackets, colons and commas.
enum FieldPathScanner {
  private struct Frame {
    var isObject: Bool
    /// The key of the member being read, once its colon has been seen.
    var key: String?
    var index = 0
  }

  /// The path of the value at `offset`, or nil when it is the whole file, a key rather than a
  /// value (a duplicate key) or the punctuation between members (a comma before `}`).
  static func path(at offset: Int, in bytes: [UInt8]) -> String? {
    if bytes.indices.contains(offset),
      bytes[offset] == UInt8(ascii: ",") || bytes[offset] == UInt8(ascii: ":")
    {
      return nil
    }
    var stack: [Frame] = []
    var pendingKey: String?
    var index = 0
    let end = min(max(offset, 0), bytes.count)
    while index < end {
      switch bytes[index] {
      case UInt8(ascii: "{"):
        stack.append(Frame(isObject: true))
      case UInt8(ascii: "["):
        stack.append(Frame(isObject: false))
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        if !stack.isEmpty { stack.removeLast() }
      case UInt8(ascii: ":"):
        if !stack.isEmpty { stack[stack.count - 1].key = pendingKey }
      case UInt8(ascii: ","):
        if let last = stack.indices.last {
          stack[last].key = nil
          stack[last].index += 1
        }
      case UInt8(ascii: "\""):
        let start = index + 1
        index = start
        while index < end && bytes[index] != UInt8(ascii: "\"") {
          index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
        }
        // Plan keys are plain ASCII names; an escaped key is shown as written.
        if let frame = stack.last, frame.isObject, frame.key == nil {
          pendingKey = String(decoding: bytes[start..<min(index, end)], as: UTF8.self)
        }
      default:
        break
      }
      index += 1
    }
    var components: [PathComponent] = []
    for frame in stack {
      if frame.isObject {
        // In key position (after `{` or `,`) the object itself is the place meant.
        guard let key = frame.key else { break }
        components.append(.key(key))
      } else {
        components.append(.index(frame.index))
      }
    }
    let path = components.rendered
    return path.isEmpty ? nil : path
  }
}
