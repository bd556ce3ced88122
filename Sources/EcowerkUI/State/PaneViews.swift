import EcowerkModel

/// What each pane shows of the plan: selection, scroll, expanded nodes. Not saved with the plan.
public struct PaneViews: Hashable, Sendable {
  public var overview = ListCursor()
  public var segments = MasterDetail()
  public var stakeholders = MatrixCursor()
  public var theoryOfChange = TreeCursor()
  public var propositions = ListCursor()
  public var finance = MatrixCursor()
  public var actions = ListCursor()
  public var pilots = MasterDetail()
  public var peerReview = ListCursor()

  public init() {}
}

/// A list beside a detail view, with the keyboard in one of them.
public struct MasterDetail: Hashable, Sendable {
  public enum Focus: Hashable, Sendable {
    case list
    case detail
  }

  public var list = ListCursor()
  public var detail = ListCursor()
  public var focus = Focus.list

  public init() {}
}

/// A table with a selected cell and both scroll offsets.
public struct MatrixCursor: Hashable, Sendable {
  public var rows = ListCursor()
  /// The selected column, 0 being the frozen name column.
  public var column = 0
  /// The first scrolling column shown after the frozen one(s).
  public var columnOffset = 0
  /// The stakeholder matrix's influence × interest view instead of the table.
  public var quadrant = false

  public init() {}
}

/// The Theory of Change tree: which nodes are folded and which row is selected.
public struct TreeCursor: Hashable, Sendable {
  public var rows = ListCursor()
  public var collapsed: Set<NodeID> = []

  public init() {}
}
