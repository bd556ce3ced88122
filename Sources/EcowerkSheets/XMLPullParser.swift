/// A small pull parser for the XML inside a workbook: elements, attributes, text, the five
/// predefined entities and character references, comments, processing instructions and CDATA.
///
/// Just enough for SpreadsheetML, and safe on hostile input: a document type declaration is
/// refused (that is where entity expansion attacks live, and no workbook has one), names are
/// matched by their local part so `x:row` and `row` are the same, and nothing recurses.
struct XMLPullParser {
  enum Event: Equatable {
    /// An element opens; its attributes are in `attributes` until the next event.
    case start(String)
    /// An element closes (also right after `start` for `<c/>`).
    case end(String)
    /// Character data, entities decoded.
    case text(String)
  }

  enum Failure: Error, Equatable {
    case malformed(offset: Int)
    case documentType
  }

  private let bytes: [UInt8]
  private var position = 0
  private var pendingEnd: String?
  /// The open elements, innermost last: an end tag must close the innermost one.
  private var open: [String] = []
  /// The attributes of the element of the last `start` event, by local name.
  private(set) var attributes: [(name: String, value: String)] = []

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
  }

  /// The value of the attribute with local name `name` of the current element.
  func attribute(_ name: String) -> String? {
    attributes.first { $0.name == name }?.value
  }

  /// The line of a byte offset, for messages.
  func line(of offset: Int) -> Int {
    1 + bytes[..<min(offset, bytes.count)].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
  }

  mutating func next() throws(Failure) -> Event? {
    if let name = pendingEnd {
      pendingEnd = nil
      _ = open.popLast()
      return .end(name)
    }
    while position < bytes.count {
      guard bytes[position] == UInt8(ascii: "<") else {
        let start = position
        let text = try text()
        // Outside the root element only white space may stand.
        guard !open.isEmpty || text.allSatisfy(\.isWhitespace) else {
          throw .malformed(offset: start)
        }
        if open.isEmpty { continue }
        return .text(text)
      }
      let next = position + 1 < bytes.count ? bytes[position + 1] : 0
      switch next {
      case UInt8(ascii: "?"):
        try skip(past: Array("?>".utf8))
      case UInt8(ascii: "!"):
        if matches("<!--") {
          try skip(past: Array("-->".utf8))
        } else if matches("<![CDATA[") {
          let start = position + 9
          try skip(past: Array("]]>".utf8))
          return .text(String(decoding: bytes[start..<(position - 3)], as: UTF8.self))
        } else if matches("<!DOCTYPE") {
          throw .documentType
        } else {
          throw .malformed(offset: position)
        }
      case UInt8(ascii: "/"):
        let start = position
        position += 2
        let name = try self.name()
        skipSpaces()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ">"), open.last == name
        else {
          throw .malformed(offset: start)
        }
        open.removeLast()
        position += 1
        return .end(name)
      default:
        position += 1
        return try startTag()
      }
    }
    guard open.isEmpty else { throw .malformed(offset: position) }
    return nil
  }

  private mutating func startTag() throws(Failure) -> Event {
    let name = try self.name()
    attributes.removeAll(keepingCapacity: true)
    while true {
      skipSpaces()
      guard position < bytes.count else { throw .malformed(offset: position) }
      switch bytes[position] {
      case UInt8(ascii: ">"):
        position += 1
        open.append(name)
        return .start(name)
      case UInt8(ascii: "/"):
        guard position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: ">") else {
          throw .malformed(offset: position)
        }
        position += 2
        pendingEnd = name
        open.append(name)
        return .start(name)
      default:
        let attribute = try self.name()
        skipSpaces()
        guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
          throw .malformed(offset: position)
        }
        position += 1
        skipSpaces()
        guard position < bytes.count,
          bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'")
        else { throw .malformed(offset: position) }
        let quote = bytes[position]
        position += 1
        let start = position
        while position < bytes.count && bytes[position] != quote { position += 1 }
        guard position < bytes.count else { throw .malformed(offset: start) }
        let value = try decode(start..<position)
        position += 1
        attributes.append((attribute, value))
      }
    }
  }

  /// A name, without its namespace prefix.
  private mutating func name() throws(Failure) -> String {
    let start = position
    var local = position
    while position < bytes.count {
      let byte = bytes[position]
      if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=")
        || byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
      {
        break
      }
      if byte == UInt8(ascii: ":") { local = position + 1 }
      position += 1
    }
    guard position > local else { throw .malformed(offset: start) }
    return string(local..<position)
  }

  private mutating func text() throws(Failure) -> String {
    let start = position
    while position < bytes.count && bytes[position] != UInt8(ascii: "<") { position += 1 }
    return try decode(start..<position)
  }

  /// Text with `&amp;` and friends and `&#…;` replaced; any other entity is an error, since no
  /// document type can have declared it.
  private func decode(_ range: Range<Int>) throws(Failure) -> String {
    var plain = true
    for index in range where bytes[index] == UInt8(ascii: "&") {
      plain = false
      break
    }
    if plain { return string(range) }
    var result: [UInt8] = []
    result.reserveCapacity(range.count)
    var at = range.lowerBound
    while at < range.upperBound {
      let byte = bytes[at]
      guard byte == UInt8(ascii: "&") else {
        result.append(byte)
        at += 1
        continue
      }
      guard let semicolon = bytes[at..<range.upperBound].firstIndex(of: UInt8(ascii: ";")),
        semicolon - at <= 12
      else { throw .malformed(offset: at) }
      let entity = String(decoding: bytes[(at + 1)..<semicolon], as: UTF8.self)
      switch entity {
      case "lt": result.append(UInt8(ascii: "<"))
      case "gt": result.append(UInt8(ascii: ">"))
      case "amp": result.append(UInt8(ascii: "&"))
      case "quot": result.append(UInt8(ascii: "\""))
      case "apos": result.append(UInt8(ascii: "'"))
      default:
        let number: UInt32?
        if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
          number = UInt32(entity.dropFirst(2), radix: 16)
        } else if entity.hasPrefix("#") {
          number = UInt32(entity.dropFirst(1))
        } else {
          number = nil
        }
        guard let number, let scalar = Unicode.Scalar(number) else {
          throw .malformed(offset: at)
        }
        result.append(contentsOf: Array(String(Character(scalar)).utf8))
      }
      at = semicolon + 1
    }
    return String(decoding: result, as: UTF8.self)
  }

  /// The bytes as text, without slicing the array (a slice retains it, once per name and
  /// value of a sheet of a hundred thousand cells).
  private func string(_ range: Range<Int>) -> String {
    bytes.withUnsafeBufferPointer { buffer in
      String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self)
    }
  }

  private func matches(_ literal: String) -> Bool {
    bytes[position...].starts(with: literal.utf8)
  }

  private mutating func skip(past terminator: [UInt8]) throws(Failure) {
    let start = position
    while position < bytes.count {
      if bytes[position] == terminator[0] && bytes[position...].starts(with: terminator) {
        position += terminator.count
        return
      }
      position += 1
    }
    throw .malformed(offset: start)
  }

  private mutating func skipSpaces() {
    while position < bytes.count,
      bytes[position] == 0x20 || bytes[position] == 0x09 || bytes[position] == 0x0A
        || bytes[position] == 0x0D
    {
      position += 1
    }
  }
}
