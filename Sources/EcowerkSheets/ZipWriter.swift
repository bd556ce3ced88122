/// Writes a zip file in memory: local headers, data (deflated when that is smaller, stored
/// otherwise), the central directory and its end record.
///
/// Every entry gets the same timestamp (1980-01-01, the first a zip can hold), so the same
/// content always gives the same bytes.
public struct ZipWriter: Sendable {
  private var output: [UInt8] = []
  private var directory: [UInt8] = []
  private var count = 0

  public init() {}

  /// Adds an entry; `compress: false` stores it as is.
  public mutating func add(_ name: String, _ data: [UInt8], compress: Bool = true) {
    let crc = CRC32.checksum(data)
    var method = 0
    var body = data
    if compress && !data.isEmpty {
      let deflated = Deflate.compress(data)
      if deflated.count < data.count {
        method = 8
        body = deflated
      }
    }
    let nameBytes = Array(name.utf8)
    let offset = output.count
    // Local file header.
    put32(&output, 0x0403_4B50)
    put16(&output, 20)  // version needed: 2.0 (deflate)
    put16(&output, 0)  // flags
    put16(&output, method)
    put16(&output, 0)  // time 00:00
    put16(&output, 0x21)  // date 1980-01-01
    put32(&output, Int(crc))
    put32(&output, body.count)
    put32(&output, data.count)
    put16(&output, nameBytes.count)
    put16(&output, 0)  // extra field length
    output += nameBytes
    output += body
    // Central directory header.
    put32(&directory, 0x0201_4B50)
    put16(&directory, 20)  // version made by: 2.0, MS-DOS attributes
    put16(&directory, 20)
    put16(&directory, 0)
    put16(&directory, method)
    put16(&directory, 0)
    put16(&directory, 0x21)
    put32(&directory, Int(crc))
    put32(&directory, body.count)
    put32(&directory, data.count)
    put16(&directory, nameBytes.count)
    put16(&directory, 0)  // extra
    put16(&directory, 0)  // comment
    put16(&directory, 0)  // disk
    put16(&directory, 0)  // internal attributes
    put32(&directory, 0)  // external attributes
    put32(&directory, offset)
    directory += nameBytes
    count += 1
  }

  /// The finished archive.
  public func finish() -> [UInt8] {
    var bytes = output
    let directoryOffset = bytes.count
    bytes += directory
    put32(&bytes, 0x0605_4B50)
    put16(&bytes, 0)
    put16(&bytes, 0)
    put16(&bytes, count)
    put16(&bytes, count)
    put32(&bytes, directory.count)
    put32(&bytes, directoryOffset)
    put16(&bytes, 0)  // comment length
    return bytes
  }

  private func put16(_ bytes: inout [UInt8], _ value: Int) {
    bytes.append(UInt8(truncatingIfNeeded: value))
    bytes.append(UInt8(truncatingIfNeeded: value >> 8))
  }

  private func put32(_ bytes: inout [UInt8], _ value: Int) {
    put16(&bytes, value & 0xFFFF)
    put16(&bytes, (value >> 16) & 0xFFFF)
  }
}
