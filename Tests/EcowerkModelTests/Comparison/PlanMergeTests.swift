import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import Testing

@Suite struct PlanMergeTests {
  static func base(_ seed: UInt64) throws -> Plan {
    switch seed % 3 {
    case 0: return FixturePlans.rich()
    case 1: return try DemoPlan.load()
    default:
      return PlanGenerator(seed: seed).plan(stakeholders: 30, segments: 5, nodes: 25, actions: 20)
    }
  }

  @Test("non-overlapping edits on both sides merge to both applied", arguments: 0..<24)
  func nonOverlappingEditsMergeToBothApplied(seed: UInt64) throws {
    let base = try Self.base(seed)
    let (ourEdits, theirEdits) = EditPicker.apart(on: base, count: 12, seed: seed)
    #expect(ourEdits.count == 12 && theirEdits.count == 12)
    let ours = try base.applying(ourEdits)
    let theirs = try base.applying(theirEdits)
    let merge = PlanMerge(base: base, ours: ours, theirs: theirs)
    #expect(merge.conflicts == [])
    #expect(merge.plan == (try ours.applying(theirEdits)), "seed \(seed)")
    #expect(merge.plan.violations() == [])
  }

  @Test("a side that changed nothing gives the other side exactly", arguments: 0..<12)
  func aSideThatChangedNothingGivesTheOther(seed: UInt64) throws {
    let base = try Self.base(seed)
    let edited = EditPicker.sequence(on: base, count: 15, seed: seed)
    #expect(edited != base)
    for merge in [
      PlanMerge(base: base, ours: base, theirs: edited),
      PlanMerge(base: base, ours: edited, theirs: base),
      PlanMerge(base: base, ours: edited, theirs: edited),
    ] {
      #expect(merge.conflicts == [])
      #expect(merge.plan == edited, "seed \(seed)")
    }
  }

  @Test("any two edit sequences merge into a valid plan, the same every time", arguments: 0..<16)
  func anyTwoSequencesMergeIntoAValidPlan(seed: UInt64) throws {
    let base = try Self.base(seed)
    let ours = EditPicker.sequence(on: base, count: 12, seed: seed &* 31 &+ 1)
    let theirs = EditPicker.sequence(on: base, count: 12, seed: seed &* 31 &+ 2)
    let merge = PlanMerge(base: base, ours: ours, theirs: theirs)
    #expect(merge.plan.violations() == [], "seed \(seed)")
    let again = PlanMerge(base: base, ours: ours, theirs: theirs)
    #expect(again.plan == merge.plan)
    #expect(again.conflicts == merge.conflicts)
    for conflict in merge.conflicts {
      if let edit = conflict.takeTheirs(on: merge.plan) {
        #expect(try merge.plan.applying(edit).violations() == [], "\(conflict)")
      }
    }
  }

