/// Headings and phrases of printed snapshots.
extension Strings {
  static let reportTexts: [String: Pair] = [
    "report.step.1": p("Stap 1 — Het waarom", "Step 1 — Why"),
    "report.step.2": p("Stap 2 — De bouwtekening", "Step 2 — The blueprint"),
    "report.step.3": p("Stap 3 — In actie komen", "Step 3 — Into action"),

    "report.section.status": p("Status in één oogopslag", "Status at a glance"),
    "report.section.vision": p("Opgave en gedeelde visie", "Challenge and shared vision"),
    "report.section.segments": p("Segmenten van de doelgroep", "Target group segments"),
    "report.section.failures": p(
      "Systeemfalen en transformatiefalen", "System and transformation failures"),
    "report.section.propositions": p("Waardeproposities", "Value propositions"),
    "report.section.stakeholders": p("Stakeholderveld", "Stakeholder field"),
    "report.section.organisation": p(
      "Orkestratie en gezamenlijke uitvoeringsorganisatie",
      "Orchestration and joint execution organisation"),
    "report.section.business-models": p("Businessmodellen", "Business models"),
    "report.section.finance": p("Financieel plan", "Financial plan"),
    "report.section.peer-review": p("Peer review", "Peer review"),
    "report.section.theory-of-change": p("Veranderingstheorie", "Theory of Change"),
    "report.section.actions": p("Actieplan", "Action plan"),
    "report.section.pilots": p("Pilots en experimenten", "Pilots and experiments"),
    "report.section.bowling-alley": p("Bowlingbaan", "Bowling alley"),

    "report.horizon": p("Looptijd", "Horizon"),
    "report.snapshotDate": p("Stand van zaken op", "Snapshot of"),
    "report.empty": p("Nog niets ingevuld.", "Nothing filled in yet."),
    "report.unnamed": p("(zonder naam)", "(unnamed)"),
    "report.none": p("geen", "none"),
    "report.total": p("Totaal", "Total"),
    "report.period": p("Periode", "Period"),
    "report.period.from": p("vanaf {1}", "from {1}"),
    "report.period.until": p("tot en met {1}", "until {1}"),
    "report.planB": p("plan B: {1}", "plan B: {1}"),
    "report.noPlanB": p("nog geen plan B", "no plan B yet"),
    "report.noOrchestrator": p("nog niemand", "nobody yet"),

    "report.status.phase": p("{1} (fase {2} van {3})", "{1} (phase {2} of {3})"),
    "report.status.smesTotal": p("Mkb'ers", "SMEs"),
    "report.status.smesTotalValue": p(
      "{1} nieuw bereikt, doel {2} nieuwe (bij de start deden er {3} mee)",
      "{1} new reached, target {2} new (taking part at the start: {3})"),
    "report.status.smes": p(
      "Nieuwe mkb'ers per segment: bereikt tegen doel",
      "New SMEs per segment: reached against target"),
    "report.status.reachedOf": p("{1} van {2}", "{1} of {2}"),
    "report.status.noTarget": p("{1} (geen doel)", "{1} (no target)"),
    "report.status.ngfShare": p("NGF-deel per jaar", "NGF share per year"),
    "report.status.brokenAssumptions": p("Aannames die niet kloppen", "Broken assumptions"),
    "report.status.brokenItem": p("{1} (bij: {2}) — {3}", "{1} (under: {2}) — {3}"),
    "report.status.overdueActions": p("Acties over hun einddatum", "Overdue actions"),
    "report.status.overdueItem": p("{1} — {2}, einddatum {3}", "{1} — {2}, due {3}"),

    "report.mve": p("Minimum viable ecosysteem", "Minimum viable ecosystem"),
    "report.mve.chain": p("Keten", "Value chain"),
    "report.mve.complete": p(
      "compleet: alle {1} ketenschakels gedekt", "complete: all {1} chain links covered"),
    "report.mve.open": p(
      "niet compleet, open ketenschakels: {1}", "incomplete, open chain links: {1}"),
    "report.mve.noChainLinks": p("nog geen ketenschakels benoemd", "no chain links named yet"),
    "report.mve.members": p("Leden ({1})", "Members ({1})"),
    "report.mve.missingSectors": p("Ontbrekende sectoren", "Missing sectors"),
    "report.mve.missingLevels": p("Ontbrekende niveaus", "Missing levels"),
    "report.mve.disciplines": p("Disciplines", "Disciplines"),

    "report.segmentTargets": p("Som van de segmentdoelen", "Sum of the segment targets"),
    "report.segmentTarget": p("Doel nieuwe mkb'ers", "Target new SMEs"),
    "report.barrier.knowledge": p(
      "Drempels — weten (ze weten het niet)", "Barriers — knowledge (they don't know)"),
    "report.barrier.motivation": p(
      "Drempels — willen (ze willen het niet)", "Barriers — motivation (they don't want to)"),
    "report.barrier.capability": p(
      "Drempels — kunnen (ze kunnen het niet)", "Barriers — capability (they can't)"),
    "report.conversations": p(
      "Gesprekken met mkb'ers ({1}, waarvan {2} met niet-leden)",
      "Conversations with SMEs ({1}, {2} of them with non-members)"),
    "report.systemFailures": p(
      "Systeemfalen (ontbrekende actoren, onderontwikkelde interacties)",
      "System failures (missing actors, underdeveloped interactions)"),
    "report.transformationFailures": p(
      "Transformatiefalen (systemen die niet van koers kunnen veranderen)",
      "Transformation failures (systems that cannot change course)"),

    "report.function": p("Functie", "Function"),
    "report.arrangements": p(
      "Functies × partners: zelf houden, delen of overdragen",
      "Functions × partners: keep, share or hand over"),
    "report.quadrants": p("Invloed × belang", "Influence × interest"),
    "report.quadrant.manageClosely": p(
      "Nauw betrekken (veel invloed, veel belang)",
      "Manage closely (high influence, high interest)"),
    "report.quadrant.keepSatisfied": p(
      "Tevreden houden (veel invloed, weinig belang)",
      "Keep satisfied (high influence, low interest)"),
    "report.quadrant.keepInformed": p(
      "Informeren (weinig invloed, veel belang)", "Keep informed (low influence, high interest)"),
    "report.quadrant.monitor": p(
      "Monitoren (weinig invloed, weinig belang)", "Monitor (low influence, low interest)"),
    "report.quadrant.item": p(
      "{1} (invloed {2}, belang {3})", "{1} (influence {2}, interest {3})"),
    "report.interests": p(
      "Belangen, bijdragen en toegevoegde waarde", "Interests, contributions and added value"),

    "report.finance.budget": p("Begroting per jaar (in euro's)", "Budget per year (in euros)"),
    "report.finance.sources": p(
      "Herkomst van het geld per jaar", "Where the money comes from, per year"),
    "report.finance.actuals": p("Realisatie (in euro's)", "Actuals (in euros)"),
    "report.finance.partners": p(
      "Bijdragen per partner over alle jaren (in euro's)",
      "Contributions per partner over all years (in euros)"),
    "report.finance.cofinancing": p("Cofinanciering door partners", "Cofinancing by partners"),
    "report.year": p("Jaar", "Year"),
    "report.balance": p("Saldo", "Balance"),
    "report.ngfShare": p("NGF-deel", "NGF share"),
    "report.partner": p("Partner", "Partner"),
    "report.verdict.title": p("Zonder NGF", "Without NGF"),
    "report.verdict.noFinance": p(
      "Er is nog geen financieel plan, dus nog geen oordeel over de tijd na het NGF.",
      "There is no financial plan yet, so no verdict on the time after the NGF."),
    "report.verdict.standsAlone": p(
      "Na {1} staat de samenwerking op eigen benen: in het laatste jaar dekken bijdragen en "
        + "inkomsten de kosten zonder NGF-geld.",
      "After {1} the partnership stands on its own: in the last year contributions and income "
        + "cover the costs without NGF money."),
    "report.verdict.notAlone": p(
      "Na {1} staat de samenwerking nog niet op eigen benen.",
      "After {1} the partnership does not yet stand on its own."),
    "report.verdict.ngfInLastYear": p(
      "In {1}, het laatste jaar, is nog {2} NGF-geld begroot.",
      "In {1}, the last year, {2} of NGF money is still budgeted."),
    "report.verdict.gaps": p(
      "Tekort per jaar zonder NGF-geld", "Shortfall per year without NGF money"),

    "report.review.noRubric": p(
      "Geen peer-reviewkader geladen: de scores staan hieronder per element, zonder profiel "
        + "per dimensie.",
      "No peer review rubric loaded: the scores are listed per element, without a profile per "
        + "dimension."),
    "report.review.rubric": p("Kader", "Framework"),
    "report.review.profile": p(
      "Profiel: gemiddeld niveau per dimensie", "Profile: average level per dimension"),
    "report.review.dimension": p("Dimensie", "Dimension"),
    "report.review.element": p("Element", "Element"),
    "report.review.levelOf": p("{1} van {2}", "{1} of {2}"),
    "report.review.heading": p("Review van {1} (fase {2})", "Review of {1} (phase {2})"),

    "report.toc.assumption": p("Aanname ({1}): {2}", "Assumption ({1}): {2}"),
    "report.kpi": p("KPI {1}: {2} → {3} → {4}", "KPI {1}: {2} → {3} → {4}"),
    "report.kpi.deadline": p("deadline {1}", "deadline {1}"),
    "report.kpi.legend": p(
      "KPI's staan als nulmeting → stand → doel.", "KPIs read baseline → actual → target."),

    "report.actions.noneOverdue": p(
      "Geen acties over hun einddatum op {1}.", "No actions overdue on {1}."),
    "report.actions.overdue": p(
      "Acties over hun einddatum op {2}: {1}, gemarkeerd met TE LAAT.",
      "Actions overdue on {2}: {1}, marked OVERDUE."),
    // A no-break space keeps "TE LAAT" on one line in a narrow table column.
    "report.actions.overdueStatus": p("{1}, TE\u{00A0}LAAT", "{1}, OVERDUE"),
    "report.actions.servesNode": p("{1} → draagt bij aan: {2}", "{1} → contributes to: {2}"),
    "report.actions.links": p(
      "Bijdrage aan de veranderingstheorie, en KPI's",
      "Contribution to the Theory of Change, and KPIs"),
    "report.who": p("Wie", "Who"),

    "report.pilot.noDecision": p("nog niet genomen", "not taken yet"),
    "report.pilot.painPoints": p("Pijnpunten in de samenwerking", "Pain points in the cooperation"),

    "report.alley.intro": p(
      "Begin met één segment en een specifiek aanbod en voeg segmenten één voor één toe; "
        + "eerdere segmenten zijn ambassadeur voor de volgende.",
      "Start with one segment and a specific offer, then add segments one by one; earlier "
        + "segments act as ambassadors towards the next."),
    "report.alley.position": p("Positie", "Position"),
    "report.alley.propositions": p("Waardeproposities", "Value propositions"),
    "report.alley.unplaced": p("Nog niet op de baan", "Not on the alley yet"),
  ]
}
