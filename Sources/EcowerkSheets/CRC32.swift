/// The CRC-32 of zip entries (the IEEE polynomial, reflected), which a reader checks to know
/// that an entry was inflated to exactly what was compressed.
public enum CRC32 {
  /// The checksum of `bytes`, continuing from `crc` (0 to start).
  ///
  /// Eight bytes at a time through eight tables ("slicing by eight"), on buffer pointers:
  /// every byte of every entry of a workbook passes here, and the byte-at-a-time loop was a
  /// tenth of an import.
  public static func checksum(_ bytes: [UInt8], continuing crc: UInt32 = 0) -> UInt32 {
    var value = ~crc
    tables.withUnsafeBufferPointer { t in
      bytes.withUnsafeBufferPointer { bytes in
        var index = 0
        let count = bytes.count
        while index + 8 <= count {
          let low =
            value
            ^ (UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8
              | UInt32(bytes[index + 2]) << 16 | UInt32(bytes[index + 3]) << 24)
          let high =
            UInt32(bytes[index + 4]) | UInt32(bytes[index + 5]) << 8
            | UInt32(bytes[index + 6]) << 16 | UInt32(bytes[index + 7]) << 24
          value =
            t[7 * 256 + Int(low & 0xFF)] ^ t[6 * 256 + Int(low >> 8 & 0xFF)]
            ^ t[5 * 256 + Int(low >> 16 & 0xFF)] ^ t[4 * 256 + Int(low >> 24)]
            ^ t[3 * 256 + Int(high & 0xFF)] ^ t[2 * 256 + Int(high >> 8 & 0xFF)]
            ^ t[256 + Int(high >> 16 & 0xFF)] ^ t[Int(high >> 24)]
          index += 8
        }
        while index < count {
          value = t[Int((value ^ UInt32(bytes[index])) & 0xFF)] ^ (value >> 8)
          index += 1
        }
      }
    }
    return ~value
  }

  /// Table k gives the CRC of a byte followed by k zero bytes.
  private static let tables: [UInt32] = {
    var tables = [UInt32](repeating: 0, count: 8 * 256)
    for index in 0..<256 {
      var value = UInt32(index)
      for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
      tables[index] = value
    }
    for index in 0..<256 {
      for table in 1..<8 {
        let previous = tables[(table - 1) * 256 + index]
        tables[table * 256 + index] = tables[Int(previous & 0xFF)] ^ (previous >> 8)
      }
    }
    return tables
  }()
}
