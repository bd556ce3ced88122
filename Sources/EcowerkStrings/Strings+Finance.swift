/// Texts of the Finance pane (6) and the Action plan pane (7). Labels in the finance table are
/// short because six years of amounts leave the row names about twenty columns at 80 wide.
extension Strings {
  static let financeTexts: [String: Pair] = [
    // The year × partner table.
    "finance.column.partner": p("Bijdragen", "Contributions"),
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
    "actions.noKPIs": p("geen", "none"),
    "actions.kpi": p("{1}: {2} van {3}", "{1}: {2} of {3}"),
    "actions.empty": p(
      "Nog geen acties. Het actieplan legt vast wie wat doet, wanneer, wat het oplevert en welke "
        + "KPI's laten zien of het werkt.",
      "No actions yet. The action plan records who does what, when, what it yields, and which "
        + "KPIs show whether it works."),
  ]
}
