/// A "contributes to" link of the Theory of Change beyond the tree: an element that also leads
/// up to another element above it (an activity that serves two outputs, an outcome that feeds
/// two impact goals), with the reason why and the assumptions the link rests on.
///
/// The tree gives every element one parent; links make the Theory of Change a network on top
/// of it, as TOCO, Changeroo and Kumu draw it. They live beside the tree rather than in it, so
/// that moving or folding the tree never loses one, and deleting an element removes the links
/// that touch it in the same undoable edit.
public struct ChangeLink: Identifiable, Hashable, Sendable {
  public var id: ChangeLinkID
  /// The element that contributes.
  public var from: NodeID
  /// The element it contributes to.
  public var to: NodeID
  /// Why `from` leads to `to`: the causal reasoning the room agreed on.
  public var rationale: String
  /// What must hold for the link to work, each with its status and plan B, like an element's.
  public var assumptions: [Assumption]

  public init(
    id: ChangeLinkID, from: NodeID, to: NodeID, rationale: String = "",
    assumptions: [Assumption] = []
  ) {
    self.id = id
    self.from = from
    self.to = to
    self.rationale = rationale
    self.assumptions = assumptions
  }
}

public typealias ChangeLinkID = EntityID<ChangeLink>

extension ChangeLink: SchemaEntity {
  public static let schema = EntitySchema<ChangeLink>(
    "changeLink", blank: ChangeLink(id: "", from: "", to: ""),
    [
      .id({ $0.id }, { $0.id = $1 }),
      .requiredReference(.from, { $0.from }, { $0.from = $1 }, to: .node),
      .requiredReference(.to, { $0.to }, { $0.to = $1 }, to: .node),
      .text(.rationale, { $0.rationale }, { $0.rationale = $1 }, .long),
      .list("assumptions", { $0.assumptions }, { $0.assumptions = $1 }),
    ],
    rules: { link, context in
      if link.from == link.to { return [(.to, .selfReference(link.to.rawValue))] }
      return context.linkProblems[link.id].map { [(.to, $0)] } ?? []
    })
}
