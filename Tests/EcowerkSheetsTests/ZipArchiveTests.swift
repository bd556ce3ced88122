import Testing

@testable import EcowerkSheets

/// Zip files, including hostile ones: every limit and check of `ZipArchive`.
@Suite struct ZipArchiveTests {
  static func zip(_ entries: [(String, [UInt8])], compress: Bool = true) -> [UInt8] {
    var writer = ZipWriter()
    for (name, data) in entries { writer.add(name, data, compress: compress) }
    return writer.finish()
  }

  /// Where the central directory's `index`th entry starts in a `ZipWriter` archive.
  static func centralEntry(_ bytes: [UInt8], _ index: Int) -> Int {
    let end = bytes.count - 22
    var at = Int(bytes[end + 16]) | Int(bytes[end + 17]) << 8 | Int(bytes[end + 18]) << 16
    for _ in 0..<index {
      at += 46 + (Int(bytes[at + 28]) | Int(bytes[at + 29]) << 8)
    }
    return at
  }

  static func set16(_ bytes: inout [UInt8], _ at: Int, _ value: Int) {
    bytes[at] = UInt8(value & 0xFF)
    bytes[at + 1] = UInt8(value >> 8 & 0xFF)
  }

  static let text = Array(String(repeating: "<c r=\"A1\"><v>1</v></c>", count: 200).utf8)

  @Test func storedAndDeflatedEntriesReadBack() throws {
    var writer = ZipWriter()
    writer.add("a.xml", Self.text, compress: true)
    writer.add("b/c.xml", Self.text, compress: false)
    writer.add("leeg", [])
    let archive = try ZipArchive(writer.finish())
    #expect(archive.entries.map(\.method) == [8, 0, 0])
    #expect(try archive.data("a.xml") == Self.text)
    #expect(try archive.data("b/c.xml") == Self.text)
    #expect(try archive.data("leeg") == [])
    #expect(try archive.data("A.xml") == nil, "names are case sensitive")
  }

  @Test func tooManyEntriesAreRefusedBeforeAnyIsRead() {
    let bytes = Self.zip((0..<5).map { ("\($0).xml", [UInt8]()) })
    #expect(throws: SheetError.zip(.tooManyEntries(count: 5, limit: 4))) {
      try ZipArchive(bytes, limits: .init(maxEntries: 4))
    }
  }

  @Test func declaredSizesAreCheckedAgainstTheLimits() {
    let bytes = Self.zip([("a", Self.text), ("b", Self.text)])
    let size = Self.text.count
    #expect(throws: SheetError.zip(.entryTooLarge("a", size: size, limit: size - 1))) {
      try ZipArchive(bytes, limits: .init(maxEntryBytes: size - 1))
    }
    #expect(throws: SheetError.zip(.tooLarge(size: 2 * size, limit: 2 * size - 1))) {
      try ZipArchive(bytes, limits: .init(maxTotalBytes: 2 * size - 1))
    }
  }

  @Test func anEntryThatInflatesLikeABombIsRefused() {
    let bytes = Self.zip([("bomb.xml", [UInt8](repeating: 0, count: 200_000))])
    #expect(throws: SheetError.zip(.suspiciousRatio("bomb.xml"))) {
      try ZipArchive(bytes, limits: .init(maxRatio: 100, ratioFloor: 10_000))
    }
  }

  @Test(
    "names that climb out of a folder or start at the root are refused",
    arguments: ["../evil.xml", "/etc/passwd", "xl\\..\\x.xml", "xl/../../x", "C:/x", ""])
  func badNames(name: String) {
    #expect(throws: SheetError.zip(.badName(name))) {
      try ZipArchive(Self.zip([(name, [1])]))
    }
  }

  @Test func duplicateNamesAreRefused() {
    #expect(throws: SheetError.zip(.duplicateName("a"))) {
      try ZipArchive(Self.zip([("a", [1]), ("a", [2])]))
    }
  }

  @Test func entriesThatShareBytesAreRefused() {
    var bytes = Self.zip([("a", Self.text), ("b", Self.text)])
    let second = Self.centralEntry(bytes, 1)
    // The second entry points at the first one's local header: one stream counted twice.
    Self.set16(&bytes, second + 42, 0)
    Self.set16(&bytes, second + 44, 0)
    #expect(throws: SheetError.zip(.overlapping("b"))) { try ZipArchive(bytes) }
  }

  @Test func anEntryLargerOrSmallerThanDeclaredIsRefused() throws {
    for (compress, method) in [(true, 8), (false, 0)] {
      var bytes = Self.zip([("a", Self.text)], compress: compress)
      let entry = Self.centralEntry(bytes, 0)
      #expect(bytes[entry + 10] == method)
      Self.set16(&bytes, entry + 24, Self.text.count - 1)
      let archive = try ZipArchive(bytes)
      #expect(throws: SheetError.self) { try archive.data("a") }
    }
  }

  @Test func aDamagedEntryFailsItsChecksum() throws {
    var bytes = Self.zip([("a", Self.text)], compress: false)
    bytes[30 + 1 + 5] ^= 0x01
    let archive = try ZipArchive(bytes)
    #expect(throws: SheetError.zip(.damaged("a"))) { try archive.data("a") }
  }

  @Test func encryptedEntriesAndUnknownMethodsAreNamed() throws {
    var encrypted = Self.zip([("a", Self.text)])
    encrypted[Self.centralEntry(encrypted, 0) + 8] |= 1
    #expect(throws: SheetError.encrypted) { try ZipArchive(encrypted) }
    var lzma = Self.zip([("a", Self.text)])
    Self.set16(&lzma, Self.centralEntry(lzma, 0) + 10, 14)
    let archive = try ZipArchive(lzma)
    #expect(throws: SheetError.zip(.unsupportedMethod("a", 14))) { try archive.data("a") }
  }

  @Test func aCutOffOrFakeZipHasNoDirectory() {
    let bytes = Self.zip([("a", Self.text)])
    #expect(throws: SheetError.zip(.noDirectory)) {
      try ZipArchive(Array(bytes.prefix(bytes.count / 2)))
    }
    #expect(throws: SheetError.zip(.noDirectory)) { try ZipArchive([0x50, 0x4B, 3, 4, 0, 0]) }
  }

  @Test(.enabled(if: Python.path != nil, "python3 is not installed: apt-get install python3"))
  func ourZipIsReadByPythonAndPythonsZipByUs() throws {
    let ours = Self.zip([("a.xml", Self.text), ("b.xml", Array("héllo".utf8))])
    let checked = try Python.run(
      """
      import sys, io, zipfile
      z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))
      assert z.testzip() is None
      print(len(z.read('a.xml')), z.read('b.xml').decode('utf-8'))
      """, input: ours)
    #expect(checked == "\(Self.text.count) héllo\n")
    let theirs = try Python.bytes(
      """
      import io, zipfile
      buffer = io.BytesIO()
      with zipfile.ZipFile(buffer, 'w', zipfile.ZIP_DEFLATED) as z:
          z.writestr('x/deflated.xml', ('<row>' + 'Coöperatie ' * 500 + '</row>'))
          z.writestr('x/stored.xml', 'stored', compress_type=zipfile.ZIP_STORED)
      print(buffer.getvalue().hex())
      """)
    let archive = try ZipArchive(theirs)
    #expect(
      try archive.data("x/deflated.xml")
        == Array(("<row>" + String(repeating: "Coöperatie ", count: 500) + "</row>").utf8))
    #expect(try archive.data("x/stored.xml") == Array("stored".utf8))
  }
}
