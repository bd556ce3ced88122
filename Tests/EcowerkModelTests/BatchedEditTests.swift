import EcowerkModel
import EcowerkStore
import Testing

/// A large group of edits (an import) is applied in runs; the outcome must be exactly that of
/// applying its steps one by one, failures included.
@Suite struct BatchedEditTests {
  /// Inserts of new stakeholders, segments, chain links and actions, and field changes of
  /// existing stakeholders and segments, interleaved in runs.
  static func group(on plan: Plan, count: Int = 300) -> [Edit] {
    var edits: [Edit] = []
    for number in 0..<count {
      let id = StakeholderID("sh-\(1_000 + number)")
      edits.append(
        .insert(
          .stakeholder(Stakeholder(id: id, name: "Partij \(number)")), into: .stakeholders,
          at: plan.stakeholders.count + number))
      if number % 50 == 0 {
        let link = ChainLink(id: ChainLinkID("link-\(100 + number)"), name: "Schakel \(number)")
        edits.append(
          .insert(.chainLink(link), into: .chainLinks, at: plan.chainLinks.count + number / 50))
        let stakeholder = plan.stakeholders[number / 50]
        edits.append(
          .set(
            .stakeholder(stakeholder.id), .influence, from: .integer(stakeholder.influence),
            to: .integer(stakeholder.influence % 5 + 1)))
        edits.append(
          .set(.stakeholder(id), .role, from: .text(""), to: .text("nieuw \(number)")))
        if number / 50 < plan.segments.count {
          let segment = plan.segments[number / 50]
          edits.append(
            .set(
              .segment(segment.id), .notes, from: .text(segment.notes),
              to: .text("notitie \(number)")))
        }
      }
    }
    edits.append(
      .insert(.action(Action(id: ActionID("act-900"), what: "Nieuw")), into: .actions, at: 0))
    return edits
  }

  static func oneByOne(_ plan: Plan, _ edits: [Edit]) throws(EditError) -> Plan {
    var result = plan
    for edit in edits { try result.apply(edit) }
    return result
  }

  @Test func aLargeGroupGivesThePlanThatItsStepsGive() throws {
    let demo = try DemoPlan.load()
    let edits = Self.group(on: demo)
    let batched = try demo.applying(.group(edits))
    #expect(batched == (try Self.oneByOne(demo, edits)))
    #expect(batched.stakeholders.count == demo.stakeholders.count + 300)
    #expect(batched.violations().isEmpty)
    #expect(try batched.applying(Edit.group(edits).inverse) == demo)
  }

  @Test(
    "a bad step anywhere fails the group with the same error, and nothing changes",
    arguments: [10, 150, 299])
  func badStepsFailTheWholeGroup(at position: Int) throws {
    let demo = try DemoPlan.load()
    var duplicate = Self.group(on: demo)
    // The same id as an earlier insert of the run.
    duplicate.insert(
      .insert(.stakeholder(Stakeholder(id: StakeholderID("sh-1000"))), into: .stakeholders, at: 0),
      at: position)
    var conflict = Self.group(on: demo)
    let first = demo.stakeholders[0]
    conflict.insert(
      .set(.stakeholder(first.id), .name, from: .text("niet de naam"), to: .text("x")), at: position
    )
    var missing = Self.group(on: demo)
    missing.insert(
      .set(.segment(SegmentID("seg-404")), .notes, from: .text(""), to: .text("x")), at: position)
    for edits in [duplicate, conflict, missing] {
      var expected: EditError?
      do { _ = try Self.oneByOne(demo, edits) } catch { expected = error }
      var plan = demo
      #expect(throws: try #require(expected)) { try plan.apply(.group(edits)) }
      #expect(plan == demo)
    }
  }
}
