import EcowerkModel

/// Texts of the files beside a plan, limits on every way in and exact recovery: refusals of
/// links and special files, saves that would not open again, a journal that cannot be written,
/// and the rules an edit would break.
extension Strings {
  static let safetyTexts: [String: Pair] = [
    "file.regular": p("een bestand", "a file"),
    "file.directory": p("een map", "a folder"),
    "file.fifo": p("een FIFO (named pipe)", "a FIFO (named pipe)"),
    "file.characterDevice": p("een apparaat", "a device"),
    "file.blockDevice": p("een apparaat", "a device"),
    "file.socket": p("een socket", "a socket"),
    "file.symbolicLink": p("een symbolische koppeling", "a symbolic link"),
    "file.other": p("geen gewoon bestand", "not an ordinary file"),
    "store.neighbourLink": p(
      "{1} is een symbolische koppeling, die ecowerk nooit volgt; verwijder hem om het plan te "
        + "bewerken",
      "{1} is a symbolic link, which ecowerk never follows; remove it to edit the plan"),
    "store.neighbourNotRegular": p(
      "{1} is {2}, geen bestand van ecowerk; verwijder het om het plan te bewerken",
      "{1} is {2}, not a file of ecowerk's; remove it to edit the plan"),
    "store.neighbourLinks": p(
      "{1} heeft {2} namen (harde koppelingen); verwijder het om het plan te bewerken",
      "{1} has {2} names (hard links); remove it to edit the plan"),
    "store.notAFile": p(
      "{1} is {2}, geen gewoon bestand; ecowerk leest plannen, rubrics en spreadsheets alleen "
        + "uit gewone bestanden",
      "{1} is {2}, not an ordinary file; ecowerk reads plans, rubrics and spreadsheets from "
        + "ordinary files only"),
    "store.cannotWriteInto": p(
      "{1} is {2}; geef de naam van een bestand om in te schrijven",
      "{1} is {2}; give the name of a file to write"),
    "store.noReader": p(
      "niets leest {1} (een FIFO); start eerst het programma dat leest",
      "nothing is reading {1} (a FIFO); start the program that reads it first"),
    "store.readOnlyFile": p(
      "NIET opgeslagen: {1} is alleen-lezen (geen schrijfrecht). Sla een kopie op met "
        + "{key:saveAs}, of maak het schrijfbaar (chmod u+w) en sla opnieuw op",
      "NOT saved: {1} is read-only (no write permission). Save a copy with {key:saveAs}, or make "
        + "it writable (chmod u+w) and save again"),
    "store.folderGone": p(
      "De map van het plan ({1}) bestaat niet meer: je wijzigingen staan alleen nog op dit "
        + "scherm. Sla ze elders op met {key:saveAs}",
      "The plan's folder ({1}) no longer exists: your changes are only on this screen now. "
        + "Save them elsewhere with {key:saveAs}"),
    "store.journalNotWritten": p(
      "Het herstellogboek {1} kan niet worden geschreven ({2}): wijzigingen van nu gaan "
        + "verloren bij een crash. Sla op met {key:save}, of maak ruimte vrij",
      "The recovery journal {1} cannot be written ({2}): changes made now would be lost in a "
        + "crash. Save with {key:save}, or free some disk space"),
    "store.tooLargeToSave": p(
      "{1}: NIET opgeslagen: het plan zou {2} bytes worden; ecowerk opent plannen tot {3} "
        + "bytes. Haal iets weg (of maak ongedaan) en sla opnieuw op",
      "{1}: NOT saved: the plan would be {2} bytes; ecowerk opens plans up to {3} bytes. "
        + "Remove something (or undo) and save again"),
    "store.wouldNotOpen": p(
      "{1}: NIET opgeslagen: het plan zou niet meer te openen zijn ({2}: {3}). Maak de "
        + "laatste wijziging ongedaan en sla opnieuw op",
      "{1}: NOT saved: the plan could not be opened again ({2}: {3}). Undo the last change "
        + "and save again"),
    "store.notARubric": p(
      "{1} is geen ecowerk-rubric", "{1} is not an ecowerk rubric"),
    "status.readOnlyBecause": p("Alleen lezen: {1}", "Read-only: {1}"),
    "status.readOnlyFile": p(
      "{1} is alleen-lezen op schijf: je kunt bewerken, maar opslaan kan alleen onder een "
        + "andere naam ({key:saveAs})",
      "{1} is read-only on disk: you can edit, but saving needs another name ({key:saveAs})"),
    "status.stdoutIsScreen": p(
      "Niet geschreven: - is het scherm van de werkbank; geef een bestandsnaam",
      "Not written: - is the workbench's screen; give a file name"),
    "journal.badge": p("LOGBOEK UIT", "NO JOURNAL"),
    "journal.whole": p(
      "Het herstellogboek is weer compleet", "The recovery journal is complete again"),
    "edit.breaksRule": p("Niet overgenomen: {1}", "Not taken: {1}"),
    "edit.externalKept": p(
      "Niet overgenomen: {1}. Je tekst is bewaard: {key:editExternal} opent hem opnieuw",
      "Not taken: {1}. Your text is kept: {key:editExternal} opens it again"),
    "recovery.allHeld": p(
      "Niets te herstellen: {1} al in het opgeslagen plan",
      "Nothing to recover: {1} already in the saved plan"),
    "recovery.alreadyHeld": p(
      "{1} hersteld; {2} al in het opgeslagen plan — {key:save} slaat op",
      "Recovered {1}; {2} already in the saved plan — {key:save} saves them"),
    "violation.outOfRange": p("{1} ligt niet tussen {2} en {3}", "{1} is not between {2} and {3}"),
    "violation.negative": p(
      "{1} is negatief; bedragen en aantallen kunnen dat niet zijn",
      "{1} is negative; amounts and counts cannot be"),
    "violation.emptyID": p("de id is leeg", "the id is empty"),
    "violation.duplicateID": p(
      "de id \"{1}\" komt meer dan eens voor", "the id \"{1}\" is used more than once"),
    "violation.unknownReference": p(
      "verwijst naar \"{1}\", dat niet in het plan staat",
      "refers to \"{1}\", which is not in the plan"),
    "violation.selfReference": p("\"{1}\" verwijst naar zichzelf", "\"{1}\" refers to itself"),
    "violation.yearOutsideHorizon": p(
      "het jaar {1} valt buiten de looptijd {2}–{3}",
      "the year {1} is outside the plan's horizon {2}–{3}"),
    "violation.duplicateYear": p(
      "het jaar {1} komt meer dan eens voor", "the year {1} appears more than once"),
    "violation.duplicateEntry": p(
      "\"{1}\" komt meer dan eens voor", "\"{1}\" appears more than once"),
    "violation.notFinite": p("het getal is niet eindig", "the number is not finite"),
    "violation.textTooLong": p(
      "de tekst is {1} bytes lang; hoogstens {2} kan",
      "the text is {1} bytes long; at most {2} are allowed"),
    "violation.listTooLong": p(
      "de lijst heeft {1} regels; hoogstens {2} kan",
      "the list has {1} entries; at most {2} are allowed"),
    "violation.treeTooDeep": p(
      "de Theory of Change is meer dan {1} niveaus diep",
      "the Theory of Change is nested more than {1} levels deep"),
    "violation.tooManyNodes": p(
      "de Theory of Change heeft {1} knopen; hoogstens {2} kan",
      "the Theory of Change has {1} nodes; at most {2} are allowed"),
    "violation.tooLarge": p(
      "{1} is groter dan ecowerk toestaat", "{1} is larger than ecowerk allows"),
    "violation.totalTooLarge": p(
      "de bedragen van het financieel plan tellen op tot meer dan ecowerk kan optellen ({1}); "
        + "maak dit bedrag lager",
      "the amounts of the financial plan add up to more than ecowerk can total ({1}); lower "
        + "this amount"),
  ]

