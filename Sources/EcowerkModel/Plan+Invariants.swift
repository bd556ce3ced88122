/// The one invariant check. Loading runs it on every file and the tests run it after every
/// edit, so a plan that breaks a rule can neither be opened nor be made.
extension Plan {
  /// Every broken invariant, in file order; empty for a sound plan.
  public func violations(limits: PlanLimits = .standard) -> [PlanViolation] {
    var checker = InvariantChecker(plan: self, limits: limits)
    checker.check(self)
    return checker.found
  }

  /// The ids of every entity another one can refer to, by kind.
  func referableIDs() -> [EntityKind: Set<String>] {
    var nodes: Set<String> = []
    nodes.reserveCapacity(theoryOfChange.count * 8)
    Self.collectIDs(theoryOfChange, into: &nodes)
    var pains: Set<String> = []
    var gains: Set<String> = []
    var barriers: Set<String> = []
    for segment in segments {
      for need in segment.pains { pains.insert(need.id.rawValue) }
      for need in segment.gains { gains.insert(need.id.rawValue) }
      for barrier in segment.barriers { barriers.insert(barrier.id.rawValue) }
    }
    var known: [EntityKind: Set<String>] = [
      .systemFailure: Set(systemFailures.map(\.id.rawValue)),
      .transformationFailure: Set(transformationFailures.map(\.id.rawValue)),
      .segment: Set(segments.map(\.id.rawValue)),
      .pain: pains,
      .gain: gains,
      .barrier: barriers,
      .proposition: Set(propositions.map(\.id.rawValue)),
      .chainLink: Set(chainLinks.map(\.id.rawValue)),
      .stakeholder: Set(stakeholders.map(\.id.rawValue)),
      .node: nodes,
    ]
    // A KPI (a pilot's criterion) and an assumption (a missed KPI's cause) are named by their
    // id alone, unique in the plan: `.nodeKPI` and `.assumption` stand for every KPI and every
    // assumption, the nodes', the actions' and the links' alike.
    var kpis: Set<String> = []
    var assumptions: Set<String> = []
    Self.collectKPIsAndAssumptions(theoryOfChange, &kpis, &assumptions)
    for index in actions.indices {
      for kpi in actions[index].kpis { kpis.insert(kpi.id.rawValue) }
    }
    for link in changeLinks {
      for assumption in link.assumptions { assumptions.insert(assumption.id.rawValue) }
    }
    known[.nodeKPI] = kpis
    known[.assumption] = assumptions
    return known
  }

  static func collectKPIsAndAssumptions(
    _ nodes: [ChangeNode], _ kpis: inout Set<String>, _ assumptions: inout Set<String>
  ) {
    for index in nodes.indices {
      for kpi in nodes[index].kpis { kpis.insert(kpi.id.rawValue) }
      for assumption in nodes[index].assumptions { assumptions.insert(assumption.id.rawValue) }
      if !nodes[index].children.isEmpty {
        collectKPIsAndAssumptions(nodes[index].children, &kpis, &assumptions)
      }
    }
  }

  /// Every node id, walking by index so that no node is copied.
  static func collectIDs(_ nodes: [ChangeNode], into ids: inout Set<String>) {
    for index in nodes.indices {
      ids.insert(nodes[index].id.rawValue)
      if !nodes[index].children.isEmpty { collectIDs(nodes[index].children, into: &ids) }
    }
  }
}

/// Walks the plan by its schemas: every field checked by what its type allows, every list by
/// its length, every id by its uniqueness, then the rules an entity's schema adds.
struct InvariantChecker {
  let plan: Plan
  let limits: PlanLimits
  let known: [EntityKind: Set<String>]
  var found: [PlanViolation] = []
  var seenIDs: Set<String> = []
  var path: [PathPart] = []
  /// Levels of the Theory of Change entered so far.
  var treeDepth = 0
  /// The running total of every amount in the plan, added with checked arithmetic; the
  /// amount that takes it past `Money.totalLimit` is reported, once.
  var totalCents: Int64 = 0
  var totalReported = false
  let linkProblems: [ChangeLinkID: PlanViolation.Problem]

  init(plan: Plan, limits: PlanLimits) {
    self.plan = plan
    self.limits = limits
    linkProblems = plan.linkProblems()
    known = plan.referableIDs()
    seenIDs.reserveCapacity(known.values.reduce(0) { $0 + $1.count })
  }

  enum PathPart {
    case key(String)
    case index(Int)
  }

  /// The path to where the walk is, with `key` after it: `segments[0].barriers[2].kind`.
  func rendered(_ key: String? = nil) -> String {
    var text = ""
    for part in path {
      switch part {
      case .key(let key):
        if !text.isEmpty { text += "." }
        text += key
      case .index(let index): text += "[\(index)]"
      }
    }
    if let key { text += text.isEmpty ? key : "." + key }
    return text
  }

  mutating func report(_ key: String?, _ problem: PlanViolation.Problem) {
    found.append(PlanViolation(path: rendered(key), problem: problem))
  }

  mutating func check<E: SchemaEntity>(_ entity: E) {
    let schema = E.schema
    for member in schema.members {
      switch member {
      case .field(let spec): if spec.canBeInvalid { check(spec.get(entity), spec) }
      case .list(let list): list.check(entity, &self)
      }
    }
    if let rules = schema.rules {
      for (field, problem) in rules(
        entity, RuleContext(plan: plan, limits: limits, linkProblems: linkProblems))
      {
        report(field.rawValue, problem)
      }
    }
  }

