/// The value of one field of one entity, as an edit carries it.
///
/// Edits must be stored (undo stacks, the recovery journal) and compared (an edit only applies
/// when the field still holds its `from` value), so field values are one closed set of cases
/// rather than `Any`.
public enum FieldValue: Hashable, Sendable {
  case text(String)
  case texts([String])
  case integer(Int?)
  case number(Double?)
  case money(Money?)
  case flag(Bool)
  case date(CalendarDate?)
  /// The raw value of an enumeration (phase, kind, level, status), or nil for none.
  case choice(String?)
  /// The raw id of another entity, or nil for none.
  case reference(String?)
  case references([String])
  case arrangements([StakeholderID: Arrangement])
}

/// A named field of an entity. One enumeration for all entities: the entity reference says
/// which kind of entity it is, and the entity says which of these fields it has.
public enum Field: String, CaseIterable, Sendable {
  // What identifies an entity among its siblings (never edited as a field).
  case id, year, partner, element
  // Shared names.
  case name, description, text, kind, status, owner, notes, note, date, level, phase
  // Plan.
  case region, challenge, vision, startYear, horizonYears, targetNewSMEs, rubricFile
  case theoryOfChange
  // Orchestration and what the partners achieve together.
  case orchestrationMandate, decisionMaking, orchestrationFunding, jointValue
  // Failures: who is concerned, the interaction that is missing or weak, what addresses them.
  case actors, parties, between, interaction, partners
  // Segment and its parts.
  case sector, sizeClass, smeCount, participatingAtStart, reachedSinceStart, target, pains, gains
  case alleyPosition, ambassadors, counterpart, membership, learned
  // Value proposition: the needs it answers, and what is integrated rather than bundled.
  case segments, solutionDirections, relieves, creates, removes, integration
  // Stakeholder.
  case discipline, chainLinks, sharedInterests, ownInterests, contributions, role, addedValue
  case influence, interest, inMVE, isOrchestrator, propositions
  // Joint organisation and business models.
  case arrangements, customer, revenue, payerAfterNGF
  // Theory of Change links: what an impact goal serves, what a node addresses.
  case systemFailures, transformationFailures
  // Finance.
  case ngf, income, costs, actualNGF, actualIncome, actualCosts
  case cash, inKind, actualCash, actualInKind
  // Theory of Change, its links and KPIs over time.
  case title, planB, unit, baseline, actual, deadline, rationale, from, to
  case cause, causeAssumption, value, measuredBy
  // Actions and pilots.
  case what, start, end, output, node, hypothesis, segment, proposition, learnings, decision
  case kpi, comparison, threshold, observed
  // History.
  case joined, left, leftReason, added
}
