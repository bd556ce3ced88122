import EcowerkChecks
import EcowerkModel
import EcowerkStrings

/// Builds the report document of a plan: the title block, the status at a glance, then the
/// method's three steps in order.
///
/// The clock is injected (`today`) because overdue actions depend on it and a snapshot must be
/// reproducible; the rubric is optional because without one the peer reviews can still be
/// listed, only not summed up per dimension.
public struct ReportBuilder: Sendable {
  public let plan: Plan
  public let strings: Strings
  public let today: CalendarDate
  public let rubric: Rubric?
  /// The earlier version to list the changes since; no changes section without one.
  public var since: ChangesSince?
  let names: ReportNames
  /// The plan checked against the method on `today`: the checklist and the summary's findings.
  let health: PlanHealth
  /// Every KPI with its standing on `today`, the worst first.
  let kpiBoard: KpiBoard
  /// The links between the steps, from either end.
  let links: PlanLinks

  public init(plan: Plan, language: Language, today: CalendarDate, rubric: Rubric? = nil) {
    self.plan = plan
    self.strings = Strings(language)
    self.today = today
    self.rubric = rubric
    self.names = ReportNames(plan: plan, strings: strings)
    self.health = PlanHealth(plan: plan, today: today)
    self.kpiBoard = KpiBoard(plan, today: today)
    self.links = PlanLinks(plan)
  }

  /// The document with the selected sections, all of them when `sections` is nil. The title
  /// block is always there, so a single printed section still says which plan it is from.
  public func build(sections: Set<ReportSectionID>? = nil) -> ReportDocument {
    let ids = ReportSectionID.allCases.filter { id in
      (sections?.contains(id) ?? true) && (id != .changes || since != nil)
    }
    return ReportDocument(
      title: names.orUnnamed(plan.name), facts: titleFacts, sections: ids.map(section),
      running: ReportDocument.Running(
        date: strings.format("report.running.date", strings.date(today)),
        page: strings["report.page"], part: strings["report.part"]))
  }

  /// The section with this id, built on its own.
  public func section(_ id: ReportSectionID) -> ReportSection {
    ReportSection(
      id: id, step: id.step.map(step),
      title: id == .changes ? changesTitle : strings[id.titleKey], blocks: blocks(of: id))
  }

  private func blocks(of id: ReportSectionID) -> [ReportBlock] {
    switch id {
    case .changes: return changeBlocks
    case .status: return statusBlocks
    case .kpis: return kpiBlocks
    case .vision: return visionBlocks
    case .segments: return segmentBlocks
    case .failures: return failureBlocks
    case .propositions: return propositionBlocks
    case .stakeholders: return stakeholderBlocks
    case .organisation: return organisationBlocks
    case .businessModels: return businessModelBlocks
    case .finance: return financeBlocks
    case .peerReview: return peerReviewBlocks
    case .theoryOfChange: return theoryOfChangeBlocks
    case .actions: return actionBlocks
    case .pilots: return pilotBlocks
    case .bowlingAlley: return bowlingAlleyBlocks
    case .checks: return checkBlocks
    }
  }

  private func step(_ number: Int) -> ReportStep {
    ReportStep(number: number, title: strings["report.step.\(number)"])
  }

  private var titleFacts: [ReportFact] {
    [
      ReportFact(field(.region), names.orDash(plan.region)),
      ReportFact(
        field(.phase),
        strings.format(
          "report.status.phase", strings.label(plan.phase), plan.phase.ordinal + 1,
          Phase.allCases.count)),
      ReportFact(
        strings["report.horizon"],
        "\(plan.horizon.lowerBound)–\(plan.horizon.upperBound)"),
      ReportFact(strings["report.snapshotDate"], strings.date(today)),
    ]
  }

  /// The blocks for a part that has nothing in it yet: one sentence rather than an empty
  /// table, so a reader can tell "nothing filled in" from "left out of this print".
  var nothingYet: [ReportBlock] { [.paragraph(strings["report.empty"])] }
}

extension ReportBuilder {
  /// A field's name. A function of its own because several model enumerations share case
  /// names with `Field` (`.output`, `.phase`), which makes `strings.label(.output)` ambiguous.
  func field(_ field: Field) -> String {
    strings.label(field)
  }
}
