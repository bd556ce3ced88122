/// The rules the loader checks, held on every edit wherever it comes from — typing, `$EDITOR`,
/// a paste, an import, a recovered journal — so that what the workbench holds can always be
/// saved and opened again.
///
/// Checking the whole plan after every edit would cost a large plan a frame, so the one
/// invariant check (`violations(limits:)`) runs on a scratch plan that holds only the parts the
/// edit touched: the top-level entity (a segment with its barriers, a Theory of Change root
/// with its whole subtree, the financial plan with the plan's own fields). The rules that need
/// the whole plan are added to it: how many entries a list holds, how many nodes the tree has.
/// References are not judged on the scratch plan (their targets are not in it); edits keep
/// them sound themselves.
extension Plan {
  /// Applies `edit` when the plan keeps the loader's rules where it changed; otherwise throws
  /// `EditError.breaksRule` and leaves the plan as it was.
  public mutating func apply(_ edit: Edit, within limits: PlanLimits) throws(EditError) {
    try apply(edit)
    if let violation = violation(after: edit, limits: limits) {
      // The edit applied a moment ago, so its inverse applies.
      try? apply(edit.inverse)
      throw .breaksRule(violation)
    }
  }

  /// The first rule the plan breaks in the parts `edit` touched, checked after it was
  /// applied; nil when they are sound.
  public func violation(after edit: Edit, limits: PlanLimits = .standard) -> PlanViolation? {
    var parts: [Part] = []
    var nodesGrew = false
    var network = false
    for step in edit.steps {
      switch step {
      case .set(let ref, let field, _, _):
        parts.append(part(of: ref))
        if case .changeLink = ref, field == .from || field == .to { network = true }
      case .insert(let entity, let list, _):
        if let count = count(of: list), count > limits.maxListCount {
          return PlanViolation(
            path: listPath(list), problem: .listTooLong(count: count, limit: limits.maxListCount))
        }
        if case .node(let node) = entity {
          nodesGrew = true
          parts.append(.node(node.id, subtree: true))
        } else if case .changeLink = entity {
          network = true
          parts.append(entity.ref(in: list).map(part(of:)) ?? .plan)
        } else {
          parts.append(entity.ref(in: list).map(part(of:)) ?? .plan)
        }
      case .moveNode(let id, _, _):
        parts.append(.node(id, subtree: true))
        network = network || !changeLinks.isEmpty
      case .remove, .move, .group:
        break
      }
    }
    if nodesGrew {
      let count = nodeCount
      if count > limits.maxNodeCount {
        return PlanViolation(
          path: "theoryOfChange", problem: .tooManyNodes(count: count, limit: limits.maxNodeCount))
      }
    }
    // A loop is a property of the whole network: judged on the whole plan, not a scratch part.
    if network, let violation = networkViolation() { return violation }
    var checked: Set<Part> = []
    for part in parts where checked.insert(part).inserted {
      let (scratch, rename) = scratchPlan(for: part)
      for violation in scratch.violations(limits: limits) {
        if case .unknownReference = violation.problem { continue }
        return PlanViolation(path: rename(violation.path), problem: violation.problem)
      }
    }
    return nil
  }

  /// A part of the plan that is checked as a whole: the plan's own fields with the financial
  /// plan, one top-level entity (by list and id), or a Theory of Change node at its depth —
  /// with its subtree when the edit put the subtree there (an insert, a move), else alone.
  enum Part: Hashable {
    case plan
    case entity(ListRef, String)
    case node(NodeID, subtree: Bool)
  }

  func part(of ref: EntityRef) -> Part {
    switch ref {
    case .plan, .financeYear, .contribution: return .plan
    case .barrier(let segment, _), .conversation(let segment, _), .pain(let segment, _),
      .gain(let segment, _):
      return part(of: .segment(segment))
    case .score(let review, _): return part(of: .review(review))
    case .assumption(let node, _), .nodeKPI(let node, _): return part(of: .node(node))
    case .node(let id): return .node(id, subtree: false)
    case .actionKPI(let action, _): return part(of: .action(action))
    case .painPoint(let pilot, _), .criterion(let pilot, _): return part(of: .pilot(pilot))
    case .linkAssumption(let link, _): return part(of: .changeLink(link))
    case .measurement(let kpi, _), .milestone(let kpi, _):
      return kpiRef(kpi).map(part(of:)) ?? .plan
    default:
      guard let (list, index) = location(of: ref), let key = key(at: index, in: list) else {
        return .plan
      }
      return .entity(list, key)
    }
  }

