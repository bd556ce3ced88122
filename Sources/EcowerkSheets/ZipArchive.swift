/// A zip file read from memory: its central directory checked up front, entries inflated on
/// demand, each within limits.
///
/// A workbook arrives by e-mail, so the archive is treated as hostile: the number of entries,
/// every declared size, the ratio of inflated to compressed size, the names (no absolute
/// paths, no `..`, no duplicates) and the place of every entry in the file (no entry overlapping
/// another, the trick of zip bombs that reuse one compressed stream) are checked before any
/// entry is inflated; while inflating, the output may not grow past the size declared for it,
/// and its CRC-32 must match.
public struct ZipArchive: Sendable {
  public struct Limits: Hashable, Sendable {
    /// Entries in the archive; a workbook has a few dozen.
    public var maxEntries: Int
    /// Bytes of one inflated entry.
    public var maxEntryBytes: Int
    /// Bytes of all inflated entries together.
    public var maxTotalBytes: Int
    /// Inflated bytes per compressed byte, above `ratioFloor` bytes. XML compresses 10 to 50
    /// times; a zip bomb compresses thousands of times.
    public var maxRatio: Int
    public var ratioFloor: Int

    public init(
      maxEntries: Int = 10_000, maxEntryBytes: Int = 256 * 1_048_576,
      maxTotalBytes: Int = 512 * 1_048_576, maxRatio: Int = 1_000,
      ratioFloor: Int = 1_048_576
    ) {
      self.maxEntries = maxEntries
      self.maxEntryBytes = maxEntryBytes
      self.maxTotalBytes = maxTotalBytes
      self.maxRatio = maxRatio
      self.ratioFloor = ratioFloor
    }

    public static let standard = Limits()
  }

  public struct Entry: Hashable, Sendable {
    public var name: String
    public var method: Int
    public var crc: UInt32
    public var compressedSize: Int
    public var size: Int
    /// Where the local header starts.
    var headerOffset: Int
    /// Where the entry's data starts, after the local header.
    var dataOffset = 0
  }

  public let entries: [Entry]
  private let bytes: [UInt8]
  private let index: [String: Int]
  public let limits: Limits

  public init(_ bytes: [UInt8], limits: Limits = .standard) throws(SheetError) {
    self.bytes = bytes
    self.limits = limits
    var reader = ZipDirectory(bytes: bytes, limits: limits)
    entries = try reader.read()
    var index: [String: Int] = [:]
    for (position, entry) in entries.enumerated() {
      guard index[entry.name] == nil else { throw .zip(.duplicateName(entry.name)) }
      index[entry.name] = position
    }
    self.index = index
  }

  public func contains(_ name: String) -> Bool { index[name] != nil }

  /// The inflated bytes of the entry called `name` (exactly as stored: zip names are case
  /// sensitive), or nil when there is none.
  public func data(_ name: String) throws(SheetError) -> [UInt8]? {
    guard let position = index[name] else { return nil }
    let entry = entries[position]
    let start = entry.dataOffset
    let compressed = bytes[start..<(start + entry.compressedSize)]
    let data: [UInt8]
    switch entry.method {
    case 0:
      guard entry.compressedSize == entry.size else { throw .zip(.damaged(entry.name)) }
      data = Array(compressed)
    case 8:
      do {
        data = try Inflate.decompress(compressed, limit: entry.size, expected: entry.size)
      } catch .tooLarge {
        throw .zip(.sizeMismatch(entry.name))
      } catch {
        throw .zip(.damaged(entry.name))
      }
    default:
      throw .zip(.unsupportedMethod(entry.name, entry.method))
    }
    guard data.count == entry.size else { throw .zip(.sizeMismatch(entry.name)) }
    guard CRC32.checksum(data) == entry.crc else { throw .zip(.damaged(entry.name)) }
    return data
  }
}

/// Reads and checks the central directory.
private struct ZipDirectory {
  let bytes: [UInt8]
  let limits: ZipArchive.Limits

  func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
  func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
  func u64(_ at: Int) -> Int {
    let low = u32(at)
    let high = u32(at + 4)
    return high > 0x7FFF_FFFF ? Int.max : low | high << 32
  }

