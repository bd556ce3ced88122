import EcowerkFixtures
import EcowerkModel
import EcowerkStore
import Testing

/// The file format loses nothing: 10,000 seeded, deliberately odd plans (every field kind,
/// Unicode of every plane, control characters, empty texts, absent optionals, numbers at their
/// extremes) each encode, decode to an equal plan, and encode again to the identical bytes.
/// A failure names its seed, and `PlanGenerator(seed:).variedPlan()` rebuilds that plan.
@Suite struct RoundTripPropertyTests {
  static let plans = 10_000
  /// Run in slices so that Swift Testing can spread them over the cores.
  static let slices = 8

  @Test(arguments: 0..<slices)
  func generatedPlansRoundTripExactly(slice: Int) throws {
    let size = Self.plans / Self.slices
    for seed in UInt64(slice * size)..<UInt64((slice + 1) * size) {
      let plan = PlanGenerator(seed: seed).variedPlan()
      // Decoding checks the invariants too, so a generated plan that is not valid fails here
      // with the field named.
      let bytes = PlanFile.encode(plan)
      let decoded = try PlanFile.decode(bytes, file: "seed-\(seed).json")
      try #require(decoded == plan, "seed \(seed) decodes to a different plan")
      try #require(PlanFile.encode(decoded) == bytes, "seed \(seed) encodes differently")
    }
  }

  @Test func theSlicesCoverExactlyTheDocumentedNumberOfPlans() {
    #expect(Self.plans / Self.slices * Self.slices == 10_000)
  }

  @Test func theGeneratorIsReproducibleAndVaried() {
    let first = PlanGenerator(seed: 42).variedPlan()
    #expect(PlanGenerator(seed: 42).variedPlan() == first)
    let plans = (0..<200).map { PlanGenerator(seed: UInt64($0)).variedPlan() }
    #expect(Set(plans).count == 200)
    let sizes = plans.map { PlanFile.encode($0).count }
    #expect(sizes.min()! < 3_000 && sizes.max()! > 10_000, "from tiny to a few pages")
    // Every kind of variation occurs somewhere in the first 200 plans.
    let texts = plans.flatMap { plan in
      HostileStrings.textFields(of: plan).compactMap { ref, field -> String? in
        if case .text(let text)? = plan.value(of: field, at: ref) { return text }
        return nil
      }
    }
    #expect(texts.contains(""))
    #expect(texts.contains { $0.unicodeScalars.contains { $0.value > 0xFFFF } })
    #expect(texts.contains { $0.unicodeScalars.contains { $0.value < 0x20 } })
    let kpis = plans.flatMap { plan in
      plan.allNodes().flatMap(\.node.kpis) + plan.actions.flatMap(\.kpis)
    }
    #expect(kpis.contains { $0.target == nil } && kpis.contains { $0.target != nil })
    #expect(
      kpis.contains {
        $0.actual == .greatestFiniteMagnitude || $0.actual == -.greatestFiniteMagnitude
      })
    let money = plans.flatMap { $0.finance.map(\.ngf) }
    #expect(money.contains(Money.limit) && money.contains(.zero))
    #expect(plans.contains { $0.allNodes().contains { $0.depth >= 3 } })
  }
}
