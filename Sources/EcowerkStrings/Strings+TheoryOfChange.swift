/// Texts of the Theory of Change pane.
extension Strings {
  static let theoryOfChangeTexts: [String: Pair] = [
    // Short level tags for the tree's narrow first column.
    "toc.tag.impact": p("IMP", "IMP"),
    "toc.tag.outcome": p("UITK", "OUTC"),
    "toc.tag.output": p("OUTP", "OUTP"),
    "toc.tag.activity": p("ACT", "ACT"),

    "toc.count.one": p("{1} onderdeel", "{1} element"),
    "toc.count.many": p("{1} onderdelen", "{1} elements"),
    "toc.broken.one": p("{1} aanname klopt niet", "{1} assumption broken"),
    "toc.broken.many": p("{1} aannames kloppen niet", "{1} assumptions broken"),
    "toc.late.one": p("{1} KPI te laat", "{1} KPI late"),
    "toc.late.many": p("{1} KPI's te laat", "{1} KPIs late"),

    "toc.empty": p(
      "Dit plan heeft nog geen veranderingstheorie.", "This plan has no Theory of Change yet."),
    "toc.emptyHint": p(
      "Hier komt de boom van impactdoelen, uitkomsten, outputs en activiteiten, met de aannames"
        + " eronder en de KPI's die laten zien of een doel dichterbij komt.",
      "The tree of impact goals, outcomes, outputs and activities goes here, with the"
        + " assumptions underneath and the KPIs that show whether a goal is coming closer."),

    "toc.below": p("Daaronder", "Below"),
    "toc.assumptions": p("Aannames", "Assumptions"),
    "toc.kpis": p("KPI's", "KPIs"),
    "toc.actions": p("Acties", "Actions"),
    "toc.noPlanB": p("nog geen plan B", "no plan B yet"),
    "toc.deadline": p("uiterlijk {1}", "by {1}"),
    "toc.lateSince": p("te laat sinds {1}", "late since {1}"),
    "toc.more": p("nog {1} regels", "{1} more lines"),
    "toc.more.one": p("nog 1 regel", "1 more line"),

    // Editing.
    "toc.addFirst": p(
      "nog geen — {key:add} voegt er een toe", "none yet — {key:add} adds one"),
    "toc.cannotIndent": p(
      "Inspringen kan niet: er staat niets boven om onder te hangen",
      "Cannot indent: there is no sibling above to go under"),
    "toc.cannotOutdent": p(
      "Uitspringen kan niet: dit staat al bovenaan de boom",
      "Cannot outdent: this is already at the top of the tree"),
    "toc.moveTo": p("“{1}” verplaatsen onder", "Move “{1}” under"),
    "toc.topLevel": p("(bovenste niveau)", "(top level)"),
    "toc.alreadyThere": p("Dit staat daar al", "It is there already"),
  ]
}
