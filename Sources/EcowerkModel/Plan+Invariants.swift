/// The one invariant check. Loading runs it on every file and the tests run it after every
/// edit, so a plan that breaks a rule can neither be opened nor be made.
extension Plan {
  /// Every broken invariant, in file order; empty for a sound plan.
  public func violations(limits: PlanLimits = .standard) -> [PlanViolation] {
    var checker = InvariantChecker(plan: self, limits: limits)
    checker.run()
    return checker.found
  }
}

private struct InvariantChecker {
  let plan: Plan
  let limits: PlanLimits
  var found: [PlanViolation] = []
  var seenIDs: Set<String> = []

  init(plan: Plan, limits: PlanLimits) {
    self.plan = plan
    self.limits = limits
  }

  mutating func report(_ path: String, _ problem: PlanViolation.Problem) {
    found.append(PlanViolation(path: path, problem: problem))
  }

  mutating func run() {
    text("name", plan.name)
    text("region", plan.region)
    text("challenge", plan.challenge)
    text("vision", plan.vision)
    text("rubricFile", plan.rubricFile ?? "")
    range("startYear", plan.startYear, PlanLimits.startYears)
    range("horizonYears", plan.horizonYears, 1...limits.maxHorizonYears)
    if let target = plan.targetNewSMEs { count("targetNewSMEs", target) }

    failures("systemFailures", plan.systemFailures)
    failures("transformationFailures", plan.transformationFailures)
    let segmentIDs = Set(plan.segments.map(\.id))
    list("segments", plan.segments.count)
    for (i, segment) in plan.segments.enumerated() {
      let path = { "segments[\(i)]" }
      id(path(), segment.id.rawValue)
      for (field, value) in [
        ("name", segment.name), ("sector", segment.sector), ("sizeClass", segment.sizeClass),
        ("region", segment.region), ("notes", segment.notes),
      ] {
        text("\(path()).\(field)", value)
      }
      for (field, value) in [
        ("smeCount", segment.smeCount), ("participating", segment.participating),
        ("target", segment.target),
      ] {
        if let value { count("\(path()).\(field)", value) }
      }
      if let position = segment.alleyPosition {
        range("\(path()).alleyPosition", position, 1...limits.maxListCount)
      }
      texts("\(path()).pains", segment.pains)
      texts("\(path()).gains", segment.gains)
      list("\(path()).barriers", segment.barriers.count)
      for (j, barrier) in segment.barriers.enumerated() {
        id("\(path()).barriers[\(j)]", barrier.id.rawValue)
        text("\(path()).barriers[\(j)].text", barrier.text)
      }
      list("\(path()).conversations", segment.conversations.count)
      for (j, conversation) in segment.conversations.enumerated() {
        id("\(path()).conversations[\(j)]", conversation.id.rawValue)
        text("\(path()).conversations[\(j)].counterpart", conversation.counterpart)
        text("\(path()).conversations[\(j)].learned", conversation.learned)
      }
      references("\(path()).ambassadors", segment.ambassadors, in: segmentIDs)
      if segment.ambassadors.contains(segment.id) {
        report("\(path()).ambassadors", .selfReference(segment.id.rawValue))
      }
    }

    list("propositions", plan.propositions.count)
    for (i, proposition) in plan.propositions.enumerated() {
      let path = { "propositions[\(i)]" }
      id(path(), proposition.id.rawValue)
      text("\(path()).name", proposition.name)
      text("\(path()).description", proposition.description)
      references("\(path()).segments", proposition.segments, in: segmentIDs)
      texts("\(path()).solutionDirections", proposition.solutionDirections)
    }

    list("chainLinks", plan.chainLinks.count)
    for (i, link) in plan.chainLinks.enumerated() {
      id("chainLinks[\(i)]", link.id.rawValue)
      text("chainLinks[\(i)].name", link.name)
    }
    let linkIDs = Set(plan.chainLinks.map(\.id))

    list("stakeholders", plan.stakeholders.count)
    // By index, reading field by field: a loop over the elements would copy every
    // stakeholder with all its texts, and this runs for every plan that is opened.
    for i in plan.stakeholders.indices {
      let path = { "stakeholders[\(i)]" }
      id(path(), plan.stakeholders[i].id.rawValue)
      text("\(path()).name", plan.stakeholders[i].name)
      text("\(path()).sector", plan.stakeholders[i].sector)
      text("\(path()).discipline", plan.stakeholders[i].discipline)
      text("\(path()).sharedInterests", plan.stakeholders[i].sharedInterests)
      text("\(path()).ownInterests", plan.stakeholders[i].ownInterests)
      text("\(path()).contributions", plan.stakeholders[i].contributions)
      text("\(path()).role", plan.stakeholders[i].role)
      text("\(path()).addedValue", plan.stakeholders[i].addedValue)
      range("\(path()).influence", plan.stakeholders[i].influence, Stakeholder.scale)
      range("\(path()).interest", plan.stakeholders[i].interest, Stakeholder.scale)
      if !plan.stakeholders[i].chainLinks.isEmpty {
        references("\(path()).chainLinks", plan.stakeholders[i].chainLinks, in: linkIDs)
      }
    }
    let stakeholderIDs = Set(plan.stakeholders.map(\.id))

    list("jointOrganisation", plan.jointOrganisation.count)
    for (i, function) in plan.jointOrganisation.enumerated() {
      let path = { "jointOrganisation[\(i)]" }
      id(path(), function.id.rawValue)
      text("\(path()).name", function.name)
      text("\(path()).description", function.description)
      references(
        "\(path()).arrangements", function.arrangements.keys.sorted(), in: stakeholderIDs)
    }

    list("businessModels", plan.businessModels.count)
    for (i, model) in plan.businessModels.enumerated() {
      let path = { "businessModels[\(i)]" }
      id(path(), model.id.rawValue)
      for (field, value) in [
        ("name", model.name), ("customer", model.customer), ("revenue", model.revenue),
        ("description", model.description),
      ] {
        text("\(path()).\(field)", value)
      }
    }

    finance(stakeholderIDs)
    reviews()
    theoryOfChange(stakeholderIDs)
    var nodeIDs: Set<NodeID> = []
    nodeIDs.reserveCapacity(plan.theoryOfChange.count * 8)
    Self.collectIDs(plan.theoryOfChange, into: &nodeIDs)
    actions(stakeholderIDs, nodeIDs)
    pilots(segmentIDs, Set(plan.propositions.map(\.id)))
  }

