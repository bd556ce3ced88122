/// What a printed snapshot says to a board: the summary on page 1, the KPI dashboard, the
/// pictures and the checklist in words.
extension Strings {
  static let boardTexts: [String: Pair] = [
    "report.running.date": p("Stand van zaken op {1}", "Snapshot of {1}"),
    "report.page": p("Pagina {1} van {2}", "Page {1} of {2}"),
    "report.part": p("{1}, deel {2} van {3}", "{1}, part {2} of {3}"),

    "report.summary.verdict": p("Zonder NGF", "Without NGF"),
    "report.summary.standsAlone": p(
      "staat op eigen benen na {1}", "stands without NGF after {1}"),
    "report.summary.notAlone": p(
      "staat na {1} nog niet op eigen benen", "does not yet stand without NGF after {1}"),
    "report.summary.notAloneShort": p(
      "staat na {1} nog niet op eigen benen: {2} tekort zonder NGF-geld",
      "does not yet stand without NGF after {1}: {2} short without NGF money"),
    "report.summary.noFinance": p("nog geen financieel plan", "no financial plan yet"),
    "report.summary.findings": p("Bevindingen", "Findings"),
    "report.summary.noFindings": p("geen", "none"),
    "report.summary.kpis": p("KPI's", "KPIs"),
    "report.summary.noKPIs": p("nog geen", "none yet"),
    "report.status.smesBehind": p(
      "Nieuwe mkb'ers per segment: de {1} verst van hun doel (van {2} segmenten)",
      "New SMEs per segment: the {1} furthest from their target (of {2} segments)"),
    "report.summary.todo": p("Eerst te doen", "First things to do"),
    "report.summary.nothingToDo": p(
      "Niets dringends: het plan voldoet aan de controles en geen KPI loopt achter.",
      "Nothing urgent: the plan meets the checks and no KPI is behind."),
    "report.summary.moreLikeThis": p("(en nog {1} zo)", "(and {1} more like it)"),
    "report.summary.todoKPI": p(
      "Zet KPI '{1}' ({2}) weer op schema: {3}.", "Bring KPI '{1}' ({2}) back on track: {3}."),
    "report.summary.kpisBehind": p(
      "KPI's te laat of achter op schema", "KPIs late or behind schedule"),
    "report.summary.kpiItem": p("{1} — {2}: {3}", "{1} — {2}: {3}"),
    "report.summary.more": p("en nog {1}", "and {1} more"),
    "report.summary.moreKPIs": p(
      "en nog {1}: zie het KPI-dashboard", "and {1} more: see the KPI dashboard"),

    "report.section.kpis": p("KPI-dashboard", "KPI dashboard"),
    "report.kpis.intro": p(
      "Elke KPI van de veranderingstheorie en het actieplan, de slechtst lopende eerst; gemiste "
        + "doelen per oorzaak: nog niet benoemd, een veranderde omgeving, de uitvoering. Achter "
        + "op schema: verder dan 5 procentpunt achter op de lijn van nulmeting via de jaarlijkse "
        + "mijlpalen naar het doel tussen start en deadline.",
      "Every KPI of the Theory of Change and the action plan, the worst first; missed goals by "
        + "their cause: not named yet, a changed environment, execution. Behind schedule: "
        + "more than 5 percentage points behind the line from baseline through the yearly "
        + "milestones to target between start and deadline."),
    "report.kpis.none": p("Het plan heeft nog geen KPI's.", "The plan has no KPIs yet."),
    "report.kpis.belongsTo": p("Hoort bij", "Belongs to"),
    "report.kpis.figures": p("Nulmeting → stand → doel", "Baseline → actual → target"),
    "report.kpis.deadline": p("Deadline", "Deadline"),
    "report.kpis.standing": p("Stand", "Standing"),
    "report.kpis.unmeasured": p("nog geen stand of doel", "no actual or target yet"),
    "report.kpis.pace": p(
      "{1} van de weg bij {2} van de tijd", "{1} of the way at {2} of the time"),
    "report.kpis.action": p("actie", "action"),
    "report.kpis.due": p("{1} waar nu {2} verwacht werd", "{1} where {2} is due now"),

    "report.matrix": p("Stakeholdermatrix", "Stakeholder matrix"),
    "report.grid.title": p(
      "Invloed × belang: waar elke partij staat", "Influence × interest: where each party stands"),
    "report.grid.description": p(
      "{1} partijen naar invloed (1 tot 5, van onder naar boven) en belang (1 tot 5, van links "
        + "naar rechts): ",
      "{1} parties by influence (1 to 5, bottom to top) and interest (1 to 5, left to right): "),
    "report.grid.orchestrator": p("orkestrator", "orchestrator"),
    "report.grid.member": p("lid van het MVE", "member of the MVE"),
    "report.grid.other": p("andere partij", "other party"),
    "report.grid.more": p("+{1} meer", "+{1} more"),
    "report.grid.numbered": p(
      "[n] is de orkestrator, n* een lid van het MVE; de nummers:",
      "[n] is the orchestrator, n* a member of the MVE; the numbers:"),
    "report.grid.counted": p(
      "De getallen zijn het aantal partijen per vak; hun namen staan in de matrix.",
      "The figures are the number of parties in each cell; their names are in the matrix."),

    "report.toc.diagram": p("Veranderingstheorie als schema", "Theory of Change as a diagram"),
    "report.toc.diagramDescription": p(
      "Schema van {1} knopen: activiteiten links, de impact rechts; elke pijl loopt van een "
        + "knoop naar de knoop waaraan hij bijdraagt.",
      "Diagram of {1} nodes: activities on the left, the impact on the right; each arrow runs "
        + "from a node to the node it contributes to."),
    "report.toc.broken": p(
      "Gestippelde rand: een aanname klopt niet (plan B staat in de lijst hieronder).",
      "Dashed border: an assumption does not hold (plan B is in the list below)."),
    "report.toc.kpis.one": p("1 KPI", "1 KPI"),
    "report.toc.kpis.other": p("{1} KPI's", "{1} KPIs"),
    "report.toc.assumptions.one": p("1 aanname", "1 assumption"),
    "report.toc.assumptions.other": p("{1} aannames", "{1} assumptions"),

    "report.money.description": p(
      "Per jaar de inkomsten naar herkomst, gestapeld, naast de kosten: ",
      "Per year the money by source, stacked, beside the costs: "),
    "report.money.year": p(
      "{1}: {2} binnen ({3} NGF), kosten {4}", "{1}: {2} in ({3} NGF), costs {4}"),
    "report.reach.taking": p("nieuw bereikt", "new reached"),
    "report.reach.target": p("doel", "target"),
    "report.review.description": p(
      "Gemiddeld niveau per dimensie, per review: ", "Average level per dimension, per review: "),
    "report.alley.sequence": p(
      "De bowlingbaan: segmenten in volgorde", "The bowling alley: segments in order"),
    "report.alley.propositionsLine": p("Proposities: {1}", "Propositions: {1}"),
    "report.alley.ambassadorsLine": p("Ambassadeurs: {1}", "Ambassadors: {1}"),

    "report.checks.error": p("Op te lossen", "To fix"),
    "report.checks.warning": p("Aandacht nodig", "Needs attention"),
    "report.checks.hint": p("Tips", "Tips"),
  ]
}
