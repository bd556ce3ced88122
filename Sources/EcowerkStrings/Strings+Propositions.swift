/// Texts of pane 5 (value propositions, the joint execution organisation, business models) and
/// pane 9 (peer review).
extension Strings {
  static let propositionsTexts: [String: Pair] = [
    "propositions.heading": p("Waardeproposities ({1})", "Value propositions ({1})"),
    "propositions.empty": p(
      "Nog geen waardeproposities. Beschrijf per segment wat het partnerschap biedt en in welke "
        + "richtingen de oplossing gezocht wordt.",
      "No value propositions yet. Describe per segment what the partnership offers and in which "
        + "directions the solution is sought."),
    "propositions.unnamed": p("(zonder naam)", "(unnamed)"),
    "propositions.noDescription": p("(nog geen omschrijving)", "(no description yet)"),
    "propositions.noSegments": p("(nog geen segment)", "(no segment yet)"),
    "propositions.noDirections": p("(nog geen)", "(none yet)"),

    "organisation.heading": p(
      "Gezamenlijke uitvoeringsorganisatie", "Joint execution organisation"),
    "organisation.method": p(
      "Partners fuseren niet: per functie houdt elke partner de taak zelf, deelt hij die, of "
        + "draagt hij een deel van zijn autonomie over aan de gezamenlijke organisatie.",
      "Partners do not merge: per function each partner keeps the task, shares it, or hands "
        + "part of its autonomy over to the joint organisation."),
    "organisation.empty": p(
      "Nog geen functies. Denk aan een gezamenlijk acquisitiekanaal naar het mkb, een pool van "
        + "coaches of een gezamenlijke campus.",
      "No functions yet. Think of a joint acquisition channel towards SMEs, a pool of coaches or "
        + "a joint campus."),
    "organisation.noPartners": p(
      "Nog geen partners in het MVE, dus de matrix heeft geen kolommen.",
      "No partners in the MVE yet, so the matrix has no columns."),
    "organisation.function": p("Functie", "Function"),
    "organisation.letter.share": p("d", "s"),
    "organisation.letter.handOver": p("o", "h"),
    "organisation.columns": p("Kolommen: {1}", "Columns: {1}"),
    "organisation.moreColumns": p(
      "+{1} partners buiten beeld (h/l schuift op een functie); de regels hieronder noemen "
        + "iedereen.",
      "+{1} partners off screen (h/l on a function scrolls); the lines below name everyone."),
    "organisation.cellHint": p(
      ": {1} — {key:cycleValue}: {2}; ←/→: andere partner; {key:edit}: naam van de functie",
      ": {1} — {key:cycleValue}: {2}; ←/→: other partner; {key:edit}: name of the function"),
    "organisation.cycled": p("{1}, {2}: {3} → {4}", "{1}, {2}: {3} → {4}"),
    "organisation.noneHandedOver": p(
      "Nog geen enkele functie is overgedragen. De aanpak vraagt dat partners minstens één "
        + "functie aan de gezamenlijke organisatie overdragen.",
      "No function is handed over yet. The method asks the partners to hand at least one "
        + "function over to the joint organisation."),
    "organisation.handedOverBy": p("overgedragen door {1}", "handed over by {1}"),
    "organisation.sharedBy": p("gedeeld door {1}", "shared by {1}"),
    "organisation.restKeep": p("de rest houdt het zelf", "the rest keep it"),
    "organisation.allKeep": p("iedere partner houdt het zelf", "every partner keeps it"),
    "organisation.lastOf": p("{1} en {2}", "{1} and {2}"),

    "business.heading": p("Businessmodellen ({1})", "Business models ({1})"),
    "business.empty": p(
      "Nog geen businessmodellen. Wie betaalt straks, als het NGF-geld op is?",
      "No business models yet. Who will pay once the NGF money has run out?"),

    "review.profile": p("Profiel per dimensie", "Profile by dimension"),
    "review.column": p("{1} ({2})", "{1} ({2})"),
    "review.latestInPhase": p(
      "{1} De laatste review ({2}) is in de huidige fase, {3}.",
      "{1} The latest review ({2}) is in the current phase, {3}."),
    "review.latestOtherPhase": p(
      "De laatste review ({1}) was in de fase {2}; de huidige fase is {3}.",
      "The latest review ({1}) was in the phase {2}; the current phase is {3}."),
    "review.noneInPhase": p(
      "{1} Nog geen review in de huidige fase, {2}: de laatste ({3}) was in de fase {4}.",
      "{1} No review in the current phase, {2}, yet: the latest ({3}) was in the phase {4}."),
    "review.none": p(
      "Nog geen peer review vastgelegd. Het kader hieronder is de checklist: voeg onder Reviews "
        + "een review toe (G, dan a) en kies per element het niveau (1–5) dat past.",
      "No peer review recorded yet. The rubric below is the checklist: add a review under "
        + "Reviews (G, then a) and pick the level (1–5) that fits each element."),
    "review.latestEmpty": p(
      "{1} De review van {2} ({3}) heeft nog geen scores: kies per element een niveau met "
        + "{key:edit} of door het cijfer te typen.",
      "{1} The review of {2} ({3}) has no scores yet: pick a level per element with {key:edit} "
        + "or by typing its number."),
    "review.noneYet": p("Nog geen peer review vastgelegd.", "No peer review recorded yet."),
    "review.noRubric": p(
      "Het peer-reviewkader kon niet worden gelezen; de scores staan hieronder per element-id.",
      "The peer review rubric could not be read; the scores are listed below by element id."),
    "review.order": p(
      "Niveaus per element, van oudste naar nieuwste review: {1}",
      "Levels per element, oldest to newest review: {1}"),
    "review.scores": p("Scores per element", "Scores by element"),
    "review.otherScores": p("Scores buiten het kader", "Scores outside the rubric"),
    "review.level": p("Niveau {1}: {2}", "Level {1}: {2}"),
    "review.nextLevel": p("Volgende stap, niveau {1}: {2}", "Next step, level {1}: {2}"),
    "review.notScored": p(
      "Nog niet gescoord in de review van {1}: {key:edit} kiest een niveau. {2}",
      "Not scored yet in the review of {1}: {key:edit} picks a level. {2}"),
    "review.noScoreNote": p(
      "(nog geen — {key:edit} schrijft er een)", "(none yet — {key:edit} writes one)"),
    "review.levelOption": p("{1} — {2}", "{1} — {2}"),
    "review.pickTitle": p("Niveau: {1}", "Level: {1}"),
    "review.levelSet": p(
      "{1}: niveau {2} → {3} (review van {4})", "{1}: level {2} → {3} (review of {4})"),
    "review.scoreNeedsReview": p(
      "Er is nog geen review om in te scoren: voeg er een toe onder Reviews (G, dan a)",
      "There is no review to score in yet: add one under Reviews (G, then a)"),
    "review.notScoredYet": p(
      "Dit element is nog niet gescoord: {key:edit} kiest een niveau",
      "This element is not scored yet: {key:edit} picks a level"),
    "review.addUnderReviews": p(
      "Een nieuwe review voeg je toe onder Reviews (G, dan a); hier kies je niveaus",
      "Add a new review under Reviews (G, then a); here you pick levels"),
    "review.rubricOrder": p(
      "De elementen en hun volgorde komen uit het kader; :rubric BESTAND laadt een ander",
      "The elements and their order come from the rubric; :rubric FILE loads another"),
    "review.noDuplicate": p(
      "Een review kopiëren kan niet; {key:add} begint een nieuwe met de datum van vandaag",
      "A review cannot be copied; {key:add} starts a new one dated today"),
    "review.byDate": p(
      "Reviews staan op datum: verander de datum om de volgorde te wijzigen",
      "Reviews are in date order: change the date to change the order"),
    "review.addFirst": p(
      "Nog geen reviews — {key:add} begint er een (datum {1}, fase {2}).",
      "No reviews yet — {key:add} starts one (date {1}, phase {2})."),
    "review.latestMarker": p(
      "laatste review: de niveaus hierboven worden hierin gescoord",
      "latest review: the levels above are scored in it"),
    "review.rubricHow": p(
      "Een ander kader laden: :rubric BESTAND (het bestandsformaat staat in de README).",
      "To load another rubric: :rubric FILE (the file format is in the README)."),
    "review.rubricUsage": p(
      "Gebruik: :rubric BESTAND — een kaderbestand, vanuit de map van het plan",
      "Usage: :rubric FILE — a rubric file, from the plan's folder"),
    "review.rubricLoaded": p("Kader geladen: {1}", "Rubric loaded: {1}"),
    "review.rubricFailed": p(
      "Kader niet geladen, het vorige blijft: {1}", "Rubric not loaded, the previous one stays: {1}"
    ),
    "review.note": p("Toelichting: {1}", "Note: {1}"),
    "review.reviews": p("Reviews ({1})", "Reviews ({1})"),
    "review.noNote": p("(geen toelichting)", "(no note)"),
    "review.rubric": p("Kader", "Rubric"),
  ]
}
