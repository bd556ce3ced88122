/// Texts of the Finance pane (6) and the Action plan pane (7). Labels in the finance table are
/// short because six years of amounts leave the row names about twenty columns at 80 wide.
extension Strings {
  static let financeTexts: [String: Pair] = [
    // The year × partner table.
    "finance.column.partner": p("Bijdragen", "Contributions"),
    "finance.column.actuals": p("Realisatie", "Actuals"),
    "finance.column.totals": p("Totalen", "Totals"),
    "finance.column.total": p("Totaal", "Total"),
    "finance.cash": p("cash", "cash"),
    "finance.inKind": p("in-kind", "in kind"),
    "finance.partnersTotal": p("Partners totaal", "Partners total"),
    "finance.ngf": p("NGF", "NGF"),
    "finance.income": p("Inkomsten", "Income"),
    "finance.totalIn": p("Totaal in", "Total in"),
    "finance.costs": p("Kosten", "Costs"),
    "finance.balance": p("Saldo", "Balance"),
    "finance.ngfShare": p("NGF-aandeel", "NGF share"),

    // Below the table.
    "finance.cofinancing": p(
      "Cofinanciering door partners: {1} · NGF totaal: {2}",
      "Cofinancing by partners: {1} · NGF in total: {2}"),
    "finance.verdict.stands": p(
      "Het plan staat na {1} op eigen benen, zonder NGF", "The plan stands without NGF after {1}"),
    "finance.verdict.notYet": p(
      "Het plan staat na {1} nog niet zonder NGF",
      "The plan does not yet stand without NGF after {1}"),
    "finance.verdict.gaps": p("tekort per jaar: {1}", "gap per year: {1}"),
    "finance.verdict.ngfLeft": p(
      "in {1} is nog {2} NGF begroot", "{2} of NGF is still budgeted in {1}"),
    "finance.verdict.noFigures": p(
      "voor {1} is nog niets ingevuld", "{1} has no figures yet"),

    // Editing: the actual figures, adding and removing partners.
    "finance.showingActuals": p(
      "Realisatie: leeg = nog niet ingevuld; r = terug naar de begroting",
      "Actuals: blank = not entered yet; r = back to the plan"),
    "finance.showingPlan": p("Begroting", "Planned figures"),
    "finance.compare": p(
      "{1} · {2}: begroot {3} · werkelijk {4} · verschil {5}",
      "{1} · {2}: planned {3} · actual {4} · difference {5}"),
    "finance.compare.share": p(
      "{1} · {2}: begroot {3} · werkelijk {4}", "{1} · {2}: planned {3} · actual {4}"),
    "finance.compare.total": p(
      "{1} · {2}: begroot {3} · werkelijk tot nu toe {4}",
      "{1} · {2}: planned {3} · actual so far {4}"),
    "finance.compare.notEntered": p(
      "{1} · {2}: begroot {3} · werkelijk nog niet ingevuld",
      "{1} · {2}: planned {3} · actual not entered yet"),
    "finance.derived": p(
      "Dit is berekend uit de cijfers erboven — bewerk die; totalen volgen vanzelf",
      "This is calculated from the figures above — edit those; totals follow"),
    "finance.add.title": p(
      "Nieuwe partner (bijdrage vanaf {1})", "New partner (contributing from {1})"),
    "finance.add.noStakeholders": p(
      "Nog geen stakeholders — voeg ze toe in paneel 3, dan kunnen ze hier bijdragen",
      "No stakeholders yet — add them in pane 3, then they can contribute here"),
    "finance.add.allContribute": p(
      "Alle stakeholders dragen al bij — voeg een nieuwe toe in paneel 3",
      "Every stakeholder contributes already — add a new one in pane 3"),
    "finance.delete.notPartner": p(
      "Alleen de rij van een partner kan weg (d); een cijfer wis je met e en 0",
      "Only a partner's row can be removed (d); clear a figure with e and 0"),
    "finance.delete.inChart": p(
      "In de grafiek valt niets te verwijderen — {key:toggleChart} toont de tabel",
      "Nothing to remove in the chart — {key:toggleChart} shows the table"),

    // The chart of where each year's money comes from.
    "finance.chart.heading": p("Waar het geld vandaan komt", "Where the money comes from"),
    "finance.chart.title": p(
      "Waar het geld per jaar vandaan komt (begroting) · volle balk = {1}",
      "Where each year's money comes from (plan) · a full bar is {1}"),
    "finance.chart.cash": p("cash partners", "partners' cash"),
    "finance.chart.inKind": p("in-kind partners", "partners in kind"),
    "finance.chart.income": p("inkomsten", "income"),
    "finance.chart.ngf": p("NGF", "NGF"),
    "finance.chart.costs": p("kosten", "costs"),
    "finance.chart.share": p("{1} NGF", "{1} NGF"),
    "finance.chart.empty": p(
      "Nog geen cijfers om te tekenen. {key:toggleChart} toont de tabel: vul daar per jaar de bijdragen, NGF, "
        + "inkomsten en kosten in.",
      "No figures to draw yet. {key:toggleChart} shows the table: fill in each year's contributions, NGF, "
        + "income and costs there."),

    // The Finance pane's keys.
    "command.toggleChart": p(
      "wissel tabel / grafiek: waar het geld per jaar vandaan komt",
      "switch table / chart of where each year's money comes from"),
    "hint.toggleChart": p("grafiek", "chart"),
    "command.toggleActuals": p(
      "wissel begroting / realisatie (werkelijke cijfers)",
      "switch planned / actual figures"),
    "hint.toggleActuals": p("realisatie", "actuals"),

    "finance.empty": p(
      "Nog geen cijfers. Vul per jaar de bijdragen van partners (cash en in-kind), de "
        + "NGF-subsidie, inkomsten en kosten in; dan blijkt of het plan na {1} zonder NGF kan.",
      "No figures yet. Fill in per year what partners contribute (cash and in kind), the NGF "
        + "subsidy, income and costs; then it shows whether the plan can do without NGF after "
        + "{1}."),

    // The action plan.
    "actions.column.kpis": p("KPI's", "KPIs"),
    "actions.kpiCount": p("{1} KPI's", "{1} KPIs"),
    "actions.count.one": p("{1} actie", "{1} action"),
    "actions.count.other": p("{1} acties", "{1} actions"),
    "actions.overdue": p("{1} te laat", "{1} overdue"),
    "actions.done": p("{1} klaar", "{1} done"),
    "actions.asOf": p("peildatum {1}", "as of {1}"),
    "actions.noOwner": p("(niemand)", "(nobody)"),
    "actions.kpi": p("{1}: {2} van {3}", "{1}: {2} of {3}"),
    "actions.empty": p(
      "Nog geen acties. Het actieplan legt vast wie wat doet, wanneer, wat het oplevert en welke "
        + "KPI's laten zien of het werkt.",
      "No actions yet. The action plan records who does what, when, what it yields, and which "
        + "KPIs show whether it works."),
  ]
}
