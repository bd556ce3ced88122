import EcowerkFixtures
import EcowerkModel

/// Edit sequences for the two copies of a merge, drawn from every edit the fixtures know.
enum EditPicker {
  /// Up to `count` edits for each side, none touching what another touches (see
  /// `EditFootprint`), so that all of them apply in any order.
  static func apart(on plan: Plan, count: Int, seed: UInt64) -> (ours: [Edit], theirs: [Edit]) {
    var random = SplitMix64(seed: seed)
    var edits = EditCatalog.edits(on: plan)
    edits.shuffle(using: &random)
    var taken = EditFootprint(.group([]), on: plan)
    var ours: [Edit] = []
    var theirs: [Edit] = []
    for edit in edits where ours.count < count || theirs.count < count {
      let footprint = EditFootprint(edit, on: plan)
      guard !footprint.overlaps(taken) else { continue }
      taken.formUnion(footprint)
      if ours.count <= theirs.count { ours.append(edit) } else { theirs.append(edit) }
    }
    return (ours, theirs)
  }

  /// `count` edits made one after another, each drawn from the edits of the plan as the ones
  /// before it left it: they may touch the same things again.
  static func sequence(on plan: Plan, count: Int, seed: UInt64) -> Plan {
    var random = SplitMix64(seed: seed)
    var plan = plan
    for _ in 0..<count {
      let edits = EditCatalog.edits(on: plan)
      guard !edits.isEmpty else { break }
      let edit = random.pick(edits)
      try? plan.apply(edit)
    }
    return plan
  }
}

extension Plan {
  /// The plan with each edit applied in turn.
  func applying(_ edits: [Edit]) throws -> Plan {
    var plan = self
    for edit in edits { try plan.apply(edit) }
    return plan
  }
}
