/// One cell of the screen.
///
/// A wide character (CJK, most emoji) takes two cells: the first holds it, the second is a
/// `continuation` that draws nothing, so that the grid's columns stay the terminal's columns.
public struct Cell: Hashable, Sendable {
  /// The grapheme shown, already sanitised; a space for an empty cell.
  public var character: Character
  public var style: Style
  /// True for the right half of a wide character.
  public var isContinuation: Bool

  public init(_ character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
    self.character = character
    self.style = style
    self.isContinuation = isContinuation
  }

  public static let blank = Cell()
}