  @Test func aFieldChangedToDifferentValuesOnBothSidesIsOneConflictKeepingOurs() throws {
    let base = FixturePlans.rich()
    var count = 0
    for ref in base.allRefs {
      for field in ref.fields {
        guard let before = base.value(of: field, at: ref), before.isScalar,
          let mine = EditCatalog.changedValue(before, field: field, ref: ref, plan: base),
          let theirs = EditCatalog.changedValue(mine, field: field, ref: ref, plan: base),
          mine != before, theirs != before, theirs != mine
        else { continue }
        let ours = try base.applying(.set(ref, field, from: before, to: mine))
        let their = try base.applying(.set(ref, field, from: before, to: theirs))
        let merge = PlanMerge(base: base, ours: ours, theirs: their)
        #expect(
          merge.conflicts.map(\.kind) == [.field(field, base: before, ours: mine, theirs: theirs)],
          "\(ref) \(field)")
        #expect(merge.conflicts.first?.ref == ref)
        #expect(merge.plan == ours)
        let taken = try #require(merge.conflicts.first?.takeTheirs(on: merge.plan))
        #expect(try merge.plan.applying(taken) == their)
        count += 1
      }
    }
    #expect(count > 100)
  }

  @Test func removedOnOneSideAndChangedOnTheOtherIsAConflict() throws {
    let base = FixturePlans.rich()
    var count = 0
    for ref in base.allRefs where ref != .plan {
      guard let removal = base.removal(of: ref) else { continue }
      let field = ref.fields.first { field in
        guard let value = base.value(of: field, at: ref) else { return false }
        return EditCatalog.changedValue(value, field: field, ref: ref, plan: base) != nil
      }
      guard let field, let before = base.value(of: field, at: ref),
        let after = EditCatalog.changedValue(before, field: field, ref: ref, plan: base)
      else { continue }
      let removed = try base.applying(removal)
      let changed = try base.applying(.set(ref, field, from: before, to: after))
      let oursRemoved = PlanMerge(base: base, ours: removed, theirs: changed)
      #expect(oursRemoved.conflicts.map(\.kind) == [.removed(by: .ours)], "\(ref)")
      #expect(oursRemoved.conflicts.first?.ref == ref)
      #expect(oursRemoved.plan == removed)
      let theirsRemoved = PlanMerge(base: base, ours: changed, theirs: removed)
      #expect(theirsRemoved.conflicts.map(\.kind) == [.removed(by: .theirs)], "\(ref)")
      #expect(theirsRemoved.plan == changed, "\(ref)")
      let taken = try #require(theirsRemoved.conflicts.first?.takeTheirs(on: theirsRemoved.plan))
      #expect(try theirsRemoved.plan.applying(taken).entity(ref) == nil)
      count += 1
    }
    #expect(count > 30)
  }

  @Test func aReferenceToWhatTheOtherSideRemovedIsAConflictNeverADanglingID() throws {
    let base = FixturePlans.rich()
    let action = base.actions[0]
    let partner = try #require(base.stakeholders.first { $0.id != action.owner })
    let ours = try base.applying(try #require(base.removal(of: .stakeholder(partner.id))))
    let theirs = try base.applying(
      .set(
        .action(action.id), .owner, from: .reference(action.owner?.rawValue),
        to: .reference(partner.id.rawValue)))
    let merge = PlanMerge(base: base, ours: ours, theirs: theirs)
    #expect(
      merge.conflicts.map(\.kind) == [.reference(.owner, target: .stakeholder(partner.id))])
    #expect(merge.plan.violations() == [])
    #expect(merge.plan.actions.first { $0.id == action.id }?.owner == action.owner)
    let taken = try #require(merge.conflicts.first?.takeTheirs(on: merge.plan))
    let resolved = try merge.plan.applying(taken)
    #expect(resolved.stakeholder(partner.id) != nil)
    #expect(resolved.actions.first { $0.id == action.id }?.owner == partner.id)
  }

  @Test func anEntityAddedOnBothSidesUnderTheSameIdBecomesTwo() throws {
    let base = FixturePlans.rich()
    let id = base.newID(Stakeholder.self)
    let action = base.actions[0]
    var ours = base
    ours.stakeholders.append(Stakeholder(id: id, name: "Ons nieuw"))
    var theirs = base
    theirs.stakeholders.append(Stakeholder(id: id, name: "Hun nieuw"))
    theirs.actions[0].owner = id
    let merge = PlanMerge(base: base, ours: ours, theirs: theirs)
    #expect(merge.conflicts == [])
    let renamed = try #require(merge.renamed[id.rawValue])
    #expect(merge.plan.stakeholders.suffix(2).map(\.name) == ["Ons nieuw", "Hun nieuw"])
    #expect(merge.plan.stakeholder(StakeholderID(renamed))?.name == "Hun nieuw")
    #expect(merge.plan.actions.first { $0.id == action.id }?.owner?.rawValue == renamed)
    #expect(merge.plan.violations() == [])
  }

  @Test func theSameEntityAddedOnBothSidesIsOne() throws {
    let base = FixturePlans.rich()
    var both = base
    both.stakeholders.append(Stakeholder(id: base.newID(Stakeholder.self), name: "Zelfde"))
    let merge = PlanMerge(base: base, ours: both, theirs: both)
    #expect(merge.renamed.isEmpty)
    #expect(merge.plan == both)
  }

  @Test func aFinanceYearAddedOnBothSidesIsMergedFieldByField() throws {
    var base = FixturePlans.rich()
    base.horizonYears = 7
    let year = base.horizon.upperBound
    var ours = base
    ours.finance.append(FinanceYear(year: year, ngf: Money(euros: 100), costs: Money(euros: 5)))
    var theirs = base
    theirs.finance.append(FinanceYear(year: year, income: Money(euros: 7), costs: Money(euros: 9)))
    let merge = PlanMerge(base: base, ours: ours, theirs: theirs)
    #expect(
      merge.conflicts.map(\.kind) == [
        .field(.costs, base: nil, ours: .money(Money(euros: 5)), theirs: .money(Money(euros: 9)))
      ])
    let merged = try #require(merge.plan.financeYear(year))
    #expect(merged.ngf == Money(euros: 100) && merged.income == Money(euros: 7))
    #expect(merged.costs == Money(euros: 5))
  }

  @Test func bothSidesAddingToOneListKeepBothOursFirst() throws {
    let base = FixturePlans.rich()
    var ours = base
    ours.segments[0].pains.append(Need(id: "need-ours", text: "Ons"))
    ours.chainLinks.append(ChainLink(id: "link-ours", name: "Ons"))
    var theirs = base
    theirs.segments[0].pains.append(Need(id: "need-theirs", text: "Hun"))
    theirs.chainLinks.append(ChainLink(id: "link-theirs", name: "Hun"))
    let merge = PlanMerge(base: base, ours: ours, theirs: theirs)
    #expect(merge.conflicts == [])
    #expect(
      merge.plan.segments[0].pains.map(\.text)
        == base.segments[0].pains.map(\.text) + ["Ons", "Hun"])
    #expect(merge.plan.chainLinks.suffix(2).map(\.name) == ["Ons", "Hun"])
  }

  @Test func bothRewritingOneEntryOfAListOfTextsIsAConflict() throws {
    let base = FixturePlans.rich()
    let directions = base.propositions[0].solutionDirections
    var ours = base
    ours.propositions[0].solutionDirections[0] = "Ons"
    var theirs = base
    theirs.propositions[0].solutionDirections[0] = "Hun"
    let merge = PlanMerge(base: base, ours: ours, theirs: theirs)
    #expect(merge.conflicts.count == 1)
    #expect(merge.plan.propositions[0].solutionDirections == ["Ons"] + directions.dropFirst())
  }

  @Test func movesOfDifferentEntitiesCombineAndOfOneEntityConflict() throws {
    var base = FixturePlans.rich()
    base.stakeholders += (0..<6).map { Stakeholder(id: StakeholderID("x-\($0)"), name: "\($0)") }
    let count = base.stakeholders.count
    let ours = try base.applying(.move(.stakeholders, from: 0, to: count - 1))
    // Theirs puts the last one after the third, wherever ours put that one.
    let theirs = try base.applying(.move(.stakeholders, from: count - 1, to: 3))
    let merge = PlanMerge(base: base, ours: ours, theirs: theirs)
    #expect(merge.conflicts == [])
    #expect(merge.plan == (try ours.applying(.move(.stakeholders, from: count - 2, to: 2))))
    let other = try base.applying(.move(.stakeholders, from: 0, to: 2))
    let clash = PlanMerge(base: base, ours: ours, theirs: other)
    #expect(clash.conflicts.map(\.kind) == [.moved(ours: .stakeholders, theirs: .stakeholders)])
    #expect(clash.plan == ours)
  }
}

