/// Snapshots written from the workbench and the shell, and importing spreadsheets.
extension Strings {
  static let snapshotTexts: [String: Pair] = [
    "command.printSnapshot": p(
      "momentopname als tekst naast het plan (:print html|md|csv|json, :print --printer)",
      "snapshot as text beside the plan (:print html|md|csv|json, :print --printer)"),
    "hint.printSnapshot": p("afdruk", "print"),
    "usage.unknownCSVSection": p(
      "CSV en xlsx bevatten alleen tabellen; '{1}' kan niet. Kies uit: {2}",
      "CSV and xlsx hold only tables; '{1}' cannot be one. Choose from: {2}"),
    "usage.badDialect": p(
      "onbekend CSV-dialect '{1}'; kies nl (; en komma) of en (, en punt)",
      "unknown CSV dialect '{1}'; choose nl (; and decimal comma) or en (, and decimal point)"),
    "usage.xlsxNeedsOutput": p(
      "een werkmap is binair en hoort niet op het scherm; schrijf hem naar een bestand met -o PLAN.xlsx",
      "a workbook is binary and does not belong on the screen; write it to a file with -o PLAN.xlsx"
    ),
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
    "printer.exit": p("gestopt met code {1}", "stopped with exit status {1}"),
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
    "import.looksLike": p(
      "dit lijkt een lijst {1}; gebruik {2}", "this looks like a list of {1}; use {2}"),
    "import.noYears": p(
      "geen kop met jaren gevonden; de eerste regel van het financieel plan noemt de jaren (2026, 2027, …)",
      "no header with years found; the first line of the financial plan names the years (2026, 2027, …)"
    ),
    "import.badAmount": p(
      "{1}: '{2}' is geen bedrag in euro's van 0 of meer",
      "{1}: '{2}' is not an amount in euros of 0 or more"),
    "import.badByte": p(
      "regel {1} heeft een teken dat geen UTF-8 is (byte 0x{2}) terwijl de rest van het bestand UTF-8 is; verbeter dat teken, of sla opnieuw op als 'CSV UTF-8'",
      "line {1} has a character that is not UTF-8 (byte 0x{2}) while the rest of the file is UTF-8; fix that character, or save again as 'CSV UTF-8'"
    ),
    "import.unknownPartner": p(
      "'{1}' is geen stakeholder van het plan; importeer eerst de stakeholders (--stakeholders) of verbeter de naam",
      "'{1}' is not a stakeholder of the plan; import the stakeholders first (--stakeholders) or correct the name"
    ),
    "import.unknownLine": p(
      "'{1}' is geen regel van het financieel plan; gebruik NGF, Inkomsten, Kosten of 'partner — Cash' / 'partner — In-kind'",
      "'{1}' is not a line of the financial plan; use NGF, Income, Costs or 'partner — Cash' / 'partner — In kind'"
    ),
    "import.yearOutside": p(
      "{1} valt buiten de looptijd van het plan ({2}–{3}); die kolom wordt niet gelezen",
      "{1} is outside the plan's horizon ({2}–{3}); that column is not read"),
    "import.breaksRule": p("{1}: {2}", "{1}: {2}"),
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
      "zeg wat er binnenkomt: --stakeholders, --chain-links, --segments en/of --finance LIJST (.xlsx of .csv)",
      "say what comes in: --stakeholders, --chain-links, --segments and/or --finance LIST (.xlsx or .csv)"
    ),
    "import.readText": p("{1}: {2}, scheidingsteken {3}", "{1}: {2}, separator {3}"),
    "import.readSheet": p("{1}: Excel-werkmap, blad '{2}'", "{1}: Excel workbook, sheet '{2}'"),
    "import.sheetIgnored": p(
      "{1} is geen werkmap; --sheet geldt alleen voor .xlsx",
      "{1} is not a workbook; --sheet applies to .xlsx only"),
    "import.unknownColumns": p(
      "{1}: deze kolommen kent ecowerk niet: {2}", "{1}: ecowerk does not know these columns: {2}"),
    "import.knownColumns": p("  bekende kolommen: {1}", "  known columns: {1}"),
    "import.column": p("'{1}' (kolom {2})", "'{1}' (column {2})"),
    "import.columnNoHeader": p("kolom {1} (zonder kop)", "column {1} (no header)"),
    "import.askSkip": p(
      "Deze kolommen weglaten en de rest importeren? [j/N] ",
      "Leave these columns out and import the rest? [y/N] "),
    "import.unknownStops": p(
      "Niet geïmporteerd: geef de kolommen een bekende naam, of laat ze weg met --skip-unknown-columns",
      "Not imported: give the columns a known name, or leave them out with --skip-unknown-columns"),
    "import.skipped": p(
      "{1}: weggelaten (--skip-unknown-columns): {2}",
      "{1}: left out (--skip-unknown-columns): {2}"),
    "import.newChainLinks": p(
      "{1}: {2} nieuwe ketenschakel(s): {3}", "{1}: {2} new chain link(s): {3}"),
    "import.progress": p("{1}: {2} van {3} regels…", "{1}: {2} of {3} rows…"),
    "import.add": p("  nieuw      {1}", "  add        {1}"),
    "import.more": p("  … en nog {1}", "  … and {1} more"),
    "import.update": p("  bijwerken  {1} ({2}): {3}", "  update     {1} ({2}): {3}"),
    "import.summary": p(
      "{1}: {2} regel(s) gelezen: {3} nieuw, {4} bij te werken, {5} al gelijk, {6} geweigerd",
      "{1}: {2} row(s) read: {3} to add, {4} to update, {5} already the same, {6} refused"),
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
