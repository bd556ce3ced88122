/// A system failure (an actor missing, an interaction underdeveloped) or a transformation
/// failure (an existing system that cannot change course). Which of the two it is follows from
/// the list it is in.
///
/// The approach must be aimed at the failures it names ("de aanpak richt zich op de benoemde
/// falen"), so a failure names the propositions and partners that address it; the Theory of
/// Change nodes that address it name it themselves (`ChangeNode.systemFailures`).
public struct Failure: Identifiable, Hashable, Sendable {
  public var id: FailureID
  public var description: String
  /// The actors or interactions concerned, in words (also those outside the stakeholder field).
  public var actors: String
  /// The parties of the stakeholder field concerned.
  public var parties: [StakeholderID]
  /// A system failure's missing or weak interaction: the two partners between whom it is.
  public var between: [StakeholderID]
  /// Whether the interaction between those two is missing or weak; nil when the failure is not
  /// about an interaction.
  public var interaction: Interaction?
  /// The value propositions that address the failure.
  public var propositions: [PropositionID]
  /// The partners that address the failure.
  public var partners: [StakeholderID]

  public init(
    id: FailureID, description: String = "", actors: String = "", parties: [StakeholderID] = [],
    between: [StakeholderID] = [], interaction: Interaction? = nil,
    propositions: [PropositionID] = [], partners: [StakeholderID] = []
  ) {
    self.id = id
    self.description = description
    self.actors = actors
    self.parties = parties
    self.between = between
    self.interaction = interaction
    self.propositions = propositions
    self.partners = partners
  }

  /// How many partners an interaction is between.
  public static let interactionParties = 2
}

/// How an interaction between two actors falls short (systeemfalen: "interacties tussen
/// actoren die onderontwikkeld zijn").
public enum Interaction: String, CaseIterable, Sendable {
  case missing
  case weak
}

extension Failure: SchemaEntity {
  public static let schema = EntitySchema<Failure>(
    "failure", blank: Failure(id: ""),
    [
      .id({ $0.id }, { $0.id = $1 }),
      .text(.description, { $0.description }, { $0.description = $1 }, .long),
      .text(.actors, { $0.actors }, { $0.actors = $1 }),
      .references(.parties, { $0.parties }, { $0.parties = $1 }, to: .stakeholder),
      .references(.between, { $0.between }, { $0.between = $1 }, to: .stakeholder),
      .choice(.interaction, { $0.interaction }, { $0.interaction = $1 }),
      .references(.propositions, { $0.propositions }, { $0.propositions = $1 }, to: .proposition),
      .references(.partners, { $0.partners }, { $0.partners = $1 }, to: .stakeholder),
    ])
}
