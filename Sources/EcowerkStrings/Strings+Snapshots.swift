/// Snapshots written from the workbench and the shell, and importing spreadsheets.
extension Strings {
  static let snapshotTexts: [String: Pair] = [
    "command.printSnapshot": p(
      "momentopname als tekst naast het plan (:print html|md|csv|json, :print --printer)",
      "snapshot as text beside the plan (:print html|md|csv|json, :print --printer)"),
    "hint.printSnapshot": p("afdruk", "print"),
    "usage.unknownCSVSection": p(
      "CSV bevat alleen tabellen; '{1}' kan niet. Kies uit: {2}",
      "CSV holds only tables; '{1}' cannot be one. Choose from: {2}"),
    "usage.badDialect": p(
      "onbekend CSV-dialect '{1}'; kies nl (; en komma) of en (, en punt)",
      "unknown CSV dialect '{1}'; choose nl (; and decimal comma) or en (, and decimal point)"),
    "usage.dialectWithoutCSV": p(
      "--csv-dialect hoort bij --format csv", "--csv-dialect goes with --format csv"),
    "status.snapshotWritten": p("Momentopname geschreven: {1}", "Snapshot written: {1}"),
    "status.snapshotFailed": p(
      "Momentopname NIET geschreven: {1}", "Snapshot NOT written: {1}"),
    "status.printed": p(
      "Afgedrukt (lpr) en bewaard: {1}", "Printed (lpr) and kept: {1}"),
    "status.noPrinter": p(
      "NIET afgedrukt, geen lpr (installeer cups-client); bewaard: {1}",
      "NOT printed, no lpr (install cups-client); kept: {1}"),
    "status.printerFailed": p(
      "NIET afgedrukt, bewaard: {2}; lpr: {1}", "NOT printed, kept: {2}; lpr: {1}"),
    "status.badPrintFormat": p(
      "Onbekend formaat '{1}'; kies {2}", "Unknown format '{1}'; choose {2}"),
    "status.printerNeedsText": p(
      "De printer krijgt tekst: :print --printer", "The printer takes text: :print --printer"),
  ]
}

extension Strings {
  static let importTexts: [String: Pair] = [
    "import.noNameColumn": p(
      "geen kolom '{1}' gevonden; de eerste regel moet de kolomnamen geven",
      "no '{1}' column found; the first line must name the columns"),
    "import.noName": p(
      "de kolom '{1}' is leeg; elke regel heeft een naam nodig",
      "the '{1}' column is empty; every row needs a name"),
    "import.twice": p(
      "'{1}' staat al op regel {2}; laat één van beide weg",
      "'{1}' is already on line {2}; leave one of them out"),
    "import.badChoice": p(
      "{1} '{2}' bestaat niet; kies uit: {3}", "{1} '{2}' does not exist; choose from: {3}"),
    "import.badScale": p(
      "{1} '{2}' moet een heel getal van 1 tot en met 5 zijn",
      "{1} '{2}' must be a whole number from 1 to 5"),
    "import.badFlag": p(
      "{1} '{2}' moet ja of nee zijn", "{1} '{2}' must be yes or no"),
    "import.badCount": p(
      "{1} '{2}' moet een heel getal van 0 of meer zijn",
      "{1} '{2}' must be a whole number of 0 or more"),
    "import.noTable": p(
      "dit bestand heeft meerdere tabellen maar geen tabel '{1}'",
      "this file holds several tables but no '{1}' table"),
    "import.looksLikeSegments": p(
      "dit lijkt een lijst segmenten; gebruik --segments",
      "this looks like a list of segments; use --segments"),
    "import.looksLikeStakeholders": p(
      "dit lijkt een lijst stakeholders; gebruik --stakeholders",
      "this looks like a list of stakeholders; use --stakeholders"),
    "import.unknownChainLink": p(
      "{1}: ketenschakel '{2}' staat niet in het plan; voeg hem eerst toe of verbeter de naam",
      "{1}: chain link '{2}' is not in the plan; add it first or correct the name"),
  ]
}

