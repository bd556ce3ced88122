/// Texts of comparing and merging plans: `ecowerk diff`, `ecowerk merge`, the "changes since"
/// section of a snapshot and the workbench's views of changes and merge conflicts.
extension Strings {
  static let changeTexts: [String: Pair] = [
    "change.added": p("{1} toegevoegd", "{1} added"),
    "change.removed": p("{1} verwijderd", "{1} removed"),
    "change.changed": p("{1}: {2} {3} → {4}", "{1}: {2} {3} → {4}"),
    "change.changedChoice": p("{1}: {2} → {3}", "{1}: {2} → {3}"),
    "change.entries": p("{1}: {2} {3}", "{1}: {2} {3}"),
    "change.planB": p(" (plan B: {1})", " (plan B: {1})"),
    "change.noPlanB": p(" (nog geen plan B)", " (no plan B yet)"),
    "change.moved": p("{1} verplaatst", "{1} moved"),
    "change.movedUnder": p("{1} verplaatst naar onder {2}", "{1} moved under {2}"),
    "change.movedToTop": p(
      "{1} verplaatst naar het hoogste niveau", "{1} moved to the top level"),
    "change.entity": p("{1} {2}", "{1} {2}"),
    "change.within": p("{1}, {2}", "{1}, {2}"),
    "change.plan": p("Plan", "Plan"),
    "change.finance": p("Financiën {1}", "Finance {1}"),
    "change.general": p("Algemeen", "General"),
    "change.title": p("Wijzigingen van {1} naar {2}", "Changes from {1} to {2}"),
    "change.none": p("Geen verschillen.", "No differences."),
    "change.count.one": p("{1} wijziging", "{1} change"),
    "change.count.other": p("{1} wijzigingen", "{1} changes"),

    "report.section.changes": p("Wijzigingen sinds {1}", "Changes since {1}"),
    "report.changes.comparedWith": p("Vergeleken met", "Compared with"),
    "report.changes.none": p(
      "Niets veranderd sinds de vorige versie.", "Nothing changed since the earlier version."),

    "merge.clean": p(
      "Samengevoegd zonder conflicten: {1}", "Merged without conflicts: {1}"),
    "merge.conflicts.one": p(
      "1 conflict: het plan houdt hierbij de eigen versie. Het staat in {1}; open {2} in de "
        + "werkbank om het op te lossen.",
      "1 conflict: the plan keeps our version of it. It is listed in {1}; open {2} in the "
        + "workbench to resolve it."),
    "merge.conflicts.other": p(
      "{1} conflicten: het plan houdt bij elk de eigen versie. Ze staan in {2}; open {3} in "
        + "de werkbank om ze op te lossen.",
      "{1} conflicts: the plan keeps our version of each. They are listed in {2}; open {3} "
        + "in the workbench to resolve them."),
    "merge.renamed": p(
      "Bij hen nieuw onder een id dat hier al in gebruik was: {1} heet nu {2}",
      "New in theirs under an id ours used already: {1} is now {2}"),
    "merge.noBase": p(
      "{1} is leeg: de twee plannen hebben geen gemeenschappelijke eerdere versie en worden "
        + "niet samengevoegd; het eigen plan blijft zoals het is",
      "{1} is empty: the two plans have no earlier version in common and are not merged; "
        + "ours stays as it is"),
    "merge.wrote": p("Samengevoegd plan geschreven: {1}", "Wrote the merged plan: {1}"),
    "merge.held": p(
      "{1} heeft {2} open in de werkbank; sluit die eerst of schrijf met -o naar een ander bestand",
      "{1} has {2} open in the workbench; close it first or write elsewhere with -o"),

    // The workbench: the changes since (`:changes`) and the merge conflicts (`:conflicts`).
    "mode.changes": p("WIJZIGINGEN", "CHANGES"),
    "mode.conflicts": p("CONFLICTEN", "CONFLICTS"),
    "count.waitingConflict.one": p(
      "{1} conflict van het samenvoegen wacht", "{1} merge conflict waits"),
    "count.waitingConflict.other": p(
      "{1} conflicten van het samenvoegen wachten", "{1} merge conflicts wait"),
    "changes.title": p("Wijzigingen sinds {1}: {2}", "Changes since {1}: {2}"),
    "changes.lastSave": p("de laatste keer opslaan", "the last save"),
    "changes.backup": p("de reservekopie {1}", "the backup {1}"),
    "changes.none": p("Niets veranderd sinds {1}", "Nothing changed since {1}"),
    "changes.gone": p(
      "Dat staat niet (meer) in het plan; er is niets om te tonen",
      "That is not in the plan (any more); there is nothing to show"),
    "conflicts.title": p(
      "Conflicten van het samenvoegen: {1} van {2} open",
      "Merge conflicts: {1} of {2} open"),
    "conflicts.none": p(
      "Er wachten geen conflicten van een samenvoeging bij dit plan",
      "No merge conflicts are waiting for this plan"),
    "conflicts.found": p(
      "{1} — zie {key:showConflicts}", "{1} — see {key:showConflicts}"),
    "conflicts.stale": p(
      "{1} hoort bij een andere versie van het plan en wordt niet gebruikt",
      "{1} belongs to another version of the plan and is not used"),
    "conflicts.ours": p("Hier: {1}", "Ours: {1}"),
    "conflicts.theirs": p("Bij hen: {1}", "Theirs: {1}"),
    "conflicts.choose": p(
      "e houdt het eigen plan zoals het is; h neemt hun versie over",
      "o keeps the plan as it is; t takes their version"),
    "conflicts.kept": p("Eigen versie gehouden", "Kept ours"),
    "conflicts.reopened": p(
      "{1} — het conflict staat weer open (:conflicts)",
      "{1} — the conflict is open again (:conflicts)"),
    "conflicts.nothingToTake": p(
      "Hier is niets van hen over te nemen; o houdt het plan zoals het is",
      "There is nothing of theirs to take here; o keeps the plan as it is"),
    "conflicts.cannotTake": p(
      "Hun versie past niet meer: het plan is daar intussen veranderd",
      "Their version no longer fits: the plan changed there since"),
    "conflicts.allDecided": p(
      "Elk conflict is beslist; {key:save} slaat het plan op en ruimt het conflictbestand op",
      "Every conflict is decided; {key:save} saves the plan and removes the conflicts file"),
    "usage.diffNeedsFiles": p(
      "'ecowerk diff' vergelijkt twee plannen, bijvoorbeeld: ecowerk diff oud.ecowerk.json "
        + "nieuw.ecowerk.json",
      "'ecowerk diff' compares two plans, for example: ecowerk diff old.ecowerk.json "
        + "new.ecowerk.json"),
    "usage.badDiffFormat": p(
      "onbekend formaat '{1}'; kies text, md of json",
      "unknown format '{1}'; choose text, md or json"),
    "usage.mergeNeedsFiles": p(
      "'ecowerk merge' heeft drie plannen nodig: BASIS ONS HUN (zoals git ze geeft: %O %A %B)",
      "'ecowerk merge' needs three plans: BASE OURS THEIRS (as git gives them: %O %A %B)"),
    "usage.sinceFormat": p(
      "--since voegt een onderdeel toe aan een momentopname in text, md of html, niet in {1}",
      "--since adds a section to a snapshot in text, md or html, not in {1}"),
    "usage.changesWithoutSince": p(
      "het onderdeel 'changes' heeft --since OUDPLAN nodig",
      "the section 'changes' needs --since OLDPLAN"),

    "mergeConflict.field": p(
      "{1}: {2} — hier {3}, bij hen {4} (was {5})",
      "{1}: {2} — ours {3}, theirs {4} (was {5})"),
    "mergeConflict.fieldAdded": p(
      "{1}: {2} — hier {3}, bij hen {4} (aan beide kanten nieuw)",
      "{1}: {2} — ours {3}, theirs {4} (new on both sides)"),
    "mergeConflict.removedByOurs": p(
      "{1}: hier verwijderd, bij hen gewijzigd", "{1}: removed in ours, changed in theirs"),
    "mergeConflict.removedByTheirs": p(
      "{1}: bij hen verwijderd, hier gewijzigd of in gebruik",
      "{1}: removed in theirs, changed or used in ours"),
    "mergeConflict.reference": p(
      "{1}: {2} verwijst bij hen naar {3}, dat hier verwijderd is",
      "{1}: their {2} refers to {3}, which ours removed"),
    "mergeConflict.moved": p(
      "{1}: aan beide kanten verplaatst, naar verschillende plaatsen",
      "{1}: moved on both sides, to different places"),
    "mergeConflict.unmergeable": p(
      "{1}: hun wijziging past niet bij de onze zonder een regel van het plan te breken",
      "{1}: their change cannot be combined with ours without breaking a rule of the plan"),
  ]
}