  mutating func read() throws(SheetError) -> [ZipArchive.Entry] {
    guard let end = findEnd() else { throw .zip(.noDirectory) }
    var count = u16(end + 10)
    var size = u32(end + 12)
    var offset = u32(end + 16)
    if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
      // ZIP64: the real values are in a record the locator before the end record points at.
      let locator = end - 20
      guard locator >= 0, u32(locator) == 0x0706_4B50 else { throw .zip(.noDirectory) }
      let record = u64(locator + 8)
      guard record >= 0, record <= bytes.count - 56, u32(record) == 0x0606_4B50 else {
        throw .zip(.noDirectory)
      }
      count = u64(record + 32)
      size = u64(record + 40)
      offset = u64(record + 48)
    }
    guard count <= limits.maxEntries else {
      throw .zip(.tooManyEntries(count: count, limit: limits.maxEntries))
    }
    guard offset >= 0, size >= 0, offset <= bytes.count, size <= bytes.count - offset else {
      throw .zip(.noDirectory)
    }
    var entries: [ZipArchive.Entry] = []
    entries.reserveCapacity(count)
    var at = offset
    var total = 0
    for _ in 0..<count {
      guard at + 46 <= offset + size, u32(at) == 0x0201_4B50 else { throw .zip(.noDirectory) }
      let flags = u16(at + 8)
      let nameLength = u16(at + 28)
      let extraLength = u16(at + 30)
      let commentLength = u16(at + 32)
      guard at + 46 + nameLength + extraLength + commentLength <= offset + size else {
        throw .zip(.noDirectory)
      }
      let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
      var entry = ZipArchive.Entry(
        name: name, method: u16(at + 10), crc: UInt32(u32(at + 16)),
        compressedSize: u32(at + 20), size: u32(at + 24), headerOffset: u32(at + 42))
      readZip64(&entry, extra: (at + 46 + nameLength)..<(at + 46 + nameLength + extraLength))
      at += 46 + nameLength + extraLength + commentLength
      guard flags & 1 == 0 else { throw .encrypted }
      try check(name)
      guard entry.size <= limits.maxEntryBytes else {
        throw .zip(.entryTooLarge(name, size: entry.size, limit: limits.maxEntryBytes))
      }
      total += entry.size
      guard total <= limits.maxTotalBytes else {
        throw .zip(.tooLarge(size: total, limit: limits.maxTotalBytes))
      }
      if entry.size > limits.ratioFloor
        && entry.size / max(entry.compressedSize, 1) > limits.maxRatio
      {
        throw .zip(.suspiciousRatio(name))
      }
      entries.append(entry)
    }
    try place(&entries, directoryStart: offset)
    return entries
  }

  /// The end of central directory record, searched from the end past a comment of up to
  /// 65,535 bytes.
  private func findEnd() -> Int? {
    guard bytes.count >= 22 else { return nil }
    var at = bytes.count - 22
    let lowest = max(0, bytes.count - 22 - 65_535)
    while at >= lowest {
      if bytes[at] == 0x50 && u32(at) == 0x0605_4B50 { return at }
      at -= 1
    }
    return nil
  }

  private func readZip64(_ entry: inout ZipArchive.Entry, extra: Range<Int>) {
    var at = extra.lowerBound
    while at + 4 <= extra.upperBound {
      let id = u16(at)
      let length = u16(at + 2)
      guard at + 4 + length <= extra.upperBound else { return }
      if id == 0x0001 {
        var field = at + 4
        if entry.size == 0xFFFF_FFFF, field + 8 <= at + 4 + length {
          entry.size = u64(field)
          field += 8
        }
        if entry.compressedSize == 0xFFFF_FFFF, field + 8 <= at + 4 + length {
          entry.compressedSize = u64(field)
          field += 8
        }
        if entry.headerOffset == 0xFFFF_FFFF, field + 8 <= at + 4 + length {
          entry.headerOffset = u64(field)
        }
      }
      at += 4 + length
    }
  }

  /// Names are looked up, never written to disk; still, a name that would climb out of a
  /// folder or start at the root has no business in a workbook.
  private func check(_ name: String) throws(SheetError) {
    let parts = name.split(separator: "/", omittingEmptySubsequences: false)
    if name.isEmpty || name.hasPrefix("/") || name.contains("\\") || name.contains("\0")
      || parts.contains("..") || (name.count >= 2 && name.dropFirst().first == ":")
    {
      throw .zip(.badName(name))
    }
  }

  /// Finds each entry's data after its local header and checks that no two entries share
  /// bytes and none reaches into the directory.
  private func place(_ entries: inout [ZipArchive.Entry], directoryStart: Int) throws(SheetError) {
    for position in entries.indices {
      let header = entries[position].headerOffset
      guard header >= 0, header <= directoryStart - 30, u32(header) == 0x0403_4B50 else {
        throw .zip(.damaged(entries[position].name))
      }
      let start = header + 30 + u16(header + 26) + u16(header + 28)
      guard start <= directoryStart,
        entries[position].compressedSize <= directoryStart - start
      else {
        throw .zip(.damaged(entries[position].name))
      }
      entries[position].dataOffset = start
    }
    let order = entries.indices.sorted { entries[$0].headerOffset < entries[$1].headerOffset }
    for (first, second) in zip(order, order.dropFirst()) {
      let end = entries[first].dataOffset + entries[first].compressedSize
      guard end <= entries[second].headerOffset else {
        throw .zip(.overlapping(entries[second].name))
      }
    }
  }
}
