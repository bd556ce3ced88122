/// Finding text the way people type it: case and accents ignored, so "coop" finds
/// "Coöperatie" and "zeeen" finds "Zeeën".
///
/// Searches run over every row of a pane (ten thousand stakeholders), on every `n`, so the
/// folding works on UTF-8 bytes as they stream past and the match is a KMP automaton over
/// them: no string is built or copied per row. Folding covers ASCII case, the Latin-1 and
/// Latin Extended-A letters with diacritics, and combining accents; other scripts are compared
/// as they are.
enum TextSearch {
  /// A folded query, ready to be looked for many times.
  struct Needle {
    let bytes: [UInt8]
    let failure: [Int]

    init(_ query: String) {
      var folded: [UInt8] = []
      TextSearch.forEachFoldedByte(of: query) { folded.append($0) }
      bytes = folded
      var table = [Int](repeating: 0, count: folded.count)
      var length = 0
      var index = 1
      while index < folded.count {
        if folded[index] == folded[length] {
          length += 1
          table[index] = length
          index += 1
        } else if length > 0 {
          length = table[length - 1]
        } else {
          index += 1
        }
      }
      failure = table
    }

    var isEmpty: Bool { bytes.isEmpty }
  }

  /// Whether `text`, folded, contains the needle.
  static func contains(_ text: String, _ needle: Needle) -> Bool {
    guard !needle.isEmpty else { return true }
    let pattern = needle.bytes
    let failure = needle.failure
    var matched = 0
    var found = false
    forEachFoldedByte(of: text) { byte in
      guard !found else { return }
      while matched > 0 && byte != pattern[matched] { matched = failure[matched - 1] }
      if byte == pattern[matched] { matched += 1 }
      if matched == pattern.count { found = true }
    }
    return found
  }

  /// The next index after `start` (wrapping round) for which `matches` holds, looking
  /// forward or backward through `count` rows.
  static func next(
    count: Int, after start: Int, forward: Bool, query: String,
    matches: (Int, Needle) -> Bool
  ) -> Int? {
    let needle = Needle(query)
    guard !needle.isEmpty, count > 0 else { return nil }
    for step in 1...count {
      let index = ((start + (forward ? step : -step)) % count + count) % count
      if matches(index, needle) { return index }
    }
    return nil
  }

  /// The next of `texts` after `start` (wrapping) that contains the query.
  static func next(
    in texts: [String], matching query: String, after start: Int, forward: Bool
  ) -> Int? {
    next(count: texts.count, after: start, forward: forward, query: query) { index, needle in
      contains(texts[index], needle)
    }
  }

  /// Lowercased with accents removed: é → e, ï → i, ö → o. For sort keys and filters.
  static func fold(_ text: String) -> String {
    var folded: [UInt8] = []
    folded.reserveCapacity(text.utf8.count)
    forEachFoldedByte(of: text) { folded.append($0) }
    return String(decoding: folded, as: UTF8.self)
  }

  /// Calls `body` with each byte of `text` folded: ASCII letters lowercased, Latin letters
  /// with diacritics replaced by their base letter, combining accents dropped. Whole UTF-8
  /// sequences are replaced or kept, so the output is valid UTF-8.
  @inline(__always)
  static func forEachFoldedByte(of text: String, _ body: (UInt8) -> Void) {
    let handled = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      fold(bytes, body)
      return true
    }
    if handled == nil {
      // Bridged or lazily built strings have no contiguous UTF-8; copy once.
      Array(text.utf8).withUnsafeBufferPointer { fold($0, body) }
    }
  }

  @inline(__always)
  private static func fold(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UInt8) -> Void) {
    var index = 0
    let count = bytes.count
    while index < count {
      let byte = bytes[index]
      if byte < 0x80 {
        body(byte >= 65 && byte <= 90 ? byte + 32 : byte)
        index += 1
        continue
      }
      if (byte == 0xC3 || byte == 0xC4 || byte == 0xC5), index + 1 < count {
        let scalar = (Int(byte & 0x1F) << 6) | Int(bytes[index + 1] & 0x3F)
        let base = latinBase(scalar)
        if base != 0 {
          body(base)
        } else {
          body(byte)
          body(bytes[index + 1])
        }
        index += 2
        continue
      }
      // Combining diacritical marks U+0300–U+036F: CC 80 … CD AF.
      if (byte == 0xCC || (byte == 0xCD && index + 1 < count && bytes[index + 1] <= 0xAF)),
        index + 1 < count
      {
        index += 2
        continue
      }
      body(byte)
      index += 1
    }
  }

  /// The ASCII base letter of a Latin-1 or Latin Extended-A letter (U+00C0–U+017F), or 0.
  @inline(__always)
  private static func latinBase(_ scalar: Int) -> UInt8 {
    guard scalar >= 0xC0, scalar <= 0x17F else { return 0 }
    return baseTable[scalar - 0xC0]
  }

  /// U+00C0 … U+017F → base letter (lowercase ASCII), 0 for signs that are not letters
  /// (× and ÷). Ligatures and letters without a decomposition (æ, ø, ß, ł, œ) map to the
  /// letter people search with.
  private static let baseTable: [UInt8] = {
    let letters =
      "aaaaaaaceeeeiiiidnooooo0ouuuuytsaaaaaaaceeeeiiiidnooooo0ouuuuyty"
      + "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooo"
      + "rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
    return letters.utf8.map { $0 == UInt8(ascii: "0") ? 0 : $0 }
  }()
}
