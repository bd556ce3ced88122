/// Writes JSON straight into bytes, one call per value, so a plan can be saved without first
/// building a tree of `JSONValue`s.
///
/// Output is deterministic: members come out in the order they are written, numbers in a fixed
/// form, and only the characters JSON requires are escaped — plus those that would let a file
/// shown with `cat` or in a diff drive the terminal or hide text (see `appendQuoted`). Accented
/// and other non-ASCII text stays as raw UTF-8 so that git diffs of a saved plan remain readable.
///
/// Misuse (a value in an object without a key, an unbalanced `end…`, two top-level values) is
/// a programming error and stops with a precondition failure rather than writing broken JSON.
public struct JSONWriter: Sendable {
  /// The layout of the output.
  public enum Style: Sendable, Equatable {
    /// Two-space indentation, one member or element per line, `"key": value`, and a final
    /// newline: the form saved in git, where it gives small line-based diffs.
    case pretty
    /// Everything on one line without spaces, for journals with one entry per line.
    case compact
  }

  /// An array or object that has been begun but not yet ended.
  private struct Container: Sendable {
    var isObject: Bool
    var count = 0
    /// In an object: a key has been written and now waits for its value.
    var hasPendingKey = false
  }

  public let style: Style
  private var output: [UInt8] = []
  private var containers: [Container] = []
  private var isComplete = false

  /// Creates an empty writer.
  public init(style: Style) {
    self.style = style
  }

  /// The output so far. In pretty style it ends with a newline once the top-level value is
  /// complete.
  public var bytes: [UInt8] { output }

  /// The output so far as text.
  public var text: String { String(decoding: output, as: UTF8.self) }

  /// Whether exactly one complete top-level value has been written.
  public var isFinished: Bool { isComplete }

  /// Writes `value` with its whole content in one call, for callers that already hold a tree.
  public static func encode(_ value: JSONValue, style: Style = .pretty) -> [UInt8] {
    var writer = JSONWriter(style: style)
    writer.value(value)
    return writer.bytes
  }

  /// Opens an object; write `key(_:)` and a value for each member, then `endObject()`.
  /// Members come out in call order, which is what keeps saved files diff-stable.
  public mutating func beginObject() {
    beforeValue()
    output.append(UInt8(ascii: "{"))
    containers.append(Container(isObject: true))
  }

  /// Closes the innermost object; an empty one is written as `{}` even in pretty style.
  public mutating func endObject() {
    endContainer(isObject: true, closer: UInt8(ascii: "}"))
  }

  /// Opens an array; write its elements, then `endArray()`.
  public mutating func beginArray() {
    beforeValue()
    output.append(UInt8(ascii: "["))
    containers.append(Container(isObject: false))
  }

  /// Closes the innermost array; an empty one is written as `[]` even in pretty style.
  public mutating func endArray() {
    endContainer(isObject: false, closer: UInt8(ascii: "]"))
  }

  /// Writes the key of the next member; the next value written becomes its value.
  public mutating func key(_ k: String) {
    guard let top = containers.indices.last, containers[top].isObject else {
      preconditionFailure("JSONWriter: key(\"\(k)\") outside an object")
    }
    precondition(!containers[top].hasPendingKey, "JSONWriter: two keys without a value")
    startEntry(in: top)
    Self.appendQuoted(k, to: &output)
    output.append(UInt8(ascii: ":"))
    if style == .pretty { output.append(UInt8(ascii: " ")) }
    containers[top].hasPendingKey = true
  }

  /// Writes text, escaping what JSON requires and the invisible controls (see `appendQuoted`),
  /// so accented text stays readable in diffs and nothing hidden reaches a terminal.
  public mutating func string(_ s: String) {
    beforeValue()
    Self.appendQuoted(s, to: &output)
    afterValue()
  }

  /// Writes a whole number exactly, in plain decimal digits.
  public mutating func integer(_ i: Int64) {
    beforeValue()
    Self.appendDecimal(i, to: &output)
    afterValue()
  }

  /// The same for `Int`, so callers need not convert counts and indices.
  public mutating func integer(_ i: Int) {
    integer(Int64(i))
  }

  /// Writes the shortest text that reads back as exactly `d` (Swift's `description`, which
  /// always matches JSON's number grammar for finite values, e.g. `0.1`, `1e-07`, `-0.0`).
  /// JSON has no NaN or infinity, so passing one is a programming error.
  public mutating func double(_ d: Double) {
    precondition(d.isFinite, "JSONWriter: JSON cannot hold \(d)")
    beforeValue()
    output.append(contentsOf: d.description.utf8)
    afterValue()
  }

  /// Writes `true` or `false`.
  public mutating func bool(_ b: Bool) {
    beforeValue()
    output.append(contentsOf: b ? "true".utf8 : "false".utf8)
    afterValue()
  }

  /// Writes `null`, for a value that is deliberately absent.
  public mutating func null() {
    beforeValue()
    output.append(contentsOf: "null".utf8)
    afterValue()
  }

  /// Writes a whole value, for instance one parsed from a file, keeping member order.
  public mutating func value(_ node: JSONValue) {
    switch node {
    case .null: null()
    case .bool(let b): bool(b)
    case .integer(let i): integer(i)
    case .double(let d): double(d)
    case .string(let s): string(s)
    case .array(let elements):
      beginArray()
      for element in elements { value(element.value) }
      endArray()
    case .object(let object):
      beginObject()
      for member in object.members {
        key(member.key)
        value(member.value.value)
      }
      endObject()
    }
  }

  /// Writes the separator and indentation that come before an element or a key.
  private mutating func startEntry(in top: Int) {
    if containers[top].count > 0 { output.append(UInt8(ascii: ",")) }
    containers[top].count += 1
    if style == .pretty { newline(depth: containers.count) }
  }