extension Strings {
  static let importCommandTexts: [String: Pair] = [
    "usage.importNeedsFile": p(
      "'ecowerk import' heeft één plan nodig, bijvoorbeeld: "
        + "ecowerk import plan.ecowerk.json --stakeholders lijst.csv",
      "'ecowerk import' needs one plan, for example: "
        + "ecowerk import plan.ecowerk.json --stakeholders list.csv"),
    "usage.importNeedsTable": p(
      "zeg wat er binnenkomt: --stakeholders LIJST.csv en/of --segments LIJST.csv",
      "say what comes in: --stakeholders LIST.csv and/or --segments LIST.csv"),
    "import.read": p(
      "{1}: {2} regel(s) gelezen ({3}, scheidingsteken {4})",
      "{1}: {2} row(s) read ({3}, separator {4})"),
    "import.ignored": p(
      "{1}: deze kolommen worden niet gelezen: {2}", "{1}: these columns are not read: {2}"),
    "import.add": p("  nieuw      {1}", "  add        {1}"),
    "import.update": p("  bijwerken  {1} ({2}): {3}", "  update     {1} ({2}): {3}"),
    "import.summary": p(
      "{1}: {2} nieuw, {3} bij te werken, {4} al gelijk",
      "{1}: {2} to add, {3} to update, {4} already the same"),
    "import.problem": p("{1}:{2}: {3}", "{1}:{2}: {3}"),
    "import.problemsNothing": p(
      "{1} regel(s) onleesbaar; er is niets geïmporteerd. Verbeter ze, of gebruik --partial "
        + "om de andere regels wel te importeren.",
      "{1} row(s) cannot be read; nothing was imported. Fix them, or use --partial to import "
        + "the other rows."),
    "import.problemsPartial": p(
      "{1} regel(s) onleesbaar en overgeslagen (--partial)",
      "{1} row(s) cannot be read and are skipped (--partial)"),
    "import.nothingToDo": p(
      "Niets te importeren: het plan heeft dit al.", "Nothing to import: the plan has it all."),
    "import.ask": p("Importeren in {1}? [j/N] ", "Import into {1}? [y/N] "),
    "import.notAsked": p(
      "Niet geïmporteerd: bevestig met --yes (er is geen terminal om het te vragen)",
      "Not imported: confirm with --yes (there is no terminal to ask)"),
    "import.declined": p("Niet geïmporteerd.", "Not imported."),
    "import.done": p(
      "Geïmporteerd in {1}: {2} nieuw, {3} bijgewerkt (de vorige versie is bewaard als {4})",
      "Imported into {1}: {2} added, {3} updated (the previous version is kept as {4})"),
    "import.cannotRead": p("{1}: {2}", "{1}: {2}"),
    "import.unclosedQuote": p(
      "{1}:{2}: een aanhalingsteken wordt geopend en nooit gesloten",
      "{1}:{2}: a quote is opened and never closed"),
  ]
}

extension Strings {
  static let diskTexts: [String: Pair] = [
    "status.newerPlan": p(
      "Alleen lezen: gemaakt door een nieuwere ecowerk (schema {1}, deze leest {2}); werk ecowerk bij om te bewerken",
      "Read-only: made by a newer ecowerk (schema {1}, this one reads {2}); update ecowerk to edit it"
    ),
    "lock.holder": p(
      "{1} op {2} (proces {3}, sinds {4})", "{1} on {2} (process {3}, since {4})"),
    "lock.someone": p("een andere werkbank", "another workbench"),
    "lock.readOnly": p(
      "Alleen lezen: {1} heeft het open (--ignore-lock bewerkt toch)",
      "Read-only: {1} has it open (--ignore-lock edits anyway)"),
    "lock.ignored": p(
      "Let op: ook {1} heeft dit plan open; wie het laatst opslaat, wint",
      "Careful: {1} has this plan open too; the last to save wins"),
    "lock.unavailable": p(
      "Geen slot op het plan mogelijk ({1}); een tweede werkbank merkt je niet op",
      "Cannot lock the plan ({1}); a second workbench will not notice you"),
    "lock.importHeld": p(
      "{1} heeft dit plan open in de werkbank; sluit die eerst",
      "{1} has this plan open in the workbench; close it first"),
    "conflict.title": p("Het plan is op schijf veranderd", "The plan changed on disk"),
    "conflict.explain": p(
      "Iemand anders heeft {1} gewijzigd sinds het geopend of opgeslagen is.",
      "Someone else changed {1} since it was opened or saved."),
    "conflict.question": p(
      "Het planbestand is op schijf veranderd sinds het werd gelezen: wat nu?",
      "The plan file changed on disk since it was read: what now?"),
    "conflict.cancelled": p(
      "Niet opgeslagen: het bestand op schijf is van iemand anders",
      "Not saved: the file on disk has someone else's changes"),
    "conflict.cannotReload": p(
      "Het plan kan niet opnieuw worden ingelezen", "The plan cannot be read again"),
    "status.copyWritten": p(
      "Kopie geschreven: {1} (je werkt verder in {2})",
      "Copy written: {1} (you are still working on {2})"),
    "status.reloaded": p(
      "{1} opnieuw ingelezen zoals het op schijf staat", "Reloaded {1} as it is on disk"),
  ]
}
