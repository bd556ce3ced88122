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
    "violation.linkCycle": p(
      "de koppeling van \"{1}\" naar \"{2}\" maakt een kringloop: \"{1}\" zou aan zichzelf "
        + "bijdragen",
      "the link from \"{1}\" to \"{2}\" makes a loop: \"{1}\" would contribute to itself"),
    "violation.linkRepeatsTree": p(
      "\"{2}\" staat in de boom al boven \"{1}\"",
      "\"{2}\" is already the parent of \"{1}\" in the tree"),
  ]
}
