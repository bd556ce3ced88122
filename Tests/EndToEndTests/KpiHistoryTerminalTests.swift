import EcowerkModel
import EcowerkStore
import Foundation
import Testing

/// A KPI's history kept in the real binary with the workshop keys on a projector's 100×30:
/// the dashboard's detail takes the keyboard with F6, a measurement's who, note and date are
/// typed by Tab along its line, and a first milestone is typed on its placeholder; Ctrl-S
/// saves all of it.
@Suite(.enabled(if: Tmux.isAvailable, "tmux is not installed: apt-get install tmux"))
struct KpiHistoryTerminalTests {
  @Test func aMeasurementAndAMilestoneAreTypedInTheDashboardAndSaved() throws {
    let scratch = try Scratch()
    let path = try WorkbenchEditingTerminalTests.demoCopy(scratch)
    let tmux = try Tmux(
      WorkbenchTerminalTests.script("--lang nl '\(path)'", in: scratch, keys: "workshop"),
      width: 100, height: 30)
    try tmux.waitFor("Energiek Mkb Twente")
    try tmux.send("C-g")
    try tmux.send("7")
    try tmux.waitFor("Acties")
    try tmux.send("C-w")
    try tmux.waitFor("F6: mijlpalen, metingen en oorzaak van deze KPI bewerken")
    // The first row is Monteurs gediplomeerd; into its detail, down to its latest measurement.
    try tmux.send("F6")
    try tmux.waitUntil { !$0.contains("F6: mijlpalen") }
    for _ in 0..<8 { try tmux.send("Down") }
    try tmux.send("F2", "Tab", "C-u")
    try tmux.waitFor("bewerkt: gemeten door van Monteurs gediplomeerd, 15-11-2026")
    try tmux.type("Saxion")
    try tmux.send("Tab")
    try tmux.waitFor("bewerkt: toelichting van Monteurs gediplomeerd")
    try tmux.type("Telling na de zomer")
    try tmux.send("Tab")
    try tmux.waitFor("bewerkt: datum van Monteurs gediplomeerd")
    try tmux.send("C-u")
    try tmux.type("20-11-2026")
    try tmux.send("Enter")
    try tmux.waitFor("20-11-2026  22 · Saxion · Telling na de zomer")
    // Up to the milestone of 2025, Insert adds 2026 with its editor open.
    try tmux.send("Up", "Up", "Insert")
    try tmux.waitFor("Nieuw: waarde van Monteurs gediplomeerd, 2026 — typ het getal")
    try tmux.type("90")
    try tmux.send("Enter")
    try tmux.waitFor("2026  90")
    try tmux.send("C-s")
    try tmux.waitFor("Opgeslagen")
    try tmux.send("C-q")
    let result = try WorkbenchTerminalTests.finished(tmux, scratch)
    #expect(result.status == "0" && result.sameModes)
    let kpi = try #require(try PlanStore.load(path).kpi("kpi-6"))
    let measured = try #require(kpi.measurements.first { $0.measuredBy == "Saxion" })
    #expect(measured.note == "Telling na de zomer")
    #expect(measured.date == CalendarDate(year: 2026, month: 11, day: 20))
    #expect(measured.value == 22)
    #expect(kpi.milestones.contains(Milestone(year: 2026, value: 90)))
  }
}