  mutating func finance(_ stakeholders: Set<StakeholderID>) {
    list("finance", plan.finance.count)
    var total = TotalCheck()
    var years: Set<Int> = []
    let horizon = plan.horizon
    for (i, year) in plan.finance.enumerated() {
      let path = { "finance[\(i)]" }
      if !years.insert(year.year).inserted {
        report("\(path()).year", .duplicateYear(year.year))
      }
      if !horizon.contains(year.year) {
        report(
          "\(path()).year",
          .yearOutsideHorizon(year: year.year, first: horizon.lowerBound, last: horizon.upperBound)
        )
      }
      for (field, value) in [
        ("ngf", year.ngf), ("income", year.income), ("costs", year.costs),
        ("actualNGF", year.actualNGF), ("actualIncome", year.actualIncome),
        ("actualCosts", year.actualCosts),
      ] {
        money("\(path()).\(field)", value)
        add(value, to: &total, "\(path()).\(field)")
      }
      var partners: Set<StakeholderID> = []
      list("\(path()).contributions", year.contributions.count)
      for (j, contribution) in year.contributions.enumerated() {
        let inner = { "\(path()).contributions[\(j)]" }
        if !partners.insert(contribution.partner).inserted {
          report("\(inner()).partner", .duplicateEntry(contribution.partner.rawValue))
        }
        if !stakeholders.contains(contribution.partner) {
          report("\(inner()).partner", .unknownReference(contribution.partner.rawValue))
        }
        for (field, value) in [
          ("cash", contribution.cash), ("inKind", contribution.inKind),
          ("actualCash", contribution.actualCash), ("actualInKind", contribution.actualInKind),
        ] {
          money("\(inner()).\(field)", value)
          add(value, to: &total, "\(inner()).\(field)")
        }
      }
    }
  }

  /// The running total of every amount in the financial plan, added with checked arithmetic.
  struct TotalCheck {
    var cents: Int64 = 0
    var reported = false
  }

