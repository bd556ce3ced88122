/// Decompresses raw deflate data (RFC 1951), the compression inside zip files and so inside
/// every `.xlsx`.
///
/// Our own rather than zlib's: the module stays standard-library Swift with no system package
/// to install, a hostile stream is bounded here (the output limit is checked before every
/// byte is written, so a zip bomb stops at the limit instead of filling memory), and
/// spreadsheets are small enough that a plain table-driven decoder is fast enough (see the
/// benchmark's import figures).
public enum Inflate {
  /// Why a stream cannot be inflated.
  public enum Failure: Error, Hashable, Sendable {
    /// The data ends in the middle of a block.
    case truncated
    /// Block type 3, a stored block whose length check fails, impossible code lengths, or a
    /// code that means nothing.
    case damaged
    /// A back-reference reaches before the start of the output.
    case distanceTooFar
    /// The output would be larger than the limit the caller set.
    case tooLarge
  }

  /// The inflated bytes of `input`, at most `limit` of them.
  ///
  /// `expected` only reserves memory (the size a zip directory declares); it is trusted no
  /// further than `limit`.
  public static func decompress(
    _ input: ArraySlice<UInt8>, limit: Int, expected: Int = 0
  ) throws(Failure) -> [UInt8] {
    var output: [UInt8] = []
    output.reserveCapacity(min(max(expected, 0), limit))
    var bits = BitReader(input)
    var last = false
    while !last {
      last = try bits.take(1) == 1
      switch try bits.take(2) {
      case 0: try stored(&bits, into: &output, limit: limit)
      case 1: try codes(&bits, Huffman.fixedLengths, Huffman.fixedDistances, &output, limit)
      case 2:
        let (lengths, distances) = try dynamicTables(&bits)
        try codes(&bits, lengths, distances, &output, limit)
      default: throw .damaged
      }
    }
    return output
  }

  private static func stored(
    _ bits: inout BitReader, into output: inout [UInt8], limit: Int
  ) throws(Failure) {
    bits.alignToByte()
    let length = try bits.take(16)
    let complement = try bits.take(16)
    guard length == ~complement & 0xFFFF else { throw .damaged }
    guard output.count + length <= limit else { throw .tooLarge }
    try bits.copyBytes(length, into: &output)
  }

  /// Length and distance bases and extra bits, RFC 1951 section 3.2.5.
  private static let lengthBase: [Int] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115,
    131, 163, 195, 227, 258,
  ]
  private static let lengthExtra: [Int] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  private static let distanceBase: [Int] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
  ]
  private static let distanceExtra: [Int] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
  ]

  private static func codes(
    _ bits: inout BitReader, _ lengths: Huffman, _ distances: Huffman, _ output: inout [UInt8],
    _ limit: Int
  ) throws(Failure) {
    while true {
      let symbol = try lengths.decode(&bits)
      if symbol < 256 {
        guard output.count < limit else { throw .tooLarge }
        output.append(UInt8(symbol))
        continue
      }
      if symbol == 256 { return }
      let index = symbol - 257
      guard index < lengthBase.count else { throw .damaged }
      let length = lengthBase[index] + (try bits.take(lengthExtra[index]))
      let code = try distances.decode(&bits)
      guard code < distanceBase.count else { throw .damaged }
      let distance = distanceBase[code] + (try bits.take(distanceExtra[code]))
      guard distance <= output.count else { throw .distanceTooFar }
      guard output.count + length <= limit else { throw .tooLarge }
      var from = output.count - distance
      for _ in 0..<length {
        output.append(output[from])
        from += 1
      }
    }
  }

  /// The order in which code length code lengths are stored.
  private static let lengthOrder = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
  ]

  private static func dynamicTables(_ bits: inout BitReader) throws(Failure) -> (Huffman, Huffman) {
    let literalCount = try bits.take(5) + 257
    let distanceCount = try bits.take(5) + 1
    let codeCount = try bits.take(4) + 4
    guard literalCount <= 286, distanceCount <= 30 else { throw .damaged }
    var codeLengths = [Int](repeating: 0, count: 19)
    for index in 0..<codeCount {
      codeLengths[lengthOrder[index]] = try bits.take(3)
    }
    let lengthCode = try Huffman(lengths: codeLengths)
    var lengths: [Int] = []
    lengths.reserveCapacity(literalCount + distanceCount)
    while lengths.count < literalCount + distanceCount {
      let symbol = try lengthCode.decode(&bits)
      switch symbol {
      case 0...15: lengths.append(symbol)
      case 16:
        guard let previous = lengths.last else { throw .damaged }
        lengths += repeatElement(previous, count: 3 + (try bits.take(2)))
      case 17: lengths += repeatElement(0, count: 3 + (try bits.take(3)))
      case 18: lengths += repeatElement(0, count: 11 + (try bits.take(7)))
      default: throw .damaged
      }
    }
    guard lengths.count == literalCount + distanceCount, lengths[256] > 0 else { throw .damaged }
    return (
      try Huffman(lengths: Array(lengths[..<literalCount])),
      try Huffman(lengths: Array(lengths[literalCount...]))
    )
  }
}

/// Reads a deflate stream's bits, least significant first.
struct BitReader {
  let bytes: ArraySlice<UInt8>
  var position: Int
  var buffer: UInt64 = 0
  var count = 0

  init(_ bytes: ArraySlice<UInt8>) {
    self.bytes = bytes
    position = bytes.startIndex
  }

