/// Reads CSV as spreadsheets write it: `;` (Excel in a Dutch locale), `,` or tab between
/// fields, detected from the header line; UTF-8 with or without a byte order mark, or
/// Windows-1252 from an older Excel; quoted fields with doubled quotes and line breaks inside.
public struct CSVReader: Sendable {
  /// One record and the line of the file it starts on (1-based), for messages.
  public struct Record: Hashable, Sendable {
    public var line: Int
    public var fields: [String]
  }

  public enum Encoding: String, Sendable {
    case utf8 = "UTF-8"
    case windows1252 = "Windows-1252"
  }

  /// A quote opened and never closed: everything after it would be one field.
  public struct UnclosedQuote: Error, Hashable, Sendable {
    public var line: Int

    public init(line: Int) {
      self.line = line
    }
  }

  public private(set) var records: [Record] = []
  public private(set) var separator: Character = ";"
  public private(set) var encoding: Encoding = .utf8

  public init(bytes: [UInt8]) throws(UnclosedQuote) {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    let text: String
    if let utf8 = String(validating: body, as: UTF8.self) {
      text = utf8
    } else {
      encoding = .windows1252
      text = Self.windows1252(body)
    }
    separator = Self.detectSeparator(text)
    records = try Self.parse(text, separator: separator)
  }

  /// The separator that occurs most often outside quotes on the first line that has any (a
  /// file of several tables starts with a title line); `;` on a tie, because a Dutch Excel
  /// writes it and Dutch text is full of commas.
  static func detectSeparator(_ text: String) -> Character {
    let candidates: [Character] = [";", ",", "\t"]
    var counts: [Character: Int] = [:]
    var quoted = false
    var lines = 0
    for character in text {
      if character == "\"" { quoted.toggle() }
      if quoted { continue }
      if character == "\n" || character == "\r\n" || character == "\r" {
        lines += 1
        if !counts.isEmpty || lines >= 10 { break }
      } else if candidates.contains(character) {
        counts[character, default: 0] += 1
      }
    }
    return candidates.max { counts[$0, default: 0] < counts[$1, default: 0] }
      .flatMap { counts[$0, default: 0] > 0 ? $0 : nil } ?? ";"
  }

  static func parse(_ text: String, separator: Character) throws(UnclosedQuote) -> [Record] {
    var records: [Record] = []
    var fields: [String] = []
    var field = ""
    var line = 1
    var recordLine = 1
    var quoted = false
    var wasQuoted = false
    var iterator = text.makeIterator()
    var pending: Character?
    func next() -> Character? {
      if let character = pending {
        pending = nil
        return character
      }
      return iterator.next()
    }
    while let character = next() {
      let isBreak = character == "\n" || character == "\r\n" || character == "\r"
      if quoted {
        if character == "\"" {
          if let following = next() {
            if following == "\"" {
              field.append("\"")
            } else {
              quoted = false
              pending = following
            }
          } else {
            quoted = false
          }
        } else {
          if isBreak {
            line += 1
            field.append("\n")
          } else {
            field.append(character)
          }
        }
        continue
      }
      if character == "\"" && field.isEmpty && !wasQuoted {
        quoted = true
        wasQuoted = true
      } else if character == separator {
        fields.append(field)
        field = ""
        wasQuoted = false
      } else if isBreak {
        fields.append(field)
        records.append(Record(line: recordLine, fields: fields))
        fields = []
        field = ""
        wasQuoted = false
        line += 1
        recordLine = line
      } else {
        field.append(character)
      }
    }
    if quoted { throw UnclosedQuote(line: recordLine) }
    if !field.isEmpty || !fields.isEmpty || wasQuoted {
      fields.append(field)
      records.append(Record(line: recordLine, fields: fields))
    }
    return records
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
