/// New ids for new entities.
///
/// Ids are a short prefix per kind and a number, one higher than the highest in the plan, so
/// they are deterministic (the same plan gives the same next id, which keeps tests and journal
/// replays stable) and readable in a plan file's diff.
extension Plan {
  /// A fresh id for a new entity of type `T`, unused anywhere in the plan.
  public func newID<T>(_: T.Type) -> EntityID<T> {
    EntityID(newRawID(prefix: Self.idPrefix(for: T.self)))
  }

  /// `count` fresh ids for entities of type `T`, for adding several at once.
  public func newIDs<T>(_: T.Type, count: Int) -> [EntityID<T>] {
    let prefix = Self.idPrefix(for: T.self)
    let first = highestNumber(prefix: prefix) + 1
    return (0..<count).map { EntityID("\(prefix)-\(first + $0)") }
  }

  static func idPrefix<T>(for type: T.Type) -> String {
    switch type {
    case is Segment.Type: return "seg"
    case is Barrier.Type: return "bar"
    case is Need.Type: return "need"
    case is Conversation.Type: return "con"
    case is Failure.Type: return "fail"
    case is ValueProposition.Type: return "vp"
    case is ChainLink.Type: return "link"
    case is Stakeholder.Type: return "sh"
    case is OrgFunction.Type: return "fn"
    case is BusinessModel.Type: return "bm"
    case is PeerReview.Type: return "rev"
    case is ChangeNode.Type: return "toc"
    case is Assumption.Type: return "as"
    case is KPI.Type: return "kpi"
    case is Action.Type: return "act"
    case is Pilot.Type: return "pil"
    case is PainPoint.Type: return "pp"
    case is ChangeLink.Type: return "cl"
    case is Measurement.Type: return "ms"
    case is SuccessCriterion.Type: return "crit"
    default: return "id"
    }
  }

  private func newRawID(prefix: String) -> String {
    "\(prefix)-\(highestNumber(prefix: prefix) + 1)"
  }

  private func highestNumber(prefix: String) -> Int {
    var highest = 0
    let lead = prefix + "-"
    forEachID { raw in
      if raw.hasPrefix(lead), let number = Int(raw.dropFirst(lead.count)), number > highest {
        highest = number
      }
    }
    return highest
  }

  /// Calls `body` with every entity id in the plan.
  public func forEachID(_ body: (String) -> Void) {
    for failure in systemFailures { body(failure.id.rawValue) }
    for failure in transformationFailures { body(failure.id.rawValue) }
    for segment in segments {
      body(segment.id.rawValue)
      for need in segment.pains { body(need.id.rawValue) }
      for need in segment.gains { body(need.id.rawValue) }
      for barrier in segment.barriers { body(barrier.id.rawValue) }
      for conversation in segment.conversations { body(conversation.id.rawValue) }
    }
    for proposition in propositions { body(proposition.id.rawValue) }
    for link in chainLinks { body(link.id.rawValue) }
    for stakeholder in stakeholders { body(stakeholder.id.rawValue) }
    for function in jointOrganisation { body(function.id.rawValue) }
    for model in businessModels { body(model.id.rawValue) }
    for review in reviews { body(review.id.rawValue) }
    func kpiIDs(_ kpi: KPI) {
      body(kpi.id.rawValue)
      for measurement in kpi.measurements { body(measurement.id.rawValue) }
    }
    func walk(_ nodes: [ChangeNode]) {
      for node in nodes {
        body(node.id.rawValue)
        for assumption in node.assumptions { body(assumption.id.rawValue) }
        for kpi in node.kpis { kpiIDs(kpi) }
        walk(node.children)
      }
    }
    walk(theoryOfChange)
    for link in changeLinks {
      body(link.id.rawValue)
      for assumption in link.assumptions { body(assumption.id.rawValue) }
    }
    for action in actions {
      body(action.id.rawValue)
      for kpi in action.kpis { kpiIDs(kpi) }
    }
    for pilot in pilots {
      body(pilot.id.rawValue)
      for point in pilot.painPoints { body(point.id.rawValue) }
      for criterion in pilot.criteria { body(criterion.id.rawValue) }
    }
  }
}
