import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import Testing

@Suite struct EditTests {
  static func plans() throws -> [(String, Plan)] {
    [("rich", FixturePlans.rich()), ("demo", try DemoPlan.load())]
  }

  @Test func everyEditOnTheDemoPlanKeepsInvariantsAndIsUndoneByItsInverse() throws {
    for (name, plan) in try Self.plans() {
      #expect(plan.violations().isEmpty, "\(name) starts valid")
      let edits = EditCatalog.edits(on: plan)
      #expect(edits.count > 300, "\(name) has \(edits.count) edits")
      for edit in edits {
        var changed = plan
        try changed.apply(edit)
        #expect(changed != plan, "\(edit) changed nothing")
        #expect(changed.violations() == [], "\(edit)")
        try changed.apply(edit.inverse)
        #expect(changed == plan, "inverse of \(edit)")
        #expect(edit.inverse.inverse == edit)
      }
    }
  }

  @Test func everyKindOfEditIsInTheCatalogue() throws {
    let edits = EditCatalog.edits(on: try DemoPlan.load()).flatMap(\.steps)
    var kinds: Set<String> = []
    for edit in edits {
      switch edit {
      case .set: kinds.insert("set")
      case .insert: kinds.insert("insert")
      case .remove: kinds.insert("remove")
      case .move: kinds.insert("move")
      case .moveNode: kinds.insert("moveNode")
      case .group: kinds.insert("group")
      }
    }
    #expect(kinds == ["set", "insert", "remove", "move", "moveNode"])
    #expect(
      EditCatalog.edits(on: try DemoPlan.load()).contains {
        if case .group = $0 { true } else { false }
      })
  }

  @Test func anEditMadeAgainstAnOldValueIsRefusedAndChangesNothing() throws {
    var plan = FixturePlans.rich()
    let before = plan
    let stale = Edit.set(.stakeholder("sh-1"), .influence, from: .integer(2), to: .integer(3))
    #expect(throws: EditError.self) { try plan.apply(stale) }
    #expect(plan == before)
  }

  @Test func aGroupThatFailsHalfwayIsRolledBack() throws {
    var plan = FixturePlans.rich()
    let before = plan
    let group = Edit.group([
      .set(.stakeholder("sh-1"), .influence, from: .integer(4), to: .integer(5)),
      .set(.stakeholder("sh-2"), .name, from: .text("Gemeente Enschede"), to: .text("Enschede")),
      .set(.stakeholder("sh-404"), .name, from: .text(""), to: .text("x")),
    ])
    #expect(throws: EditError.notFound(.stakeholder("sh-404"))) { try plan.apply(group) }
    #expect(plan == before)
  }

  @Test func wrongShapesAreRefused() throws {
    var plan = FixturePlans.rich()
    let text = Edit.set(.stakeholder("sh-1"), .influence, from: .integer(4), to: .text("vijf"))
    #expect(throws: EditError.self) { try plan.apply(text) }
    let unknown = Edit.set(.stakeholder("sh-1"), .hypothesis, from: .text(""), to: .text("x"))
    #expect(throws: EditError.noSuchField(.hypothesis)) { try plan.apply(unknown) }
    let kind = Edit.insert(.action(Action(id: "act-99")), into: .stakeholders, at: 0)
    #expect(throws: EditError.wrongKind(.stakeholders)) { try plan.apply(kind) }
    let duplicate = Edit.insert(.stakeholder(Stakeholder(id: "sh-1")), into: .stakeholders, at: 0)
    #expect(throws: EditError.duplicate(.stakeholders, key: "sh-1")) { try plan.apply(duplicate) }
  }

  @Test func aNodeCannotMoveUnderItsOwnSubtree() throws {
    var plan = FixturePlans.rich()
    let move = Edit.moveNode(
      "toc-2", from: NodePlace(parent: "toc-1", index: 0), to: NodePlace(parent: "toc-3", index: 0))
    #expect(throws: EditError.cycle("toc-2")) { try plan.apply(move) }
    #expect(plan == FixturePlans.rich())
  }

  @Test func movingANodeTakesItsSubtree() throws {
    var plan = FixturePlans.rich()
    try plan.apply(
      .moveNode(
        "toc-3", from: NodePlace(parent: "toc-2", index: 0), to: NodePlace(parent: nil, index: 1)))
    #expect(plan.theoryOfChange.map(\.id) == ["toc-1", "toc-3"])
    #expect(plan.theoryOfChange[1].children.map(\.id) == ["toc-4"])
    #expect(plan.place(of: "toc-4") == NodePlace(parent: "toc-3", index: 0))
  }
}