  /// A broken rule of the plan in words.
  public func violation(_ problem: PlanViolation.Problem) -> String {
    switch problem {
    case .outOfRange(let value, let lower, let upper):
      return format("violation.outOfRange", value, lower, upper)
    case .negative(let value): return format("violation.negative", value)
    case .emptyID: return self["violation.emptyID"]
    case .duplicateID(let id): return format("violation.duplicateID", id)
    case .unknownReference(let id): return format("violation.unknownReference", id)
    case .selfReference(let id): return format("violation.selfReference", id)
    case .yearOutsideHorizon(let year, let first, let last):
      return format("violation.yearOutsideHorizon", year, first, last)
    case .duplicateYear(let year): return format("violation.duplicateYear", year)
    case .duplicateEntry(let key): return format("violation.duplicateEntry", key)
    case .notFinite: return self["violation.notFinite"]
    case .textTooLong(let bytes, let limit):
      return format("violation.textTooLong", number(bytes), number(limit))
    case .listTooLong(let count, let limit):
      return format("violation.listTooLong", number(count), number(limit))
    case .treeTooDeep(let limit): return format("violation.treeTooDeep", limit)
    case .tooManyNodes(let count, let limit):
      return format("violation.tooManyNodes", number(count), number(limit))
    case .tooLarge(let value): return format("violation.tooLarge", value)
    case .totalTooLarge: return format("violation.totalTooLarge", money(Money.totalLimit))
    }
  }

  /// What a path names, in words: `a folder`, `a FIFO (named pipe)`.
  public func fileType(_ rawValue: String) -> String {
    self["file." + rawValue]
  }
}