  /// Fills the buffer with whole bytes while there is room; past the end nothing is added, so
  /// a read that needs more bits than are left fails as truncated.
  @inline(__always)
  mutating func refill() {
    while count <= 56 && position < bytes.endIndex {
      buffer |= UInt64(bytes[position]) << UInt64(count)
      position += 1
      count += 8
    }
  }

  @inline(__always)
  mutating func take(_ wanted: Int) throws(Inflate.Failure) -> Int {
    if wanted == 0 { return 0 }
    if count < wanted {
      refill()
      guard count >= wanted else { throw .truncated }
    }
    let value = Int(buffer & ((1 << UInt64(wanted)) - 1))
    buffer >>= UInt64(wanted)
    count -= wanted
    return value
  }

  /// The next bits without consuming them, zero-padded past the end.
  @inline(__always)
  mutating func peek(_ wanted: Int) -> (value: Int, available: Int) {
    if count < wanted { refill() }
    return (Int(buffer & ((1 << UInt64(wanted)) - 1)), count)
  }

  @inline(__always)
  mutating func drop(_ used: Int) {
    buffer >>= UInt64(used)
    count -= used
  }

  mutating func alignToByte() {
    let extra = count % 8
    buffer >>= UInt64(extra)
    count -= extra
  }

  /// Copies `length` bytes of a stored block: first what is buffered, then straight from input.
  mutating func copyBytes(_ length: Int, into output: inout [UInt8]) throws(Inflate.Failure) {
    var left = length
    while left > 0 && count >= 8 {
      output.append(UInt8(truncatingIfNeeded: buffer))
      buffer >>= 8
      count -= 8
      left -= 1
    }
    guard bytes.endIndex - position >= left else { throw .truncated }
    output.append(contentsOf: bytes[position..<(position + left)])
    position += left
  }
}

/// A canonical Huffman code: a lookup table for codes up to `fastBits` long, and the counts and
/// symbols of the canonical order for the rare longer ones.
struct Huffman {
  static let fastBits = 10
  /// For every `fastBits`-bit pattern: symbol << 4 | code length, or 0 when the code is longer.
  private var fast: [UInt16]
  private var counts: [Int]
  private var symbols: [Int]

  init(lengths: [Int]) throws(Inflate.Failure) {
    counts = [Int](repeating: 0, count: 16)
    for length in lengths { counts[length] += 1 }
    counts[0] = 0
    // Over-subscribed codes are damaged; incomplete ones are allowed (a single distance code).
    var left = 1
    for length in 1...15 {
      left <<= 1
      left -= counts[length]
      guard left >= 0 else { throw .damaged }
    }
    var offsets = [Int](repeating: 0, count: 16)
    for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
    symbols = [Int](repeating: 0, count: lengths.count)
    for (symbol, length) in lengths.enumerated() where length > 0 {
      symbols[offsets[length]] = symbol
      offsets[length] += 1
    }
    fast = [UInt16](repeating: 0, count: 1 << Self.fastBits)
    var code = 0
    var index = 0
    for length in 1...15 {
      for _ in 0..<counts[length] {
        if length <= Self.fastBits {
          // Codes are stored most significant bit first; the reader sees them reversed.
          var reversed = 0
          for bit in 0..<length where code & (1 << bit) != 0 {
            reversed |= 1 << (length - 1 - bit)
          }
          let entry = UInt16(symbols[index] << 4 | length)
          var fill = reversed
          while fill < fast.count {
            fast[fill] = entry
            fill += 1 << length
          }
        }
        code += 1
        index += 1
      }
      code <<= 1
    }
  }

  @inline(__always)
  func decode(_ bits: inout BitReader) throws(Inflate.Failure) -> Int {
    let (pattern, available) = bits.peek(Self.fastBits)
    let entry = Int(fast[pattern])
    if entry != 0 {
      let length = entry & 15
      guard length <= available else { throw .truncated }
      bits.drop(length)
      return entry >> 4
    }
    return try slowDecode(&bits)
  }

  /// Bit by bit through the canonical order (as zlib's puff does), for codes longer than the
  /// table.
  private func slowDecode(_ bits: inout BitReader) throws(Inflate.Failure) -> Int {
    var code = 0
    var first = 0
    var index = 0
    for length in 1...15 {
      code |= try bits.take(1)
      let count = counts[length]
      if code - count < first { return symbols[index + (code - first)] }
      index += count
      first += count
      first <<= 1
      code <<= 1
    }
    throw .damaged
  }

  static let fixedLengths: Huffman = {
    var lengths = [Int](repeating: 8, count: 288)
    for symbol in 144..<256 { lengths[symbol] = 9 }
    for symbol in 256..<280 { lengths[symbol] = 7 }
    // The fixed code is complete and valid, so this cannot fail.
    return (try? Huffman(lengths: lengths)) ?? Huffman.empty
  }()

  static let fixedDistances: Huffman = {
    (try? Huffman(lengths: [Int](repeating: 5, count: 30))) ?? Huffman.empty
  }()

  private static var empty: Huffman {
    Huffman(fast: [UInt16](repeating: 0, count: 1 << fastBits), counts: [], symbols: [])
  }

  private init(fast: [UInt16], counts: [Int], symbols: [Int]) {
    self.fast = fast
    self.counts = counts
    self.symbols = symbols
  }
}
