import EcowerkJSON
import Testing

@Test(arguments: [
  (0, 1, 1),
  (2, 1, 3),
  (3, 2, 1),
  (5, 2, 2),
  (7, 2, 3),
  (10, 2, 4),
  (11, 2, 5),
  (12, 3, 1),
  (13, 3, 2),
  (100, 3, 3),
])
func columnsCountScalarsAndLinesCountLineFeeds(offset: Int, line: Int, column: Int) {
  // "ab\n" then "éé" (2 bytes each), "€" (3 bytes), "\r\n", then "x" and "y".
  let bytes = Array("ab\néé€\r\nxy".utf8)
  #expect(Location(offset: offset, in: bytes) == Location(line: line, column: column))
}

@Test func locationsDescribeThemselvesForMessages() {
  #expect(Location(line: 3, column: 5).description == "line 3, column 5")
  #expect(JSONParseError(offset: 4, .empty).description == "byte 4: the file is empty")
}
