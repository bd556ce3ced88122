/// Applying edits. Each step checks before it changes anything, and a group that fails halfway
/// is rolled back, so a thrown error always leaves the plan as it was.
extension Plan {
  /// Applies `edit`, or throws and leaves the plan unchanged.
  public mutating func apply(_ edit: Edit) throws(EditError) {
    switch edit {
    case .set(let ref, let field, let old, let new):
      try setField(ref, field, from: old, to: new)
    case .insert(let entity, let list, let index):
      try perform(.insert(entity, index), on: list)
    case .remove(let entity, let list, let index):
      try perform(.remove(entity, index), on: list)
    case .move(let list, let from, let to, let key):
      try perform(.move(from, to, key), on: list)
    case .moveNode(let id, let from, let to):
      try moveNode(id, from: from, to: to)
    case .group(let edits) where edits.count >= Self.batchThreshold:
      try applyInRuns(edits)
    case .group(let edits):
      var applied: [Edit] = []
      for step in edits {
        do {
          try apply(step)
          applied.append(step)
        } catch {
          for done in applied.reversed() {
            try? apply(done.inverse)
          }
          throw error
        }
      }
    }
  }

  /// The plan with `edit` applied.
  public func applying(_ edit: Edit) throws(EditError) -> Plan {
    var copy = self
    try copy.apply(edit)
    return copy
  }

  // MARK: Fields