  /// Adds an amount to the running total; the first amount that takes it past
  /// `Money.totalLimit` is reported, once.
  mutating func add(_ value: Money?, to total: inout TotalCheck, _ path: @autoclosure () -> String)
  {
    guard let value, value.cents > 0, !total.reported else { return }
    let (sum, overflow) = total.cents.addingReportingOverflow(value.cents)
    if overflow || sum > Money.totalLimit.cents {
      total.reported = true
      report(path(), .totalTooLarge)
    } else {
      total.cents = sum
    }
  }

  mutating func reviews() {
    list("reviews", plan.reviews.count)
    for (i, review) in plan.reviews.enumerated() {
      let path = { "reviews[\(i)]" }
      id(path(), review.id.rawValue)
      text("\(path()).note", review.note)
      var elements: Set<String> = []
      list("\(path()).scores", review.scores.count)
      for (j, score) in review.scores.enumerated() {
        let inner = { "\(path()).scores[\(j)]" }
        if score.element.isEmpty { report("\(inner()).element", .emptyID) }
        if !elements.insert(score.element).inserted {
          report("\(inner()).element", .duplicateEntry(score.element))
        }
        range("\(inner()).level", score.level, ElementScore.levels)
        text("\(inner()).note", score.note)
      }
    }
  }

  mutating func theoryOfChange(_ stakeholders: Set<StakeholderID>) {
    let count = plan.nodeCount
    if count > limits.maxNodeCount {
      report("theoryOfChange", .tooManyNodes(count: count, limit: limits.maxNodeCount))
    }
    nodes("theoryOfChange", plan.theoryOfChange, depth: 1, stakeholders)
  }

  mutating func nodes(
    _ path: @escaping @autoclosure () -> String, _ nodes: [ChangeNode], depth: Int,
    _ stakeholders: Set<StakeholderID>
  ) {
    list(path(), nodes.count)
    if depth > limits.maxTreeDepth && !nodes.isEmpty {
      report(path(), .treeTooDeep(limit: limits.maxTreeDepth))
      return
    }
    for i in nodes.indices {
      let here = { "\(path())[\(i)]" }
      id(here(), nodes[i].id.rawValue)
      text("\(here()).title", nodes[i].title)
      text("\(here()).description", nodes[i].description)
      if let owner = nodes[i].owner, !stakeholders.contains(owner) {
        report("\(here()).owner", .unknownReference(owner.rawValue))
      }
      list("\(here()).assumptions", nodes[i].assumptions.count)
      for j in nodes[i].assumptions.indices {
        id("\(here()).assumptions[\(j)]", nodes[i].assumptions[j].id.rawValue)
        text("\(here()).assumptions[\(j)].text", nodes[i].assumptions[j].text)
        text("\(here()).assumptions[\(j)].planB", nodes[i].assumptions[j].planB)
      }
      if !nodes[i].kpis.isEmpty { kpis("\(here()).kpis", nodes[i].kpis) }
      if !nodes[i].children.isEmpty {
        self.nodes("\(here()).children", nodes[i].children, depth: depth + 1, stakeholders)
      }
    }
  }

  mutating func kpis(_ path: @escaping @autoclosure () -> String, _ kpis: [KPI]) {
    list(path(), kpis.count)
    for (j, kpi) in kpis.enumerated() {
      let inner = { "\(path())[\(j)]" }
      id(inner(), kpi.id.rawValue)
      text("\(inner()).name", kpi.name)
      text("\(inner()).unit", kpi.unit)
      for (field, value) in [
        ("baseline", kpi.baseline), ("target", kpi.target), ("actual", kpi.actual),
      ] {
        if let value, !value.isFinite { report("\(inner()).\(field)", .notFinite) }
      }
    }
  }

  mutating func actions(_ stakeholders: Set<StakeholderID>, _ nodes: Set<NodeID>) {
    list("actions", plan.actions.count)
    for i in plan.actions.indices {
      let path = { "actions[\(i)]" }
      id(path(), plan.actions[i].id.rawValue)
      text("\(path()).what", plan.actions[i].what)
      text("\(path()).output", plan.actions[i].output)
      if let owner = plan.actions[i].owner, !stakeholders.contains(owner) {
        report("\(path()).owner", .unknownReference(owner.rawValue))
      }
      if let node = plan.actions[i].node, !nodes.contains(node) {
        report("\(path()).node", .unknownReference(node.rawValue))
      }
      if !plan.actions[i].kpis.isEmpty { kpis("\(path()).kpis", plan.actions[i].kpis) }
    }
  }

