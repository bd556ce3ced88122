import EcowerkFixtures
import EcowerkModel
import EcowerkReport
import EcowerkStrings
import Testing

@Suite struct ChangeWordsTests {
  static let base: Plan = {
    var plan = FixturePlans.rich()
    plan.stakeholders[0].name = "Provincie Overijssel"
    plan.stakeholders[0].influence = 4
    plan.finance[2].ngf = Money(euros: 550_000)
    return plan
  }()

  static func sentences(_ new: Plan, _ language: Language = .english) -> [String] {
    let diff = PlanDiff(from: base, to: new)
    let words = ChangeWords(strings: Strings(language), names: diff.names, plan: new)
    return diff.changes.map(words.sentence)
  }

  @Test func theIssuesExamplesReadAsWritten() throws {
    var new = Self.base
    new.stakeholders[0].influence = 5
    new.segments.append(Segment(id: new.newID(Segment.self), name: "Logistiek"))
    new.finance[2].ngf = Money(euros: 500_000)
    let node = try #require(new.theoryOfChange.first?.children.first)
    let holds = try #require(node.assumptions.firstIndex { $0.status == .holds })
    new.theoryOfChange[0].children[0].assumptions[holds].status = .broken
    new.theoryOfChange[0].children[0].assumptions[holds].planB = "Eigen netbeheerder"
    let text = node.assumptions[holds].text
    #expect(
      Self.sentences(new) == [
        "Segment Logistiek added",
        "Stakeholder Provincie Overijssel: influence 4 → 5",
        "Finance 2027: NGF €550,000 → €500,000",
        "Node \(node.title), assumption \(text): holds → broken (plan B: Eigen netbeheerder)",
        "Node \(node.title), assumption \(text): plan B – → “Eigen netbeheerder”",
      ])
    #expect(
      Self.sentences(new, .dutch) == [
        "Segment Logistiek toegevoegd",
        "Stakeholder Provincie Overijssel: invloed 4 → 5",
        "Financiën 2027: NGF € 550.000 → € 500.000",
        "Knoop \(node.title), aanname \(text): klopt → klopt niet (plan B: Eigen netbeheerder)",
        "Knoop \(node.title), aanname \(text): plan B – → “Eigen netbeheerder”",
      ])
  }

  @Test func referencesAndListsOfTextsSayWhatCameAndWent() throws {
    var new = Self.base
    new.propositions[0].solutionDirections = ["Collectieve inkoop", "Leerwerkplekken"]
    let link = try #require(new.chainLinks.last)
    new.stakeholders[0].chainLinks = [link.id]
    let action = new.actions[0]
    new.actions[0].owner = new.stakeholders[1].id
    let sentences = Self.sentences(new)
    #expect(
      sentences.contains(
        "Value proposition \(new.propositions[0].name): solution directions + “Leerwerkplekken”, − “Coaches”"
      ), "\(sentences)")
    #expect(sentences.contains { $0.hasSuffix("chain links + \(link.name), − Installatie") })
    let owner = try #require(action.owner)
    let before = try #require(Self.base.stakeholder(owner))
    #expect(
      sentences.contains(
        "Action \(action.what): owner \(before.name) → \(new.stakeholders[1].name)"))
  }

  @Test(arguments: Language.allCases)
  func everyCatalogueEditHasWordsInBothLanguages(language: Language) throws {
    let plan = FixturePlans.rich()
    let strings = Strings(language)
    var count = 0
    for edit in EditCatalog.edits(on: plan) {
      let changed = try plan.applying(edit)
      let diff = PlanDiff(from: plan, to: changed)
      let words = ChangeWords(strings: strings, names: diff.names, plan: changed)
      for change in diff.changes {
        let sentence = words.sentence(change)
        #expect(!sentence.contains("⟦"), "\(sentence)")
        #expect(!sentence.contains("EcowerkModel"), "\(sentence)")
        count += 1
      }
    }
    #expect(count > 300)
  }

  @Test(arguments: HostileStrings.all)
  func hostileTextIsInertInEveryListing(_ hostile: String) throws {
    let old = FixturePlans.rich()
    let new = HostileStrings.filling(old, with: hostile)
    let diff = PlanDiff(from: old, to: new)
    #expect(diff.changes.count > 40)
    for language in Language.allCases {
      let strings = Strings(language)
      for output in [
        ChangeListing.text(diff, old: hostile, new: "b", plan: new, strings: strings),
        ChangeListing.markdown(diff, old: hostile, new: "b", plan: new, strings: strings),
        ChangeListing.json(diff, old: hostile, new: "b", plan: new, strings: strings),
      ] {
        let raw = output.unicodeScalars.filter { scalar in
          switch scalar.value {
          case 0x0A: return false
          case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x061C, 0x200E, 0x200F, 0x202A...0x202E,
            0x2066...0x2069:
            return true
          default: return false
          }
        }
        #expect(raw.isEmpty, "\(language): \(raw.map { String($0.value, radix: 16) })")
      }
    }
  }

  @Test func theListingsSayThereIsNoDifference() {
    let plan = FixturePlans.rich()
    let diff = PlanDiff(from: plan, to: plan)
    let strings = Strings(.english)
    #expect(
      ChangeListing.text(diff, old: "a", new: "b", plan: plan, strings: strings)
        == "Changes from a to b\n\nNo differences.\n")
    #expect(
      ChangeListing.json(diff, old: "a", new: "b", plan: plan, strings: strings).contains(
        "\"changes\": []"))
  }

  @Test func theTextListingGroupsChangesByStep() {
    var new = Self.base
    new.name = "Nieuw"
    new.actions[0].what = "Anders"
    new.segments[0].name = "Metaal"
    let text = ChangeListing.text(
      PlanDiff(from: Self.base, to: new), old: "a", new: "b", plan: new,
      strings: Strings(.english))
    #expect(
      text == """
        Changes from a to b

        General
          Plan: name “Energiek Mkb Oost” → “Nieuw”

        Step 1 — Why
          Segment Metaal: name “Metaalbedrijven” → “Metaal”

        Step 3 — Into action
          Action Anders: what “Coaches werven” → “Anders”

        3 changes

        """)
  }

  @Test func conflictsReadAsWhatEachSideDid() throws {
    let base = Self.base
    var ours = base
    ours.stakeholders[0].influence = 5
    var theirs = base
    theirs.stakeholders[0].influence = 2
    let merge = PlanMerge(base: base, ours: ours, theirs: theirs)
    let words = ChangeWords(strings: Strings(.english), names: merge.names, plan: merge.plan)
    #expect(
      merge.conflicts.map(words.sentence) == [
        "Stakeholder Provincie Overijssel: influence — ours 5, theirs 2 (was 4)"
      ])
  }
}