  mutating func walkList<Child: SchemaEntity>(_ list: [Child], key: String) {
    path.append(.key(key))
    defer { path.removeLast() }
    if list.count > limits.maxListCount {
      report(nil, .listTooLong(count: list.count, limit: limits.maxListCount))
    }
    // The tree is walked only as deep as it may be: a deeper one is reported once, where it
    // goes too deep, and never followed further down.
    let isTree = Child.self == ChangeNode.self
    if isTree {
      if treeDepth >= limits.maxTreeDepth && !list.isEmpty {
        report(nil, .treeTooDeep(limit: limits.maxTreeDepth))
        return
      }
      treeDepth += 1
    }
    defer { if isTree { treeDepth -= 1 } }
    // Ids are unique in the whole file; other identities (a year, a partner, a rubric
    // element) among their siblings.
    let identity = Child.schema.identity
    var siblings: Set<String> = []
    for index in list.indices {
      path.append(.index(index))
      if let identity, identity.type != .id {
        let key = identity.get(list[index]).identityText
        if !key.isEmpty && !siblings.insert(key).inserted {
          report(
            identity.key,
            identity.field == .year
              ? .duplicateYear(Int(key) ?? 0) : .duplicateEntry(key))
        }
      }
      check(list[index])
      path.removeLast()
    }
  }

  // MARK: Fields

  mutating func check<E>(_ value: FieldValue, _ spec: FieldSpec<E>) {
    switch (spec.type, value) {
    case (.id, .text(let raw)):
      if raw.isEmpty {
        report(spec.key, .emptyID)
      } else if !seenIDs.insert(raw).inserted {
        report(spec.key, .duplicateID(raw))
      } else {
        text(spec.key, raw)
      }
    case (.key, .text(let raw)):
      if raw.isEmpty { report(spec.key, .emptyID) } else { text(spec.key, raw) }
    case (_, .text(let raw)):
      text(spec.key, raw)
    case (_, .texts(let values)):
      list(spec.key, values.count)
      for (index, value) in values.enumerated() where value.utf8.count > limits.maxTextBytes {
        report(
          "\(spec.key)[\(index)]", .textTooLong(bytes: value.utf8.count, limit: limits.maxTextBytes)
        )
      }
    case (.integer(let rule, _), .integer(let number?)):
      integer(spec.key, number, rule)
    case (_, .number(let number?)):
      if !number.isFinite { report(spec.key, .notFinite) }
    case (_, .money(let amount?)):
      if amount.cents < 0 {
        report(spec.key, .negative(amount.formatted(.english)))
      } else if amount > Money.limit {
        report(spec.key, .tooLarge(amount.formatted(.english)))
      }
      add(amount, spec.key)
    case (.reference(let kind, _), .reference(let raw?)):
      if known[kind]?.contains(raw) != true { report(spec.key, .unknownReference(raw)) }
    case (.references(let kind), .references(let raws)):
      references(spec.key, raws, kind)
    case (.arrangements, .arrangements(let cells)):
      if !cells.isEmpty { references(spec.key, cells.keys.map(\.rawValue).sorted(), .stakeholder) }
    default:
      break
    }
  }

  /// Adds an amount to the plan's running total.
  mutating func add(_ amount: Money, _ key: String) {
    guard amount.cents > 0, !totalReported else { return }
    let (sum, overflow) = totalCents.addingReportingOverflow(amount.cents)
    if overflow || sum > Money.totalLimit.cents {
      totalReported = true
      report(key, .totalTooLarge)
    } else {
      totalCents = sum
    }
  }

  mutating func text(_ key: String, _ value: String) {
    let bytes = value.utf8.count
    if bytes > limits.maxTextBytes {
      report(key, .textTooLong(bytes: bytes, limit: limits.maxTextBytes))
    }
  }

  mutating func list(_ key: String, _ count: Int) {
    if count > limits.maxListCount {
      report(key, .listTooLong(count: count, limit: limits.maxListCount))
    }
  }

  mutating func integer(_ key: String, _ value: Int, _ rule: IntegerRule) {
    if rule == .count {
      if value < 0 {
        report(key, .negative(String(value)))
      } else if value > IntegerRule.largestCount {
        report(key, .tooLarge(String(value)))
      }
      return
    }
    let range = rule.range(limits)
    if !range.contains(value) {
      report(key, .outOfRange(value: value, lower: range.lowerBound, upper: range.upperBound))
    }
  }

  mutating func references(_ key: String, _ raws: [String], _ kind: EntityKind) {
    list(key, raws.count)
    let ids = known[kind] ?? []
    var seen: Set<String> = []
    for (index, raw) in raws.enumerated() {
      if !ids.contains(raw) {
        report("\(key)[\(index)]", .unknownReference(raw))
      } else if !seen.insert(raw).inserted {
        report("\(key)[\(index)]", .duplicateEntry(raw))
      }
    }
  }
}

extension FieldValue {
  /// An identifying value as text: a year, a partner, a rubric element.
  var identityText: String {
    switch self {
    case .text(let text): return text
    case .integer(let number?): return String(number)
    case .reference(let raw?): return raw
    default: return ""
    }
  }
}
