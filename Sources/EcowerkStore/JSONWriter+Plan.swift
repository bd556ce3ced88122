import EcowerkJSON
import EcowerkModel

/// Writing a plan and each kind of entity. Every key is always written, in a fixed order, with
/// null for what is absent: a plan kept in git then diffs line by line, field by field.
extension JSONWriter {
  mutating func write(_ plan: Plan) {
    beginObject()
    field("format", PlanFormat.name)
    key("schemaVersion")
    integer(PlanFormat.schemaVersion)
    field("name", plan.name)
    field("region", plan.region)
    field("challenge", plan.challenge)
    field("vision", plan.vision)
    field("phase", plan.phase.rawValue)
    field("startYear", plan.startYear)
    field("horizonYears", plan.horizonYears)
    field("targetNewSMEs", plan.targetNewSMEs)
    field("rubricFile", plan.rubricFile)
    list("systemFailures", plan.systemFailures) { $0.write($1) }
    list("transformationFailures", plan.transformationFailures) { $0.write($1) }
    list("segments", plan.segments) { $0.write($1) }
    list("propositions", plan.propositions) { $0.write($1) }
    list("chainLinks", plan.chainLinks) { $0.write($1) }
    list("stakeholders", plan.stakeholders) { $0.write($1) }
    let order = Dictionary(
      plan.stakeholders.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    list("jointOrganisation", plan.jointOrganisation) { $0.write($1, partnerOrder: order) }
    list("businessModels", plan.businessModels) { $0.write($1) }
    list("finance", plan.finance) { $0.write($1) }
    list("reviews", plan.reviews) { $0.write($1) }
    list("theoryOfChange", plan.theoryOfChange) { $0.write($1) }
    list("actions", plan.actions) { $0.write($1) }
    list("pilots", plan.pilots) { $0.write($1) }
    endObject()
  }

  mutating func write(_ failure: Failure) {
    beginObject()
    field("id", failure.id)
    field("description", failure.description)
    field("actors", failure.actors)
    endObject()
  }

  mutating func write(_ segment: Segment) {
    beginObject()
    field("id", segment.id)
    field("name", segment.name)
    field("sector", segment.sector)
    field("sizeClass", segment.sizeClass)
    field("region", segment.region)
    field("smeCount", segment.smeCount)
    field("participating", segment.participating)
    field("target", segment.target)
    field("pains", segment.pains)
    field("gains", segment.gains)
    list("barriers", segment.barriers) { $0.write($1) }
    list("conversations", segment.conversations) { $0.write($1) }
    field("alleyPosition", segment.alleyPosition)
    field("ambassadors", segment.ambassadors.map(\.rawValue))
    field("notes", segment.notes)
    endObject()
  }

  mutating func write(_ barrier: Barrier) {
    beginObject()
    field("id", barrier.id)
    field("kind", barrier.kind.rawValue)
    field("text", barrier.text)
    endObject()
  }

  mutating func write(_ conversation: Conversation) {
    beginObject()
    field("id", conversation.id)
    field("date", conversation.date)
    field("counterpart", conversation.counterpart)
    field("isMember", conversation.isMember)
    field("learned", conversation.learned)
    endObject()
  }

  mutating func write(_ proposition: ValueProposition) {
    beginObject()
    field("id", proposition.id)
    field("name", proposition.name)
    field("description", proposition.description)
    field("segments", proposition.segments.map(\.rawValue))
    field("solutionDirections", proposition.solutionDirections)
    endObject()
  }

  mutating func write(_ link: ChainLink) {
    beginObject()
    field("id", link.id)
    field("name", link.name)
    endObject()
  }

  mutating func write(_ stakeholder: Stakeholder) {
    beginObject()
    field("id", stakeholder.id)
    field("name", stakeholder.name)
    field("kind", stakeholder.kind.rawValue)
    field("sector", stakeholder.sector)
    field("discipline", stakeholder.discipline)
    field("level", stakeholder.level.rawValue)
    field("chainLinks", stakeholder.chainLinks.map(\.rawValue))
    field("sharedInterests", stakeholder.sharedInterests)
    field("ownInterests", stakeholder.ownInterests)
    field("contributions", stakeholder.contributions)
    field("role", stakeholder.role)
    field("addedValue", stakeholder.addedValue)
    field("influence", stakeholder.influence)
    field("interest", stakeholder.interest)
    field("inMVE", stakeholder.inMVE)
    field("isOrchestrator", stakeholder.isOrchestrator)
    endObject()
  }

  /// `partnerOrder` puts the arrangements in the order of the stakeholder list, so the file
  /// does not reshuffle when a dictionary happens to iterate differently.
  mutating func write(_ function: OrgFunction, partnerOrder: [StakeholderID: Int] = [:]) {
    beginObject()
    field("id", function.id)
    field("name", function.name)
    field("description", function.description)
    key("arrangements")
    beginObject()
    let partners = function.arrangements.keys.sorted { a, b in
      switch (partnerOrder[a], partnerOrder[b]) {
      case (let x?, let y?): return x < y
      case (.some, nil): return true
      case (nil, .some): return false
      case (nil, nil): return a < b
      }
    }
    for partner in partners {
      if let arrangement = function.arrangements[partner] {
        field(partner.rawValue, arrangement.rawValue)
      }
    }
    endObject()
    endObject()
  }

  mutating func write(_ model: BusinessModel) {
    beginObject()
    field("id", model.id)
    field("name", model.name)
    field("customer", model.customer)
    field("revenue", model.revenue)
    field("description", model.description)
    endObject()
  }

  mutating func write(_ year: FinanceYear) {
    beginObject()
    field("year", year.year)
    list("contributions", year.contributions) { $0.write($1) }
    field("ngf", year.ngf)
    field("income", year.income)
    field("costs", year.costs)
    field("actualNGF", year.actualNGF)
    field("actualIncome", year.actualIncome)
    field("actualCosts", year.actualCosts)
    endObject()
  }

  mutating func write(_ contribution: Contribution) {
    beginObject()
    field("partner", contribution.partner)
    field("cash", contribution.cash)
    field("inKind", contribution.inKind)
    field("actualCash", contribution.actualCash)
    field("actualInKind", contribution.actualInKind)
    endObject()
  }

  mutating func write(_ review: PeerReview) {
    beginObject()
    field("id", review.id)
    field("date", review.date)
    field("phase", review.phase.rawValue)
    field("note", review.note)
    list("scores", review.scores) { $0.write($1) }
    endObject()
  }

  mutating func write(_ score: ElementScore) {
    beginObject()
    field("element", score.element)
    field("level", score.level)
    field("note", score.note)
    endObject()
  }

  mutating func write(_ node: ChangeNode) {
    beginObject()
    field("id", node.id)
    field("level", node.level.rawValue)
    field("title", node.title)
    field("description", node.description)
    field("owner", node.owner?.rawValue)
    list("assumptions", node.assumptions) { $0.write($1) }
    list("kpis", node.kpis) { $0.write($1) }
    list("children", node.children) { $0.write($1) }
    endObject()
  }

  mutating func write(_ assumption: Assumption) {
    beginObject()
    field("id", assumption.id)
    field("text", assumption.text)
    field("status", assumption.status.rawValue)
    field("planB", assumption.planB)
    endObject()
  }

  mutating func write(_ kpi: KPI) {
    beginObject()
    field("id", kpi.id)
    field("name", kpi.name)
    field("unit", kpi.unit)
    field("baseline", kpi.baseline)
    field("target", kpi.target)
    field("actual", kpi.actual)
    field("deadline", kpi.deadline)
    endObject()
  }

  mutating func write(_ action: Action) {
    beginObject()
    field("id", action.id)
    field("what", action.what)
    field("owner", action.owner?.rawValue)
    field("start", action.start)
    field("end", action.end)
    field("output", action.output)
    field("node", action.node?.rawValue)
    field("status", action.status.rawValue)
    list("kpis", action.kpis) { $0.write($1) }
    endObject()
  }

  mutating func write(_ pilot: Pilot) {
    beginObject()
    field("id", pilot.id)
    field("name", pilot.name)
    field("hypothesis", pilot.hypothesis)
    field("segment", pilot.segment?.rawValue)
    field("proposition", pilot.proposition?.rawValue)
    field("start", pilot.start)
    field("end", pilot.end)
    field("status", pilot.status.rawValue)
    field("learnings", pilot.learnings)
    list("painPoints", pilot.painPoints) { $0.write($1) }
    field("decision", pilot.decision?.rawValue)
    endObject()
  }

  mutating func write(_ point: PainPoint) {
    beginObject()
    field("id", point.id)
    field("kind", point.kind.rawValue)
    field("text", point.text)
    endObject()
  }

  // MARK: Fields

  mutating func field(_ name: String, _ value: String) {
    key(name)
    string(value)
  }

  mutating func field(_ name: String, _ value: String?) {
    key(name)
    if let value { string(value) } else { null() }
  }

  mutating func field<T>(_ name: String, _ value: EntityID<T>) {
    field(name, value.rawValue)
  }

  mutating func field(_ name: String, _ value: Int) {
    key(name)
    integer(value)
  }

  mutating func field(_ name: String, _ value: Int?) {
    key(name)
    if let value { integer(value) } else { null() }
  }

  mutating func field(_ name: String, _ value: Double?) {
    key(name)
    if let value, value.isFinite {
      if value == value.rounded(), value.magnitude < 1e15 {
        integer(Int64(value))
      } else {
        double(value)
      }
    } else {
      null()
    }
  }

  mutating func field(_ name: String, _ value: Bool) {
    key(name)
    bool(value)
  }

  mutating func field(_ name: String, _ value: CalendarDate?) {
    field(name, value?.description)
  }

  mutating func field(_ name: String, _ value: [String]) {
    key(name)
    beginArray()
    for item in value { string(item) }
    endArray()
  }

  /// Euros: whole euros as an integer, otherwise with two decimals.
  mutating func field(_ name: String, _ value: Money?) {
    key(name)
    guard let value else { return null() }
    if value.cents % 100 == 0 {
      integer(value.cents / 100)
    } else {
      double(Double(value.cents) / 100)
    }
  }

  mutating func list<T>(_ name: String, _ items: [T], _ write: (inout JSONWriter, T) -> Void) {
    key(name)
    beginArray()
    for item in items { write(&self, item) }
    endArray()
  }
}