  private mutating func setField(
    _ ref: EntityRef, _ field: Field, from old: FieldValue, to new: FieldValue
  ) throws(EditError) {
    switch ref {
    case .plan:
      try change(field, from: old, to: new)
    case .systemFailure(let id):
      try Self.modify(&systemFailures, id, ref) { e throws(EditError) in
        try e.change(field, from: old, to: new)
      }
    case .transformationFailure(let id):
      try Self.modify(&transformationFailures, id, ref) { e throws(EditError) in
        try e.change(field, from: old, to: new)
      }
    case .segment(let id):
      try Self.modify(&segments, id, ref) { e throws(EditError) in
        try e.change(field, from: old, to: new)
      }
    case .barrier(let segment, let id):
      try Self.modify(&segments, segment, ref) { s throws(EditError) in
        try Self.modify(&s.barriers, id, ref) { e throws(EditError) in
          try e.change(field, from: old, to: new)
        }
      }
    case .pain(let segment, let id):
      try Self.modify(&segments, segment, ref) { s throws(EditError) in
        try Self.modify(&s.pains, id, ref) { e throws(EditError) in
          try e.change(field, from: old, to: new)
        }
      }
    case .gain(let segment, let id):
      try Self.modify(&segments, segment, ref) { s throws(EditError) in
        try Self.modify(&s.gains, id, ref) { e throws(EditError) in
          try e.change(field, from: old, to: new)
        }
      }
    case .conversation(let segment, let id):
      try Self.modify(&segments, segment, ref) { s throws(EditError) in
        try Self.modify(&s.conversations, id, ref) { e throws(EditError) in
          try e.change(field, from: old, to: new)
        }
      }
    case .proposition(let id):
      try Self.modify(&propositions, id, ref) { e throws(EditError) in
        try e.change(field, from: old, to: new)
      }
    case .chainLink(let id):
      try Self.modify(&chainLinks, id, ref) { e throws(EditError) in
        try e.change(field, from: old, to: new)
      }
    case .stakeholder(let id):
      try Self.modify(&stakeholders, id, ref) { e throws(EditError) in
        try e.change(field, from: old, to: new)
      }
    case .orgFunction(let id):
      try Self.modify(&jointOrganisation, id, ref) { e throws(EditError) in
        try e.change(field, from: old, to: new)
      }
    case .businessModel(let id):
      try Self.modify(&businessModels, id, ref) { e throws(EditError) in
        try e.change(field, from: old, to: new)
      }
    case .financeYear(let year):
      try modifyYear(year, ref) { e throws(EditError) in try e.change(field, from: old, to: new) }
    case .contribution(let year, let partner):
      try modifyYear(year, ref) { y throws(EditError) in
        guard let index = y.contributions.firstIndex(where: { $0.partner == partner }) else {
          throw .notFound(ref)
        }
        try y.contributions[index].change(field, from: old, to: new)
      }
    case .review(let id):
      try Self.modify(&reviews, id, ref) { e throws(EditError) in
        try e.change(field, from: old, to: new)
      }
    case .score(let review, let element):
      try Self.modify(&reviews, review, ref) { r throws(EditError) in
        guard let index = r.scores.firstIndex(where: { $0.element == element }) else {
          throw .notFound(ref)
        }
        try r.scores[index].change(field, from: old, to: new)
      }
    case .node(let id):
      try modifyNode(id, ref) { e throws(EditError) in try e.change(field, from: old, to: new) }
    case .assumption(let node, let id):
      try modifyNode(node, ref) { n throws(EditError) in
        try Self.modify(&n.assumptions, id, ref) { e throws(EditError) in
          try e.change(field, from: old, to: new)
        }
      }
    case .nodeKPI(let node, let id):
      try modifyNode(node, ref) { n throws(EditError) in
        try Self.modify(&n.kpis, id, ref) { e throws(EditError) in
          try e.change(field, from: old, to: new)
        }
      }
    case .changeLink(let id):
      try Self.modify(&changeLinks, id, ref) { e throws(EditError) in
        try e.change(field, from: old, to: new)
      }
    case .linkAssumption(let link, let id):
      try Self.modify(&changeLinks, link, ref) { l throws(EditError) in
        try Self.modify(&l.assumptions, id, ref) { e throws(EditError) in
          try e.change(field, from: old, to: new)
        }
      }
    case .measurement(let kpi, let id):
      try modifyKPI(kpi, ref) { k throws(EditError) in
        try Self.modify(&k.measurements, id, ref) { e throws(EditError) in
          try e.change(field, from: old, to: new)
        }
      }
    case .milestone(let kpi, let year):
      try modifyKPI(kpi, ref) { k throws(EditError) in
        guard let index = k.milestones.firstIndex(where: { $0.year == year }) else {
          throw .notFound(ref)
        }
        try k.milestones[index].change(field, from: old, to: new)
      }
    case .action(let id):
      try Self.modify(&actions, id, ref) { e throws(EditError) in
        try e.change(field, from: old, to: new)
      }
    case .actionKPI(let action, let id):
      try Self.modify(&actions, action, ref) { a throws(EditError) in
        try Self.modify(&a.kpis, id, ref) { e throws(EditError) in
          try e.change(field, from: old, to: new)
        }
      }
    case .pilot(let id):
      try Self.modify(&pilots, id, ref) { e throws(EditError) in
        try e.change(field, from: old, to: new)
      }
    case .painPoint(let pilot, let id):
      try Self.modify(&pilots, pilot, ref) { p throws(EditError) in
        try Self.modify(&p.painPoints, id, ref) { e throws(EditError) in
          try e.change(field, from: old, to: new)
        }
      }
    case .criterion(let pilot, let id):
      try Self.modify(&pilots, pilot, ref) { p throws(EditError) in
        try Self.modify(&p.criteria, id, ref) { e throws(EditError) in
          try e.change(field, from: old, to: new)
        }
      }
    }
  }

  // MARK: Lists

