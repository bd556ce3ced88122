/// Texts of editing: commands, refusals of typed input, undo messages, names of kinds.
extension Strings {
  static let editingTexts: [String: Pair] = [
    "command.edit": p(
      "bewerk het veld of de cel, de waarde blijft staan (ook Enter)",
      "edit the field or cell, keeping its value (also Enter)"),
    "command.editExternal": p(
      "bewerk lange tekst in $EDITOR", "edit long text in $EDITOR"),
    "command.cycleValue": p(
      "volgende keuze of score +1 (de statusregel zegt wat veranderde)",
      "next choice or score +1 (the status bar says what changed)"),
    "command.add": p("voeg toe na de selectie", "add after the selection"),
    "command.addBefore": p("voeg toe vóór de selectie", "add before the selection"),
    "command.delete": p(
      "verwijder (vraagt eerst als er verwijzingen naar zijn; ongedaan maken haalt het terug)",
      "delete (asks first when others refer to it; undo brings it back)"),
    "command.duplicate": p("dupliceer", "duplicate"),
    "command.moveItemUp": p("schuif omhoog", "move up in the list"),
    "command.moveItemDown": p("schuif omlaag", "move down in the list"),
    "command.undo": p("ongedaan maken", "undo"),
    "command.redo": p("opnieuw doen", "redo"),
    "command.save": p("opslaan", "save"),
    "command.toggleMVE": p("in of uit het MVE", "in or out of the MVE"),
    "command.toggleOrchestrator": p("orkestrator aan of uit", "orchestrator on or off"),
    "command.sortColumn": p(
      "sorteer op deze kolom (nog eens: omgekeerd)", "sort by this column (again: reverse)"),
    "command.filterRows": p("filter de rijen op tekst", "filter the rows by text"),
    "command.addChild": p("voeg een onderliggende knoop toe", "add a child node"),
    "command.indent": p(
      "maak onderdeel van de knoop erboven", "make it a child of the node above"),
    "command.outdent": p("haal een niveau omhoog", "move it up a level"),
    "command.moveTo": p("verplaats onder een andere knoop…", "move under another node…"),

    "hint.edit": p("bewerk", "edit"),
    "hint.editExternal": p("editor", "editor"),
    "hint.cycleValue": p("volgende", "next"),
    "hint.add": p("nieuw", "add"),
    "hint.addBefore": p("nieuw ervoor", "add before"),
    "hint.delete": p("verwijder", "delete"),
    "hint.duplicate": p("dupliceer", "duplicate"),
    "hint.moveItemUp": p("omhoog", "move up"),
    "hint.moveItemDown": p("omlaag", "move down"),
    "hint.undo": p("terug", "undo"),
    "hint.redo": p("opnieuw", "redo"),
    "hint.save": p("opslaan", "save"),
    "hint.toggleMVE": p("MVE", "MVE"),
    "hint.toggleOrchestrator": p("orkestrator", "orchestrator"),
    "hint.sortColumn": p("sorteer", "sort"),
    "hint.filterRows": p("filter", "filter"),
    "hint.addChild": p("kind", "child"),
    "hint.indent": p("inspringen", "indent"),
    "hint.outdent": p("terugspringen", "outdent"),
    "hint.moveTo": p("verplaats", "move to"),

    "mode.edit": p("BEWERK", "EDIT"),
    "mode.recovery": p("HERSTEL", "RECOVER"),
    "mode.filter": p("FILTER", "FILTER"),
    "filter.prompt": p("filter: ", "filter: "),
    "stakeholders.noMatch": p(
      "Geen stakeholder past bij het filter ‘{1}’ — {key:filterRows} wijzigt het, Esc in het "
        + "filter wist het",
      "No stakeholder matches the filter ‘{1}’ — {key:filterRows} changes it, Esc in the filter "
        + "clears it"),
    "stakeholders.filtered": p("filter ‘{1}’: {2} van {3}", "filter ‘{1}’: {2} of {3}"),
    "stakeholders.sorted": p("gesorteerd op {1} {2}", "sorted by {1} {2}"),
    "stakeholders.sortedRefuse": p(
      "Gesorteerd: hef de sortering op ({key:sortColumn} tot ze weg is) om de volgorde te "
        + "veranderen",
      "Sorted: clear the sort (press {key:sortColumn} until it is gone) to change the order"),
    "recovery.title": p("Niet-opgeslagen werk gevonden", "Unsaved work found"),
    "recovery.found": p(
      "Niet opgeslagen in de vorige sessie: {1} (van {2} tot {3}).",
      "Not saved in the last session: {1} (from {2} to {3})."),
    "count.change.one": p("{1} wijziging", "{1} change"),
    "count.change.other": p("{1} wijzigingen", "{1} changes"),
    "recovery.planChanged": p(
      "Let op: het planbestand is sindsdien veranderd; herstellen stopt bij wat niet meer past.",
      "Note: the plan file changed since; recovery stops at what no longer fits."),
    "recovery.damaged": p(
      "Een beschadigde regel in het herstellogboek is overgeslagen: {1}",
      "A damaged line in the recovery journal was skipped: {1}"),
    "recovery.hint": p(
      "Niet-opgeslagen werk gevonden: kies hieronder", "Unsaved work was found: choose below"),
    "recovery.done": p(
      "{1} hersteld — {key:save} slaat ze op", "Recovered {1} — {key:save} saves them"),
    "recovery.partial": p(
      "{1} van {2} wijzigingen hersteld; de rest past niet meer op het plan",
      "Recovered {1} of {2} changes; the rest no longer fits the plan"),
    "recovery.discarded": p(
      "De niet-opgeslagen wijzigingen zijn weggegooid", "The unsaved changes were discarded"),
    "recovery.doesNotFit": p(
      "… de volgende wijziging past niet meer op het plan",
      "… the next change no longer fits the plan"),
    "mode.pick": p("KIES", "PICK"),
    "pick.none": p("(geen)", "(none)"),
    "edit.set": p("{1} van {2}: {3} → {4}", "{1} of {2}: {3} → {4}"),
    "edit.added": p("{1} {2} toegevoegd", "added {1} {2}"),
    "edit.removed": p("{1} {2} verwijderd", "deleted {1} {2}"),
    "edit.moved": p("volgorde van {1} gewijzigd", "reordered {1}"),
    "edit.movedNode": p("“{1}” verplaatst", "moved “{1}”"),
    "edit.withReferences": p("{1} (en {2} gewist)", "{1} (and cleared {2})"),
    "edit.andMore": p("{1} (+{2})", "{1} (+{2})"),
    "edit.unnamed": p("(naamloos)", "(unnamed)"),
    "edit.copySuffix": p(" (kopie)", " (copy)"),
    "edit.unchanged": p("Die waarde staat er al", "That value is there already"),
    "edit.atEnd": p(
      "Dit staat al aan het eind van de lijst", "This is already at the end of the list"),
    "edit.undone": p("ongedaan: {1}", "undone: {1}"),
    "edit.redone": p("opnieuw: {1}", "redone: {1}"),
    "edit.nothingToUndo": p("Niets om ongedaan te maken", "Nothing to undo"),
    "edit.nothingToRedo": p("Niets om opnieuw te doen", "Nothing to redo"),
    "edit.cancelled": p("Bewerking geannuleerd", "Edit cancelled"),
    "edit.nothingHere": p(
      "Hier valt niets te bewerken — kies een veld of cel, {1} voegt toe, {2} toont de toetsen",
      "Nothing to edit here — select a field or cell; {1} adds, {2} shows the keys"),
    "edit.notAChoice": p(
      "Dit is geen keuze maar tekst: bewerk het in de editor",
      "This is text, not a choice: edit it in the editor"),
    "edit.readOnly": p(
      "Alleen-lezen: wijzigingen kunnen niet worden opgeslagen",
      "Read-only: changes cannot be saved"),
    "edit.refused": p("Niet gelukt: {1}", "Could not do that: {1}"),
    "edit.conflict": p(
      "het plan veranderde intussen; probeer opnieuw", "the plan changed meanwhile; try again"),
    "edit.externalFailed": p(
      "De editor gaf geen tekst terug; er is niets veranderd",
      "The editor returned no text; nothing changed"),
    "edit.noExternal": p(
      "Alleen tekstvelden kunnen in $EDITOR", "Only text fields can be edited in $EDITOR"),
    "edit.cannotHere": p("{1} kan hier niet", "{1} is not possible here"),

    "input.required": p("dit veld mag niet leeg zijn", "this field cannot be empty"),
    "input.notAWholeNumber": p(
      "‘{1}’ is geen geheel getal (bijvoorbeeld 120 of 1.200)",
      "‘{1}’ is not a whole number (for example 120 or 1,200)"),
    "input.outOfRange": p(
      "{1} ligt niet tussen {2} en {3}", "{1} is not between {2} and {3}"),
    "input.notAScale": p(
      "‘{1}’: kies een cijfer van 1 tot en met 5", "‘{1}’: choose a number from 1 to 5"),
    "input.notAYear": p(
      "‘{1}’ is geen jaartal (bijvoorbeeld 2026)", "‘{1}’ is not a year (for example 2026)"),
    "input.notANumber": p(
      "‘{1}’ is geen getal (bijvoorbeeld 12,5)", "‘{1}’ is not a number (for example 12.5)"),
    "input.notADate": p(
      "‘{1}’ is geen datum; schrijf 1-3-2027 of 2027-03-01",
      "‘{1}’ is not a date; write 2027-03-01 or 1-3-2027"),
    "input.notMoney": p(
      "‘{1}’ is geen bedrag; schrijf € 1.250,50 of 1250.50",
      "‘{1}’ is not an amount; write 1250.50 or € 1.250,50"),
    "input.moneyDecimals": p(
      "‘{1}’ heeft meer dan twee decimalen (centen)", "‘{1}’ has more than two decimals (cents)"),
    "input.moneyTooLarge": p("‘{1}’ is een te groot bedrag", "‘{1}’ is too large an amount"),
    "input.negativeMoney": p(
      "‘{1}’ is negatief; bedragen zijn nul of meer", "‘{1}’ is negative; amounts are zero or more"),
    "input.choose": p("kies uit de lijst", "choose from the list"),

    "entity.plan": p("plan", "plan"),
    "entity.systemFailure": p("systeemfaal", "system failure"),
    "entity.transformationFailure": p("transformatiefaal", "transformation failure"),
    "entity.failure": p("faal", "failure"),
    "entity.segment": p("segment", "segment"),
    "entity.barrier": p("drempel", "barrier"),
    "entity.conversation": p("gesprek", "conversation"),
    "entity.proposition": p("waardepropositie", "value proposition"),
    "entity.chainLink": p("ketenschakel", "chain link"),
    "entity.stakeholder": p("stakeholder", "stakeholder"),
    "entity.orgFunction": p("functie", "function"),
    "entity.businessModel": p("businessmodel", "business model"),
    "entity.financeYear": p("jaar", "year"),
    "entity.contribution": p("bijdrage", "contribution"),
    "entity.review": p("peer review", "peer review"),
    "entity.score": p("score", "score"),
    "entity.node": p("knoop", "node"),
    "entity.assumption": p("aanname", "assumption"),
    "entity.kpi": p("KPI", "KPI"),
    "entity.nodeKPI": p("KPI", "KPI"),
    "entity.actionKPI": p("KPI", "KPI"),
    "entity.action": p("actie", "action"),
    "entity.pilot": p("pilot", "pilot"),
    "entity.painPoint": p("pijnpunt", "pain point"),

    "list.systemFailures": p("systeemfalen", "system failures"),
    "list.transformationFailures": p("transformatiefalen", "transformation failures"),
    "list.segments": p("segmenten", "segments"),
    "list.barriers": p("drempels", "barriers"),
    "list.conversations": p("gesprekken", "conversations"),
    "list.propositions": p("waardeproposities", "value propositions"),
    "list.chainLinks": p("ketenschakels", "chain links"),
    "list.stakeholders": p("stakeholders", "stakeholders"),
    "list.orgFunctions": p("functies", "functions"),
    "list.businessModels": p("businessmodellen", "business models"),
    "list.financeYears": p("jaren", "years"),
    "list.contributions": p("bijdragen", "contributions"),
    "list.reviews": p("peer reviews", "peer reviews"),
    "list.scores": p("scores", "scores"),
    "list.nodes": p("knopen", "nodes"),
    "list.assumptions": p("aannames", "assumptions"),
    "list.nodeKPIs": p("KPI's", "KPIs"),
    "list.actionKPIs": p("KPI's", "KPIs"),
    "list.actions": p("acties", "actions"),
    "list.pilots": p("pilots", "pilots"),
    "list.painPoints": p("pijnpunten", "pain points"),
  ]
}