  /// The plan with only `part` in it, and how to turn a field path in it into the path in
  /// this plan.
  private func scratchPlan(for part: Part) -> (Plan, (String) -> String) {
    var scratch = Plan(startYear: startYear, horizonYears: horizonYears)
    let list: ListRef
    let key: String
    switch part {
    case .plan:
      scratch = Plan(
        name: name, region: region, challenge: challenge, vision: vision, phase: phase,
        startYear: startYear, horizonYears: horizonYears, targetNewSMEs: targetNewSMEs,
        rubricFile: rubricFile)
      scratch.finance = finance
      return (scratch, { $0 })
    case .node(let id, let subtree):
      return nodeScratch(id, subtree: subtree, in: scratch)
    case .entity(let entityList, let entityKey):
      list = entityList
      key = entityKey
    }
    var index = 0
    func pick<T: Identifiable>(_ items: [T]) -> [T] where T.ID: RawKeyed {
      guard let found = items.firstIndex(where: { $0.id.rawKey == key }) else { return [] }
      index = found
      return [items[found]]
    }
    switch list {
    case .systemFailures: scratch.systemFailures = pick(systemFailures)
    case .transformationFailures: scratch.transformationFailures = pick(transformationFailures)
    case .segments: scratch.segments = pick(segments)
    case .propositions: scratch.propositions = pick(propositions)
    case .chainLinks: scratch.chainLinks = pick(chainLinks)
    case .stakeholders: scratch.stakeholders = pick(stakeholders)
    case .orgFunctions: scratch.jointOrganisation = pick(jointOrganisation)
    case .businessModels: scratch.businessModels = pick(businessModels)
    case .reviews: scratch.reviews = pick(reviews)
    case .nodes: scratch.theoryOfChange = pick(theoryOfChange)
    case .actions: scratch.actions = pick(actions)
    case .pilots: scratch.pilots = pick(pilots)
    case .changeLinks: scratch.changeLinks = pick(changeLinks)
    default: break
    }
    let name = listPath(list)
    let from = "\(name)[0]"
    let to = "\(name)[\(index)]"
    return (scratch, { path in path.hasPrefix(from) ? to + path.dropFirst(from.count) : path })
  }

  /// A scratch plan with the node `id` (and its subtree, or not) at the depth it has here,
  /// below empty stand-ins for its ancestors; the tree's size is judged apart (`nodeCount`).
  private func nodeScratch(_ id: NodeID, subtree: Bool, in empty: Plan) -> (
    Plan, (String) -> String
  ) {
    guard var top = node(id), let (list, index) = location(of: .node(id)),
      let depth = ancestry(of: id).map({ $0.count - 1 })
    else { return (empty, { $0 }) }
    if !subtree { top.children = [] }
    for level in 0..<depth {
      // Ids no plan holds (a NUL cannot be typed), so they collide with none in the subtree.
      top = ChangeNode(id: .init("\u{0}ancestor-\(level)"), level: .impact, children: [top])
    }
    var scratch = empty
    scratch.theoryOfChange = [top]
    let from = "theoryOfChange[0]" + String(repeating: ".children[0]", count: depth)
    let to = "\(listPath(list))[\(index)]"
    return (scratch, { path in path.hasPrefix(from) ? to + path.dropFirst(from.count) : path })
  }

  /// The name of a list in field paths: `stakeholders`, `segments[2].barriers`.
  func listPath(_ list: ListRef) -> String {
    func inside(_ ref: EntityRef, _ name: String) -> String {
      guard let (parentList, index) = location(of: ref) else { return name }
      return "\(listPath(parentList))[\(index)].\(name)"
    }
    switch list {
    case .systemFailures: return "systemFailures"
    case .transformationFailures: return "transformationFailures"
    case .segments: return "segments"
    case .barriers(let id): return inside(.segment(id), "barriers")
    case .pains(let id): return inside(.segment(id), "pains")
    case .gains(let id): return inside(.segment(id), "gains")
    case .conversations(let id): return inside(.segment(id), "conversations")
    case .propositions: return "propositions"
    case .chainLinks: return "chainLinks"
    case .stakeholders: return "stakeholders"
    case .orgFunctions: return "jointOrganisation"
    case .businessModels: return "businessModels"
    case .financeYears: return "finance"
    case .contributions(let year): return inside(.financeYear(year), "contributions")
    case .reviews: return "reviews"
    case .scores(let id): return inside(.review(id), "scores")
    case .nodes(let parent):
      guard let parent else { return "theoryOfChange" }
      return inside(.node(parent), "children")
    case .assumptions(let id): return inside(.node(id), "assumptions")
    case .nodeKPIs(let id): return inside(.node(id), "kpis")
    case .actions: return "actions"
    case .actionKPIs(let id): return inside(.action(id), "kpis")
    case .pilots: return "pilots"
    case .painPoints(let id): return inside(.pilot(id), "painPoints")
    case .criteria(let id): return inside(.pilot(id), "criteria")
    case .changeLinks: return "theoryOfChangeLinks"
    case .linkAssumptions(let id): return inside(.changeLink(id), "assumptions")
    case .measurements(let id):
      return kpiRef(id).map { inside($0, "measurements") } ?? "measurements"
    case .milestones(let id):
      return kpiRef(id).map { inside($0, "milestones") } ?? "milestones"
    }
  }

  /// The first link that breaks the network's rules, located in the file's terms.
  func networkViolation() -> PlanViolation? {
    let problems = linkProblems()
    guard !problems.isEmpty else { return nil }
    for (index, link) in changeLinks.enumerated() {
      if let problem = problems[link.id] {
        return PlanViolation(path: "theoryOfChangeLinks[\(index)].to", problem: problem)
      }
    }
    return nil
  }
}

/// An id whose text is its key in a list.
protocol RawKeyed {
  var rawKey: String { get }
}

extension EntityID: RawKeyed {
  var rawKey: String { rawValue }
}
