import EcowerkModel

/// Texts of time and cause: the Theory of Change as a network with reasons, KPIs measured over
/// time with milestones, missed goals explained, pilots that decide against their criteria,
/// and the history of partners, segments and propositions.
extension Strings {
  static let timeAndCauseTexts: [String: Pair] = [
    "entity.changeLink": p("koppeling", "link"),
    "entity.linkAssumption": p("aanname van een koppeling", "assumption of a link"),
    "entity.measurement": p("meting", "measurement"),
    "entity.milestone": p("mijlpaal", "milestone"),
    "entity.criterion": p("succescriterium", "success criterion"),
    "list.changeLinks": p("koppelingen", "links"),
    "list.linkAssumptions": p("aannames van een koppeling", "assumptions of a link"),
    "list.measurements": p("metingen", "measurements"),
    "list.milestones": p("mijlpalen", "milestones"),
    "list.criteria": p("succescriteria", "success criteria"),
    "field.rationale": p("Waarom", "Rationale"),
    "field.from": p("Van", "From"),
    "field.to": p("Draagt bij aan", "Contributes to"),
    "field.cause": p("Oorzaak", "Cause"),
    "field.causeAssumption": p("Aanname die niet meer klopt", "Assumption that broke"),
    "field.value": p("Waarde", "Value"),
    "field.measuredBy": p("Gemeten door", "Measured by"),
    "field.kpi": p("KPI", "KPI"),
    "field.comparison": p("Succes als", "Success when"),
    "field.threshold": p("Drempel", "Threshold"),
    "field.observed": p("Resultaat", "Result"),
    "field.joined": p("Toegetreden", "Joined"),
    "field.left": p("Vertrokken", "Left"),
    "field.leftReason": p("Reden vertrek", "Reason for leaving"),
    "field.added": p("Toegevoegd", "Added"),
    "toc.milestones": p("Mijlpalen", "Milestones"),
    "toc.measurements": p("Gemeten", "Measured"),
    "toc.causeAssumption": p("Aanname", "Assumption"),
    "kpis.milestonesFull": p(
      "Elk jaar heeft al een mijlpaal: pas er een aan of verwijder er een",
      "Every year has a milestone already: change one or delete one"),
    "toc.addLinkHint": p(
      "Een nieuwe koppeling begint bij het element: {key:addLink}",
      "A new link starts from the element: {key:addLink}"),
    "kpis.column.cause": p("Oorzaak", "Cause"),
    "kpis.cause.environment": p("omgeving", "environment"),
    "kpis.cause.execution": p("uitvoering", "execution"),
    "kpis.detailHint": p(
      "{key:switchFocus}: mijlpalen, metingen en oorzaak van deze KPI bewerken",
      "{key:switchFocus}: edit this KPI's milestones, measurements and cause"),
    "cause.execution": p("uitvoering", "execution"),
    "cause.environment": p("veranderde omgeving", "changed environment"),
    "comparison.atLeast": p("minstens", "at least"),
    "comparison.atMost": p("hoogstens", "at most"),
    "check.action.kpi-behind": p(
      "KPI {1} staat op {2} waar nu {3} verwacht werd — ligt het aan "
        + "de uitvoering of aan een veranderde omgeving? Leg de oorzaak vast",
      "KPI {1} stands at {2} where {3} is due by now — is it the execution "
        + "or a changed environment? Record the cause"),
    "check.action.kpi-behind.execution": p(
      "KPI {1} staat op {2} waar nu {3} verwacht werd (oorzaak: "
        + "uitvoering) — stuur de acties bij",
      "KPI {1} stands at {2} where {3} is due by now (cause: execution) — "
        + "put the actions right"),
    "check.action.kpi-behind.environment": p(
      "KPI {1} staat op {2} waar nu {3} verwacht werd (oorzaak: "
        + "veranderde omgeving) — zet plan B in of stel het doel bij",
      "KPI {1} stands at {2} where {3} is due by now (cause: changed "
        + "environment) — start plan B or adjust the target"),
    "check.action.kpi-behind.late": p(
      "KPI {1} moest op {2} zijn doel halen en haalde het niet — ligt het aan de uitvoering "
        + "of aan een veranderde omgeving? Leg de oorzaak vast",
      "KPI {1} was to reach its target by {2} and did not — is it the execution or a changed "
        + "environment? Record the cause"),
    "check.action.kpi-behind.late.execution": p(
      "KPI {1} moest op {2} zijn doel halen en haalde het niet (oorzaak: uitvoering) — zet "
        + "een nieuwe datum of stuur de acties bij",
      "KPI {1} was to reach its target by {2} and did not (cause: execution) — set a new date "
        + "or put the actions right"),
    "check.action.kpi-behind.late.environment": p(
      "KPI {1} moest op {2} zijn doel halen en haalde het niet (oorzaak: veranderde omgeving) "
        + "— zet plan B in of stel het doel bij",
      "KPI {1} was to reach its target by {2} and did not (cause: changed environment) — start "
        + "plan B or adjust the target"),
    "check.action.pilot-result-missing": p(
      "Pilot {1} is afgerond maar criterium {2} heeft geen resultaat — vul het gemeten "
        + "resultaat in",
      "Pilot {1} is finished but criterion {2} has no result — enter the result observed"),
    "check.action.pilot-result-missing.none": p(
      "Pilot {1} is afgerond zonder succescriteria — leg vast wat hij moest aantonen en wat "
        + "eruit kwam",
      "Pilot {1} is finished without success criteria — record what it had to show and what "
        + "it showed"),
    "check.action.pilot-decision-contradicts": p(
      "Pilot {1} wordt opgeschaald terwijl {2} succescriteria niet gehaald zijn — kies "
        + "bijstellen of stoppen, of licht het besluit toe",
      "Pilot {1} is scaled up while {2} success criteria were missed — choose adjust or stop, "
        + "or explain the decision"),
    "check.action.pilot-decision-contradicts.one": p(
      "Pilot {1} wordt opgeschaald terwijl een succescriterium niet gehaald is — kies "
        + "bijstellen of stoppen, of licht het besluit toe",
      "Pilot {1} is scaled up while a success criterion was missed — choose adjust or stop, "
        + "or explain the decision"),
    "check.action.pilot-decision-contradicts.stop": p(
      "Pilot {1} stopt terwijl hij elk succescriterium haalde — kies opschalen of bijstellen, "
        + "of licht het besluit toe",
      "Pilot {1} is stopped although it met every success criterion — choose scale up or "
        + "adjust, or explain the decision"),
    "kpis.trend.improving": p("gaat de goede kant op", "improving"),
    "kpis.trend.worsening": p("gaat de verkeerde kant op", "worsening"),
    "kpis.trend.level": p("gelijk gebleven", "level"),
    "kpis.trend.rising": p("stijgt", "rising"),
    "kpis.trend.falling": p("daalt", "falling"),
    "report.kpis.trend": p("Verloop", "Trend"),
    "report.kpis.count": p("({1} metingen)", "({1} measurements)"),
    "report.kpis.measuredOn": p("gemeten {1}", "measured {1}"),
    "report.kpis.missed": p(
      "Gemiste doelen: uitvoering of omgeving?", "Missed goals: execution or environment?"),
    "report.kpis.history": p(
      "Mijlpalen en metingen per KPI", "Milestones and measurements per KPI"),
    "report.kpis.measured": p("gemeten", "measured"),
    "report.kpis.missedIntro": p(
      "De KPI's achter op schema of over hun deadline, naar oorzaak: een veranderde omgeving "
        + "(een aanname die niet meer klopt: tijd voor plan B) of de eigen uitvoering.",
      "The KPIs behind schedule or past their deadline, by cause: a changed environment (an "
        + "assumption that broke: time for plan B) or the partnership's own execution."),
    "report.kpis.missed.environment": p("Veranderde omgeving", "Changed environment"),
    "report.kpis.missed.execution": p("Uitvoering", "Execution"),
    "report.kpis.missed.unknown": p("Oorzaak nog niet vastgelegd", "Cause not recorded yet"),
    "report.kpis.brokenAssumption": p("aanname \"{1}\" ({2})", "assumption \"{1}\" ({2})"),
    "report.kpis.planB": p("Plan B: {1}", "Plan B: {1}"),
    "command.toggleDiagram": p(
      "Veranderingstheorie als schema aan/uit: vakken en pijlen, pijltjestoetsen langs de "
        + "pijlen, Enter naar de details",
      "Theory of Change as a diagram on/off: boxes and arrows, arrow keys along the arrows, "
        + "Enter to the detail"),
    "hint.toggleDiagram": p("schema", "diagram"),
    "command.addLink": p(
      "koppel aan een element waar dit ook aan bijdraagt…",
      "link to an element this also contributes to…"),
    "hint.addLink": p("koppel", "link"),
    "toc.linkTo": p("{1} draagt ook bij aan…", "{1} also contributes to…"),
    "toc.noLinkTarget": p(
      "Er is geen element waar dit nog aan kan bijdragen zonder kringloop",
      "There is no element this can also contribute to without a loop"),
    "toc.diagram.legend": p(
      "{1} draagt bij aan   {2} draagt ook bij aan   {3} aanname klopt niet   Enter: details",
      "{1} contributes to   {2} also contributes to   {3} assumption broken   Enter: detail"),
    "toc.diagram.empty": p(
      "Nog geen veranderingstheorie: voeg in de boom een impactdoel toe",
      "No Theory of Change yet: add an impact goal in the tree"),
    "kpis.column.trend": p("Verloop", "Trend"),
    "kpis.undated": p("datum onbekend", "date unknown"),
    "toc.alsoContributes": p("Ook aan", "Also to"),
    "stakeholders.former": p(
      "vertrokken op {1}: {2} — blijft in het plan voor de geschiedenis en de financiën",
      "left on {1}: {2} — kept in the plan for its history and finance"),
    "overview.growth": p("Groei", "Growth"),
    "overview.growthYear": p("{1}: {2} partners, {3} segmenten", "{1}: {2} partners, {3} segments"),
    "overview.former": p("Vertrokken", "Left"),
    "pilots.criteria": p("Succescriteria", "Success criteria"),
    "pilots.noCriteria": p(
      "Nog geen succescriteria — {key:add} voegt er een toe: wat moet de pilot aantonen?",
      "No success criteria yet — {key:add} adds one: what must the pilot show?"),
    "report.growth": p("Hoe het ecosysteem groeide", "How the ecosystem grew"),
    "report.growth.year": p("Eind van", "End of"),
    "report.growth.partners": p("Partners in het MVE", "Partners in the MVE"),
    "report.growth.segments": p("Segmenten in de bowling alley", "Segments in the bowling alley"),
    "report.growth.propositions": p("Proposities", "Propositions"),
    "report.growth.steps": p("Stap voor stap", "Step by step"),
    "report.growth.partnerJoined": p("{1} sluit aan", "{1} joins"),
    "report.growth.partnerLeft": p("{1} vertrekt", "{1} leaves"),
    "report.growth.segmentAdded": p("segment {1} erbij", "segment {1} added"),
    "report.growth.propositionAdded": p("propositie {1} erbij", "proposition {1} added"),
    "report.pilot.verdict": p("Succescriteria", "Success criteria"),
    "report.criterion.kpi": p("KPI {1}", "KPI {1}"),
    "report.criterion.result": p("resultaat {1}", "result {1}"),
    "report.criterion.met": p("gehaald", "met"),
    "report.criterion.missed": p("niet gehaald", "missed"),
    "report.verdict.met": p("alle gehaald", "all met"),
    "report.verdict.missed": p("{1} niet gehaald", "{1} missed"),
    "report.verdict.missed.one": p("1 niet gehaald", "1 missed"),
    "report.verdict.open": p("nog niet alle gemeten", "not all measured yet"),
    "report.verdict.none": p("geen", "none"),
    "report.toc.linkLegend": p(
      "Stippellijn: draagt ook bij aan (rood: een aanname van die koppeling klopt niet).",
      "Dotted line: also contributes to (red: an assumption of that link broke)."),
    "report.toc.rationale": p("Waarom: {1}", "Why: {1}"),
    "report.toc.alsoContributes": p("Draagt ook bij aan: {1}", "Also contributes to: {1}"),
    "violation.linkCycle": p(
      "de koppeling van \"{1}\" naar \"{2}\" maakt een kringloop: \"{1}\" zou aan zichzelf "
        + "bijdragen",
      "the link from \"{1}\" to \"{2}\" makes a loop: \"{1}\" would contribute to itself"),
    "violation.linkRepeatsTree": p(
      "\"{2}\" staat in de boom al boven \"{1}\"",
      "\"{2}\" is already the parent of \"{1}\" in the tree"),
  ]
}

extension Strings {
  /// "minstens", "at most".
  public func label(_ comparison: SuccessCriterion.Comparison) -> String {
    self["comparison.\(comparison.rawValue)"]
  }

  /// "uitvoering", "changed environment".
  public func label(_ cause: MissCause) -> String { self["cause.\(cause.rawValue)"] }
}