  private mutating func perform(_ operation: ListOperation, on list: ListRef) throws(EditError) {
    switch list {
    case .systemFailures: try operation.perform(on: &systemFailures, list, key: \.id.rawValue)
    case .transformationFailures:
      try operation.perform(on: &transformationFailures, list, key: \.id.rawValue)
    case .segments: try operation.perform(on: &segments, list, key: \.id.rawValue)
    case .barriers(let segment):
      try Self.modify(&segments, segment, .segment(segment)) { s throws(EditError) in
        try operation.perform(on: &s.barriers, list, key: \.id.rawValue)
      }
    case .pains(let segment):
      try Self.modify(&segments, segment, .segment(segment)) { s throws(EditError) in
        try operation.perform(on: &s.pains, list, key: \.id.rawValue)
      }
    case .gains(let segment):
      try Self.modify(&segments, segment, .segment(segment)) { s throws(EditError) in
        try operation.perform(on: &s.gains, list, key: \.id.rawValue)
      }
    case .conversations(let segment):
      try Self.modify(&segments, segment, .segment(segment)) { s throws(EditError) in
        try operation.perform(on: &s.conversations, list, key: \.id.rawValue)
      }
    case .propositions: try operation.perform(on: &propositions, list, key: \.id.rawValue)
    case .chainLinks: try operation.perform(on: &chainLinks, list, key: \.id.rawValue)
    case .stakeholders: try operation.perform(on: &stakeholders, list, key: \.id.rawValue)
    case .orgFunctions: try operation.perform(on: &jointOrganisation, list, key: \.id.rawValue)
    case .businessModels: try operation.perform(on: &businessModels, list, key: \.id.rawValue)
    case .financeYears: try operation.perform(on: &finance, list, key: \.yearKey)
    case .contributions(let year):
      try modifyYear(year, .financeYear(year)) { y throws(EditError) in
        try operation.perform(on: &y.contributions, list, key: \.partner.rawValue)
      }
    case .reviews: try operation.perform(on: &reviews, list, key: \.id.rawValue)
    case .scores(let review):
      try Self.modify(&reviews, review, .review(review)) { r throws(EditError) in
        try operation.perform(on: &r.scores, list, key: \.element)
      }
    case .nodes(let parent):
      if let parent {
        try modifyNode(parent, .node(parent)) { n throws(EditError) in
          try operation.perform(on: &n.children, list, key: \.id.rawValue)
        }
      } else {
        try operation.perform(on: &theoryOfChange, list, key: \.id.rawValue)
      }
    case .assumptions(let node):
      try modifyNode(node, .node(node)) { n throws(EditError) in
        try operation.perform(on: &n.assumptions, list, key: \.id.rawValue)
      }
    case .nodeKPIs(let node):
      try modifyNode(node, .node(node)) { n throws(EditError) in
        try operation.perform(on: &n.kpis, list, key: \.id.rawValue)
      }
    case .actions: try operation.perform(on: &actions, list, key: \.id.rawValue)
    case .actionKPIs(let action):
      try Self.modify(&actions, action, .action(action)) { a throws(EditError) in
        try operation.perform(on: &a.kpis, list, key: \.id.rawValue)
      }
    case .changeLinks: try operation.perform(on: &changeLinks, list, key: \.id.rawValue)
    case .linkAssumptions(let link):
      try Self.modify(&changeLinks, link, .changeLink(link)) { l throws(EditError) in
        try operation.perform(on: &l.assumptions, list, key: \.id.rawValue)
      }
    case .measurements(let kpi):
      guard kpiRef(kpi) != nil else { throw .listNotFound(list) }
      try modifyKPI(kpi, .plan) { k throws(EditError) in
        try operation.perform(on: &k.measurements, list, key: \.id.rawValue)
      }
    case .milestones(let kpi):
      guard kpiRef(kpi) != nil else { throw .listNotFound(list) }
      try modifyKPI(kpi, .plan) { k throws(EditError) in
        try operation.perform(on: &k.milestones, list, key: \.yearKey)
      }
    case .criteria(let pilot):
      try Self.modify(&pilots, pilot, .pilot(pilot)) { p throws(EditError) in
        try operation.perform(on: &p.criteria, list, key: \.id.rawValue)
      }
    case .pilots: try operation.perform(on: &pilots, list, key: \.id.rawValue)
    case .painPoints(let pilot):
      try Self.modify(&pilots, pilot, .pilot(pilot)) { p throws(EditError) in
        try operation.perform(on: &p.painPoints, list, key: \.id.rawValue)
      }
    }
  }

  // MARK: The tree

  private mutating func moveNode(
    _ id: NodeID, from: NodePlace, to: NodePlace
  ) throws(EditError) {
    guard let node = self.node(id) else { throw .notFound(.node(id)) }
    if let target = to.parent, target == id || node.containsDescendant(target) {
      throw .cycle(id)
    }
    let source = ListRef.nodes(parent: from.parent)
    let removal = Edit.remove(.node(node), from: source, at: from.index)
    try apply(removal)
    do {
      try apply(.insert(.node(node), into: .nodes(parent: to.parent), at: to.index))
    } catch {
      try? apply(removal.inverse)
      throw error
    }
  }

