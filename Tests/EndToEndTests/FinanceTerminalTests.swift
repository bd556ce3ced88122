import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// The Finance pane in the real binary in a real terminal: a year's NGF, income and costs
/// typed in Dutch notation, saved with `:wq`, read back from the file.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed: apt-get install tmux"))
struct FinanceTerminalTests {
  @Test func aFinanceYearTypedInDutchNotationIsSaved() throws {
    let scratch = try Scratch()
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let tmux = try Tmux(WorkbenchTerminalTests.script("--lang nl '\(path)'", in: scratch))
    try tmux.waitFor("Energiek Mkb Twente")
    try tmux.send("6")
    try tmux.waitFor("NGF-aandeel")
    // The NGF row of 2029 (after the sixteen partner rows), then income and costs under it.
    try tmux.send("G", "k", "k", "k", "k", "k")
    for _ in 0..<5 { try tmux.send("l") }
    try tmux.send("e", "C-u")
    try tmux.type("€ 120.000")
    try tmux.send("Enter")
    try tmux.waitUntil { Self.row("NGF", in: $0)?.contains("120.000") == true }
    try tmux.send("j", "e", "C-u")
    try tmux.type("455.000,50")
    try tmux.send("Enter")
    try tmux.send("j", "j", "e", "C-u")
    try tmux.type("1.250.000")
    try tmux.send("Enter")
    // The totals follow: 690.000 + 120.000 + 455.000,50 in against 1.250.000 out leaves
    // 15.000,50 in 2029, shown in whole euros. (Waiting for the costs alone could catch the
    // editor still showing the typed text.)
    let screen = try tmux.waitUntil { screen in
      Self.row("Saldo", in: screen)?.split(separator: " ").dropFirst(5).first == "15.000"
    }
    #expect(screen.contains("[+]"))
    #expect(Self.row("Kosten", in: screen)?.contains("1.250.000") == true)
    #expect(Self.row("Inkomsten", in: screen)?.contains("455.000") == true)
    // A refusal keeps the editor open and the plan as it was.
    try tmux.send("e", "C-u")
    try tmux.type("veel geld")
    try tmux.send("Enter")
    try tmux.waitFor("is geen bedrag")
    try tmux.send("Escape")
    try tmux.send(":")
    try tmux.type("wq")
    try tmux.send("Enter")
    let result = try WorkbenchTerminalTests.finished(tmux, scratch)
    #expect(result.status == "0")
    #expect(result.sameModes, "stty is restored")
    let plan = try PlanStore.load(path)
    let year = try #require(plan.financeYear(2029))
    #expect(year.ngf == Money(euros: 120_000))
    #expect(year.income == Money(cents: 45_500_050))
    #expect(year.costs == Money(euros: 1_250_000))
    let demo = try DemoPlan.load()
    #expect(plan.finance.filter { $0.year != 2029 } == demo.finance.filter { $0.year != 2029 })
    #expect(plan.violations().isEmpty)
  }

  /// The screen line that starts with `label`.
  static func row(_ label: String, in screen: String) -> String? {
    screen.split(separator: "\n").first { $0.hasPrefix(label + " ") }.map(String.init)
  }
}
