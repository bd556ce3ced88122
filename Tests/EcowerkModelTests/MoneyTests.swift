import EcowerkModel
import Testing

@Suite struct MoneyTests {
  @Test(
    arguments: [
      ("€ 1.250,50", 125_050), ("1250.50", 125_050), ("1250,50", 125_050), ("1.250", 125_000),
      ("1,250", 125_000), ("€1,250.50", 125_050), ("1.000.000", 100_000_000),
      ("1,000,000.99", 100_000_099), ("-300", -30_000), ("€ -12,5", -1_250), ("0", 0),
      ("12,-", 1_200), ("EUR 99", 9_900), ("  7  ", 700), ("1 250,50", 125_050),
    ] as [(String, Int64)])
  func readsAmountsInDutchAndEnglishNotation(_ text: String, _ cents: Int64) {
    #expect(Money.parse(text) == .success(Money(cents: cents)))
  }

  @Test(arguments: ["", "twaalf", "1,2,3", "1.2500", "12.345,678", "€", "1.23.456", "--5", "1e5"])
  func refusesWhatIsNotAnAmount(_ text: String) {
    guard case .failure = Money.parse(text) else {
      Issue.record("\(text) was accepted")
      return
    }
  }

  @Test func refusesAmountsAboveTheLimit() {
    #expect(Money.parse("99999999999999") == .failure(.tooLarge("99999999999999")))
  }

  @Test(
    arguments: [
      (125_050, "€ 1.250,50", "€1,250.50"), (125_000, "€ 1.250", "€1,250"), (5, "€ 0,05", "€0.05"),
      (-100_000_000, "-€ 1.000.000", "-€1,000,000"), (0, "€ 0", "€0"),
    ] as [(Int64, String, String)])
  func writesAmountsInBothNotations(_ cents: Int64, _ dutch: String, _ english: String) {
    #expect(Money(cents: cents).formatted(.dutch) == dutch)
    #expect(Money(cents: cents).formatted(.english) == english)
  }

  @Test func formattedAmountsReadBackToTheSameAmount() {
    for cents: Int64 in [0, 1, 99, 100, 12_345, 1_000_000_01, -7_550] {
      let money = Money(cents: cents)
      #expect(Money.parse(money.formatted(.dutch)) == .success(money))
      #expect(Money.parse(money.formatted(.english)) == .success(money))
    }
  }

  @Test func sharesAreFractionsOfTheTotal() {
    #expect(Money(euros: 25).share(of: Money(euros: 100)) == 0.25)
    #expect(Money(euros: 25).share(of: .zero) == nil)
    #expect([Money(euros: 1), Money(cents: 50)].sum() == Money(cents: 150))
  }
}