  // MARK: Finding

  static func modify<T: Identifiable>(
    _ list: inout [T], _ id: T.ID, _ ref: EntityRef,
    _ body: (inout T) throws(EditError) -> Void
  ) throws(EditError) {
    guard let index = list.firstIndex(where: { $0.id == id }) else { throw .notFound(ref) }
    try body(&list[index])
  }

  private mutating func modifyYear(
    _ year: Int, _ ref: EntityRef, _ body: (inout FinanceYear) throws(EditError) -> Void
  ) throws(EditError) {
    guard let index = finance.firstIndex(where: { $0.year == year }) else {
      throw .notFound(ref)
    }
    try body(&finance[index])
  }

  private mutating func modifyNode(
    _ id: NodeID, _ ref: EntityRef, _ body: (inout ChangeNode) throws(EditError) -> Void
  ) throws(EditError) {
    guard try Self.modifyNode(in: &theoryOfChange, id, body) else { throw .notFound(ref) }
  }

  /// Changes the KPI with this id in place, wherever it is (a node's or an action's).
  private mutating func modifyKPI(
    _ id: KPIID, _ ref: EntityRef, _ body: (inout KPI) throws(EditError) -> Void
  ) throws(EditError) {
    switch kpiRef(id) {
    case .nodeKPI(let node, _):
      try modifyNode(node, ref) { n throws(EditError) in try Self.modify(&n.kpis, id, ref, body) }
    case .actionKPI(let action, _):
      try Self.modify(&actions, action, ref) { a throws(EditError) in
        try Self.modify(&a.kpis, id, ref, body)
      }
    default:
      throw .notFound(ref)
    }
  }

  /// Depth-first search that mutates the node in place; false when it is not in `nodes`.
  private static func modifyNode(
    in nodes: inout [ChangeNode], _ id: NodeID,
    _ body: (inout ChangeNode) throws(EditError) -> Void
  ) throws(EditError) -> Bool {
    for index in nodes.indices {
      if nodes[index].id == id {
        try body(&nodes[index])
        return true
      }
      if !nodes[index].children.isEmpty,
        try modifyNode(in: &nodes[index].children, id, body)
      {
        return true
      }
    }
    return false
  }
}

extension FinanceYear {
  var yearKey: String { String(year) }
}

extension Milestone {
  var yearKey: String { String(year) }
}

/// An insert, remove or move on one list, independent of the list's element type.
enum ListOperation {
  case insert(EntityValue, Int)
  case remove(EntityValue, Int)
  case move(Int, Int, String?)

  func perform<T: Equatable>(
    on elements: inout [T], _ list: ListRef, key: KeyPath<T, String>
  ) throws(EditError) {
    switch self {
    case .insert(let entity, let index):
      guard let element = entity.payload(T.self) else { throw .wrongKind(list) }
      guard (0...elements.count).contains(index) else { throw .indexOutOfRange(list, index) }
      let newKey = element[keyPath: key]
      if elements.contains(where: { $0[keyPath: key] == newKey }) {
        throw .duplicate(list, key: newKey)
      }
      elements.insert(element, at: index)
    case .remove(let entity, let index):
      guard let element = entity.payload(T.self) else { throw .wrongKind(list) }
      guard elements.indices.contains(index) else { throw .indexOutOfRange(list, index) }
      guard elements[index] == element else { throw .unexpectedEntity(list, index: index) }
      elements.remove(at: index)
    case .move(let from, let to, let expected):
      guard elements.indices.contains(from) else { throw .indexOutOfRange(list, from) }
      guard (0..<elements.count).contains(to) else { throw .indexOutOfRange(list, to) }
      if let expected, elements[from][keyPath: key] != expected {
        throw .unexpectedEntity(list, index: from)
      }
      let element = elements.remove(at: from)
      elements.insert(element, at: to)
    }
  }
}
