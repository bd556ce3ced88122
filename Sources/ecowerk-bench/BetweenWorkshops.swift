import EcowerkFixtures
import EcowerkModel

/// Two copies of a plan as two partners leave them between workshops, for measuring diff and
/// merge: each changes fields of a hundredth of the stakeholders or actions, adds twenty
/// stakeholders (under the same new ids, as two copies do), removes or reorders a few
/// entities; five stakeholders are changed on both sides, which gives five conflicts.
struct BetweenWorkshops {
  let ours: Plan
  let theirs: Plan

  init(_ base: Plan, seed: UInt64) {
    var random = SplitMix64(seed: seed)
    var ours = base
    var theirs = base
    let stakeholders = base.stakeholders.indices
    let actions = base.actions.indices
    let touched = max(1, stakeholders.count / 100)
    if !stakeholders.isEmpty {
      for index in random.sample(touched, of: stakeholders.count) {
        ours.stakeholders[index].influence = ours.stakeholders[index].influence % 5 + 1
        ours.stakeholders[index].name += " (ons)"
      }
      for index in ours.stakeholders.indices.prefix(5) {
        theirs.stakeholders[index].influence = 5
        ours.stakeholders[index].influence = 1
      }
      for _ in 0..<min(5, stakeholders.count) {
        let moved = ours.stakeholders.remove(at: random.int(in: 0...(ours.stakeholders.count - 1)))
        ours.stakeholders.insert(moved, at: 0)
      }
    }
    for id in base.newIDs(Stakeholder.self, count: 20) {
      ours.stakeholders.append(Stakeholder(id: id, name: "Nieuw bij ons \(id)"))
      theirs.stakeholders.append(Stakeholder(id: id, name: "Nieuw bij hen \(id)"))
    }
    if !actions.isEmpty {
      for index in random.sample(max(1, actions.count / 100), of: actions.count) {
        theirs.actions[index].what += " (bijgesteld)"
        theirs.actions[index].status = .running
      }
      for _ in 0..<min(10, actions.count / 2) {
        let id = ours.actions[random.int(in: 0...(ours.actions.count - 1))].id
        if let removal = ours.removal(of: .action(id)) { try? ours.apply(removal) }
      }
    }
    for index in theirs.finance.indices where theirs.finance[index].ngf.cents > 0 {
      theirs.finance[index].ngf = theirs.finance[index].ngf - Money(euros: 1)
      theirs.finance[index].income = theirs.finance[index].income + Money(euros: 1)
    }
    for index in ours.segments.indices.prefix(10) { ours.segments[index].notes += " besproken" }
    self.ours = ours
    self.theirs = theirs
  }
}
