import EcowerkModel
import EcowerkStrings

/// The front door of the module, for `ecowerk print FILE --format text|md`: a plan in, a
/// finished document out.
public enum Report {
  /// The plan printed in `format`. `today` decides which actions are overdue and is printed
  /// as the date of the snapshot; `sections` keeps only those sections (all when nil); with
  /// `since`, the snapshot starts with what changed since that earlier version.
  public static func render(
    _ plan: Plan, format: ReportFormat, language: Language, today: CalendarDate,
    rubric: Rubric? = nil, sections: Set<ReportSectionID>? = nil, since: ChangesSince? = nil
  ) -> String {
    var builder = ReportBuilder(plan: plan, language: language, today: today, rubric: rubric)
    builder.since = since
    let document = builder.build(sections: sections)
    return format.renderer(language: language).render(document)
  }
}
