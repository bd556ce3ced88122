/// Texts of the checks (`ecowerk check`, the health overlay on `!`, the checklist in a
/// snapshot): one message per check, saying what is wrong and what to do about it. The keys
/// are `check.` and the check's id, with a variant after it where one check has two cases.
extension Strings {
  static let checkTexts: [String: Pair] = [
    // Step 1: why.
    "check.why.vision-missing": p(
      "Er is nog geen gedeelde visie: schrijf op voor wie het partnerschap er is en welk probleem het oplost",
      "No shared vision yet: write down for whom the partnership exists and which problem it solves"
    ),
    "check.why.system-failures-missing": p(
      "Geen systeemfalen benoemd: noem de actoren die ontbreken of de interacties die onderontwikkeld zijn",
      "No system failures named: name the actors that are missing or the interactions that are underdeveloped"
    ),
    "check.why.transformation-failures-missing": p(
      "Geen transformatiefalen benoemd: noem de bestaande systemen die niet van koers kunnen veranderen",
      "No transformation failures named: name the existing systems that cannot change course"),
    "check.why.segments-missing": p(
      "Nog geen segmenten: het mkb bestaat niet — beschrijf de groepen mkb'ers die het partnerschap bedient",
      "No segments yet: the SME does not exist — describe the groups of SMEs the partnership serves"
    ),
    "check.why.segment-profile-incomplete": p(
      "{1}: het profiel is onvolledig (ontbreekt: {2}) — vul sector, grootte en regio in",
      "{1}: the profile is incomplete (missing: {2}) — fill in sector, size and region"),
    "check.why.segment-size-missing": p(
      "{1}: hoeveel mkb'ers telt dit segment? Vul het aantal in",
      "{1}: how many SMEs does this segment count? Fill in the number"),
    "check.why.segment-target-missing": p(
      "{1}: geen doel — vul in hoeveel nieuwe mkb'ers het partnerschap hier wil bereiken",
      "{1}: no target — fill in how many new SMEs the partnership wants to reach here"),
    "check.why.segment-pains-missing": p(
      "{1}: geen pains — schrijf op waar deze mkb'ers last van hebben",
      "{1}: no pains — write down what troubles these SMEs"),
    "check.why.segment-gains-missing": p(
      "{1}: geen gains — schrijf op wat deze mkb'ers willen winnen",
      "{1}: no gains — write down what these SMEs want to gain"),
    "check.why.segment-barriers-missing": p(
      "{1}: geen drempels — waarom doen mkb'ers nog niet mee: weten, willen of kunnen ze niet?",
      "{1}: no barriers — why don't SMEs join yet: don't they know, want or can't they?"),
    "check.why.outsider-conversations-missing.none": p(
      "{1}: nog geen gesprekken gevoerd — praat met mkb'ers die nog niet meedoen",
      "{1}: no conversations held yet — talk to SMEs that do not take part yet"),
    "check.why.outsider-conversations-missing.memberOnly": p(
      "{1}: het ene gesprek was met een lid — praat ook met mkb'ers die nog niet meedoen",
      "{1}: the one conversation was with a member — also talk to SMEs that do not take part yet"),
    "check.why.outsider-conversations-missing.membersOnly": p(
      "{1}: alle {2} gesprekken waren met leden — praat ook met mkb'ers die nog niet meedoen",
      "{1}: all {2} conversations were with members — also talk to SMEs that do not take part yet"),
    "check.why.total-target-missing": p(
      "Het plan noemt geen totaal aantal nieuwe mkb'ers (de segmenten samen: {1}) — vul het doel van het plan in",
      "The plan states no total of new SMEs (the segments together: {1}) — fill in the plan's target"
    ),
    "check.why.targets-do-not-add-up": p(
      "De doelen van de segmenten tellen op tot {1}, het plan noemt {2} — maak ze gelijk",
      "The segments' targets add up to {1}, the plan states {2} — make them agree"),

    // Step 2: the blueprint.
    "check.blueprint.segment-without-proposition": p(
      "{1}: geen waardepropositie bedient dit segment — koppel er een aan of maak er een",
      "{1}: no value proposition serves this segment — link one or make one"),
    "check.blueprint.mve-empty": p(
      "Nog niemand in het minimum viable ecosysteem ({1} stakeholders) — markeer de partijen die minimaal nodig zijn (kolom MVE in paneel 3)",
      "Nobody in the minimum viable ecosystem yet ({1} stakeholders) — mark the parties that are minimally needed (column MVE in pane 3)"
    ),
    "check.blueprint.mve-empty.one": p(
      "Nog niemand in het minimum viable ecosysteem (1 stakeholder) — markeer de partijen die minimaal nodig zijn (kolom MVE in paneel 3)",
      "Nobody in the minimum viable ecosystem yet (1 stakeholder) — mark the parties that are minimally needed (column MVE in pane 3)"
    ),
    "check.blueprint.chain-links-missing": p(
      "Geen ketenschakels benoemd: noem de schakels van de keten die de partners samen moeten dekken",
      "No chain links named: name the links of the chain the partners must cover together"),
    "check.blueprint.mve-chain-gap": p(
      "Ketenschakel {1}: geen partner in het MVE dekt deze — neem een partij op die dat doet",
      "Chain link {1}: no partner in the MVE covers it — take in a party that does"),
    "check.blueprint.not-multi-sector": p(
      "Het MVE is niet multisectoraal: {1} ontbreekt — betrek een partij daaruit",
      "The MVE is not multi-sector: {1} is missing — involve a party from it"),
    "check.blueprint.not-multi-disciplinary": p(
      "Het MVE is niet multidisciplinair ({1} disciplines ingevuld) — betrek partners met andere disciplines",
      "The MVE is not multi-disciplinary ({1} disciplines filled in) — involve partners of other disciplines"
    ),
    "check.blueprint.not-multi-disciplinary.one": p(
      "Het MVE is niet multidisciplinair (1 discipline ingevuld) — betrek partners met andere disciplines",
      "The MVE is not multi-disciplinary (1 discipline filled in) — involve partners of other disciplines"
    ),
    "check.blueprint.not-multi-level": p(
      "Het MVE werkt niet op alle niveaus: {1} ontbreekt — betrek een partij die daar werkt",
      "The MVE does not work at every level: {1} is missing — involve a party that works there"),
    "check.blueprint.orchestrator-missing": p(
      "Niemand orkestreert — wijs precies één partij de orkestratiefunctie toe (kolom Ork in paneel 3)",
      "Nobody orchestrates — give exactly one party the orchestration role (column Orch in pane 3)"),
    "check.blueprint.orchestrator-not-one": p(
      "{1} is een van {2} orkestrators — houd er precies één over",
      "{1} is one of {2} orchestrators — keep exactly one"),
    "check.blueprint.partner-contribution-missing": p(
      "{1}: geen bijdrage — schrijf op wat deze partner inbrengt",
      "{1}: no contribution — write down what this partner brings in"),
    "check.blueprint.partner-role-missing": p(
      "{1}: geen rol of taak — schrijf op wat deze partner doet",
      "{1}: no role or task — write down what this partner does"),
    "check.blueprint.partner-added-value-missing": p(
      "{1}: geen toegevoegde waarde — geen partner zonder: schrijf op wat het partnerschap deze partner brengt",
      "{1}: no added value — no partner without one: write down what the partnership brings this partner"
    ),
    "check.blueprint.hand-over-missing.none": p(
      "Geen gezamenlijke uitvoeringsorganisatie — noem een functie die partners samen uitvoeren en draag die over",
      "No joint execution organisation — name a function the partners carry out together and hand it over"
    ),
    "check.blueprint.hand-over-missing": p(
      "Geen van de {1} functies is overgedragen aan de gezamenlijke organisatie — draag er minstens één over",
      "None of the {1} functions is handed over to the joint organisation — hand over at least one"),
    "check.blueprint.finance-unbalanced.short": p(
      "{1}: de bronnen ({2}) dekken de kosten ({3}) niet, {4} tekort — maak het jaar sluitend",
      "{1}: the sources ({2}) do not cover the costs ({3}), {4} short — make the year balance"),
    "check.blueprint.finance-unbalanced.surplus": p(
      "{1}: de bronnen ({2}) zijn {4} meer dan de kosten ({3}) — maak het jaar sluitend",
      "{1}: the sources ({2}) are {4} more than the costs ({3}) — make the year balance"),
    "check.blueprint.ngf-at-horizon": p(
      "{1}, het laatste jaar, vraagt nog {2} NGF — plan het zonder NGF-geld",
      "{1}, the last year, still asks {2} of NGF — plan it without NGF money"),
    "check.blueprint.ngf-at-horizon.noYear": p(
      "Geen cijfers voor {1}, het laatste jaar — vul het in zonder NGF-geld",
      "No figures for {1}, the last year — fill it in without NGF money"),
    "check.blueprint.budget-deviation": p(
      "{1} {2}: {4} tegen {3} begroot ({5}) — meer dan 25% afwijking: stel de begroting bij of verklaar het verschil",
      "{1} {2}: {4} against {3} planned ({5}) — more than 25% off: adjust the budget or explain the difference"
    ),
    "check.blueprint.budget-deviation.partner": p(
      "{6}, {1} {2}: {4} tegen {3} begroot ({5}) — meer dan 25% afwijking: stel de begroting bij of verklaar het verschil",
      "{6}, {1} {2}: {4} against {3} planned ({5}) — more than 25% off: adjust the budget or explain the difference"
    ),
    "check.blueprint.budget-deviation.unplanned": p(
      "{1} {2}: {4} zonder begroting ({3}) — neem het op in de begroting of verklaar het",
      "{1} {2}: {4} without a budget ({3}) — put it in the budget or explain it"),
    "check.blueprint.budget-deviation.unplanned.partner": p(
      "{6}, {1} {2}: {4} zonder begroting ({3}) — neem het op in de begroting of verklaar het",
      "{6}, {1} {2}: {4} without a budget ({3}) — put it in the budget or explain it"),
    "check.blueprint.review-missing-in-phase": p(
      "Geen peer review gescoord in de fase {1} — scoor het partnerschap op de elementen van het raamwerk",
      "No peer review scored in the phase {1} — score the partnership on the framework's elements"),

    // Step 3: into action.
    "check.action.theory-of-change-missing": p(
      "Nog geen veranderingstheorie — zet de impactdoelen neer en wat eraan bijdraagt",
      "No Theory of Change yet — set out the impact goals and what leads up to them"),
    "check.action.outcome-without-kpi": p(
      "Outcome {1}: geen KPI met een doel — voeg er een toe zodat het partnerschap kan bijsturen",
      "Outcome {1}: no KPI with a target — add one so that the partnership can steer"),
    "check.action.activity-without-impact": p(
      "Activiteit {1} leidt niet naar een impactdoel — hang haar onder een output, outcome en impact",
      "Activity {1} does not lead up to an impact goal — place it under an output, outcome and impact"
    ),
    "check.action.assumption-untested": p(
      "Aanname {1} is nog niet getoetst — toets haar en zet de status op houdt stand of gebroken",
      "Assumption {1} is untested — test it and set its status to holds or broken"),
    "check.action.plan-b-missing": p(
      "Aanname {1} houdt geen stand en er is geen plan B — schrijf het plan B",
      "Assumption {1} is broken and has no plan B — write the plan B"),
    "check.action.owner-missing": p(
      "Actie {1}: geen eigenaar — wijs een partner aan die haar trekt",
      "Action {1}: no owner — name the partner who leads it"),
    "check.action.date-missing": p(
      "Actie {1}: geen einddatum — zet een datum waarop ze klaar moet zijn",
      "Action {1}: no end date — set the date by which it must be done"),
    "check.action.output-missing": p(
      "Actie {1}: geen opbrengst — schrijf op wat ze oplevert",
      "Action {1}: no output — write down what it yields"),
    "check.action.overdue": p(
      "Actie {1} moest op {2} klaar zijn — rond haar af, zet een nieuwe datum of annuleer haar",
      "Action {1} was due on {2} — finish it, set a new date or cancel it"),
    "check.action.pilot-learnings-missing": p(
      "Pilot {1} is sinds {2} voorbij zonder leerpunten — schrijf op wat hij leerde",
      "Pilot {1} ended on {2} without learnings — write down what it taught"),
    "check.action.pilot-learnings-missing.finished": p(
      "Pilot {1} is afgerond zonder leerpunten — schrijf op wat hij leerde",
      "Pilot {1} is finished without learnings — write down what it taught"),
    "check.action.alley-start.none": p(
      "Geen segment staat in de bowling alley — begin met één segment op plaats 1",
      "No segment is in the bowling alley — start with one segment at position 1"),
    "check.action.alley-start": p(
      "{1} segmenten delen de eerste plaats ({2}) in de bowling alley — begin met één",
      "{1} segments share the first place ({2}) in the bowling alley — start with one"),
    "check.action.ambassador-missing": p(
      "{1}: geen ambassadeur uit een eerder segment in de bowling alley — kies er een",
      "{1}: no ambassador from an earlier segment in the bowling alley — choose one"),

    // Around the findings.
    "check.unnamed": p("(zonder naam)", "(unnamed)"),
    "check.severity.error": p("fout", "error"),
    "check.severity.warning": p("waarschuwing", "warning"),
    "check.severity.hint": p("tip", "hint"),
    "check.count.error.one": p("{1} fout", "{1} error"),
    "check.count.error.other": p("{1} fouten", "{1} errors"),
    "check.count.warning.one": p("{1} waarschuwing", "{1} warning"),
    "check.count.warning.other": p("{1} waarschuwingen", "{1} warnings"),
    "check.count.hint.one": p("{1} tip", "{1} hint"),
    "check.count.hint.other": p("{1} tips", "{1} hints"),
    "check.none": p(
      "Geen bevindingen: het plan voldoet aan elke controle van de methode",
      "No findings: the plan meets every check of the method"),
    "check.title": p("Controle tegen de methode", "Checked against the method"),
    "usage.checkNeedsFile": p(
      "'ecowerk check' heeft één plan nodig, bijvoorbeeld: ecowerk check plan.ecowerk.json",
      "'ecowerk check' needs one plan, for example: ecowerk check plan.ecowerk.json"),
    "usage.badCheckFormat": p(
      "onbekend formaat '{1}'; kies text of json", "unknown format '{1}'; choose text or json"),
    "check.listing.title": p("{1}, gecontroleerd op {2}", "{1}, checked on {2}"),

    // The health overlay in the workbench (`!`).
    "command.health": p(
      "controle: het plan tegen de methode (Enter gaat naar een bevinding)",
      "health: the plan checked against the method (Enter goes to a finding)"),
    "hint.health": p("controle", "health"),
    "mode.health": p("CONTROLE", "HEALTH"),
    "health.title": p("Controle tegen de methode: {1}", "Checked against the method: {1}"),
    "health.columns": p("   stap  wat te doen", "   step  what to do"),

    // The checklist at the end of a printed snapshot.
    "report.section.checks": p("Controle tegen de methode", "Checked against the method"),
  ]
}
