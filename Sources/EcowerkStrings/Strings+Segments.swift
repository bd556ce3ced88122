/// Texts of the Segments pane (2) and the Pilots pane (8): two master–detail panes that speak
/// the method's words — weten/willen/kunnen, niet-leden, ambassadeurs, leerpunten.
extension Strings {
  static let segmentsTexts: [String: Pair] = [
    "alley.title": p("Bowlingbaan", "Bowling alley"),
    "alley.intro": p(
      "Begin met één segment en een specifiek aanbod; voeg daarna segmenten één voor één toe. Eerdere segmenten zijn ambassadeur voor de volgende. (v: terug naar de lijst)",
      "Start with one segment and a specific offer, then add segments one by one; earlier segments act as ambassadors towards the next. (v: back to the list)"
    ),
    "alley.crowded": p(
      "Think big, act small: {1} segmenten starten tegelijk op #{2}",
      "Think big, act small: {1} segments start at once at #{2}"),
    "alley.noFirst": p(
      "Er is geen segment op #1: met welk segment begint de baan?",
      "No segment is at #1: which segment does the alley start with?"),
    "alley.unplaced": p("Nog niet op de baan", "Not on the alley yet"),
    "alley.placeFirst": p(
      "Geef dit segment eerst een positie op de baan (e)",
      "Give this segment a place on the alley first (e)"),
    "alley.noProposition": p("nog geen waardepropositie", "no value proposition yet"),
    "alley.noAmbassador": p(
      "geen ambassadeur uit een eerder segment", "no ambassador from an earlier segment"),
    "alley.ambassadors": p("ambassadeurs: {1}", "ambassadors: {1}"),
    "command.toggleAlley": p(
      "wissel lijst / bowlingbaan (segmenten in volgorde)",
      "switch list / bowling alley (segments in order)"),
    "hint.toggleAlley": p("bowlingbaan", "alley"),
    "segments.addConversation": p(
      "nog geen gesprekken — {key:add} voegt er een toe",
      "no conversations yet — {key:add} adds one"),
    // The segment list. Column titles are short: the list gets under half of 80 columns.
    "segments.column.position": p("#", "#"),
    "segments.column.name": p("Segment", "Segment"),
    "segments.column.smes": p("Mkb", "SMEs"),
    "segments.column.target": p("Doel", "Target"),
    "segments.empty": p(
      "Nog geen segmenten. Het mkb bestaat niet: beschrijf hier elke groep mkb'ers met haar "
        + "profiel, aantallen, pains en gains, en waarom ze nog niet meedoet (weten, willen, "
        + "kunnen).",
      "No segments yet. The SME does not exist: describe each group of SMEs here with its "
        + "profile, numbers, pains and gains, and why it does not take part yet (knowledge, "
        + "motivation, capability)."),
    "segments.unnamed": p("(naamloos segment)", "(unnamed segment)"),
    "segments.total": p("Totaal", "Total"),
    "segments.planTarget": p("Plandoel", "Plan target"),
    "segments.legendAmbassador": p("= mist een ambassadeur", "= lacks an ambassador"),

    // The segment's detail.
    "segments.profile": p("Profiel", "Profile"),
    "segments.position": p("Bowlingbaan", "Alley position"),
    "segments.positionValue": p("#{1}", "#{1}"),
    "segments.notPlaced": p("nog niet geplaatst", "not placed yet"),
    "segments.numbers": p("Aantallen", "Numbers"),
    "segments.smes": p("Mkb'ers", "SMEs"),
    "segments.target": p("Doel (nieuw)", "Target (new)"),
    "segments.progress": p("Voortgang", "Progress"),
    "segments.progressValue": p("{1}  {2} van {3}", "{1}  {2} of {3}"),
    "segments.noTarget": p("nog geen doel gesteld", "no target set yet"),
    "segments.pains": p("Pains", "Pains"),
    "segments.gains": p("Gains", "Gains"),
    "segments.barriers": p(
      "Waarom doen ze nog niet mee?", "Why don't they take part yet?"),
    "segments.conversations": p("Gesprekken", "Conversations"),
    "segments.conversationsCount": p(
      "Gesprekken ({1}, waarvan {2} met niet-leden)",
      "Conversations ({1}, {2} with non-members)"),
    "segments.member": p("lid", "member"),
    "segments.nonMember": p("niet-lid", "non-member"),
    "segments.noNonMemberTalks": p(
      "Nog geen gesprek met een mkb'er die niet meedoet",
      "No conversation yet with an SME that does not take part"),
    "segments.propositions": p("Waardeproposities", "Value propositions"),
    "segments.noPropositions": p(
      "Nog geen waardepropositie voor dit segment", "No value proposition serves this segment yet"),
    "segments.ambassadors": p("Ambassadeurs", "Ambassadors"),
    "segments.firstSegment": p(
      "Eerste segment van de bowlingbaan: heeft geen ambassadeur nodig",
      "First segment of the bowling alley: needs no ambassador"),
    "segments.noAmbassador": p(
      "Geen ambassadeur uit een eerder segment van de bowlingbaan",
      "No ambassador from an earlier segment of the bowling alley"),
    "segments.notes": p("Notities", "Notes"),
    "segments.unknown": p("onbekend segment ({1})", "unknown segment ({1})"),
    "segments.nothingYet": p("nog niets vastgelegd", "nothing recorded yet"),

    // The pilot list.
    "pilots.column.name": p("Pilot", "Pilot"),
    "pilots.column.status": p("Status", "Status"),
    "pilots.column.period": p("Periode", "Period"),
    "pilots.column.decision": p("Besluit", "Decision"),
    "pilots.empty": p(
      "Nog geen pilots. Denk groot, begin klein en leer snel: leg hier per pilot de hypothese, "
        + "de leerpunten, de pijnpunten in de samenwerking en het besluit vast.",
      "No pilots yet. Think big, act small and learn fast: record each pilot's hypothesis, "
        + "learnings, pain points in the cooperation and decision here."),
    "pilots.unnamed": p("(naamloze pilot)", "(unnamed pilot)"),
    "pilots.legendLearnings": p("= afgelopen, nog geen leerpunten", "= over, no learnings yet"),

    // The pilot's detail.
    "pilots.proposition": p("Propositie", "Proposition"),
    "pilots.none": p("geen", "none"),
    "pilots.unknown": p("onbekend ({1})", "unknown ({1})"),
    "pilots.noDate": p("–", "–"),
    "pilots.undecided": p("nog niet besloten", "not decided yet"),
    "pilots.learnings": p("Leerpunten", "Learnings"),
    "pilots.noLearnings": p("Nog geen leerpunten", "No learnings yet"),
    "pilots.missingLearnings": p(
      "Afgelopen, maar nog geen leerpunten vastgelegd", "Ended, but no learnings recorded yet"),
    "pilots.painPoints": p("Pijnpunten in de samenwerking", "Pain points in the cooperation"),
    "pilots.noPainPoints": p(
      "Nog geen pijnpunten — {key:add} voegt er een toe",
      "No pain points yet — {key:add} adds one"),
  ]
}
