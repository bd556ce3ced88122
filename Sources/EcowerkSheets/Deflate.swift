/// Compresses bytes as raw deflate (RFC 1951) for the parts of a workbook we write.
///
/// One block with the fixed Huffman code and matches found through hash chains: simple,
/// deterministic (the same bytes always give the same output, so a printed workbook is the
/// same file every time), and for the repetitive XML of a spreadsheet within a few tens of
/// percent of zlib's size. Stored entries would be valid too; compressed ones keep the file
/// small enough to e-mail.
public enum Deflate {
  public static func compress(_ input: [UInt8]) -> [UInt8] {
    var writer = BitWriter()
    writer.put(1, bits: 1)  // the last block
    writer.put(1, bits: 2)  // fixed Huffman codes
    let count = input.count
    let windowSize = 32_768
    let hashSize = 1 << 15
    var head = [Int32](repeating: -1, count: hashSize)
    var previous = [Int32](repeating: -1, count: windowSize)
    func hash(_ at: Int) -> Int {
      let value = Int(input[at]) << 10 ^ Int(input[at + 1]) << 5 ^ Int(input[at + 2])
      return ((value &* 2_654_435_761) >> 7) & (hashSize - 1)
    }
    func insert(_ at: Int) {
      guard at + 2 < count else { return }
      let key = hash(at)
      previous[at & (windowSize - 1)] = head[key]
      head[key] = Int32(at)
    }
    var position = 0
    while position < count {
      var bestLength = 0
      var bestDistance = 0
      if position + 2 < count {
        var candidate = Int(head[hash(position)])
        var chain = 48
        let maximum = min(258, count - position)
        while candidate >= 0 && chain > 0 && position - candidate <= windowSize {
          if input[candidate + bestLength] == input[position + bestLength]
            || bestLength == 0
          {
            var length = 0
            while length < maximum && input[candidate + length] == input[position + length] {
              length += 1
            }
            if length > bestLength {
              bestLength = length
              bestDistance = position - candidate
              if length == maximum { break }
            }
          }
          let next = Int(previous[candidate & (windowSize - 1)])
          if next >= candidate { break }
          candidate = next
          chain -= 1
        }
      }
      if bestLength >= 3 {
        writer.putLength(bestLength)
        writer.putDistance(bestDistance)
        for offset in 0..<bestLength { insert(position + offset) }
        position += bestLength
      } else {
        writer.putLiteral(Int(input[position]))
        insert(position)
        position += 1
      }
    }
    writer.putLiteral(256)
    return writer.finish()
  }
}

/// Writes bits least significant first, and Huffman codes of the fixed code most significant
/// first, as deflate wants them.
struct BitWriter {
  private var bytes: [UInt8] = []
  private var buffer: UInt64 = 0
  private var count = 0

  mutating func put(_ value: Int, bits: Int) {
    buffer |= UInt64(value) << UInt64(count)
    count += bits
    while count >= 8 {
      bytes.append(UInt8(truncatingIfNeeded: buffer))
      buffer >>= 8
      count -= 8
    }
  }

  /// A code given most significant bit first.
  mutating func putCode(_ code: Int, bits: Int) {
    var reversed = 0
    for bit in 0..<bits where code & (1 << bit) != 0 { reversed |= 1 << (bits - 1 - bit) }
    put(reversed, bits: bits)
  }

  /// A literal byte or the end of block (256) in the fixed code.
  mutating func putLiteral(_ symbol: Int) {
    switch symbol {
    case 0...143: putCode(0x30 + symbol, bits: 8)
    case 144...255: putCode(0x190 + symbol - 144, bits: 9)
    case 256...279: putCode(symbol - 256, bits: 7)
    default: putCode(0xC0 + symbol - 280, bits: 8)
    }
  }

  private static let lengthBase = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
    131, 163, 195, 227, 258,
  ]
  private static let distanceBase = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
  ]

  mutating func putLength(_ length: Int) {
    var index = Self.lengthBase.count - 1
    while Self.lengthBase[index] > length { index -= 1 }
    putLiteral(257 + index)
    let extra = index == 28 ? 0 : max(0, (index - 4) / 4)
    if extra > 0 { put(length - Self.lengthBase[index], bits: extra) }
  }

  mutating func putDistance(_ distance: Int) {
    var index = Self.distanceBase.count - 1
    while Self.distanceBase[index] > distance { index -= 1 }
    putCode(index, bits: 5)
    let extra = max(0, (index - 2) / 2)
    if extra > 0 { put(distance - Self.distanceBase[index], bits: extra) }
  }

  mutating func finish() -> [UInt8] {
    if count > 0 { bytes.append(UInt8(truncatingIfNeeded: buffer)) }
    buffer = 0
    count = 0
    return bytes
  }
}
