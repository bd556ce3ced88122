import EcowerkModel

/// The words of the links between the method's steps and of the content that used to be a
/// flag: the needs a proposition answers, what addresses a failure, what an impact goal and a
/// business model serve, how orchestration is organised, the quadruple helix, a
/// conversation's membership and the SMEs reached since the start.
extension Strings {
  static let linkTexts: [String: Pair] = [
    // Fields.
    "links.namedBy": p("genoemd door", "named by"),
    "links.heading": p("Elders in het plan", "Elsewhere in the plan"),
    "links.partners": p("partners ({1}): {2}", "partners ({1}): {2}"),
    "links.models": p("verdienmodellen ({1}): {2}", "business models ({1}): {2}"),
    "links.failures": p("falen ({1}): {2}", "failures ({1}): {2}"),
    "links.goals": p("ToC-doelen ({1}): {2}", "ToC goals ({1}): {2}"),
    "links.unnamed": p("(zonder naam)", "(unnamed)"),
    "links.nobody": p("nog niets elders in het plan", "nothing elsewhere in the plan yet"),
    "field.participatingAtStart": p("Deed mee bij de start", "Taking part at the start"),
    "field.reachedSinceStart": p("Nieuw bereikt", "Reached since the start"),
    "field.membership": p("Lid van de pps", "Member of the partnership"),
    "field.orchestrationMandate": p("Mandaat van de orkestrator", "Orchestrator's mandate"),
    "field.decisionMaking": p("Besluitvorming", "Decision making"),
    "field.orchestrationFunding": p("Wie betaalt de orkestratie", "Who funds the orchestration"),
    "field.jointValue": p("Gezamenlijke meerwaarde", "Joint added value"),
    "field.parties": p("Betrokken partijen", "Parties concerned"),
    "field.between": p("Interactie tussen", "Interaction between"),
    "field.interaction": p("Interactie", "Interaction"),
    "field.partners": p("Aangepakt door partners", "Addressed by partners"),
    "field.propositions": p("Proposities", "Propositions"),
    "field.relieves": p("Verlicht pains", "Relieves pains"),
    "field.creates": p("Creëert gains", "Creates gains"),
    "field.removes": p("Neemt drempels weg", "Removes barriers"),
    "field.integration": p("Geïntegreerd aanbod", "Integrated offer"),
    "field.payerAfterNGF": p("Wie betaalt na het NGF", "Who pays after the NGF"),
    "field.systemFailures": p("Systeemfalen", "System failures"),
    "field.transformationFailures": p("Transformatiefalen", "Transformation failures"),

    // Choices.
    "membership.member": p("lid", "member"),
    "membership.nonMember": p("geen lid", "non-member"),
    "membership.none": p("niet gekozen", "not chosen"),
    "interaction.missing": p("ontbreekt", "missing"),
    "interaction.weak": p("zwak", "weak"),
    "kind.civilSociety": p("Maatschappelijke organisatie", "Civil society organisation"),
    "kind.care": p("Zorg en welzijn", "Care and welfare"),
    "kind.endUsers": p("Eindgebruikers", "End users"),
    "kind.housing": p("Wonen", "Housing"),
    "sector.society": p(
      "samenleving (maatschappelijke organisaties, zorg, eindgebruikers, wonen)",
      "society (civil society, care, end users, housing)"),
    "list.pains": p("pains", "pains"),
    "list.gains": p("gains", "gains"),
    "entity.pain": p("pain", "pain"),
    "entity.gain": p("gain", "gain"),
    "entity.need": p("pain of gain", "pain or gain"),

    // The finance pane's verdict.
    "finance.verdict.emptyYears": p(
      "nog geen cijfers voor {1}", "no figures yet for {1}"),

    // The propositions pane.
    "propositions.noAnswers": p("nog niets gekozen (Enter kiest)", "none chosen yet (Enter picks)"),
    "propositions.noIntegration": p(
      "wat maken de partners samen tot één aanbod?",
      "what do the partners make into one offer together?"),

    // The segments pane.
    "segments.column.reached": p("Nieuw", "New"),
    "segments.atStart": p("Bij de start", "At the start"),
    "segments.reached": p("Nieuw bereikt", "New reached"),
    "segments.membershipUnchosen": p(
      "lid of niet-lid? {key:edit}, dan {key:nextField} kiest",
      "member or not? {key:edit}, then {key:nextField} chooses"),
    "segments.membershipUnchosen.cycle": p(
      "lid of niet-lid? {key:cycleValue} kiest", "member or not? {key:cycleValue} chooses"),

    // A proposition's answer to a need, read from either end.
    "answer.relieves": p("verlicht", "relieves"),
    "answer.creates": p("creëert", "creates"),
    "answer.removes": p("neemt weg", "removes"),
    "answeredBy.relieves": p("verlicht door {1}", "relieved by {1}"),
    "answeredBy.creates": p("gecreëerd door {1}", "created by {1}"),
    "answeredBy.removes": p("weggenomen door {1}", "removed by {1}"),
    "answeredBy.none": p("nog door geen propositie beantwoord", "answered by no proposition yet"),
    "link.addressedBy": p("Aangepakt door", "Addressed by"),
    "link.notAddressed": p("nog door niets aangepakt", "addressed by nothing yet"),
    "link.interaction": p("{1} tussen {2}", "{1} between {2}"),
    "link.servedBy": p("Impactdoelen", "Impact goals"),
    "link.businessModels": p("Businessmodellen", "Business models"),
    "link.contributors": p("Partners die bijdragen", "Partners contributing"),
    "link.failures": p("Pakt falen aan", "Addresses failures"),
    "link.contributesTo": p("Draagt bij aan", "Contributes to"),
    "link.answers": p("Beantwoordt", "Answers"),
    "link.orchestration": p("Orkestratie", "Orchestration"),
    "link.node": p("ToC: {1}", "ToC: {1}"),
    "link.reach": p(
      "{1} nieuw van {2} (bij de start deden er {3} mee)",
      "{1} new of {2} (taking part at the start: {3})"),

    "report.partner.failures": p("falen: {1}", "failures: {1}"),
    "report.businessModel.serves": p("Proposities en segmenten", "Propositions and segments"),
    "report.businessModel.income": p("{1} ({2} per jaar)", "{1} ({2} a year)"),

    // The phases' entry conditions (`PhaseGate`).
    "phase.condition.vision": p("een opgave en gedeelde visie", "a challenge and shared vision"),
    "phase.condition.segments": p(
      "segmenten met pains, gains en drempels", "segments with pains, gains and barriers"),
    "phase.condition.conversations": p(
      "gesprekken met niet-leden", "conversations with non-members"),
    "phase.condition.failures": p(
      "systeem- en transformatiefalen", "system and transformation failures"),
    "phase.condition.propositions": p(
      "proposities voor elk segment en zijn pains en drempels",
      "propositions for every segment and its pains and barriers"),
    "phase.condition.mve": p(
      "een MVE dat de hele keten dekt", "an MVE that covers the whole chain"),
    "phase.condition.orchestration": p(
      "een orkestrator en hoe de orkestratie werkt", "an orchestrator and how orchestration works"),
    "phase.condition.roles": p("de rollen van de partners", "the partners' roles"),
    "phase.condition.jointOrganisation": p(
      "een uitvoeringsorganisatie met overgedragen functies",
      "a joint organisation with functions handed over"),
    "phase.condition.businessModels": p("complete businessmodellen", "complete business models"),
    "phase.condition.financialPlan": p(
      "een sluitend financieel plan voor elk jaar", "a financial plan that balances every year"),
    "phase.condition.kpis": p(
      "KPI's op de veranderingstheorie", "KPIs on the Theory of Change"),
    "phase.condition.pilots": p(
      "pilots met leerpunten, pijnpunten en besluiten",
      "pilots with learnings, pain points and decisions"),
    "phase.condition.assumptions": p(
      "getoetste aannames met een plan B", "tested assumptions with a plan B"),
    "phase.condition.ambassador": p(
      "een eerste segment als ambassadeur", "a first segment as ambassador"),
    "phase.condition.alley": p(
      "nieuwe segmenten en proposities langs de bowlingbaan",
      "new segments and propositions along the bowling alley"),
    "phase.condition.withoutNGF": p(
      "een begroting die zonder NGF sluit", "a budget that balances without NGF"),
  ]
}

extension Strings {
  public func label(_ membership: Membership?) -> String {
    self["membership.\(membership?.rawValue ?? "none")"]
  }
  public func label(_ interaction: Interaction) -> String {
    self["interaction.\(interaction.rawValue)"]
  }
  public func label(_ answer: PlanLinks.Answer) -> String { self["answer.\(answer.rawValue)"] }
}
