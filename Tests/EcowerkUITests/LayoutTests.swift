import EcowerkUI
import Testing

@Suite struct LayoutTests {
  @Test func rectanglesSplitWithoutGapsOrOverlaps() {
    let rect = Rect(x: 2, y: 3, width: 20, height: 10)
    let (top, rest) = rect.splitTop(4)
    #expect(top == Rect(x: 2, y: 3, width: 20, height: 4))
    #expect(rest == Rect(x: 2, y: 7, width: 20, height: 6))
    let (left, right) = rect.splitLeft(30)
    #expect(left.width == 20 && right.width == 0)
    let (body, bottom) = rect.splitBottom(1)
    #expect(body.maxY == bottom.y && bottom.height == 1)
  }

  @Test func intersectionsAndCentringStayInside() {
    let a = Rect(x: 0, y: 0, width: 10, height: 10)
    #expect(
      a.intersection(Rect(x: 5, y: 5, width: 10, height: 10))
        == Rect(x: 5, y: 5, width: 5, height: 5))
    #expect(a.intersection(Rect(x: 20, y: 20, width: 1, height: 1)).isEmpty)
    #expect(a.centered(width: 4, height: 2) == Rect(x: 3, y: 4, width: 4, height: 2))
    #expect(a.centered(width: 40, height: 40) == a)
    #expect(Rect(x: 0, y: 0, width: -3, height: 2).isEmpty)
  }

  @Test(arguments: [(80, 24), (120, 40), (40, 10), (1, 1), (0, 0)])
  func theScreenLayoutFitsTheTerminal(_ width: Int, _ height: Int) {
    let layout = ScreenLayout(Size(width: width, height: height))
    #expect(layout.topBar.maxY <= max(height, 0))
    #expect(layout.pane.maxY <= layout.statusBar.y || layout.statusBar.height == 0)
    #expect(layout.isTooSmall == (width < 40 || height < 10))
  }

  @Test func theListCursorKeepsTheSelectionVisible() {
    var cursor = ListCursor(row: 15, offset: 0)
    cursor.clamp(count: 20, visible: 5)
    #expect(cursor.offset == 11)
    cursor.row = 2
    cursor.clamp(count: 20, visible: 5)
    #expect(cursor.offset == 2)
    cursor.row = 50
    cursor.clamp(count: 3, visible: 5)
    #expect(cursor == ListCursor(row: 2, offset: 0))
    cursor.clamp(count: 0, visible: 5)
    #expect(cursor == ListCursor(row: 0, offset: 0))
  }
}
