import EcowerkFixtures
import EcowerkModel
import Testing

/// Every edit is held to the rules the loader checks, in one place (`Plan.apply(_:within:)`),
/// wherever it comes from: what the workbench holds can always be saved and opened again.
@Suite struct EditRulesTests {
  /// Small limits, each test reaching one of them; the fixture's texts are longer than 20
  /// bytes, but only what an edit touches is judged.
  static let small = PlanLimits(
    maxTextBytes: 70, maxListCount: 4, maxTreeDepth: 3, maxNodeCount: 6, maxHorizonYears: 30)
  static let tree = PlanLimits(
    maxTextBytes: 100, maxListCount: 100, maxTreeDepth: 3, maxNodeCount: 6, maxHorizonYears: 30)

  static func refusal(_ edit: Edit, on plan: Plan, limits: PlanLimits = small) -> PlanViolation? {
    var changed = plan
    do {
      try changed.apply(edit, within: limits)
      return nil
    } catch {
      #expect(changed == plan, "a refused edit changes nothing")
      guard case .breaksRule(let violation) = error else {
        Issue.record("refused for another reason: \(error)")
        return nil
      }
      return violation
    }
  }

  /// `$EDITOR` once handed back a 150 kB vision; it was saved and could never be opened again.
  @Test func aTextOverItsLimitIsRefusedWithItsField() throws {
    let plan = FixturePlans.rich()
    let long = String(repeating: "a", count: 150_000)
    let edit = Edit.set(.plan, .vision, from: .text(plan.vision), to: .text(long))
    let violation = try #require(Self.refusal(edit, on: plan, limits: .standard))
    #expect(violation.path == "vision")
    #expect(violation.problem == .textTooLong(bytes: 150_000, limit: 100_000))
    // At the limit it is taken.
    let atLimit = String(repeating: "a", count: 100_000)
    #expect(
      Self.refusal(
        .set(.plan, .vision, from: .text(plan.vision), to: .text(atLimit)), on: plan,
        limits: .standard) == nil)
  }

  @Test func aNestedTextNamesItsRealPlace() throws {
    let plan = FixturePlans.rich()
    let barrier = plan.segments[1].barriers[0]
    let edit = Edit.set(
      .barrier(plan.segments[1].id, barrier.id), .text, from: .text(barrier.text),
      to: .text(String(repeating: "b", count: 71)))
    let violation = try #require(Self.refusal(edit, on: plan))
    #expect(violation.path == "segments[1].barriers[0].text")
  }

  /// A node is judged at its own depth, and named by its real place in the tree.
  @Test func aNodeTextNamesItsPlaceInTheTree() throws {
    let plan = FixturePlans.rich()
    let output = plan.theoryOfChange[0].children[0].children[0]
    let edit = Edit.set(
      .node(output.id), .title, from: .text(output.title),
      to: .text(String(repeating: "t", count: 71)))
    let violation = try #require(Self.refusal(edit, on: plan))
    #expect(violation.path == "theoryOfChange[0].children[0].children[0].title")
  }

  @Test func aListEntryOverItsLimitAndAFullListAreRefused() throws {
    let plan = FixturePlans.rich()
    let proposition = plan.propositions[0]
    let directions = Edit.set(
      .proposition(proposition.id), .solutionDirections,
      from: .texts(proposition.solutionDirections), to: .texts(["a", "b", "c", "d", "e"]))
    #expect(Self.refusal(directions, on: plan)?.path == "propositions[0].solutionDirections")
    var full = plan
    while full.chainLinks.count < Self.small.maxListCount {
      full.chainLinks.append(ChainLink(id: .init("link-x\(full.chainLinks.count)"), name: "x"))
    }
    let insert = Edit.insert(
      .chainLink(ChainLink(id: .init("link-new"), name: "y")), into: .chainLinks, at: 0)
    let violation = try #require(Self.refusal(insert, on: full))
    #expect(violation.path == "chainLinks")
    #expect(violation.problem == .listTooLong(count: 5, limit: 4))
  }

  /// An inserted entity is judged whole: a stakeholder pasted with an over-long role.
  @Test func anInsertedEntityIsCheckedWhole() throws {
    let plan = FixturePlans.rich()
    let pasted = Stakeholder(
      id: .init("sh-new"), name: "ok", role: String(repeating: "r", count: 75))
    let violation = try #require(
      Self.refusal(.insert(.stakeholder(pasted), into: .stakeholders, at: 1), on: plan))
    #expect(violation.path.hasPrefix("stakeholders[1]."))
  }

  @Test func theTreeCannotGrowTooDeepOrTooLarge() throws {
    var plan = FixturePlans.rich()  // impact → outcome → output → activity: four levels
    plan.theoryOfChange[0].children[0].children[0].children = []
    let output = plan.theoryOfChange[0].children[0].children[0]
    let deeper = ChangeNode(id: .init("toc-deep"), level: .activity, title: "x")
    let insert = Edit.insert(.node(deeper), into: .nodes(parent: output.id), at: 0)
    let violation = try #require(Self.refusal(insert, on: plan, limits: Self.tree))
    #expect(violation.problem == .treeTooDeep(limit: 3))
    // Moving a node below the third level is refused too.
    let root = ChangeNode(id: .init("toc-root2"), level: .impact, title: "r")
    var wide = plan
    try wide.apply(.insert(.node(root), into: .nodes(parent: nil), at: 1))
    let move = Edit.moveNode(
      root.id, from: NodePlace(parent: nil, index: 1), to: NodePlace(parent: output.id, index: 0))
    #expect(Self.refusal(move, on: wide, limits: Self.tree)?.problem == .treeTooDeep(limit: 3))
    // The count: six nodes at most.
    var many = plan
    for number in 0..<3 {
      try many.apply(
        .insert(
          .node(ChangeNode(id: .init("toc-r\(number)"), level: .impact, title: "")),
          into: .nodes(parent: nil), at: 0))
    }
    let seventh = ChangeNode(id: .init("toc-7"), level: .impact, title: "")
    #expect(
      Self.refusal(
        .insert(.node(seventh), into: .nodes(parent: nil), at: 0), on: many, limits: Self.tree)?
        .problem == .tooManyNodes(count: 7, limit: 6))
  }

  /// Amounts each within their limit can add up to more than 64 bits hold (46,117 did, and
  /// `check`, `print` and the workbench died); the plan is refused at the amount where the
  /// totals pass what ecowerk counts, and the edit that would take them there is refused.
  @Test func financeTotalsThatCannotBeCountedAreRefused() throws {
    // 11,529 partners with a trillion euros cash and a trillion in kind stay just under the
    // limit of the totals; one more trillion does not.
    let partners = (0...11_529).map { Stakeholder(id: .init("p\($0)"), name: "P\($0)") }
    var almost = FixturePlans.rich()
    almost.stakeholders += partners
    almost.finance[0].contributions =
      partners.dropLast().map { Contribution(partner: $0.id, cash: .limit, inKind: .limit) }
      + [Contribution(partner: partners[11_529].id)]
    #expect(almost.violations().isEmpty)
    let edit = Edit.set(
      .contribution(year: 2025, partner: partners[11_529].id), .cash, from: .money(.zero),
      to: .money(.limit))
    let violation = try #require(Self.refusal(edit, on: almost, limits: .standard))
    #expect(violation.problem == .totalTooLarge)
    #expect(violation.path.hasPrefix("finance[0].contributions["))
    // A file holding it is refused at load, at the amount that crosses the line.
    var crossed = almost
    crossed.finance[0].contributions[11_529].cash = .limit
    let found = try #require(crossed.violations().first)
    #expect(found.problem == .totalTooLarge)
    #expect(found.path == "finance[0].contributions[11529].cash")
  }

  /// Money never wraps round: a sum that does not fit stops at the largest amount.
  @Test func moneyArithmeticIsChecked() {
    let near = Money(cents: .max - 1)
    #expect((near + Money(cents: 5)).cents == .max)
    #expect((Money(cents: .min + 1) - Money(cents: 5)).cents == .min)
    #expect([near, near, near].sum().cents == .max)
    #expect((Money(cents: 5) + Money(cents: 7)).cents == 12)
  }

  /// A move records what it moves; replayed onto a plan where something else is at its place
  /// it is refused instead of moving that.
  @Test func aKeyedMoveChecksWhatItMoves() throws {
    let plan = FixturePlans.rich()
    let move = plan.keyed(.move(.stakeholders, from: 0, to: 2))
    guard case .move(_, 0, 2, let key?) = move else {
      Issue.record("\(move)")
      return
    }
    #expect(key == plan.stakeholders[0].id.rawValue)
    var moved = plan
    try moved.apply(move)
    #expect(throws: EditError.self) { try moved.apply(move) }
    #expect(moved.holds(move) && !plan.holds(move))
    try moved.apply(move.inverse)
    #expect(moved == plan)
  }
}
