import EcowerkModel

/// What a partnership must have before it enters a phase: the overview's "before the X phase"
/// texts, condition by condition, each met when none of its checks has a finding.
///
/// A plan in a phase is held to the conditions of that phase and of every phase before it, so
/// moving the phase on without them is a finding (`action.phase-entry-unmet`), one per phase,
/// naming what is missing. The details stay with the checks of each condition.
public struct PhaseGate: Sendable {
  /// One condition, by its key in the string table (`phase.condition.<key>`).
  public struct Condition: Hashable, Sendable {
    public let key: String
    /// The checks whose findings mean the condition is not met.
    public let checks: Set<Check>
  }

  /// The phase this gate lets a partnership into.
  public let phase: Phase
  public let conditions: [Condition]

  /// The gates of the phases after Verkennen, in order: what the overview's "before the X
  /// phase" text of the phase before it names.
  public static let all: [PhaseGate] = [
    PhaseGate(
      phase: .starten,
      conditions: [
        Condition(key: "vision", checks: [.challengeMissing, .visionMissing]),
        Condition(
          key: "segments",
          checks: [
            .segmentsMissing, .segmentPainsMissing, .segmentGainsMissing, .segmentBarriersMissing,
          ]),
        Condition(key: "conversations", checks: [.outsiderConversationsMissing]),
        Condition(
          key: "failures", checks: [.systemFailuresMissing, .transformationFailuresMissing]),
      ]),
    PhaseGate(
      phase: .ontwikkelen,
      conditions: [
        Condition(key: "propositions", checks: [.segmentWithoutProposition, .needUnanswered]),
        Condition(key: "mve", checks: [.mveEmpty, .chainLinksMissing, .mveChainGap]),
        Condition(
          key: "orchestration",
          checks: [.orchestratorMissing, .orchestratorNotOne, .orchestrationUndefined]),
        Condition(key: "roles", checks: [.partnerRoleMissing]),
      ]),
    PhaseGate(
      phase: .valideren,
      conditions: [
        Condition(key: "jointOrganisation", checks: [.handOverMissing]),
        Condition(
          key: "businessModels", checks: [.businessModelsMissing, .businessModelIncomplete]),
        Condition(key: "financialPlan", checks: [.financeYearEmpty, .financeUnbalanced]),
        Condition(key: "kpis", checks: [.theoryOfChangeMissing, .outcomeWithoutKPI]),
      ]),
    PhaseGate(
      phase: .uitbreiden,
      conditions: [
        Condition(
          key: "pilots",
          checks: [
            .pilotsMissing, .pilotLearningsMissing, .pilotDecisionMissing, .pilotPainPointsMissing,
          ]),
        Condition(
          key: "assumptions", checks: [.assumptionsMissing, .assumptionUntested, .planBMissing]),
        Condition(key: "ambassador", checks: [.alleyStart, .ambassadorMissing]),
      ]),
    PhaseGate(
      phase: .verduurzamen,
      conditions: [
        Condition(key: "alley", checks: [.alleyStart, .segmentWithoutProposition]),
        Condition(key: "withoutNGF", checks: [.ngfAtHorizon, .financeUnbalanced]),
      ]),
  ]

  /// The conditions of this gate that `found` (the checks with findings) leaves unmet.
  public func unmet(given found: Set<Check>) -> [Condition] {
    conditions.filter { !$0.checks.isDisjoint(with: found) }
  }

  /// A finding for each gate up to `phase` with a condition unmet.
  static func findings(in phase: Phase, given found: Set<Check>) -> [Finding] {
    all.filter { $0.phase <= phase }.compactMap { gate in
      let unmet = gate.unmet(given: found)
      guard !unmet.isEmpty else { return nil }
      return Finding(
        .phaseEntryUnmet, .plan, field: .phase,
        [.phase(gate.phase), .phase(phase), .conditions(unmet.map(\.key))])
    }
  }
}
