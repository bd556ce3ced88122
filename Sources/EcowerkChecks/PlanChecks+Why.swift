import EcowerkModel

/// Step 1, why: the problem and a shared vision, segments that are known well enough to
/// serve, conversations with SMEs that have not joined yet (and said so), targets that add up,
/// the failures named.
extension PlanChecks {
  static func vision(_ plan: Plan) -> [Finding] {
    var findings: [Finding] = []
    if isBlank(plan.challenge) {
      findings.append(Finding(.challengeMissing, .plan, field: .challenge))
    }
    if isBlank(plan.vision) { findings.append(Finding(.visionMissing, .plan, field: .vision)) }
    return findings
  }

  static func failures(_ plan: Plan) -> [Finding] {
    var findings: [Finding] = []
    if !plan.systemFailures.contains(where: { !isBlank($0.description) }) {
      findings.append(Finding(.systemFailuresMissing, .plan))
    }
    if !plan.transformationFailures.contains(where: { !isBlank($0.description) }) {
      findings.append(Finding(.transformationFailuresMissing, .plan))
    }
    // A missing or weak interaction is one between two partners: both named, and which it is.
    for failure in plan.systemFailures where failure.interaction != nil || !failure.between.isEmpty
    {
      let complete =
        failure.interaction != nil && failure.between.count == Failure.interactionParties
      guard !complete else { continue }
      findings.append(
        Finding(
          .interactionIncomplete, .systemFailure(failure.id),
          field: failure.interaction == nil ? .interaction : .between,
          variant: failure.interaction == nil ? "state" : "partners",
          [.name(failure.description), .count(failure.between.count)]))
    }
    return findings
  }

  static func segments(_ plan: Plan) -> [Finding] {
    var findings: [Finding] = []
    guard !plan.segments.isEmpty else {
      return [Finding(.segmentsMissing, .plan)]
    }
    // The targets add up to the number the plan states (`targetNewSMEs`), or the plan should
    // state one.
    let sum = plan.segments.reduce(0) { $0 + ($1.target ?? 0) }
    if let stated = plan.targetNewSMEs {
      if sum != stated {
        findings.append(
          Finding(.targetsDoNotAddUp, .plan, field: .targetNewSMEs, [.count(sum), .count(stated)]))
      }
    } else {
      findings.append(Finding(.totalTargetMissing, .plan, field: .targetNewSMEs, [.count(sum)]))
    }
    for segment in plan.segments {
      check(segment, into: &findings)
    }
    return findings
  }

  private static func check(_ segment: Segment, into findings: inout [Finding]) {
    let ref = EntityRef.segment(segment.id)
    let name = CheckArgument.name(segment.name)
    var missing: [Field] = []
    if isBlank(segment.sector) { missing.append(.sector) }
    if isBlank(segment.sizeClass) { missing.append(.sizeClass) }
    if isBlank(segment.region) { missing.append(.region) }
    if let first = missing.first {
      findings.append(
        Finding(.segmentProfileIncomplete, ref, field: first, [name, .fields(missing)]))
    }
    if segment.smeCount == nil {
      findings.append(Finding(.segmentSizeMissing, ref, field: .smeCount, [name]))
    }
    if segment.target == nil {
      findings.append(Finding(.segmentTargetMissing, ref, field: .target, [name]))
    }
    if !hasText(segment.pains) {
      findings.append(Finding(.segmentPainsMissing, ref, field: .pains, [name]))
    }
    if !hasText(segment.gains) {
      findings.append(Finding(.segmentGainsMissing, ref, field: .gains, [name]))
    }
    if segment.barriers.isEmpty {
      findings.append(Finding(.segmentBarriersMissing, ref, [name]))
    }
    // The method insists on talking to SMEs that do not take part yet, not only to members;
    // a conversation counts once someone has said it was with a non-member.
    if !segment.conversations.contains(where: { $0.membership == .nonMember }) {
      let count = segment.conversations.count
      let variant: String
      if count == 0 {
        variant = "none"
      } else if segment.conversations.allSatisfy({ $0.membership == .member }) {
        variant = count == 1 ? "memberOnly" : "membersOnly"
      } else {
        variant = "unchosen"
      }
      findings.append(
        Finding(
          .outsiderConversationsMissing, ref,
          variant: variant,
          [name, .count(segment.conversations.count)]))
    }
    let unchosen = segment.conversations.filter { $0.membership == nil }
    if let first = unchosen.first {
      findings.append(
        Finding(
          .membershipUnchosen, .conversation(segment.id, first.id), field: .membership,
          [name, .count(unchosen.count)]))
    }
  }
}
