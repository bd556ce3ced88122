/// Texts of the keymaps: the commands of editors, lists and questions, the palette, the key
/// bar, deleting with a question, and pasting.
extension Strings {
  static let keyTexts: [String: Pair] = [
    "help.intro.workshop": p(
      "Werkplaatstoetsen (de standaard; --keys vim voor vim-toetsen). Typen op een cel bewerkt "
        + "haar; ‘(palet)’: te vinden in het palet, Ctrl-K.",
      "Workshop keys (the default; --keys vim for vim keys). Typing on a cell edits it; "
        + "‘(palette)’: found in the palette, Ctrl-K."),
    "help.intro.vim": p(
      "Vim-toetsen (--keys vim; zonder die optie: werkplaatstoetsen). Letters zijn opdrachten; "
        + "e bewerkt. ‘(palet)’: te vinden in het palet, Ctrl-P.",
      "Vim keys (--keys vim; without it: workshop keys). Letters are commands; e edits. "
        + "‘(palette)’: found in the palette, Ctrl-P."),
    "help.mode.editor": p("Tijdens het bewerken van een veld", "While editing a field"),
    "help.mode.text": p("Typen in elk tekstveld", "Typing in any text field"),
    "help.mode.pickList": p("In een keuzelijst", "In a pick list"),
    "help.mode.palette": p("In het palet", "In the palette"),
    "help.mode.lineInput": p(
      "Zoeken, opdrachtregel en filter", "Search, command line and filter"),
    "help.mode.help": p("In deze hulp", "In this help"),
    "help.mode.health": p("In de lijst van bevindingen", "In the list of findings"),
    "help.mode.changes": p(
      "In de lijst van wijzigingen", "In the list of changes"),
    "help.mode.conflicts": p(
      "In de conflicten van een samenvoeging", "In the conflicts of a merge"),
    "help.mode.quitQuestion": p(
      "Vraag: stoppen met niet-opgeslagen werk", "Question: quit with unsaved changes"),
    "help.mode.deleteQuestion": p("Vraag: verwijderen", "Question: delete"),
    "help.mode.saveConflict": p(
      "Vraag: het bestand is door een ander veranderd", "Question: the file was changed by others"),
    "help.mode.recovery": p(
      "Vraag: niet-opgeslagen werk gevonden", "Question: unsaved work found"),
    "help.typing": p(
      "getypt in het veld (een keuzelijst of het palet wordt er kleiner door)",
      "typed into the field (narrows a pick list or the palette)"),
    "keys.typing": p("letters, cijfers, Spatie", "letters, digits, Space"),
    "keys.palette": p("(palet)", "(palette)"),
    "keys.text": p("abc", "abc"),
    "hint.narrow": p("typ om te zoeken", "type to narrow"),

    "command.delete.workshop": p(
      "verwijder (vraagt eerst; ongedaan maken haalt het terug)",
      "delete (asks first; undo brings it back)"),
    "command.printSnapshot.workshop": p(
      "momentopname als tekst naast het plan (HTML en printer: in het palet)",
      "snapshot as text beside the plan (HTML and the printer: in the palette)"),
    "command.typeToEdit": p(
      "typen op een cel: bewerk haar met wat je typt (op de lege regel: iets nieuws)",
      "typing on a cell: edit it with what you type (on the empty row: something new)"),
    "hint.typeToEdit": p("bewerk", "type to edit"),
    "command.clearAndEdit": p(
      "maak de cel leeg en typ een nieuwe waarde", "clear the cell and type a new value"),
    "hint.clearAndEdit": p("leegmaken", "clear"),
    "command.nextField": p(
      "naar de volgende cel of het volgende veld", "to the next cell or field"),
    "hint.nextField": p("volgende", "next"),
    "command.previousField": p(
      "naar de vorige cel of het vorige veld", "to the previous cell or field"),
    "hint.previousField": p("vorige", "previous"),
    "command.goToPane": p(
      "ga naar een paneel (daarna het nummer, of kies)", "go to a pane (then its number, or choose)"
    ),
    "hint.goToPane": p("paneel", "pane"),
    "command.palette": p(
      "opdrachtenpalet: elke opdracht met haar toets, uit te voeren op naam",
      "command palette: every command with its key, run by name"),
    "hint.palette": p("opdrachten", "commands"),
    "command.printHTML": p(
      "momentopname als HTML naast het plan (om af te drukken of te mailen)",
      "snapshot as HTML beside the plan (to print or e-mail)"),
    "hint.printHTML": p("HTML", "HTML"),
    "command.printToPrinter": p(
      "momentopname naar de printer (lpr)", "snapshot to the printer (lpr)"),
    "hint.printToPrinter": p("printer", "printer"),
    "command.toggleFold": p("tak open- of dichtklappen", "fold or unfold the branch"),
    "hint.toggleFold": p("klap", "fold"),
    "command.previousValue": p(
      "vorige keuze of score −1 (de statusregel zegt wat veranderde)",
      "previous choice or score −1 (the status bar says what changed)"),
    "hint.previousValue": p("vorige", "previous"),

    "command.commit": p("bewaar", "keep"),
    "hint.commit": p("bewaar", "keep"),
    "command.commitAndDown": p("bewaar en ga omlaag", "keep and move down"),
    "hint.commitAndDown": p("bewaar ↓", "keep ↓"),
    "command.commitAndNext": p(
      "bewaar en bewerk het volgende veld (ook keuzes)",
      "keep and edit the next field (choices too)"),
    "hint.commitAndNext": p("volgend veld", "next field"),
    "command.commitAndPrevious": p(
      "bewaar en bewerk het vorige veld", "keep and edit the previous field"),
    "hint.commitAndPrevious": p("vorig veld", "previous field"),
    "command.toggleCheck": p(
      "vink aan of uit (lijsten waarin meer kan; Enter zonder vinkje neemt de gekozen)",
      "check or uncheck (lists that take several; Enter without a check takes the highlighted)"),
    "hint.toggleCheck": p("vink", "check"),
    "command.cursorLeft": p("cursor naar links", "cursor left"),
    "hint.cursorLeft": p("links", "left"),
    "command.cursorRight": p("cursor naar rechts", "cursor right"),
    "hint.cursorRight": p("rechts", "right"),
    "command.cursorHome": p("naar het begin van de tekst", "to the start of the text"),
    "hint.cursorHome": p("begin", "start"),
    "command.cursorEnd": p("naar het eind van de tekst", "to the end of the text"),
    "hint.cursorEnd": p("eind", "end"),
    "command.deleteBackward": p("wis het teken links", "delete the character before"),
    "hint.deleteBackward": p("wis", "delete"),
    "command.deleteForward": p("wis het teken rechts", "delete the character after"),
    "hint.deleteForward": p("wis", "delete"),
    "command.deleteToStart": p("wis tot het begin", "delete to the start"),
    "hint.deleteToStart": p("wis begin", "clear start"),
    "command.deleteToEnd": p("wis tot het eind", "delete to the end"),
    "hint.deleteToEnd": p("wis eind", "clear end"),
    "command.deleteWord": p("wis het woord links", "delete the word before"),
    "hint.deleteWord": p("wis woord", "delete word"),

    "command.pickList.commit": p("neem de gekozen optie", "take the highlighted option"),
    "command.pickList.commitAndDown": p(
      "neem de gekozen optie en ga omlaag", "take the highlighted option and move down"),
    "command.pickList.commitAndNext": p(
      "neem haar en bewerk het volgende veld", "take it and edit the next field"),
    "command.pickList.commitAndPrevious": p(
      "neem haar en bewerk het vorige veld", "take it and edit the previous field"),
    "command.pickList.cancel": p("sluit zonder iets te veranderen", "close without a change"),
    "command.pickList.moveUp": p("vorige optie", "previous option"),
    "command.pickList.moveDown": p("volgende optie", "next option"),
    "command.pickList.top": p("eerste optie", "first option"),
    "command.pickList.bottom": p("laatste optie", "last option"),
    "hint.pickList.commit": p("neem", "take"),
    "hint.pickList.commitAndDown": p("neem ↓", "take ↓"),
    "hint.pickList.cancel": p("sluit", "close"),
    "command.palette.commit": p("voer de gekozen opdracht uit", "run the highlighted command"),
    "command.palette.cancel": p("sluit het palet", "close the palette"),
    "command.palette.moveUp": p("vorige opdracht", "previous command"),
    "command.palette.moveDown": p("volgende opdracht", "next command"),
    "hint.palette.commit": p("voer uit", "run"),
    "hint.palette.cancel": p("sluit", "close"),
    "command.lineInput.commit": p("zoek / voer uit / klaar", "search / run / done"),
    "command.lineInput.cancel": p("sluit (een filter wordt gewist)", "close (a filter is cleared)"),
    "hint.lineInput.commit": p("klaar", "done"),
    "command.editor.cancel": p("sluit zonder te bewaren", "close without keeping"),
    "command.help.cancel": p("sluit de hulp", "close the help"),
    "hint.help.cancel": p("sluit", "close"),
    "command.health.activate": p(
      "ga naar het paneel en veld van de bevinding", "go to the finding's pane and field"),
    "hint.health.activate": p("ga erheen", "go there"),
    "command.health.cancel": p("sluit de lijst", "close the list"),
    "hint.health.cancel": p("sluit", "close"),
    "command.changes.activate": p(
      "ga naar het paneel en veld van de wijziging", "go to the change's pane and field"),
    "hint.changes.activate": p("ga erheen", "go there"),
    "command.changes.cancel": p("sluit de lijst", "close the list"),
    "hint.changes.cancel": p("sluit", "close"),
    "command.conflicts.activate": p(
      "ga naar het paneel en veld van het conflict", "go to the conflict's pane and field"),
    "hint.conflicts.activate": p("ga erheen", "go there"),
    "command.conflicts.cancel": p(
      "sluit de lijst (de besluiten blijven)", "close the list (the decisions stay)"),
    "hint.conflicts.cancel": p("sluit", "close"),
    "command.keepOurs": p(
      "houd het plan zoals het is (eigen versie)", "keep the plan as it is (ours)"),
    "hint.keepOurs": p("eigen houden", "keep ours"),
    "command.takeTheirs": p(
      "neem hun versie over (ongedaan te maken als elke wijziging)",
      "take their version (undone like any change)"),
    "hint.takeTheirs": p("hun versie", "take theirs"),
    "command.showChanges": p(
      "wat is veranderd sinds het opslaan (:changes; :changes backup of :changes BESTAND "
        + "vergelijkt met de reservekopie of een ander bestand)",
      "what changed since the last save (:changes; :changes backup or :changes FILE compares "
        + "with the backup or another file)"),
    "hint.showChanges": p("wijzigingen", "changes"),
    "command.showConflicts": p(
      "de conflicten die een samenvoeging naast het plan liet (:conflicts)",
      "the conflicts a merge left beside the plan (:conflicts)"),
    "hint.showConflicts": p("conflicten", "merge conflicts"),
    "command.saveAs": p(
      "sla een kopie op onder een andere naam (opdrachtregel: w BESTAND)",
      "save a copy under another name (command line: w FILE)"),
    "hint.saveAs": p("opslaan als", "save as"),
    // How the command line writes a command that has no key of its own (`:w FILE`).
    "colon.saveAs": p("w BESTAND", "w FILE"),
    "colon.showChanges": p("changes", "changes"),
    "colon.showConflicts": p("conflicts", "conflicts"),
    "command.quitQuestion.cancel": p(
      "annuleren: verder werken (elke andere toets ook)",
      "cancel: go on working (any other key too)"),
    "command.deleteQuestion.cancel": p(
      "nee: niets verwijderen (elke andere toets ook)", "no: delete nothing (any other key too)"),
    "hint.deleteQuestion.cancel": p("nee", "no"),
    "command.saveConflict.cancel": p("annuleren: niet opgeslagen", "cancel: not saved"),
    "command.recovery.cancel": p("terug naar de vraag", "back to the question"),
    "hint.recovery.cancel": p("terug", "back"),

    "command.answerSave": p("opslaan en stoppen", "save and quit"),
    "hint.answerSave": p("opslaan", "save"),
    "command.answerDiscard": p("wijzigingen weggooien en stoppen", "discard the changes and quit"),
    "hint.answerDiscard": p("weggooien", "discard"),
    "command.answerYes": p(
      "ja, verwijder (ongedaan maken haalt alles terug)", "yes, delete (undo brings it all back)"),
    "hint.answerYes": p("ja", "yes"),
    "command.answerReload": p(
      "laad het bestand opnieuw (jouw wijzigingen vervallen)",
      "reload the file (your changes are dropped)"),
    "hint.answerReload": p("herlaad", "reload"),
    "command.answerOverwrite": p(
      "overschrijf (hun versie blijft als .bak)", "overwrite (theirs is kept as .bak)"),
    "hint.answerOverwrite": p("overschrijf", "overwrite"),
    "command.answerSaveElsewhere": p(
      "sla jouw versie elders op (:w BESTAND)", "save yours elsewhere (:w FILE)"),
    "hint.answerSaveElsewhere": p("elders", "elsewhere"),
    "command.answerRecover": p(
      "herstel de wijzigingen (daarna slaat {key:save} ze op)",
      "recover the changes (then {key:save} saves them)"),
    "hint.answerRecover": p("herstel", "recover"),
    "command.answerOpenSaved": p(
      "open het opgeslagen plan, gooi ze weg", "open the saved plan, discard them"),
    "hint.answerOpenSaved": p("opgeslagen plan", "saved plan"),
    "command.answerShowEdits": p("toon wat er anders is", "show what differs"),
    "hint.answerShowEdits": p("toon", "show"),

    "toc.newRow": p(
      "+ nieuw impactdoel (typ een titel)", "+ new impact goal (type a title)"),
    "segments.newRow": p("+ nieuw segment (typ een naam)", "+ new segment (type a name)"),
    "segments.emptyRow": p(
      "+ nog geen segmenten: typ de naam van het eerste",
      "+ no segments yet: type the first one's name"),
    "segments.newRowDetail": p(
      "Typ hier de naam van een nieuw segment; Enter bewaart het.",
      "Type a new segment's name here; Enter keeps it."),
    "pilots.newRow": p("+ nieuwe pilot (typ een naam)", "+ new pilot (type a name)"),
    "pilots.emptyRow": p(
      "+ nog geen pilots: typ de naam van de eerste", "+ no pilots yet: type the first one's name"),
    "pilots.newRowDetail": p(
      "Typ hier de naam van een nieuwe pilot; Enter bewaart hem.",
      "Type a new pilot's name here; Enter keeps it."),

    "mode.ready": p("GEREED", "READY"),
    "mode.palette": p("PALET", "PALETTE"),
    "palette.title": p(
      "Opdrachten — typ om te zoeken, Enter voert uit", "Commands — type to narrow, Enter runs"),
    "palette.showPane": p("ga naar paneel {1}: {2}", "go to pane {1}: {2}"),
    "palette.nothing": p("geen opdracht past hierbij", "no command matches"),
    "palette.noMatch": p("Geen opdracht past bij ‘{1}’", "No command matches ‘{1}’"),
    "palette.count": p("{1} van {2}", "{1} of {2}"),
    "goto.title": p("Ga naar paneel (cijfer of naam)", "Go to pane (number or name)"),
    "search.prompt": p("zoek: ", "find: "),

    "pick.status": p(
      "{1}: typ om te zoeken, kies met de pijltjes", "{1}: type to narrow, choose with the arrows"),
    "pick.noMatch": p(
      "Niets past bij ‘{1}’ — wis met Backspace of sluit met Esc",
      "Nothing matches ‘{1}’ — Backspace erases, Esc closes"),
    "pick.typeNewName": p(
      "Typ de naam van de nieuwe schakel en druk op Enter",
      "Type the new chain link's name, then press Enter"),
    "pick.new.chainLink": p("+ nieuwe ketenschakel…", "+ new chain link…"),
    "pick.newNamed.chainLink": p("+ nieuwe ketenschakel “{1}”", "+ new chain link “{1}”"),

    "edit.editing": p("bewerkt: {1} van {2}", "editing: {1} of {2}"),
    "edit.newEntry": p(
      "Nieuw: typ de naam en druk op Enter (Esc: toch niet)",
      "New: type its name and press Enter (Esc: never mind)"),
    "edit.newValue": p(
      "Nieuw: {1} van {2} — typ het getal en druk op Enter (Esc: toch niet)",
      "New: {1} of {2} — type the figure and press Enter (Esc: never mind)"),
    "edit.notAdded": p("Niets toegevoegd", "Nothing added"),
    "edit.notAddedEmpty": p(
      "Niets toegevoegd: de naam bleef leeg", "Nothing added: the name was left empty"),
    "edit.arrangements": p(
      "Kies een partner met ←/→; {key:cycleValue} zet de afspraak een stap verder",
      "Choose a partner with ←/→; {key:cycleValue} moves the arrangement on"),
    "edit.atScaleEnd": p(
      "De score staat al aan het eind van 1–5", "The score is at the end of 1–5 already"),

    "delete.title": p("Verwijderen?", "Delete?"),
    "delete.question": p("{1} verwijderen{2}?", "Delete {1}{2}?"),
    "delete.clear": p(" en {1} wissen", " and clear {1}"),
    "delete.below": p("met {1} eronder", "with {1} below it"),
    "delete.contributions": p("{1} aan bijdragen", "{1} of contributions"),
    "delete.partnerQuestion": p(
      "{1} uit het financieel plan halen: {2}, samen {3}?",
      "Take {1} out of the financial plan: {2}, {3} in all?"),
    "edit.partnerRemoved": p(
      "{1} uit het financieel plan gehaald ({2})", "took {1} out of the financial plan ({2})"),
    "count.contribution.one": p("{1} bijdrage", "{1} contribution"),
    "count.contribution.other": p("{1} bijdragen", "{1} contributions"),
    "delete.cancelled": p("Niets verwijderd", "Nothing deleted"),

    "count.reference.one": p("{1} verwijzing", "{1} reference"),
    "count.reference.other": p("{1} verwijzingen", "{1} references"),
    "count.node.one": p("{1} knoop", "{1} node"),
    "count.node.other": p("{1} knopen", "{1} nodes"),
    "count.entry.one": p("{1} regel", "{1} entry"),
    "count.entry.other": p("{1} regels", "{1} entries"),
    "count.line.one": p("{1} regel", "{1} line"),
    "count.line.other": p("{1} regels", "{1} lines"),

    "paste.joined": p(
      "Geplakt: {1} samengevoegd tot één regel (dit veld heeft er één)",
      "Pasted: {1} joined into one (this field has one line)"),
    "paste.entries": p(
      "Geplakt: Enter voegt na deze ook {1} toe", "Pasted: Enter also adds {1} after this one"),
    "paste.needsEditor": p(
      "Plakken gaat in een geopende editor: druk eerst op {1}",
      "A paste goes into an open editor: press {1} first"),
    "paste.ignored": p(
      "Plakken kan hier niet; er is niets veranderd", "Nothing can be pasted here; nothing changed"),
  ]
}
