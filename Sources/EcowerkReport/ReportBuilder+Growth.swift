import EcowerkModel
import EcowerkStrings

/// How the minimum viable ecosystem and the bowling alley grew: a row per year of the partners,
/// segments and propositions there at its end, and the dated steps — who joined, who left and
/// why, which target group and offer were added. Shown only once the plan keeps dates.
extension ReportBuilder {
  var growthBlocks: [ReportBlock] {
    let years = plan.growth(through: today)
    let events = plan.growthEvents.filter { $0.date <= today }
    guard !years.isEmpty else { return [] }
    return [
      .heading(strings["report.growth"]),
      .table(
        ReportTable(
          columns: [
            .init(strings["report.growth.year"]), .init(strings["report.growth.partners"], .right),
            .init(strings["report.growth.segments"], .right),
            .init(strings["report.growth.propositions"], .right),
          ],
          rows: years.map { year in
            [
              String(year.year), strings.number(year.partners), strings.number(year.segments),
              strings.number(year.propositions),
            ]
          })),
      .list(
        title: strings["report.growth.steps"],
        items: events.map { event in
          var text =
            strings.date(event.date) + " — "
            + strings.format("report.growth.\(event.kind.rawValue)", names.orUnnamed(event.name))
          if !event.reason.allSatisfy(\.isWhitespace) { text += ": " + event.reason }
          return text
        }),
    ]
  }
}