  mutating func pilots(_ segments: Set<SegmentID>, _ propositions: Set<PropositionID>) {
    list("pilots", plan.pilots.count)
    for (i, pilot) in plan.pilots.enumerated() {
      let path = { "pilots[\(i)]" }
      id(path(), pilot.id.rawValue)
      text("\(path()).name", pilot.name)
      text("\(path()).hypothesis", pilot.hypothesis)
      texts("\(path()).learnings", pilot.learnings)
      if let segment = pilot.segment, !segments.contains(segment) {
        report("\(path()).segment", .unknownReference(segment.rawValue))
      }
      if let proposition = pilot.proposition, !propositions.contains(proposition) {
        report("\(path()).proposition", .unknownReference(proposition.rawValue))
      }
      list("\(path()).painPoints", pilot.painPoints.count)
      for (j, point) in pilot.painPoints.enumerated() {
        id("\(path()).painPoints[\(j)]", point.id.rawValue)
        text("\(path()).painPoints[\(j)].text", point.text)
      }
    }
  }

  /// Every node id, walking by index so that no node is copied.
  static func collectIDs(_ nodes: [ChangeNode], into ids: inout Set<NodeID>) {
    for index in nodes.indices {
      ids.insert(nodes[index].id)
      if !nodes[index].children.isEmpty { collectIDs(nodes[index].children, into: &ids) }
    }
  }

  // MARK: Single rules

  mutating func failures(_ path: @escaping @autoclosure () -> String, _ failures: [Failure]) {
    list(path(), failures.count)
    for (i, failure) in failures.enumerated() {
      id("\(path())[\(i)]", failure.id.rawValue)
      text("\(path())[\(i)].description", failure.description)
      text("\(path())[\(i)].actors", failure.actors)
    }
  }

  mutating func id(_ path: @autoclosure () -> String, _ raw: String) {
    if raw.isEmpty {
      report("\(path()).id", .emptyID)
    } else if !seenIDs.insert(raw).inserted {
      report("\(path()).id", .duplicateID(raw))
    } else {
      text("\(path()).id", raw)
    }
  }

  mutating func text(_ path: @autoclosure () -> String, _ value: String) {
    let bytes = value.utf8.count
    if bytes > limits.maxTextBytes {
      report(path(), .textTooLong(bytes: bytes, limit: limits.maxTextBytes))
    }
  }

  mutating func texts(_ path: @autoclosure () -> String, _ values: [String]) {
    list(path(), values.count)
    for (i, value) in values.enumerated() { text("\(path())[\(i)]", value) }
  }

  mutating func list(_ path: @autoclosure () -> String, _ count: Int) {
    if count > limits.maxListCount {
      report(path(), .listTooLong(count: count, limit: limits.maxListCount))
    }
  }

  mutating func range(_ path: @autoclosure () -> String, _ value: Int, _ range: ClosedRange<Int>) {
    if !range.contains(value) {
      report(path(), .outOfRange(value: value, lower: range.lowerBound, upper: range.upperBound))
    }
  }

  mutating func count(_ path: @autoclosure () -> String, _ value: Int) {
    if value < 0 {
      report(path(), .negative(String(value)))
    } else if value > 1_000_000_000 {
      report(path(), .tooLarge(String(value)))
    }
  }

  mutating func money(_ path: @autoclosure () -> String, _ value: Money?) {
    guard let value else { return }
    if value.cents < 0 {
      report(path(), .negative(value.formatted(.english)))
    } else if value > Money.limit {
      report(path(), .tooLarge(value.formatted(.english)))
    }
  }

  mutating func references<T>(
    _ path: @autoclosure () -> String, _ ids: [EntityID<T>], in known: Set<EntityID<T>>
  ) {
    var seen: Set<EntityID<T>> = []
    for (i, id) in ids.enumerated() {
      if !known.contains(id) {
        report("\(path())[\(i)]", .unknownReference(id.rawValue))
      } else if !seen.insert(id).inserted {
        report("\(path())[\(i)]", .duplicateEntry(id.rawValue))
      }
    }
  }
}
