import EcowerkModel
import EcowerkStrings

/// The earlier version of a plan a snapshot lists the changes since: the differences, and
/// how the reader knows that version (its file and the day it was saved).
public struct ChangesSince: Hashable, Sendable {
  public var diff: PlanDiff
  /// The earlier version's file name, as the reader knows it.
  public var name: String
  /// The day the earlier version was saved; nil when that is not known.
  public var date: CalendarDate?

  public init(diff: PlanDiff, name: String, date: CalendarDate?) {
    self.diff = diff
    self.name = name
    self.date = date
  }
}

/// "Changes since DATE": the section a board reads first, the same in every format.
extension ReportBuilder {
  var changesTitle: String {
    guard let since else { return strings.format("report.section.changes", "–") }
    return strings.format(
      "report.section.changes", since.date.map { strings.date($0) } ?? since.name)
  }

  var changeBlocks: [ReportBlock] {
    guard let since else { return [] }
    var blocks: [ReportBlock] = [
      .facts([ReportFact(strings["report.changes.comparedWith"], since.name)])
    ]
    guard !since.diff.isEmpty else {
      return blocks + [.paragraph(strings["report.changes.none"])]
    }
    let words = ChangeWords(strings: strings, names: since.diff.names, plan: plan)
    for group in ChangeGroup.of(since.diff.changes) {
      blocks.append(.list(title: group.title(strings), items: group.changes.map(words.sentence)))
    }
    blocks.append(.paragraph(ChangeListing.count(since.diff.changes.count, strings)))
    return blocks
  }
}
