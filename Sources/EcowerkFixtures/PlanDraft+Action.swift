import EcowerkModel

/// Step three of the method: the Theory of Change, the action plan and the pilots.
extension PlanDraft {
  /// Impact roots of the tree; every other node has `fanOut` children until the count runs
  /// out, which keeps the tree balanced and its depth logarithmic (7 levels at 10,000 nodes).
  static let rootCount = 3
  static let fanOut = 4

  /// Exactly `count` nodes: impact at the top, then outcomes, outputs, and activities at every
  /// level below that.
  mutating func theoryOfChange(_ count: Int) -> [ChangeNode] {
    guard count > 0 else { return [] }
    let roots = min(count, Self.rootCount)
    // Ids in breadth-first order: node i's parent is (i - roots) / fanOut.
    let ids = (0..<count).map { _ in nextID(ChangeNode.self) }
    var children = Array(repeating: [Int](), count: count)
    for index in roots..<count {
      children[(index - roots) / Self.fanOut].append(index)
    }
    return (0..<roots).map { node($0, depth: 0, ids: ids, children: children) }
  }

  mutating func node(_ index: Int, depth: Int, ids: [NodeID], children: [[Int]]) -> ChangeNode {
    let level: ChangeLevel = [.impact, .outcome, .output][safe: depth] ?? .activity
    let place = random.pick(Vocabulary.places)
    let title: String
    var assumptions = 0
    var kpis = 0
    switch level {
    case .impact:
      title = random.pick(Vocabulary.impacts)
      (assumptions, kpis) = (random.int(in: 1...2), 1)
    case .outcome:
      title = "\(random.pick(Vocabulary.outcomes)) in \(place)"
      (assumptions, kpis) = (random.int(in: 1...2), random.int(in: 1...2))
    case .output:
      title = "\(random.pick(Vocabulary.outputs)) \(place)"
      (assumptions, kpis) = (random.int(in: 0...1), random.int(in: 1...2))
    case .activity:
      title = "\(random.pick(Vocabulary.activities)) \(place)"
      (assumptions, kpis) = (random.chance(0.1) ? 1 : 0, random.chance(0.2) ? 1 : 0)
    }
    let owners = level == .activity ? stakeholderIDs : coreIDs
    return ChangeNode(
      id: ids[index], level: level, title: title,
      description: random.chance(0.5) ? "Samen met de partners in \(place)." : "",
      owner: owners.isEmpty ? nil : random.pick(owners),
      assumptions: (0..<assumptions).map { _ in assumption() },
      kpis: (0..<kpis).map { _ in kpi() },
      children: children[index].map { node($0, depth: depth + 1, ids: ids, children: children) })
  }

  mutating func assumption() -> Assumption {
    let (text, planB) = random.pick(Vocabulary.assumptions)
    return Assumption(
      id: nextID(Assumption.self), text: text, status: random.pick(AssumptionStatus.allCases),
      planB: random.chance(0.6) ? planB : "")
  }

  /// A KPI with whole-number figures, so that the file round trip is exact by construction.
  mutating func kpi() -> KPI {
    let (name, unit) = random.pick(Vocabulary.kpis)
    let target = random.int(in: 2...100) * 5
    return KPI(
      id: nextID(KPI.self), name: name, unit: unit, baseline: 0, target: Double(target),
      actual: random.chance(0.7) ? Double(random.int(in: 0...target)) : nil,
      deadline: day(random.int(in: 365...2_150)))
  }

  mutating func actions(_ count: Int, nodes: [NodeID]) -> [Action] {
    (0..<count).map { _ in
      let start = random.int(in: 0...1_850)
      let end = start + random.int(in: 30...300)
      let status: ActionStatus
      if random.chance(0.03) {
        status = .cancelled
      } else if end < Self.referenceDay {
        status = random.chance(0.9) ? .done : .running
      } else if start > Self.referenceDay {
        status = .planned
      } else {
        status = .running
      }
      let (unit, amount) = (random.pick(Vocabulary.kpis).1, random.int(in: 1...50))
      return Action(
        id: nextID(Action.self),
        what: "\(random.pick(Vocabulary.activities)) \(random.pick(Vocabulary.places))",
        owner: stakeholderIDs.isEmpty ? nil : random.pick(stakeholderIDs), start: day(start),
        end: day(end), output: "\(amount) \(unit)",
        node: nodes.isEmpty ? nil : random.pick(nodes),
        kpis: random.chance(0.1) ? [kpi()] : [], status: status)
    }
  }

  /// About one pilot per ten segments, at least two when there are segments at all.
  mutating func pilots(segments: [SegmentID], _ propositions: [PropositionID]) -> [Pilot] {
    guard !segments.isEmpty else { return [] }
    return (0..<max(2, segments.count / 10)).map { _ in
      let start = random.int(in: 200...1_400)
      let status: PilotStatus =
        start + 210 < Self.referenceDay
        ? .finished : start < Self.referenceDay ? .running : .planned
      let painPoints = (0..<random.int(in: 0...2)).map { _ in
        PainPoint(
          id: nextID(PainPoint.self), kind: random.pick(PainPointKind.allCases),
          text: random.pick(Vocabulary.painPoints))
      }
      return Pilot(
        id: nextID(Pilot.self),
        name: "\(random.pick(Vocabulary.pilots)) \(random.pick(Vocabulary.places))",
        hypothesis: random.pick(Vocabulary.hypotheses), segment: random.pick(segments),
        proposition: propositions.isEmpty ? nil : random.pick(propositions), start: day(start),
        end: day(start + 210), status: status,
        learnings: status == .planned ? [] : some(Vocabulary.learnings, 1...3),
        painPoints: painPoints,
        decision: status == .finished ? random.pick(PilotDecision.allCases) : nil)
    }
  }
}

extension Array {
  /// The element at `index`, or nil outside the array.
  fileprivate subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
