import EcowerkModel

/// What each pane shows of the plan: selection, scroll, expanded nodes. Not saved with the plan.
public struct PaneViews: Hashable, Sendable {
  public var overview = ListCursor()
  public var segments = MasterDetail()
  public var stakeholders = MatrixCursor()
  public var theoryOfChange = TreeCursor()
  public var propositions = ListCursor()
  /// Pane 5's organisation matrix: the selected partner column, and the columns' partners
  /// found once per plan version.
  public var organisation = OrganisationView()
  public var finance = FinanceView()
  public var actions = ActionsView()
  public var pilots = MasterDetail()
  public var peerReview = ListCursor()
  /// The Theory of Change diagram's layout, made once per plan version and width.
  var diagram: DiagramCache?
  /// The links between the steps read from the other end, for the plan version they were
  /// made for (`DerivedViews`).
  public var links: KeptLinks?

  public init() {}
}

/// A diagram layout with the plan version and width it was made for. Two caches are the same
/// when they were made for the same plan version and width: comparing view states never walks
/// ten thousand boxes.
struct DiagramCache: Hashable, Sendable {
  var version: Int
  var width: Int
  var grid: ChangeDiagramGrid

  static func == (lhs: DiagramCache, rhs: DiagramCache) -> Bool {
    lhs.version == rhs.version && lhs.width == rhs.width
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(version)
    hasher.combine(width)
  }
}

/// The plan's links index with the plan version it was made for.
public struct KeptLinks: Hashable, Sendable {
  public var version: Int
  public var links: PlanLinks
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
  /// The segments' bowling alley instead of the list and detail.
  public var showsAlley = false

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
  /// The chain links (and who in the MVE covers each) instead of the table.
  public var chainLinks = false
  /// The selected line of the chain links view.
  public var chainLinkCursor = ListCursor()
  /// The column the rows are sorted by and the direction, nil for the plan's own order.
  public var sort: SortOrder?
  /// Only rows whose text contains this (ignoring case and accents) are shown.
  public var filter = ""
  /// The rows shown, as indices into the plan's list, in display order; kept for the plan
  /// version, sort and filter it was made for, so a keystroke does not sort again.
  public var order: RowOrder?
  /// The rows without a filter, kept while one is typed, so that clearing it (Esc) gives them
  /// back without sorting again.
  public var unfiltered: RowOrder?

  public init() {}
}

/// A column to sort by, and whether the order is reversed.
public struct SortOrder: Hashable, Sendable {
  public var field: Field
  public var ascending: Bool

  public init(field: Field, ascending: Bool = true) {
    self.field = field
    self.ascending = ascending
  }
}

/// Display rows computed for one plan version, sort and filter.
public struct RowOrder: Hashable, Sendable {
  public var rows: [Int]
  public var version: Int
  public var sort: SortOrder?
  public var filter: String
  /// The sort key of each row, kept so that an edit of one row can move just that row.
  public var keys: [SortKey] = []
}

/// What a column sorts by: numbers as numbers, text as folded text. A text key carries its
/// first eight folded bytes as one number, so that most comparisons while sorting ten thousand
/// rows are a single integer comparison; the whole text breaks ties.
public enum SortKey: Hashable, Comparable, Sendable {
  case number(Int)
  case text(prefix: UInt64, whole: String)

  /// One integer that orders keys of the same kind as the keys do, except for ties.
  var quick: UInt64 {
    switch self {
    case .number(let value): return UInt64(bitPattern: Int64(value)) ^ (1 << 63)
    case .text(let prefix, _): return prefix
    }
  }
}

/// The Theory of Change tree: which nodes are folded and which row is selected, and the
/// selected node's detail with the keyboard in the tree or in the detail.
public struct TreeCursor: Hashable, Sendable {
  public enum Focus: Hashable, Sendable {
    case tree
    case detail
  }

  public var rows = ListCursor()
  public var collapsed: Set<NodeID> = []
  /// The selected line of the node's detail (an item index) and its scroll offset; back at
  /// the top whenever the keyboard is in the tree.
  public var detail = ListCursor()
  public var focus = Focus.tree
  /// The diagram is shown instead of the tree and the detail.
  public var showsDiagram = false
  /// The element selected in the diagram (every element has a box there, folded or not).
  public var diagramNode: NodeID?
  /// The first row of the diagram on screen.
  public var diagramOffset = 0

  public init() {}
}