  private mutating func beforeValue() {
    guard let top = containers.indices.last else {
      precondition(!isComplete, "JSONWriter: a second top-level value")
      return
    }
    if containers[top].isObject {
      precondition(containers[top].hasPendingKey, "JSONWriter: a value in an object needs a key")
      containers[top].hasPendingKey = false
    } else {
      startEntry(in: top)
    }
  }

  private mutating func afterValue() {
    guard containers.isEmpty else { return }
    isComplete = true
    if style == .pretty { output.append(UInt8(ascii: "\n")) }
  }

  private mutating func endContainer(isObject: Bool, closer: UInt8) {
    guard let container = containers.popLast(), container.isObject == isObject else {
      preconditionFailure("JSONWriter: end\(isObject ? "Object" : "Array")() does not match")
    }
    precondition(!container.hasPendingKey, "JSONWriter: a key without a value")
    if style == .pretty && container.count > 0 { newline(depth: containers.count) }
    output.append(closer)
    afterValue()
  }

  private mutating func newline(depth: Int) {
    output.append(UInt8(ascii: "\n"))
    output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
  }

  /// Appends an `Int64` in decimal without going through `String`.
  private static func appendDecimal(_ i: Int64, to out: inout [UInt8]) {
    if i < 0 { out.append(UInt8(ascii: "-")) }
    var magnitude = i.magnitude
    let start = out.count
    repeat {
      out.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: magnitude % 10))
      magnitude /= 10
    } while magnitude > 0
    out[start...].reverse()
  }

  /// Appends `s` in double quotes, escaping `"`, `\`, U+0000 to U+001F, and the characters
  /// that could drive a terminal or hide text when the file is shown with `cat` or in a diff:
  /// DEL, the C1 controls U+0080 to U+009F, the line and paragraph separators and the bidi
  /// marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+2028 to U+202E,
  /// U+2066 to U+2069) — the set the sanitiser replaces on screen. They are written as `\uXXXX`,
  /// which every JSON reader turns back into the same character. Runs of characters that need
  /// no escape are copied in bulk.
  private static func appendQuoted(_ s: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var text = s
    text.withUTF8 { utf8 in
      var runStart = 0
      var index = 0
      let count = utf8.count
      while index < count {
        let byte = utf8[index]
        if byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") && byte < 0x7F {
          index += 1
          continue
        }
        if byte < 0x7F {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
          appendEscape(for: byte, to: &out)
          index += 1
          runStart = index
          continue
        }
        let length = hiddenScalarLength(utf8, at: index)
        guard length > 0 else {
          index += 1
          continue
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
        appendUnicodeEscape(decodeScalar(utf8, at: index, length: length), to: &out)
        index += length
        runStart = index
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
    }
    out.append(UInt8(ascii: "\""))
  }

  /// The length in bytes of the character at `index` when it is one that is written escaped
  /// (DEL, C1, a separator or a bidi control), else 0. Matched on its UTF-8 bytes, because
  /// clean text is the common case.
  @inline(__always)
  private static func hiddenScalarLength(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
    let byte = utf8[index]
    if byte == 0x7F { return 1 }
    let second: UInt8 = index + 1 < utf8.count ? utf8[index + 1] : 0
    let third: UInt8 = index + 2 < utf8.count ? utf8[index + 2] : 0
    switch (byte, second) {
    case (0xC2, 0x80...0x9F): return 2  // C1 controls U+0080–009F
    case (0xD8, 0x9C): return 2  // U+061C ARABIC LETTER MARK
    case (0xE2, 0x80) where (0x8E...0x8F).contains(third) || (0xA8...0xAE).contains(third):
      return 3  // U+200E, U+200F, U+2028, U+2029, U+202A–202E
    case (0xE2, 0x81) where (0xA6...0xA9).contains(third):
      return 3  // U+2066–2069
    default: return 0
    }
  }

  private static func decodeScalar(_ utf8: UnsafeBufferPointer<UInt8>, at index: Int, length: Int)
    -> UInt32
  {
    switch length {
    case 1: return UInt32(utf8[index])
    case 2: return UInt32(utf8[index] & 0x1F) << 6 | UInt32(utf8[index + 1] & 0x3F)
    default:
      return UInt32(utf8[index] & 0x0F) << 12 | UInt32(utf8[index + 1] & 0x3F) << 6
        | UInt32(utf8[index + 2] & 0x3F)
    }
  }

  /// `\u` and four lowercase hex digits.
  private static func appendUnicodeEscape(_ value: UInt32, to out: inout [UInt8]) {
    out.append(contentsOf: "\\u".utf8)
    for shift in stride(from: 12, through: 0, by: -4) {
      let digit = UInt8((value >> UInt32(shift)) & 0xF)
      out.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
    }
  }

  private static func appendEscape(for byte: UInt8, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\\"))
    switch byte {
    case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
    case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
    case 0x0A: out.append(UInt8(ascii: "n"))
    case 0x09: out.append(UInt8(ascii: "t"))
    case 0x0D: out.append(UInt8(ascii: "r"))
    case 0x08: out.append(UInt8(ascii: "b"))
    case 0x0C: out.append(UInt8(ascii: "f"))
    default:
      // Only U+0000 to U+001F get here, so the first hex digit is 0 or 1.
      let low = byte & 0x0F
      out.append(contentsOf: "u00".utf8)
      out.append(UInt8(ascii: "0") + (byte >> 4))
      out.append(low < 10 ? UInt8(ascii: "0") + low : UInt8(ascii: "a") + low - 10)
    }
  }
}
