/// A plan walked by its schemas into one flat list of its entities, in file order, each
/// entity before the entities it holds, and found by its reference in constant time.
///
/// This is what comparing and merging plans work on: every field of every entity as a
/// `FieldValue`, read through the schema, so that a field added to a schema is compared and
/// merged with no code of its own.
public struct PlanIndex: Sendable {
  /// The plan the index was made of.
  public let plan: Plan
  /// The entities, the plan itself first, in file order (pre-order: a holder, then what it
  /// holds).
  public let entries: [Entry]
  private let positions: [EntityRef: Int]
  /// The entities held by another entity (a segment's barriers, pains and gains …), by kind
  /// and id: a reference to one names only its id.
  private let nested: [NestedKey: EntityRef]

  private struct NestedKey: Hashable, Sendable {
    let kind: EntityKind
    let id: String
  }

  public init(_ plan: Plan) {
    self.plan = plan
    // Most entities are in the plan's own lists and the actions' and nodes' lists; room for
    // about that many keeps the table from growing step by step.
    let capacity =
      plan.stakeholders.count + plan.segments.count * 4 + plan.actions.count * 2
      + plan.theoryOfChange.count * 8 + plan.finance.count * 8 + 64
    var walker = Walker(capacity: capacity)
    walker.addPlan(plan)
    entries = walker.entries
    positions = walker.positions
    // Only the held entities a reference can name: a plan holds tens of thousands of
    // contributions that none does.
    var nested: [NestedKey: EntityRef] = [:]
    for segment in plan.segments {
      for need in segment.pains {
        nested[NestedKey(kind: .pain, id: need.id.rawValue)] = .pain(segment.id, need.id)
      }
      for need in segment.gains {
        nested[NestedKey(kind: .gain, id: need.id.rawValue)] = .gain(segment.id, need.id)
      }
      for barrier in segment.barriers {
        nested[NestedKey(kind: .barrier, id: barrier.id.rawValue)] =
          .barrier(segment.id, barrier.id)
      }
    }
    // A KPI (a success criterion's) and an assumption (a missed KPI's cause) are named by their
    // id alone, wherever they are held: only the few that some reference names are indexed.
    var namedKPIs: Set<String> = []
    for pilot in plan.pilots {
      for criterion in pilot.criteria {
        if let kpi = criterion.kpi { namedKPIs.insert(kpi.rawValue) }
      }
    }
    var namedAssumptions: Set<String> = []
    let kpis = plan.allKPIs()
    for (_, kpi) in kpis {
      if let cause = kpi.causeAssumption { namedAssumptions.insert(cause.rawValue) }
    }
    for (ref, kpi) in kpis where namedKPIs.contains(kpi.id.rawValue) {
      nested[NestedKey(kind: .nodeKPI, id: kpi.id.rawValue)] = ref
    }
    if !namedAssumptions.isEmpty {
      for (node, _) in plan.allNodes() {
        for assumption in node.assumptions where namedAssumptions.contains(assumption.id.rawValue) {
          nested[NestedKey(kind: .assumption, id: assumption.id.rawValue)] =
            .assumption(node.id, assumption.id)
        }
      }
      for link in plan.changeLinks {
        for assumption in link.assumptions where namedAssumptions.contains(assumption.id.rawValue) {
          nested[NestedKey(kind: .assumption, id: assumption.id.rawValue)] =
            .linkAssumption(link.id, assumption.id)
        }
      }
    }
    self.nested = nested
  }

  /// The entity a reference of `kind` to `id` points at in this plan; for an entity held by
  /// another (a barrier of a segment) the one with that id, wherever it is held.
  public func target(_ kind: EntityKind, _ id: String) -> EntityRef? {
    nested[NestedKey(kind: kind, id: id)] ?? EntityRef(kind: kind, parent: "", id: id)
  }

  /// One entity of the plan and where it sits.
  public struct Entry: Sendable {
    public let ref: EntityRef
    /// The list the entity is in; nil for the plan itself.
    public let list: ListRef?
    /// Where what holds that list (the plan for its own lists) is in `entries`; nil for the
    /// plan itself.
    public let holderPosition: Int?
    /// The position in its list.
    public let index: Int
    /// Where the entity before it in its list is in `entries`; nil for the first.
    public let previous: Int?
    /// Where the entity after it in its list is in `entries`; nil for the last.
    public internal(set) var next: Int?
    /// Where the entity's subtree (it and everything it holds, however deep) ends in
    /// `entries`: the subtree is `position..<end`.
    public internal(set) var end: Int
    /// The fields of the entity's schema, in file order, with their types.
    public let layout: FieldLayout
    /// The value of each field of `layout`, in the same order.
    public let values: [FieldValue]

    /// The value of `field`, or nil when the entity has no such field.
    public func value(of field: Field) -> FieldValue? {
      layout.position(of: field).map { values[$0] }
    }

    /// What the entity is called as the plan has it: its name, title or first words, else
    /// its date (a peer review); empty when it has none (a finance year or a contribution is
    /// known by its reference).
    public var name: String {
      for position in layout.namePositions {
        if case .text(let text) = values[position], !text.isEmpty { return text }
      }
      if let position = layout.position(of: .date), case .date(let date?) = values[position] {
        return date.description
      }
      return ""
    }
  }

  /// The entry of the entity `ref` refers to.
  public func entry(_ ref: EntityRef) -> Entry? {
    positions[ref].map { entries[$0] }
  }

  /// Where the entity `ref` refers to is in `entries`.
  public func position(of ref: EntityRef) -> Int? { positions[ref] }

