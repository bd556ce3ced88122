/// Texts of the panes' contents (the overview and the stakeholder field).
extension Strings {
  static let paneTexts: [String: Pair] = [
    "overview.plan": p("Het plan", "The plan"),
    "overview.horizon": p("{1} jaar: {2}–{3}", "{1} years: {2}–{3}"),
    "overview.systemFailures": p("Systeemfalen", "System failures"),
    "overview.transformationFailures": p("Transformatiefalen", "Transformation failures"),
    "overview.none": p(
      "(nog niets genoteerd — {key:add} voegt toe)", "(nothing noted yet — {key:add} adds one)"),
    "overview.actors": p("actoren:", "actors:"),
    "overview.noActors": p("–", "–"),
    "overview.nextPhase": p("Vóór de fase {1}: {2}", "Before the {1} phase: {2}"),
    "phase.next.verkennen": p(
      "een gedeelde visie, de eerste segmenten met hun pains, gains en drempels (uit gesprekken, ook met niet-leden) en zicht op systeem- en transformatiefalen.",
      "a shared vision, the first segments with their pains, gains and barriers (from conversations, also with non-members) and a view of system and transformation failures."
    ),
    "phase.next.starten": p(
      "waardeproposities per segment, het minimum viable ecosysteem dat de hele keten dekt, een orkestrator en de rollen van de partners.",
      "value propositions per segment, a minimum viable ecosystem covering the whole chain, an orchestrator and the partners' roles."
    ),
    "phase.next.ontwikkelen": p(
      "een gezamenlijke uitvoeringsorganisatie met overgedragen functies, businessmodellen, een financieel plan en een actieplan met KPI's.",
      "a joint execution organisation with functions handed over, business models, a financial plan and an action plan with KPIs."
    ),
    "phase.next.valideren": p(
      "pilots met leerpunten en besluiten, aannames getoetst (met een plan B waar ze niet kloppen) en een eerste segment dat als ambassadeur werkt.",
      "pilots with learnings and decisions, assumptions tested (with a plan B where they broke) and a first segment acting as ambassador."
    ),
    "phase.next.uitbreiden": p(
      "nieuwe segmenten en proposities langs de bowlingbaan, en een begroting die zonder NGF sluit.",
      "new segments and propositions along the bowling alley, and a budget that balances without NGF."
    ),
    "phase.next.verduurzamen": p(
      "Laatste fase: de samenwerking staat op eigen benen; houd de peer review bij en blijf leren.",
      "Last phase: the partnership stands on its own; keep up the peer review and keep learning."),
    "overview.glance": p("In één oogopslag", "At a glance"),
    "overview.segments": p("Segmenten", "Segments"),
    "overview.segmentsValue": p(
      "{1} segmenten; {2} nieuwe mkb'ers van doel {3} (bij de start {4})",
      "{1} segments; {2} new SMEs of target {3} (at the start {4})"),
    "overview.stakeholders": p("Stakeholders", "Stakeholders"),
    "overview.stakeholdersValue": p("{1} partijen, {2} in het MVE", "{1} parties, {2} in the MVE"),
    "overview.orchestrator": p("Orkestrator", "Orchestrator"),
    "overview.noOrchestrator": p("nog niemand", "nobody yet"),
    "overview.uncovered": p("Open ketenschakels", "Open chain links"),
    "overview.allCovered": p("alle schakels gedekt", "every link covered"),
    "overview.noLinks": p(
      "nog geen ketenschakels benoemd (paneel 3, weergave ketenschakels)",
      "no chain links named yet (pane 3, chain links view)"),
    "stakeholders.noLinks": p("nog geen schakels benoemd", "none named yet"),
    "stakeholders.newRow": p(
      "+ nieuwe stakeholder (typ een naam)", "+ new stakeholder (type a name)"),
    "stakeholders.newRowDetail": p(
      "typ hier de naam van een nieuwe stakeholder", "type a new stakeholder's name here"),
    "stakeholders.scoreDetail": p(
      "{1} van 5 ({2} of meer telt als veel)", "{1} of 5 ({2} or more counts as high)"),
    "matrix.legend": p(
      "Invl/Bel: invloed/belang 1–5 (hoog vanaf {1}) · MVE: in het minimaal levensvatbare "
        + "ecosysteem · Ork: orkestrator",
      "Infl/Int: influence/interest 1–5 (high from {1}) · MVE: in the minimum viable ecosystem "
        + "· Orch: orchestrator"),
    "matrix.legendShort": p(
      "Invl invloed · Bel belang (1–5, hoog vanaf {1}) · Ork orkestrator",
      "Infl influence · Int interest (1–5, high from {1}) · Orch orchestrator"),
    "matrix.short.influence": p("Invl", "Infl"),
    "matrix.short.interest": p("Bel", "Int"),
    "matrix.short.inMVE": p("MVE", "MVE"),
    "matrix.short.isOrchestrator": p("Ork", "Orch"),
    "chain.title": p("Ketenschakels", "Chain links"),
    "chain.titleCovered": p("{1} — het MVE dekt er {2} van {3}", "{1} — the MVE covers {2} of {3}"),
    "chain.explain": p(
      "De schakels van de keten die het ecosysteem samen moet dekken, in volgorde. "
        + "Wie een schakel dekt, staat bij de stakeholder (kolom Ketenschakels).",
      "The links of the chain the ecosystem must cover together, in order. Who covers a link "
        + "is set on the stakeholder (column Chain links)."),
    "chain.uncovered": p("niemand in het MVE", "nobody in the MVE"),
    "chain.outsideMVE": p("(buiten het MVE: {1})", "(outside the MVE: {1})"),
    "chain.newRow": p("+ nieuwe ketenschakel (typ een naam)", "+ new chain link (type a name)"),
    "chain.empty": p(
      "+ nog geen schakels: typ de naam van de eerste", "+ no links yet: type the first one's name"),
    "overview.ngf": p("Zonder NGF", "Without NGF"),
    "overview.standsAlone": p(
      "staat het plan na {1} op eigen benen", "the plan stands alone after {1}"),
    "overview.needsNGF": p(
      "staat het plan na {1} nog niet op eigen benen", "the plan does not yet stand alone after {1}"
    ),

    "stakeholders.empty": p(
      "+ nog geen stakeholders: typ een naam", "+ no stakeholders yet: type a name"),
    "stakeholders.mve": p("MVE {1} van {2}", "MVE {1} of {2}"),
    "stakeholders.openLinks": p("open schakels:", "open links:"),
    "stakeholders.none": p("geen", "none"),
    "stakeholders.orchestrator": p("orkestrator:", "orchestrator:"),
    "stakeholders.noOrchestrator": p("ontbreekt", "missing"),
    "stakeholders.missing": p("ontbreekt in MVE:", "missing in MVE:"),
    "quadrant.manageClosely": p("Nauw betrekken", "Manage closely"),
    "quadrant.keepSatisfied": p("Tevreden houden", "Keep satisfied"),
    "quadrant.keepInformed": p("Informeren", "Keep informed"),
    "quadrant.monitor": p("Monitoren", "Monitor"),
    "quadrant.more": p("… en nog {1}", "… and {1} more"),
    "quadrant.axes": p(
      "boven: invloed {1} of meer · rechts: belang {1} of meer · cijfers: invloed/belang",
      "top: influence {1} or more · right: interest {1} or more · figures: influence/interest"),
  ]
}
