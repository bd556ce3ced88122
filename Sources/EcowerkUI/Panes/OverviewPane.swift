import EcowerkModel
import EcowerkStrings

/// Pane 1: the plan's why — challenge, vision, phase — its system and transformation failures,
/// and the plan at a glance.
enum OverviewPane: DetailPane {
  static func cursor(_ state: AppState) -> ListCursor { state.views.overview }
  static func setCursor(_ cursor: ListCursor, _ state: inout AppState) {
    state.views.overview = cursor
  }

  static func items(_ state: AppState, width: Int) -> [DetailItem] {
    let plan = state.plan
    let s = state.strings
    let labelWidth = min(24, max(10, width / 4))
    func field(_ field: Field, _ value: String, style: Style = .plain) -> DetailItem {
      .field(
        s.label(field), value, width: width, labelWidth: labelWidth,
        target: Target(.plan, field), style: style)
    }
    var items: [DetailItem] = [
      .heading(s["overview.plan"]),
      field(.name, plan.name, style: Style(bold: true)),
      field(.region, plan.region),
      field(.challenge, plan.challenge),
      field(.vision, plan.vision),
      field(.phase, s.label(plan.phase)),
      field(.startYear, String(plan.startYear)),
      field(
        .horizonYears,
        s.format(
          "overview.horizon", plan.horizonYears, plan.horizon.lowerBound, plan.horizon.upperBound)),
      field(.targetNewSMEs, plan.targetNewSMEs.map { s.number($0) } ?? "–"),
      .blank,
      .heading(s["overview.systemFailures"]),
    ]
    items += failures(plan.systemFailures, width: width, state) { .systemFailure($0) }
    items += [.blank, .heading(s["overview.transformationFailures"])]
    items += failures(plan.transformationFailures, width: width, state) {
      .transformationFailure($0)
    }
    items += [.blank, .heading(s["overview.glance"])]
    items += glance(state, width: width, labelWidth: labelWidth)
    return items
  }

  static func failures(
    _ failures: [Failure], width: Int, _ state: AppState, ref: (FailureID) -> EntityRef
  ) -> [DetailItem] {
    guard !failures.isEmpty else {
      return [.text(state.strings["overview.none"], width: width, style: .muted, indent: 2)]
    }
    return failures.map { failure in
      let text =
        failure.actors.isEmpty ? failure.description : "\(failure.description) — \(failure.actors)"
      return .bullet(
        text, width: width, glyphs: state.settings.glyphs,
        target: Target(ref(failure.id), .description))
    }
  }

  static func glance(_ state: AppState, width: Int, labelWidth: Int) -> [DetailItem] {
    let plan = state.plan
    let s = state.strings
    let totals = plan.smeTotals
    let uncovered = plan.uncoveredChainLinks.map(\.name)
    let orchestrators = plan.orchestrators.map(\.name)
    let verdict = plan.ngfVerdict
    func row(_ label: String, _ value: String, _ style: Style = .plain) -> DetailItem {
      .field(label, value, width: width, labelWidth: labelWidth, style: style)
    }
    return [
      row(
        s["overview.segments"],
        s.format(
          "overview.segmentsValue", plan.segments.count, s.number(totals.participating),
          s.number(totals.target))),
      row(
        s["overview.stakeholders"],
        s.format("overview.stakeholdersValue", plan.stakeholders.count, plan.mveMembers.count)),
      row(
        s["overview.orchestrator"],
        orchestrators.isEmpty
          ? s["overview.noOrchestrator"] : orchestrators.joined(separator: ", "),
        orchestrators.count == 1 ? .plain : .colored(.warning, bold: true)),
      row(
        s["overview.uncovered"],
        uncovered.isEmpty ? s["overview.allCovered"] : uncovered.joined(separator: ", "),
        uncovered.isEmpty ? .colored(.good) : .colored(.warning, bold: true)),
      row(
        s["overview.ngf"],
        verdict.standsAlone
          ? s.format("overview.standsAlone", verdict.lastYear)
          : s.format("overview.needsNGF", verdict.lastYear),
        verdict.standsAlone ? .colored(.good) : .colored(.bad, bold: true)),
    ]
  }
}
