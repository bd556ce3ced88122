/// Messages of the command line and the store: errors, confirmations, usage.
extension Strings {
  static let messageTexts: [String: Pair] = [
    "cli.usageHint": p(
      "Typ 'ecowerk --help' voor de mogelijkheden.", "Run 'ecowerk --help' to see what it can do."),
    "cli.error": p("ecowerk: {1}", "ecowerk: {1}"),
    "cli.created": p("Nieuw plan gemaakt: {1}", "Created a new plan: {1}"),
    "cli.createdDemo": p(
      "Kopie van het demoplan gemaakt: {1}", "Created a copy of the demo plan: {1}"),
    "cli.exists": p(
      "{1} bestaat al; kies een andere naam (ecowerk overschrijft geen bestaand plan)",
      "{1} already exists; choose another name (ecowerk does not overwrite an existing plan)"),
    "cli.wrote": p("Geschreven: {1}", "Wrote {1}"),
    "cli.unknownSection": p(
      "onbekend onderdeel '{1}'; kies uit: {2}", "unknown section '{1}'; choose from: {2}"),
    "cli.notATerminal": p(
      "de werkbank heeft een terminal nodig (invoer of uitvoer is geen terminal); "
        + "gebruik 'ecowerk print {1}' voor tekst",
      "the workbench needs a terminal (standard input or output is not a terminal); "
        + "use 'ecowerk print {1}' for text"),
    "cli.noDemo": p(
      "het demoplan ontbreekt in deze installatie",
      "the demo plan is missing from this installation"
    ),

    "cli.noTerminal": p(
      "de terminal kon niet worden overgenomen (controleer TERM)",
      "could not take over the terminal (check TERM)"),
    "cli.dumbTerminal": p(
      "deze terminal (TERM={1}) kan de cursor niet plaatsen en dus de werkbank niet tonen; "
        + "start ecowerk in een gewone terminal (xterm, GNOME Terminal, macOS Terminal, tmux) "
        + "of druk het plan af met 'ecowerk print {2}'",
      "this terminal (TERM={1}) cannot place the cursor, so it cannot show the workbench; "
        + "start ecowerk in an ordinary terminal (xterm, GNOME Terminal, macOS Terminal, tmux) "
        + "or print the plan with 'ecowerk print {2}'"),
    "cli.unknownTerminal": p(
      "het terminaltype TERM={1} is onbekend op deze computer; probeer TERM=xterm-256color",
      "the terminal type TERM={1} is unknown on this computer; try TERM=xterm-256color"),
    "usage.badKeys": p(
      "onbekende toetsen '{1}'; kies workshop of vim", "unknown keys '{1}'; choose workshop or vim"),
    "usage.badKeysVariable": p(
      "ECOWERK_KEYS={1} is onbekend; kies workshop of vim",
      "ECOWERK_KEYS={1} is unknown; choose workshop or vim"),
    "config.unreadable": p(
      "{1} niet gelezen ({2}); de werkplaatstoetsen gelden",
      "{1} not read ({2}); the workshop keys apply"),
    "config.badLine": p(
      "{1}:{2}: ‘{3}’ niet begrepen (alleen: keys = workshop of vim)",
      "{1}:{2}: ‘{3}’ not understood (only: keys = workshop or vim)"),
    "config.badKeys": p(
      "{1}:{2}: onbekende toetsen ‘{3}’; kies workshop of vim",
      "{1}:{2}: unknown keys ‘{3}’; choose workshop or vim"),
    "config.notRegular": p("geen gewoon bestand", "not a regular file"),
    "config.tooLarge": p("groter dan 64 kB", "larger than 64 kB"),
    "config.notText": p("geen UTF-8-tekst", "not UTF-8 text"),
    "cli.noEditor": p(
      "geen editor gevonden: zet VISUAL of EDITOR, of installeer nano",
      "no editor found: set VISUAL or EDITOR, or install nano"),
    "status.demoCopy": p(
      "Demo: je werkt in een kopie ({1}); het origineel blijft ongewijzigd",
      "Demo: you are working on a copy ({1}); the original stays unchanged"),
    "status.newPlan": p(
      "Nieuw plan — {key:save} maakt {1} aan", "New plan — {key:save} creates {1}"),

    "usage.missingValue": p("{1} heeft een waarde nodig", "{1} needs a value"),
    "usage.unknownOption": p("onbekende optie {1}", "unknown option {1}"),
    "usage.badLanguage": p(
      "onbekende taal '{1}'; kies nl of en", "unknown language '{1}'; choose nl or en"),
    "usage.badFormat": p(
      "onbekend formaat '{1}'; kies text, md, html, csv of json",
      "unknown format '{1}'; choose text, md, html, csv or json"),
    "usage.unknownExtension": p(
      "welk formaat is '{1}'? Geef het bestand de extensie .txt, .md, .html, .csv, .xlsx of "
        + ".json, of kies met --format",
      "which format is '{1}'? Name the file .txt, .md, .html, .csv, .xlsx or .json, or choose "
        + "one with --format"),
    "usage.newNeedsFile": p(
      "'ecowerk new' heeft één bestandsnaam nodig, bijvoorbeeld: ecowerk new plan.ecowerk.json",
      "'ecowerk new' needs one file name, for example: ecowerk new plan.ecowerk.json"),
    "usage.printNeedsFile": p(
      "'ecowerk print' heeft één plan nodig, bijvoorbeeld: ecowerk print plan.ecowerk.json",
      "'ecowerk print' needs one plan, for example: ecowerk print plan.ecowerk.json"),
    "usage.tooManyFiles": p(
      "één plan tegelijk; '{1}' is te veel", "one plan at a time; '{1}' is one too many"),
    "usage.demoAndFile": p(
      "geef een plan óf --demo, niet allebei", "give a plan or --demo, not both"),

    "help.text": p(
      """
      ecowerk — werkbank voor ecosysteem-pps'en

      Gebruik:
        ecowerk PLAN                 open de werkbank op een plan
        ecowerk --demo               open de werkbank op een kopie van het demoplan
        ecowerk new PLAN [--demo]    maak een leeg plan (of een kopie van het demoplan)
        ecowerk check PLAN [--format text|json]
                                     controleer het plan tegen de methode (uitkomst 1 bij fouten)
        ecowerk print PLAN [--format text|md|html|csv|xlsx|json] [-o UIT] [--section NAAM ...]
                           [--csv-dialect nl|en] [--rubric BESTAND]
                                     druk een momentopname af (zonder -o naar het scherm)
        ecowerk import PLAN [--stakeholders LIJST] [--chain-links LIJST] [--segments LIJST]
                            [--finance LIJST] [--sheet BLAD] [--yes] [--partial]
                            [--skip-unknown-columns]
                                     lees lijsten uit een spreadsheet (.xlsx of .csv) in
        ecowerk diff OUD NIEUW [--format text|md|json]
                                     wat er veranderd is (uitkomst 0 gelijk, 1 verschillend)
        ecowerk merge BASIS ONS HUN [-o UIT] [--path PLAN]
                                     voeg twee bewerkte kopieën samen (zonder -o in ONS;
                                     uitkomst 1 bij conflicten, die naast het plan komen)
        ecowerk print PLAN --since OUDPLAN
                                     begin de momentopname met de wijzigingen sinds OUDPLAN

      Opties:
        --lang nl|en    taal (standaard volgens LC_ALL / LC_MESSAGES / LANG)
        --no-mouse      laat de muis aan de terminal, om tekst te selecteren
        --no-color      zwart-wit scherm (ook met NO_COLOR)
        --keys workshop|vim
                        toetsen: werkplaats (standaard, als een spreadsheet) of vim; ook
                        ECOWERK_KEYS of 'keys = vim' in ~/.config/ecowerk/config
        --read-only     open het plan alleen om te lezen
        --rubric BESTAND  een andere peer-review-rubric voor deze sessie of afdruk
        --snapshots MAP   schrijf momentopnamen van de werkbank (p, :print) in MAP
        --ignore-lock   bewerk ook als een andere werkbank het plan open heeft
        --help, -h      deze hulp
        --version       de versie

      Uitkomst: 0 gelukt, 1 mislukt (één regel uitleg), 2 verkeerd gebruik.
      """,
      """
      ecowerk — workbench for ecosystem public-private partnerships

      Usage:
        ecowerk PLAN                 open the workbench on a plan
        ecowerk --demo               open the workbench on a copy of the demo plan
        ecowerk new PLAN [--demo]    create an empty plan (or a copy of the demo plan)
        ecowerk check PLAN [--format text|json]
                                     check the plan against the method (exit 1 on errors)
        ecowerk print PLAN [--format text|md|html|csv|xlsx|json] [-o OUT] [--section NAME ...]
                           [--csv-dialect nl|en] [--rubric FILE]
                                     print a snapshot (to standard output without -o)
        ecowerk import PLAN [--stakeholders LIST] [--chain-links LIST] [--segments LIST]
                            [--finance LIST] [--sheet SHEET] [--yes] [--partial]
                            [--skip-unknown-columns]
                                     read lists from a spreadsheet (.xlsx or .csv) into the plan
        ecowerk diff OLD NEW [--format text|md|json]
                                     what changed (exit 0 when equal, 1 when different)
        ecowerk merge BASE OURS THEIRS [-o OUT] [--path PLAN]
                                     combine two edited copies (into OURS without -o; exit 1
                                     on conflicts, which are written beside the plan)
        ecowerk print PLAN --since OLDPLAN
                                     start the snapshot with the changes since OLDPLAN

      Options:
        --lang nl|en    language (default from LC_ALL / LC_MESSAGES / LANG)
        --no-mouse      leave the mouse to the terminal, to select text
        --no-color      monochrome screen (also with NO_COLOR)
        --keys workshop|vim
                        keys: workshop (the default, like a spreadsheet) or vim; also
                        ECOWERK_KEYS or 'keys = vim' in ~/.config/ecowerk/config
        --read-only     open the plan for reading only
        --rubric FILE   another peer review rubric for this session or print
        --snapshots DIR write the workbench's snapshots (p, :print) into DIR
        --ignore-lock   edit even when another workbench has the plan open
        --help, -h      this help
        --version       the version

      Exit status: 0 success, 1 failure (one line saying why), 2 usage error.
      """),
  ]
}
