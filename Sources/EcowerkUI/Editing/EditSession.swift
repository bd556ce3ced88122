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

  public init(target: Target, kind: FieldKind, text: String, inserting: Bool = false) {
    self.target = target
    self.kind = kind
    editor = LineEditor(text)
    self.inserting = inserting
  }
}

/// A small list to choose from: a choice field's options, the stakeholders to own a node, the
/// segments a proposition serves.
public struct PickList: Hashable, Sendable {
  public struct Option: Hashable, Sendable {
    public var value: String?
    public var label: String
  }

  /// What choosing an option does.
  public enum Purpose: Hashable, Sendable {
    /// The pane takes the choice itself (a peer review level, with its own status message).
    case paneChoice
    /// Sets the target's field to the option's value.
    case setField
    /// Moves the target node under the chosen node (nil: to the top level); the pane that
    /// opened the list carries it out, so that its selection can follow the node.
    case moveNode
    /// Makes the chosen stakeholder a partner in the financial plan; the Finance pane carries
    /// it out, so that its selection can land on the new partner's row.
    case addPartner
  }

  public var target: Target
  public var title: String
  public var options: [Option]
  public var selected: Int
  /// For references fields: several can be checked; Space checks, Enter confirms.
  public var isMultiple: Bool
  public var checked: Set<String>
  public var offset = 0
  public var purpose = Purpose.setField
}
