/// Texts of the checks that hold a plan to the method from step 1 to step 3: the challenge,
/// the links between the steps, how orchestration is organised, business models and the
/// income they stand for, every year of the financial plan, the phases' entry conditions.
/// One message per check (and variant), saying what is wrong and what to do about it.
extension Strings {
  static let methodCheckTexts: [String: Pair] = [
    // Step 1: why.
    "check.why.challenge-missing": p(
      "Er is nog geen maatschappelijke opgave: schrijf op welk probleem het partnerschap oplost, en voor wie",
      "No societal challenge yet: write down which problem the partnership solves, and for whom"),
    "check.why.interaction-incomplete.state": p(
      "{1}: er is een interactie tussen {2} partner(s) genoemd, maar niet of die ontbreekt of zwak is — kies het",
      "{1}: an interaction between {2} partner(s) is named, but not whether it is missing or weak — choose one"
    ),
    "check.why.interaction-incomplete.partners": p(
      "{1}: een ontbrekende of zwakke interactie is er een tussen twee partners — kies er twee (nu {2})",
      "{1}: a missing or weak interaction is one between two partners — choose two (now {2})"),
    "check.why.outsider-conversations-missing.unchosen": p(
      "{1}: geen gesprek staat als gesprek met een niet-lid genoteerd — praat met mkb'ers die nog niet meedoen en leg het vast",
      "{1}: no conversation is recorded as one with a non-member — talk to SMEs that do not take part yet, and record it"
    ),
    "check.why.membership-unchosen": p(
      "{1}: bij {2} gesprek(ken) staat niet of het mkb al meedoet — kies lid of geen lid",
      "{1}: {2} conversation(s) do not say whether the SME takes part — choose member or non-member"
    ),

    // Step 2: the blueprint.
    "check.blueprint.need-unanswered.pain": p(
      "{1}: geen propositie verlicht de pain “{2}” — koppel er een of pas een propositie aan",
      "{1}: no proposition relieves the pain “{2}” — link one or adapt a proposition"),
    "check.blueprint.need-unanswered.barrier": p(
      "{1}: geen propositie neemt de drempel “{2}” weg — koppel er een of pas een propositie aan",
      "{1}: no proposition removes the barrier “{2}” — link one or adapt a proposition"),
    "check.blueprint.solution-directions-missing": p(
      "{1}: nog geen oplossingsrichtingen — werk er een paar in hoofdlijnen uit",
      "{1}: no solution directions yet — work out a few in outline"),
    "check.blueprint.integration-missing": p(
      "{1}: wat is hier geïntegreerd in plaats van gebundeld? Beschrijf wat de partners samen tot één aanbod maken",
      "{1}: what is integrated here rather than bundled? Describe what the partners make into one offer together"
    ),
    "check.blueprint.failure-unaddressed": p(
      "{1}: geen propositie, partner of element van de veranderingstheorie pakt dit falen aan — koppel wat het aanpakt",
      "{1}: no proposition, partner or element of the Theory of Change addresses this failure — link what does"
    ),
    "check.blueprint.partner-interests-missing": p(
      "{1}: belangen ontbreken ({2}) — schrijf op wat deze partner met de anderen deelt en wat hij zelf wil",
      "{1}: interests missing ({2}) — write down what this partner shares with the others and what it wants for itself"
    ),
    "check.blueprint.partner-without-proposition": p(
      "{1}: draagt aan geen enkele propositie bij — kies de proposities waaraan deze partner bijdraagt",
      "{1}: contributes to no proposition — choose the propositions this partner contributes to"),
    "check.blueprint.orchestration-undefined": p(
      "De orkestratie is nog niet ingericht ({1} ontbreekt) — leg vast welk mandaat de orkestrator heeft, hoe er besloten wordt en wie het betaalt",
      "The orchestration is not organised yet ({1} missing) — record the orchestrator's mandate, how decisions are made and who pays for it"
    ),
    "check.blueprint.joint-value-missing": p(
      "Wat realiseren de partners samen en afzonderlijk niet? Beschrijf de gezamenlijke meerwaarde",
      "What do the partners achieve together and none of them alone? Describe the joint added value"
    ),
    "check.blueprint.business-models-missing": p(
      "Het plan is in de fase {1} maar heeft geen businessmodellen — beschrijf hoe het na de NGF-jaren betaald wordt",
      "The plan is in the {1} phase but has no business models — describe how it is paid for after the NGF years"
    ),
    "check.blueprint.business-model-incomplete": p(
      "Businessmodel {1}: {2} ontbreekt — vul het aan",
      "Business model {1}: {2} missing — fill it in"),
    "check.blueprint.income-without-business-model.none": p(
      "Inkomsten in {1} ({2} in het eerste jaar), maar geen businessmodel staat ervoor — geef de businessmodellen hun inkomsten",
      "Income in {1} ({2} in the first year), but no business model stands for it — give the business models their income"
    ),
    "check.blueprint.income-without-business-model": p(
      "{1}: de businessmodellen staan voor {3} van de {2} inkomsten; voor {4} is er geen businessmodel — vul de modellen aan of verlaag de inkomsten",
      "{1}: the business models stand for {3} of the {2} income; {4} has no business model behind it — complete the models or lower the income"
    ),
    "check.blueprint.finance-year-empty": p(
      "{1}: geen cijfers — vul de kosten, bijdragen, NGF en inkomsten van dit jaar in",
      "{1}: no figures — fill in the year's costs, contributions, NGF and income"),
    "check.blueprint.finance-year-empty.noRow": p(
      "{1}: het financieel plan heeft dit jaar niet — vul het jaar in",
      "{1}: the financial plan lacks this year — fill in the year"),
    "check.blueprint.ngf-at-horizon.noFigures": p(
      "{1}, het laatste jaar, heeft geen cijfers: zonder cijfers staat het plan niet zonder NGF — vul het jaar in zonder NGF-geld",
      "{1}, the last year, has no figures: without them the plan does not stand without NGF — fill in the year without NGF money"
    ),
    "check.blueprint.ngf-at-horizon.short": p(
      "{1}, het laatste jaar: zonder NGF komt het plan {2} tekort — meer inkomsten of bijdragen, of lagere kosten",
      "{1}, the last year: without NGF the plan is {2} short — more income or contributions, or lower costs"
    ),
    "check.blueprint.horizon-not-six": p(
      "De looptijd is {1} jaar; het NGF rekent met {2} jaar tot het partnerschap zonder subsidie verder moet — controleer de looptijd",
      "The horizon is {1} years; the NGF counts {2} years until the partnership must go on without subsidy — check the horizon"
    ),

    // Step 3: into action.
    "check.action.impact-without-segment": p(
      "Impactdoel {1}: voor welke segmenten? Kies de segmenten die het dient",
      "Impact goal {1}: for which segments? Choose the segments it serves"),
    "check.action.impact-without-failure": p(
      "Impactdoel {1} noemt geen systeem- of transformatiefalen — kies de falen die het aanpakt",
      "Impact goal {1} names no system or transformation failure — choose the failures it addresses"
    ),
    "check.action.assumptions-missing": p(
      "De veranderingstheorie ({1} elementen) noemt geen enkele aanname — schrijf op waar de doelen op rusten",
      "The Theory of Change ({1} elements) names no assumption at all — write down what the goals rest on"
    ),
    "check.action.action-plan-missing": p(
      "Het plan is in de fase {1} maar heeft geen actieplan — leg vast wie wat doet, wanneer en wat het oplevert",
      "The plan is in the {1} phase but has no action plan — record who does what, when, and what it yields"
    ),
    "check.action.pilots-missing": p(
      "Het plan is in de fase {1} maar heeft geen pilots — think big, act small: begin met een eerste experiment",
      "The plan is in the {1} phase but has no pilots — think big, act small: start a first experiment"
    ),
    "check.action.pilot-decision-missing": p(
      "Pilot {1} is afgerond zonder besluit — kies opschalen, bijstellen of stoppen",
      "Pilot {1} is finished without a decision — choose scale up, adjust or stop"),
    "check.action.pilot-pain-points-missing": p(
      "Pilot {1} is afgerond zonder pijnpunten — welke knelpunten in de samenwerking legde hij bloot?",
      "Pilot {1} is finished without pain points — which snags in the cooperation did it expose?"),
    "check.action.phase-entry-unmet": p(
      "De fase {1} vraagt om {3}; het plan staat in {2} zonder — maak het af of zet de fase terug",
      "The {1} phase asks for {3}; the plan is in {2} without it — complete it or set the phase back"
    ),
  ]
}
