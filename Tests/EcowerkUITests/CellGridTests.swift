import EcowerkUI
import Testing

@Suite struct CellGridTests {
  @Test func wideCharactersTakeTwoCellsAndKeepColumnsAligned() {
    var grid = CellGrid(width: 12, height: 3)
    grid.text("中文|", x: 0, y: 0)
    grid.text("ab|", x: 2, y: 1)
    grid.text("é🌱|", x: 1, y: 2)
    #expect(grid.row(0) == "中文|")
    #expect(grid[1, 0].isContinuation)
    #expect(grid[4, 0].character == "|")
    #expect(grid[4, 1].character == "|")
    #expect(grid[4, 2].character == "|")
  }

  @Test func aWideCharacterThatDoesNotFitIsNotDrawnByHalf() {
    var grid = CellGrid(width: 3, height: 1)
    let end = grid.text("a中文", x: 0, y: 0)
    #expect(grid.row(0) == "a中")
    #expect(end == 3)
    var narrow = CellGrid(width: 2, height: 1)
    narrow.text("a中", x: 0, y: 0)
    #expect(narrow.row(0) == "a")
  }

  @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
    var grid = CellGrid(width: 4, height: 1)
    grid.text("中文", x: 0, y: 0)
    grid.text("x", x: 1, y: 0)
    #expect(grid.row(0) == " x文")
    grid.text("y", x: 2, y: 0)
    #expect(grid.row(0) == " xy")
    #expect(!grid[3, 0].isContinuation)
  }

  @Test func controlCharactersNeverReachTheGrid() {
    var grid = CellGrid(width: 40, height: 1)
    grid.text("a\u{1B}[2Jb\u{9B}c\u{202E}d\u{7F}", x: 0, y: 0)
    let row = grid.row(0)
    #expect(!row.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    #expect(!row.unicodeScalars.contains { $0.value == 0x202E })
    #expect(row.hasPrefix("a␛[2Jb"))
  }

  @Test func fieldsAreCutWithAnEllipsisAndPadded() {
    var grid = CellGrid(width: 12, height: 2)
    grid.field("Coöperatie Zon & Wind", x: 0, y: 0, width: 10)
    grid.field("7", x: 0, y: 1, width: 5, alignment: .right)
    #expect(grid.row(0) == "Coöperati…")
    grid.field("Coöperatie", x: 0, y: 0, width: 10)
    #expect(grid.row(0) == "Coöperatie")
    grid.field("Coöperatie Zon", x: 0, y: 0, width: 9)
    #expect(grid.row(0).hasPrefix("Coöperat…"))
    #expect(grid.row(1) == "    7")
  }

  @Test func textIsClippedToItsRectangle() {
    var grid = CellGrid(width: 10, height: 3)
    grid.text("abcdefghij", x: 2, y: 1, clip: Rect(x: 3, y: 1, width: 4, height: 1))
    #expect(grid.row(1) == "   bcde")
    grid.text("zzz", x: 0, y: 2, clip: Rect(x: 0, y: 0, width: 10, height: 2))
    #expect(grid.row(2) == "")
  }

  @Test func onlyChangedRowsAreReported() {
    var a = CellGrid(width: 5, height: 3)
    var b = a
    #expect(b.changedRows(since: a) == [])
    b.text("x", x: 1, y: 2)
    #expect(b.changedRows(since: a) == [2])
    a = CellGrid(width: 4, height: 3)
    #expect(b.changedRows(since: a) == [0, 1, 2])
  }

  @Test func aZeroSizedGridDrawsNothingAndDoesNotCrash() {
    var grid = CellGrid(width: 0, height: 0)
    grid.text("hallo", x: 0, y: 0)
    grid.fill(Rect(x: -5, y: -5, width: 20, height: 20), "x")
    #expect(grid.text == "")
  }
}