extension FieldValue {
  /// A value compared as a whole (not a list whose entries two sides can add to apart).
  var isScalar: Bool {
    switch self {
    case .texts, .references, .arrangements: return false
    default: return true
    }
  }
}

@Suite struct PlanMergeCarefulTests {
  @Test func aChangeThatBreaksARuleOnlyNextToOursIsKeptOutAsAConflict() throws {
    let base = FixturePlans.rich()
    let last = try #require(base.finance.last)
    // Ours changes the last finance year; theirs shortens the horizon and drops that year.
    var ours = base
    ours.finance[ours.finance.count - 1].ngf = Money(euros: 1)
    var theirs = base
    theirs.finance.removeLast()
    theirs.horizonYears -= 1
    #expect(theirs.violations() == [])
    let merge = PlanMerge(base: base, ours: ours, theirs: theirs)
    #expect(merge.plan.violations() == [])
    #expect(merge.plan.financeYear(last.year)?.ngf == Money(euros: 1))
    #expect(merge.plan.horizonYears == base.horizonYears)
    #expect(
      Set(merge.conflicts.map(\.kind)) == [.removed(by: .theirs), .unmergeable])
    #expect(merge.conflicts.first { $0.kind == .unmergeable }?.ref == .plan)
  }
}

@Suite struct ListKindMembersTests {
  @Test func everyListOfEverySchemaIsAListOfTheEditModel() {
    var count = 0
    for kind in EntityKind.allCases {
      for (key, element) in Self.lists(kind.entityType) {
        let list = ListKind(holder: kind, key: key)
        #expect(list != nil, "\(kind).\(key)")
        if let list {
          #expect(ObjectIdentifier(list.element.entityType) == element, "\(kind).\(key)")
        }
        count += 1
      }
    }
    #expect(count >= 20)
  }

  /// Each list of the schema by its key, with the type of its elements.
  static func lists<E: SchemaEntity>(_: E.Type) -> [(String, ObjectIdentifier)] {
    var finder = ListTypes()
    for list in E.schema.lists { list.walk(E.schema.blank, &finder) }
    return finder.found
  }
}

struct ListTypes: ListWalker {
  var found: [(String, ObjectIdentifier)] = []

  mutating func walk<Child: SchemaEntity>(_ list: [Child], key: String) {
    found.append((key, ObjectIdentifier(Child.self)))
  }
}
