import EcowerkModel
import EcowerkReport
import EcowerkStore
import EcowerkUI
import Testing

/// `p` and `:print`: update asks the runner for a snapshot as an effect, and the status bar
/// says how it went.
@Suite struct SnapshotCommandTests {
  static func command(_ line: String, _ session: inout Session) {
    session.press(.commandLine)
    session.type(line)
    session.key(.enter)
  }

  @Test func pAsksForATextSnapshotOfThePlanAsItIsNow() throws {
    var session = try Session.demo()
    session.press(.showPane(.stakeholders))
    session.press(.toggleMVE)
    session.effects = []
    session.press(.printSnapshot)
    #expect(session.effects == [.writeSnapshot(session.state.plan, format: .text, printer: false)])
    #expect(session.state.plan != (try DemoPlan.load()), "the unsaved edit is in the snapshot")
  }

  @Test(
    "every :print form names its format and printer",
    arguments: [
      ("print", SnapshotFormat.text, false), ("print html", .html, false), ("print md", .md, false),
      ("print markdown", .md, false), ("print csv", .csv, false), ("print json", .json, false),
      ("print --printer", .text, true), ("print text --printer", .text, true),
      ("p HTML", .html, false),
    ])
  func printCommandForms(line: String, format: SnapshotFormat, printer: Bool) throws {
    var session = try Session.demo()
    Self.command(line, &session)
    #expect(
      session.effects == [.writeSnapshot(session.state.plan, format: format, printer: printer)])
  }

  @Test(
    "a format it does not know, or a printer asked for another format, is refused with a reason",
    arguments: [
      ("print pdf", "Unknown format 'pdf'; choose text, md, html, csv, xlsx, json"),
      ("print html --printer", "The printer takes text: :print --printer"),
      ("print html md", "Unknown format 'md'"),
    ])
  func refusedPrintCommands(line: String, message: String) throws {
    var session = try Session.demo()
    Self.command(line, &session)
    #expect(session.effects.isEmpty)
    #expect(session.state.status?.text.hasPrefix(message) == true)
    #expect(session.state.status?.kind == .error)
  }

  @Test func printingWorksInAReadOnlySession() throws {
    var session = try Session.demo()
    session.state.settings.readOnly = true
    session.press(.printSnapshot)
    #expect(session.effects.count == 1)
  }

  @Test(
    "the status bar says where the snapshot went, and says so plainly when it did not print",
    arguments: [
      (
        SnapshotOutcome.written(path: "plan-2026-11-29-1015.txt"),
        "Snapshot written: plan-2026-11-29-1015.txt", StatusMessage.Kind.info
      ),
      (.printed(path: "a.txt"), "Printed (lpr) and kept: a.txt", .info),
      (
        .noPrinter(path: "a.txt"), "NOT printed, no lpr (install cups-client); kept: a.txt",
        .warning
      ),
      (
        .printerFailed(path: "a.txt", reason: "no default destination"),
        "NOT printed, kept: a.txt; lpr: no default destination", .error
      ),
      (
        .failed(reason: "/nope: No such file or directory"),
        "Snapshot NOT written: /nope: No such file or directory", .error
      ),
    ])
  func outcomeMessages(outcome: SnapshotOutcome, message: String, kind: StatusMessage.Kind) throws {
    var session = try Session.demo()
    session.send(.snapshotFinished(outcome))
    #expect(session.state.status?.text == message)
    #expect(session.state.status?.kind == kind)
  }
}