  /// Whether the plan has the entity.
  public func contains(_ ref: EntityRef) -> Bool { positions[ref] != nil }

  /// Where the entity is, tried first at `guess`: two versions of a plan are mostly alike, so
  /// an entity of one is mostly found as far from its place in the other as the one before
  /// it, and no hash needs computing. `guess` becomes the distance of this one.
  public func position(of ref: EntityRef, at position: Int, distance guess: inout Int) -> Int? {
    let tried = position + guess
    if tried >= 0 && tried < entries.count && entries[tried].ref == ref { return tried }
    guard let found = positions[ref] else { return nil }
    guess = found - position
    return found
  }

  /// What holds the entity at `position`; nil for the plan.
  public func holder(at position: Int) -> EntityRef? {
    entries[position].holderPosition.map { entries[$0].ref }
  }

  /// The entries of the entity at `position` and of everything it holds.
  public func subtree(at position: Int) -> ArraySlice<Entry> {
    entries[position..<entries[position].end]
  }

  /// The entity at `position`, whole, with everything it holds; nil for the plan. Looked up
  /// in the plan (the index keeps no copies), so for the few entities a merge moves across.
  public func value(at position: Int) -> EntityValue? {
    guard let entity = plan.entity(entries[position].ref) as? any SchemaEntity else { return nil }
    return EntityValue(entity)
  }

  /// Every id in the plan (not the years, partners and rubric elements that identify an
  /// entity only among its siblings).
  public var ids: Set<String> {
    var ids = Set<String>(minimumCapacity: entries.count)
    for position in entries.indices where entries[position].layout.hasID {
      if let id = entries[position].ref.idText { ids.insert(id) }
    }
    return ids
  }

  /// Builds the entries by walking each list of each schema with its element type. What
  /// depends only on the type (the schema, its fields, the layout) is looked up once per
  /// list, not per entity: in generic code every such lookup costs a metadata search.
  private struct Walker: ListWalker {
    var entries: [Entry] = []
    var positions: [EntityRef: Int] = [:]
    var layouts: [ObjectIdentifier: FieldLayout] = [:]
    /// The entity whose lists are being walked, and where it is in `entries`.
    var holder: EntityRef = .plan
    var holderPosition = 0

    init(capacity: Int) {
      entries.reserveCapacity(capacity)
      positions.reserveCapacity(capacity)
    }

    mutating func addPlan(_ plan: Plan) {
      let schema = Plan.schema
      entries.append(
        Entry(
          ref: .plan, list: nil, holderPosition: nil, index: 0, previous: nil, next: nil, end: 1,
          layout: layout(of: Plan.self, schema), values: schema.fields.map { $0.get(plan) }))
      positions[.plan] = 0
      for list in schema.lists { list.walk(plan, &self) }
      entries[0].end = entries.count
    }

    mutating func walk<Child: SchemaEntity>(_ list: [Child], key: String) {
      let holder = self.holder
      let holderPosition = self.holderPosition
      guard !list.isEmpty, let kind = ListKind(holder: holder.kind, key: key),
        let listRef = ListRef(kind: kind, parent: holder.idText)
      else { return }
      let schema = Child.schema
      let fields = schema.fields
      let lists = schema.lists
      let identity = schema.identity
      let layout = layout(of: Child.self, schema)
      let parent = holder.idText ?? ""
      var previous: Int?
      for index in list.indices {
        let child = list[index]
        var values: [FieldValue] = []
        values.reserveCapacity(fields.count)
        for spec in fields { values.append(spec.get(child)) }
        let id = identity.map { $0.get(child).identityText } ?? ""
        guard let ref = EntityRef(kind: kind.element, parent: parent, id: id) else { continue }
        let position = entries.count
        entries.append(
          Entry(
            ref: ref, list: listRef, holderPosition: holderPosition, index: index,
            previous: previous, next: nil,
            end: position + 1, layout: layout, values: values))
        positions[ref] = position
        if let previous { entries[previous].next = position }
        if !lists.isEmpty {
          self.holder = ref
          self.holderPosition = position
          for list in lists { list.walk(child, &self) }
          self.holder = holder
          self.holderPosition = holderPosition
          entries[position].end = entries.count
        }
        previous = position
      }
    }

    mutating func layout<E>(of type: E.Type, _ schema: EntitySchema<E>) -> FieldLayout {
      let key = ObjectIdentifier(type)
      if let known = layouts[key] { return known }
      let made = FieldLayout(schema.fields.map { $0.declaration })
      layouts[key] = made
      return made
    }
  }
}

/// The fields of one kind of entity in file order: shared by all its entries in an index.
public final class FieldLayout: Sendable {
  public let declarations: [FieldDeclaration]
  public let fields: [Field]
  /// Positions of the fields that can name the entity, best first.
  let namePositions: [Int]
  /// Whether the entity has an id, unique in the whole plan (rather than a key unique among
  /// its siblings, or nothing: the plan).
  public let hasID: Bool
  private let positions: [Field: Int]

  init(_ declarations: [FieldDeclaration]) {
    self.declarations = declarations
    fields = declarations.map(\.field)
    var positions: [Field: Int] = [:]
    for (position, field) in fields.enumerated() { positions[field] = position }
    self.positions = positions
    namePositions = FieldLayout.nameFields.compactMap { positions[$0] }
    hasID = declarations.contains { $0.type == .id }
  }

  /// The fields that say what an entity is, in the order they are tried.
  static let nameFields: [Field] = [.name, .title, .what, .text, .counterpart, .description]

  /// Where `field` is among `fields`.
  public func position(of field: Field) -> Int? { positions[field] }
}
