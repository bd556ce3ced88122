import EcowerkModel

/// A field being typed into: where it goes, what kind it is, and the text so far.
public struct EditSession: Hashable, Sendable {
  public var target: Target
  public var kind: FieldKind
  public var editor: LineEditor
  /// True when the text becomes a new entry of a list field rather than replacing one.
  public var inserting: Bool
  /// Set when the last Enter was refused, with the reason; the editor stays open.
  public var refusal: String?
  /// The text is selected, as a spreadsheet selects a number it opens: the first character
  /// typed replaces it, Backspace clears it, a cursor key keeps it.
  public var replacesOnType = false
  /// The entity this field belongs to was added for this editor and is not in the undo
  /// history yet: Enter keeps both as one step, Esc takes the entity away again.
  public var provisional: Edit?
  /// The version the plan had before the provisional entity was added.
  public var versionBefore: Int?
  /// More lines of a paste into a list of texts, added as entries after this one on Enter.
  public var pastedEntries: [String] = []

  public init(target: Target, kind: FieldKind, text: String, inserting: Bool = false) {
    self.target = target
    self.kind = kind
    editor = LineEditor(text)
    self.inserting = inserting
  }
}
