/// What a field is, without the entity's type: for code that knows an entity only by its
/// reference (the workbench's editor, the report's labels).
public struct FieldDeclaration: Hashable, Sendable {
  public let field: Field
  public let type: ValueType
  /// The raw values of a choice, in order.
  public let options: [String]
  /// nil when a file must have the field.
  public let defaultValue: FieldValue?
}

extension FieldSpec {
  public var declaration: FieldDeclaration {
    FieldDeclaration(field: field, type: type, options: options, defaultValue: defaultValue)
  }
}

extension EntityKind {
  /// The type of entity of this kind (two kinds of KPI, two of failure share one).
  public var entityType: any SchemaEntity.Type {
    switch self {
    case .plan: return Plan.self
    case .systemFailure, .transformationFailure: return Failure.self
    case .segment: return Segment.self
    case .barrier: return Barrier.self
    case .pain, .gain: return Need.self
    case .conversation: return Conversation.self
    case .proposition: return ValueProposition.self
    case .chainLink: return ChainLink.self
    case .stakeholder: return Stakeholder.self
    case .orgFunction: return OrgFunction.self
    case .businessModel: return BusinessModel.self
    case .financeYear: return FinanceYear.self
    case .contribution: return Contribution.self
    case .review: return PeerReview.self
    case .score: return ElementScore.self
    case .node: return ChangeNode.self
    case .assumption, .linkAssumption: return Assumption.self
    case .changeLink: return ChangeLink.self
    case .measurement: return Measurement.self
    case .milestone: return Milestone.self
    case .criterion: return SuccessCriterion.self
    case .nodeKPI, .actionKPI: return KPI.self
    case .action: return Action.self
    case .pilot: return Pilot.self
    case .painPoint: return PainPoint.self
    }
  }

  /// What `field` is on an entity of this kind, or nil when it has no such field.
  public func declaration(of field: Field) -> FieldDeclaration? {
    Self.declaration(of: field, in: entityType)
  }

  private static func declaration<E: SchemaEntity>(of field: Field, in _: E.Type)
    -> FieldDeclaration?
  {
    E.schema.spec(field)?.declaration
  }

  /// The fields an entity of this kind has, in file order, without its identity.
  public var fields: [Field] { entityType.fields }
}
