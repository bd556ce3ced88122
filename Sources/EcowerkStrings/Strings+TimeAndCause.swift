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
    "violation.linkCycle": p(
      "de koppeling van \"{1}\" naar \"{2}\" maakt een kringloop: \"{1}\" zou aan zichzelf "
        + "bijdragen",
      "the link from \"{1}\" to \"{2}\" makes a loop: \"{1}\" would contribute to itself"),
    "violation.linkRepeatsTree": p(
      "\"{2}\" staat in de boom al boven \"{1}\"",
      "\"{2}\" is already the parent of \"{1}\" in the tree"),
  ]
}
