/// The text of a file a spreadsheet wrote, in whichever encoding it wrote it.
///
/// The encoding is decided on the evidence, not on the first surprise: a byte order mark
/// says UTF-8 or UTF-16; zero bytes in every other place say UTF-16 without one (Excel's
/// "Unicode text"); bytes that are valid UTF-8 are UTF-8. A file with invalid bytes is still
/// UTF-8 when at least as many of its non-ASCII characters are valid UTF-8 — one bad byte in
/// a file full of "é" is a bad byte, reported with its line, not a reason to read every "é"
/// as "Ã©" — and Windows-1252 (an older Excel's "CSV") only when the invalid bytes win.
public struct DecodedText: Sendable {
  public enum Encoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf16LE = "UTF-16LE"
    case utf16BE = "UTF-16BE"
    case windows1252 = "Windows-1252"
  }

  /// A byte that is not UTF-8 in a file that otherwise is; it reads as U+FFFD.
  public struct BadByte: Hashable, Sendable {
    public var line: Int
    public var byte: UInt8
  }

  public var text: String
  public var encoding: Encoding
  public var badBytes: [BadByte] = []

  public init(_ bytes: [UInt8]) {
    if bytes.starts(with: [0xFF, 0xFE]) {
      self.init(utf16: bytes[2...], bigEndian: false)
    } else if bytes.starts(with: [0xFE, 0xFF]) {
      self.init(utf16: bytes[2...], bigEndian: true)
    } else if let bigEndian = Self.looksLikeUTF16(bytes) {
      self.init(utf16: bytes[...], bigEndian: bigEndian)
    } else {
      let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
      self.init(eightBit: body)
    }
  }

  private init(utf16 bytes: ArraySlice<UInt8>, bigEndian: Bool) {
    var units: [UInt16] = []
    units.reserveCapacity(bytes.count / 2)
    var index = bytes.startIndex
    while index + 1 < bytes.endIndex {
      let (high, low) =
        bigEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
      units.append(UInt16(high) << 8 | UInt16(low))
      index += 2
    }
    if units.first == 0xFEFF { units.removeFirst() }
    text = String(decoding: units, as: UTF16.self)
    encoding = bigEndian ? .utf16BE : .utf16LE
  }

  private init(eightBit bytes: ArraySlice<UInt8>) {
    if let utf8 = String(validating: bytes, as: UTF8.self) {
      text = utf8
      encoding = .utf8
      return
    }
    let evidence = Self.utf8Evidence(bytes)
    if evidence.valid > 0 && evidence.valid >= evidence.invalid.count {
      text = String(decoding: bytes, as: UTF8.self)
      encoding = .utf8
      badBytes = evidence.invalid
    } else {
      text = Self.windows1252(bytes)
      encoding = .windows1252
    }
  }

  /// Zero bytes at every other place in the first kilobytes: little endian when the zeros
  /// follow the ASCII bytes, big endian when they lead. Nil when the text is not UTF-16.
  static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool? {
    let sample = bytes.prefix(4096)
    guard sample.count >= 4 else { return nil }
    var evenZeros = 0
    var oddZeros = 0
    for (offset, byte) in sample.enumerated() where byte == 0 {
      if offset % 2 == 0 { evenZeros += 1 } else { oddZeros += 1 }
    }
    let pairs = sample.count / 2
    if oddZeros * 10 >= pairs * 3 && evenZeros * 10 < pairs { return false }
    if evenZeros * 10 >= pairs * 3 && oddZeros * 10 < pairs { return true }
    return nil
  }

  /// Counts well-formed multi-byte UTF-8 sequences and lists the bytes that start none.
  static func utf8Evidence(_ bytes: ArraySlice<UInt8>) -> (valid: Int, invalid: [BadByte]) {
    var valid = 0
    var invalid: [BadByte] = []
    var line = 1
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index]
      if byte < 0x80 {
        if byte == 0x0A { line += 1 }
        index += 1
        continue
      }
      let length: Int
      switch byte {
      case 0xC2...0xDF: length = 2
      case 0xE0...0xEF: length = 3
      case 0xF0...0xF4: length = 4
      default: length = 0
      }
      var ok = length > 0 && index + length <= bytes.endIndex
      if ok {
        for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { ok = false }
      }
      if ok && length == 3 {
        let second = bytes[index + 1]
        ok = !(byte == 0xE0 && second < 0xA0) && !(byte == 0xED && second >= 0xA0)
      }
      if ok && length == 4 {
        let second = bytes[index + 1]
        ok = !(byte == 0xF0 && second < 0x90) && !(byte == 0xF4 && second >= 0x90)
      }
      if ok {
        valid += 1
        index += length
      } else {
        invalid.append(BadByte(line: line, byte: byte))
        index += 1
      }
    }
    return (valid, invalid)
  }

  /// Windows-1252: Latin-1 with typographic quotes, dashes and the euro sign in 0x80–0x9F.
  static func windows1252(_ bytes: ArraySlice<UInt8>) -> String {
    var result = ""
    result.unicodeScalars.reserveCapacity(bytes.count)
    for byte in bytes {
      if (0x80...0x9F).contains(byte) {
        let scalar = high[Int(byte) - 0x80]
        result.unicodeScalars.append(Unicode.Scalar(scalar) ?? "\u{FFFD}")
      } else {
        result.unicodeScalars.append(Unicode.Scalar(byte))
      }
    }
    return result
  }

  private static let high: [UInt32] = [
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
  ]
}
