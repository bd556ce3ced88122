/// The Theory of Change as a diagram: boxes for impact, outcomes, outputs and activities,
/// arrows from each node to the one it contributes to.
public struct ChangeDiagram: Hashable, Sendable {
  public struct Node: Hashable, Sendable {
    /// The node's id in the plan: stable, so a diagram split in parts can repeat a node.
    public var id: String
    /// Its level as a word ("Outcome").
    public var level: String
    public var title: String
    /// A short line under the title: its KPIs and assumptions ("2 KPIs · 1 assumption"), or
    /// empty.
    public var note: String
    /// Whether one of its assumptions is known not to hold: drawn with a dashed border.
    public var broken: Bool
    public var children: [Node]

    public init(
      id: String, level: String, title: String, note: String = "", broken: Bool = false,
      children: [Node] = []
    ) {
      self.id = id
      self.level = level
      self.title = title
      self.note = note
      self.broken = broken
      self.children = children
    }

    /// This node and every node under it.
    public var count: Int {
      children.reduce(1) { $0 + $1.count }
    }
  }

  /// A "contributes to" link beside the tree: from one node to another, by their ids.
  public struct Link: Hashable, Sendable {
    public var from: String
    public var to: String
    /// Why the one leads to the other, shortened for a label.
    public var rationale: String
    /// Whether one of the link's own assumptions is known not to hold: drawn marked.
    public var broken: Bool

    public init(from: String, to: String, rationale: String = "", broken: Bool = false) {
      self.from = from
      self.to = to
      self.rationale = rationale
      self.broken = broken
    }
  }

  /// The impact goals, each with everything under it.
  public var roots: [Node]
  /// The links beside the tree, drawn dashed.
  public var links: [Link]
  /// The heading of each column, by depth from the impact (0) down.
  public var columnTitles: [String]
  /// "{1}, part {2} of {3}": the caption of one part of a diagram split to fit a page.
  public var partTemplate: String
  /// The legend's words for a node with a broken assumption.
  public var brokenLegend: String

  public init(
    roots: [Node], columnTitles: [String], partTemplate: String, brokenLegend: String,
    links: [Link] = []
  ) {
    self.roots = roots
    self.links = links
    self.columnTitles = columnTitles
    self.partTemplate = partTemplate
    self.brokenLegend = brokenLegend
  }
}
