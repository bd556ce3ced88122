/// Texts of the action plan pane (7) when editing it, and of its KPI dashboard. The table's
/// own labels (`actions.count.one`, `actions.overdue`, …) are in `financeTexts`, where the
/// pane began.
extension Strings {
  static let actionsTexts: [String: Pair] = [
    "command.toggleKPIs": p(
      "KPI-overzicht aan/uit: alle KPI's, te laat en achter op schema eerst",
      "KPI dashboard on/off: every KPI, late and behind schedule first"),
    "hint.toggleKPIs": p("KPI's", "KPIs"),

    // Editing the table and an action's KPIs.
    "actions.sortedByDate": p(
      "De acties staan op datum: verander de start of het einde om een actie te verplaatsen",
      "Actions are in date order: change the start or end to move an action"),
    "actions.endBeforeStart": p(
      "Het einde {1} ligt vóór de start {2}: kies een einde op of na de start",
      "The end {1} is before the start {2}: choose an end on or after the start"),
    "actions.startAfterEnd": p(
      "De start {1} ligt na het einde {2}: zet eerst het einde later",
      "The start {1} is after the end {2}: move the end later first"),
    "actions.kpisOf": p("KPI's van {1}", "KPIs of {1}"),
    "actions.noKPIsYet": p(
      "nog geen KPI's — {key:add} voegt er een toe", "no KPIs yet — {key:add} adds one"),
    "actions.noKPIsHint": p(
      "geen — {key:switchFocus}, dan voegt {key:add} er een toe",
      "none — {key:switchFocus}, then {key:add} adds one"),

    // The KPI dashboard.
    "kpis.column.kpi": p("KPI", "KPI"),
    "kpis.column.belongsTo": p("Hoort bij", "Belongs to"),
    "kpis.column.figures": p("Nulmeting {1} stand {1} doel", "Base {1} actual {1} target"),
    "kpis.column.progress": p("Voortgang", "Progress"),
    "kpis.action": p("actie", "action"),
    "kpis.label.belongsTo": p("Hoort bij", "Belongs to"),
    "kpis.standing.late": p("te laat", "late"),
    "kpis.standing.behind": p("achter op schema", "behind schedule"),
    "kpis.standing.unmeasured": p("nog geen cijfers", "no figures yet"),
    "kpis.standing.onTrack": p("op schema", "on track"),
    "kpis.standing.reached": p("gehaald", "reached"),
    "kpis.explain.reached": p("doel van {1} bereikt", "target of {1} reached"),
    "kpis.explain.unmeasured": p(
      "vul de stand (e) en het doel in om de voortgang te zien",
      "fill in the actual (e) and the target to see the progress"),
    "kpis.explain.late": p(
      "deadline {1} verstreken bij {2} van de weg", "deadline {1} passed at {2} of the way"),
    "kpis.explain.lateUnmeasured": p(
      "deadline {1} verstreken zonder meting", "deadline {1} passed without a measurement"),
    "kpis.explain.pace": p(
      "{1} van de weg bij {2} van de tijd tot {3}", "{1} of the way at {2} of the time to {3}"),
    "kpis.explain.progress": p(
      "{1} van de weg, geen deadline om tegen af te zetten",
      "{1} of the way, no deadline to measure against"),
    "kpis.count.one": p("{1} KPI", "{1} KPI"),
    "kpis.count.other": p("{1} KPI's", "{1} KPIs"),
    "kpis.summary.late": p("{1} te laat", "{1} late"),
    "kpis.summary.behind": p("{1} achter", "{1} behind"),
    "kpis.summary.unmeasured": p("{1} zonder cijfers", "{1} without figures"),
    "kpis.summary.reached": p("{1} gehaald", "{1} reached"),
    "kpis.empty": p(
      "Nog geen KPI's. Geef knopen van de veranderingstheorie (paneel 4) of acties (w onder de"
        + " tabel) een KPI met nulmeting, doel en deadline; hier zie je dan welke achterlopen.",
      "No KPIs yet. Give Theory of Change nodes (pane 4) or actions (w under the table) a KPI"
        + " with a baseline, target and deadline; this shows which ones fall behind."),
    "kpis.onlyActual": p(
      "Hier verander je alleen de stand (e); een KPI toevoegen of verwijderen doe je bij de"
        + " actie (v, dan w) of in de veranderingstheorie (4)",
      "Only the actual is changed here (e); add or delete a KPI under its action (v, then w)"
        + " or in the Theory of Change (4)"),
  ]
}
