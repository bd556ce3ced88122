/// Reads CSV as spreadsheets write it: `;` (Excel in a Dutch locale), `,` or tab between
/// fields, found from the header line; quoted fields with doubled quotes and line breaks
/// inside; CR LF, LF or CR at the end of a line.
///
/// It works on the UTF-8 bytes of the decoded text: every byte that matters (separators,
/// quotes, line breaks) is ASCII and never part of a multi-byte character, and a byte loop is
/// many times faster than walking grapheme clusters.
public enum CSVReader {
  /// The rows of `text` and the separator found, at most `maxRows` rows; a file with more is
  /// refused after a quick count, before any row is read.
  public static func read(_ text: String, maxRows: Int) throws(SheetError) -> (
    rows: [SheetRow], separator: Character
  ) {
    var text = text
    let outcome = text.withUTF8 { bytes -> Result<([SheetRow], Character), SheetError> in
      let separator = detectSeparator(bytes)
      let count = countRecords(bytes)
      guard count <= maxRows else { return .failure(.tooManyRows(count: count, limit: maxRows)) }
      do throws(SheetError) {
        let rows = try parse(bytes, separator: separator, capacity: count)
        return .success((rows, Character(Unicode.Scalar(separator))))
      } catch {
        return .failure(error)
      }
    }
    return try outcome.get()
  }

  /// The separator that occurs most often outside quotes on the first line that has any (a
  /// file of several tables starts with a title line); `;` on a tie, because a Dutch Excel
  /// writes it and Dutch text is full of commas.
  static func detectSeparator(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
    let candidates: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: ","), 0x09]
    var counts = [0, 0, 0]
    var quoted = false
    var lines = 0
    for byte in bytes {
      if byte == UInt8(ascii: "\"") { quoted.toggle() }
      if quoted { continue }
      if byte == 0x0A || byte == 0x0D {
        if byte == 0x0A { lines += 1 }
        if counts.contains(where: { $0 > 0 }) || lines >= 10 { break }
      } else if let index = candidates.firstIndex(of: byte) {
        counts[index] += 1
      }
    }
    guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] > 0 else {
      return UInt8(ascii: ";")
    }
    // max(by:) returns the last of equal maxima; prefer the earlier candidate on a tie.
    return candidates[counts.firstIndex(of: counts[best]) ?? best]
  }

  /// An upper bound on the records: line breaks outside quotes, plus one.
  static func countRecords(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var count = 0
    var quoted = false
    var previous: UInt8 = 0
    for byte in bytes {
      if byte == UInt8(ascii: "\"") {
        quoted.toggle()
      } else if !quoted && (byte == 0x0A && previous != 0x0D || byte == 0x0D) {
        count += 1
      }
      previous = byte
    }
    return count + 1
  }

  static func parse(_ bytes: UnsafeBufferPointer<UInt8>, separator: UInt8, capacity: Int)
    throws(SheetError) -> [SheetRow]
  {
    var rows: [SheetRow] = []
    rows.reserveCapacity(capacity)
    var fields: [String] = []
    var field: [UInt8] = []
    var line = 1
    var recordLine = 1
    var quoted = false
    var wasQuoted = false
    var index = 0
    let count = bytes.count
    let quote = UInt8(ascii: "\"")
    func finishField() {
      fields.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
      wasQuoted = false
    }
    while index < count {
      let byte = bytes[index]
      index += 1
      if quoted {
        if byte == quote {
          if index < count && bytes[index] == quote {
            field.append(quote)
            index += 1
          } else {
            quoted = false
          }
        } else if byte == 0x0D || byte == 0x0A {
          if byte == 0x0D && index < count && bytes[index] == 0x0A { index += 1 }
          line += 1
          field.append(0x0A)
        } else {
          field.append(byte)
        }
        continue
      }
      if byte == quote && field.isEmpty && !wasQuoted {
        quoted = true
        wasQuoted = true
      } else if byte == separator {
        finishField()
      } else if byte == 0x0D || byte == 0x0A {
        if byte == 0x0D && index < count && bytes[index] == 0x0A { index += 1 }
        finishField()
        rows.append(SheetRow(line: recordLine, fields: fields))
        fields.removeAll(keepingCapacity: true)
        line += 1
        recordLine = line
      } else {
        field.append(byte)
      }
    }
    if quoted { throw .unclosedQuote(line: recordLine) }
    if !field.isEmpty || !fields.isEmpty || wasQuoted {
      finishField()
      rows.append(SheetRow(line: recordLine, fields: fields))
    }
    return rows
  }
}
