/// Texts of what is wrong with a file: JSON that does not parse, values of the wrong shape, a
/// plan of another format or a newer schema, a save that failed, the recovery journal and the
/// lock, and the system's errors by name. The kinds are data in the store and the JSON
/// parser; the command line and the workbench choose these words in the session's language.
extension Strings {
  static let fileErrorTexts: [String: Pair] =
    jsonErrorTexts.merging(decodeErrorTexts) { first, _ in first }
    .merging(storeErrorTexts) { first, _ in first }
    .merging(systemErrorTexts) { first, _ in first }

  static let jsonErrorTexts: [String: Pair] = [
    "json.empty": p("het bestand is leeg", "the file is empty"),
    "json.onlyWhitespace": p(
      "het bestand bevat alleen witruimte (spaties, tabs of regeleinden)",
      "the file contains only blank space (spaces, tabs or line breaks)"),
    "json.byteOrderMark": p(
      "het bestand begint met een UTF-8-byte-order-mark (BOM); sla het op als UTF-8 zonder BOM",
      "the file starts with a UTF-8 byte order mark (BOM); save it as UTF-8 without BOM"),
    "json.utf16": p(
      "het bestand is opgeslagen als UTF-16; sla het op als UTF-8 zonder BOM",
      "the file is saved as UTF-16; save it as UTF-8 without BOM"),
    "json.unexpected": p("{1} verwacht, maar {2} gevonden", "expected {1}, but found {2}"),
    "json.unexpectedEnd": p(
      "{1} verwacht, maar hier eindigt het bestand", "expected {1}, but the file ends here"),
    "json.expected.endOfFile": p(
      "het einde van het bestand na de gegevens", "the end of the file after the data"),
    "json.expected.value": p("een waarde", "a value"),
    "json.expected.commaOrObjectEnd": p(
      "',' of '}' na een onderdeel van een object", "',' or '}' after a member of an object"),
    "json.expected.commaOrArrayEnd": p(
      "',' of ']' na een element van een lijst", "',' or ']' after an element of an array"),
    "json.expected.keyOrObjectEnd": p(
      "een sleutel tussen dubbele aanhalingstekens of '}'", "a key in double quotes or '}'"),
    "json.expected.keyAfterComma": p(
      "een sleutel tussen dubbele aanhalingstekens na ','", "a key in double quotes after ','"),
    "json.expected.colonAfterKey": p("':' na de sleutel \"{1}\"", "':' after the key \"{1}\""),
    "json.expected.hexDigits": p(
      "vier hexadecimale cijfers (0-9, A-F) na \\u",
      "four hexadecimal digits (0-9, A-F) after \\u"),
    "json.expected.digitAfterMinus": p("een cijfer na '-'", "a digit after '-'"),
    "json.found.character": p("'{1}'", "'{1}'"),
    "json.found.control": p("stuurteken U+{1}", "control character U+{1}"),
    "json.found.endOfFile": p("het einde van het bestand", "the end of the file"),
    "json.endsBeforeValue": p(
      "het bestand eindigt waar een waarde moest komen",
      "the file ends where a value was expected"),
    "json.trailingComma": p(
      "er mag geen komma vlak voor '{1}' staan; haal hem weg",
      "a comma must not come right before '{1}'; remove it"),
    "json.duplicateKey": p(
      "de sleutel \"{1}\" staat er twee keer (eerst op regel {2}, kolom {3})",
      "duplicate key \"{1}\" (first at line {2}, column {3})"),
    "json.tooDeep": p("meer dan {1} niveaus diep genest", "nested more than {1} levels deep"),
    "json.textTooLong": p("een tekst van meer dan {1} bytes", "a text longer than {1} bytes"),
    "json.arrayTooLong": p(
      "een lijst met meer dan {1} elementen", "an array with more than {1} elements"),
    "json.objectTooLarge": p(
      "een object met meer dan {1} onderdelen", "an object with more than {1} members"),
    "json.plusSign": p(
      "een getal mag niet met '+' beginnen", "a number must not start with '+'"),
    "json.noDigitBeforePoint": p(
      "een getal heeft een cijfer vóór de decimale punt nodig, zoals in 0.5",
      "a number must have a digit before the decimal point, as in 0.5"),
    "json.noDigitAfterPoint": p(
      "na de decimale punt moet een cijfer komen", "expected a digit after the decimal point"),
    "json.noDigitInExponent": p(
      "in de exponent (na 'e') moet een cijfer staan",
      "expected a digit in the exponent (after 'e')"),
    "json.notFinite": p(
      "{1} mag niet: getallen moeten eindig zijn", "{1} is not allowed: numbers must be finite"),
    "json.unexpectedWord": p(
      "onverwacht woord \"{1}\"; alleen true, false en null mogen zonder aanhalingstekens",
      "unexpected word \"{1}\"; only true, false and null may be written without quotes"),
    "json.leadingZero": p(
      "een getal mag niet met 0 beginnen als er meer cijfers volgen; zet codes zoals "
        + "telefoonnummers tussen dubbele aanhalingstekens",
      "a number must not start with 0 followed by more digits; put codes such as phone "
        + "numbers in double quotes"),
    "json.integerOutOfRange": p(
      "getal buiten bereik: gehele getallen liggen tussen {1} en {2}",
      "number out of range: whole numbers must lie between {1} and {2}"),
    "json.numberOutOfRange": p(
      "getal buiten bereik: het is te groot", "number out of range: it is too large"),
    "json.singleQuotes": p(
      "tekst hoort tussen dubbele aanhalingstekens (\"), niet tussen enkele (')",
      "text must be in double quotes (\"), not single quotes (')"),
    "json.invalidUTF8": p(
      "ongeldige UTF-8 (byte 0x{1}); sla het bestand op als UTF-8, niet als Windows-1252 of "
        + "Latin-1",
      "invalid UTF-8 (byte 0x{1}); save the file as UTF-8, not as Windows-1252 or Latin-1"),
    "json.lineBreakInText": p(
      "een regeleinde in een tekst schrijf je als \\n (of het afsluitende aanhalingsteken "
        + "ontbreekt)",
      "a line break inside text must be written as \\n (or the closing quote is missing)"),
    "json.carriageReturnInText": p(
      "een carriage return in een tekst schrijf je als \\r",
      "a carriage return inside text must be written as \\r"),
    "json.tabInText": p(
      "een tab in een tekst schrijf je als \\t", "a tab inside text must be written as \\t"),
    "json.controlInText": p(
      "stuurteken U+{1} in een tekst schrijf je als \\u{1}",
      "control character U+{1} inside text must be written as \\u{1}"),
    "json.invalidEscape": p(
      "na een backslash in een tekst hoort een van \" \\ / b f n r t u, niet {1}; een "
        + "backslash zelf (zoals in een Windows-pad) schrijf je dubbel: \\\\",
      "a backslash in text must be followed by one of \" \\ / b f n r t u, not {1}; to write "
        + "a backslash itself (as in a Windows path), double it: \\\\"),
    "json.loneHighSurrogate": p(
      "losse surrogaat \\u{1}: daarna moet een tweede escape \\uDC00 tot \\uDFFF komen",
      "lone surrogate \\u{1}: it must be followed by a second escape \\uDC00 to \\uDFFF"),
    "json.loneLowSurrogate": p(
      "losse surrogaat \\u{1}: die moet direct na een escape \\uD800 tot \\uDBFF komen",
      "lone surrogate \\u{1}: it must come right after an escape \\uD800 to \\uDBFF"),
    "json.unterminatedText": p(
      "de tekst die hier begint heeft geen afsluitend dubbel aanhalingsteken vóór het einde "
        + "van het bestand",
      "the text starting here has no closing double quote before the end of the file"),
  ]

  static let decodeErrorTexts: [String: Pair] = [
    "decode.expected": p("{1} verwacht, maar {2} gevonden", "expected {1}, found {2}"),
    "shape.object": p("een object ({ … })", "an object ({ … })"),
    "shape.text": p("tekst tussen aanhalingstekens", "text in quotes"),
    "shape.wholeNumber": p("een geheel getal", "a whole number"),
    "shape.number": p("een getal", "a number"),
    "shape.trueOrFalse": p("true of false", "true or false"),
    "shape.amount": p("een bedrag in euro's", "an amount in euros"),
    "shape.date": p("een datum zoals \"2027-03-01\"", "a date like \"2027-03-01\""),
    "shape.id": p("een id tussen aanhalingstekens", "an id in quotes"),
    "shape.list": p("een lijst ([ … ])", "a list ([ … ])"),
    "shape.partnerArrangements": p("een object met partner-id's", "an object of partner ids"),
    "shape.edits": p("een lijst met wijzigingen", "a list of edits"),
    "shape.fiveLevels": p(
      "een lijst van precies 5 niveaubeschrijvingen (1 tot en met 5)",
      "a list of exactly 5 level descriptions (1 to 5)"),
    "found.null": p("null", "null"),
    "found.true": p("true", "true"),
    "found.false": p("false", "false"),
    "found.number": p("het getal {1}", "the number {1}"),
    "found.text": p("de tekst \"{1}\"", "the text \"{1}\""),
    "found.list": p("een lijst", "a list"),
    "found.object": p("een object", "an object"),
    "decode.unknownField": p(
      "onbekend veld \"{1}\"; de velden hier zijn {2}",
      "unknown field \"{1}\"; the fields here are {2}"),
    "decode.missingField": p("het veld \"{1}\" ontbreekt", "the field \"{1}\" is missing"),
    "decode.numberTooLarge": p("het getal is te groot", "the number is too large"),
    "decode.amountTooLarge": p(
      "het bedrag {1} is groter dan ecowerk toestaat",
      "the amount {1} is larger than ecowerk allows"),
    "decode.tooManyDecimals": p(
      "het bedrag {1} heeft meer dan twee decimalen (centen)",
      "the amount {1} has more than two decimals (cents)"),
    "decode.notADate": p(
      "\"{1}\" is geen datum; schrijf hem als JJJJ-MM-DD, bijvoorbeeld \"2027-03-01\"",
      "\"{1}\" is not a date; write it as YYYY-MM-DD, e.g. \"2027-03-01\""),
    "decode.expectedChoice": p(
      "een van {1} verwacht, maar {2} gevonden", "expected one of {1}, found {2}"),
    "decode.notAChoice": p("\"{1}\" is niet een van {2}", "\"{1}\" is not one of {2}"),
    "decode.emptyID": p("de id is leeg", "the id is empty"),
    "decode.unreadable": p(
      "deze waarde kon niet worden gelezen", "the value could not be read"),
    "decode.oneEditKind": p(
      "precies één soort wijziging verwacht", "expected exactly one kind of edit"),
    "decode.unknownEditField": p("onbekend veld \"{1}\"", "unknown field \"{1}\""),
    "decode.unknownEntityKind": p(
      "onbekende soort onderdeel \"{1}\"", "unknown kind of entity \"{1}\""),
    "decode.unknownListKind": p("onbekende soort lijst \"{1}\"", "unknown kind of list \"{1}\""),
    "decode.listNeedsParent": p(
      "de lijst \"{1}\" hoort bij een bovenliggend onderdeel, en dat ontbreekt",
      "the list \"{1}\" needs a parent"),
    "decode.yearNotANumber": p("het jaar is geen getal", "the year is not a number"),
    "decode.oneValueKind": p(
      "precies één soort waarde verwacht", "expected exactly one kind of value"),
    "decode.oneEntity": p("precies één onderdeel verwacht", "expected exactly one entity"),
    "decode.notARubric": p(
      "dit is geen ecowerk-rubric: er hoort \"format\": \"ecowerk-rubric\" in",
      "this is not an ecowerk rubric: it needs \"format\": \"ecowerk-rubric\""),
    "decode.rubricTooNew": p(
      "deze rubric is gemaakt voor een nieuwere ecowerk (schemaversie {1}); werk ecowerk bij",
      "this rubric was written for a newer ecowerk (schema version {1}); update ecowerk"),
    "decode.noDimensions": p("de rubric heeft geen dimensies", "the rubric has no dimensions"),
    "decode.noElements": p("de dimensie heeft geen elementen", "the dimension has no elements"),
    "decode.levelCount": p(
      "precies 5 niveaubeschrijvingen (1 tot en met 5) verwacht, maar {1} gevonden",
      "expected exactly 5 level descriptions (1 to 5), found {1}"),
    "decode.duplicateElement": p(
      "de element-id \"{1}\" komt meer dan eens voor",
      "the element id \"{1}\" is used more than once"),
    "decode.notAConflictsFile": p(
      "dit is geen conflictenbestand van ecowerk: er hoort \"format\": \"ecowerk-conflicts\" in",
      "this is not an ecowerk conflicts file: it needs \"format\": \"ecowerk-conflicts\""),
    "decode.conflictsTooNew": p(
      "deze conflicten zijn geschreven door een nieuwere ecowerk (schemaversie {1}); werk "
        + "ecowerk bij",
      "these conflicts were written by a newer ecowerk (schema version {1}); update ecowerk"),
    "decode.unknownConflictKind": p(
      "onbekende soort conflict \"{1}\"", "unknown kind of conflict \"{1}\""),
    "decode.notOursOrTheirs": p(
      "\"by\" is ours (wij) of theirs (zij)", "\"by\" is ours or theirs"),
    "decode.oneStep": p("precies één stap verwacht", "expected exactly one step"),
    "decode.notAFieldChange": p(
      "een wijziging van een veld verwacht", "expected a change of a field"),
  ]

  static let storeErrorTexts: [String: Pair] = [
    "store.cannotRead": p("niet te lezen: {1}", "cannot be read: {1}"),
    "store.fileTooLarge.plan": p(
      "het bestand is {1} bytes; ecowerk leest plannen tot {2} bytes ({3} MB)",
      "the file is {1} bytes; ecowerk reads plans up to {2} bytes ({3} MB)"),
    "store.fileTooLarge.rubric": p(
      "het bestand is {1} bytes; een rubric is hoogstens {2} bytes",
      "the file is {1} bytes; a rubric is at most {2} bytes"),
    "store.fileTooLarge.spreadsheet": p(
      "het bestand is {1} bytes; ecowerk leest hoogstens {2} bytes",
      "the file is {1} bytes; at most {2} bytes are read"),
    "store.fileTooLarge.conflicts": p(
      "het conflictenbestand is {1} bytes; ecowerk leest hoogstens {2} bytes",
      "the conflicts file is {1} bytes; at most {2} bytes are read"),
    "store.fileTooLarge.journal": p(
      "het herstellogboek is {1} bytes; ecowerk leest hoogstens {2} bytes",
      "the journal is {1} bytes; at most {2} bytes are read"),
    "store.notAPlan": p(
      "dit is geen ecowerk-plan: bovenaan hoort een object ({ … })",
      "this is not an ecowerk plan: expected an object ({ … }) at the top"),
    "store.notPlanFormat": p(
      "dit is geen ecowerk-plan: er hoort \"format\": \"ecowerk-plan\" in",
      "this is not an ecowerk plan: it needs \"format\": \"ecowerk-plan\""),
    "store.schemaVersionMissing": p(
      "een geheel getal verwacht, bijvoorbeeld \"schemaVersion\": 1",
      "expected a whole number, e.g. \"schemaVersion\": 1"),
    "store.newerSchema": p(
      "dit plan is gemaakt door een nieuwere ecowerk (schemaversie {1}); deze ecowerk leest "
        + "schemaversie {2}. Werk ecowerk bij om het te openen; het bestand is niet veranderd",
      "this plan was written by a newer ecowerk (schema version {1}); this ecowerk reads "
        + "schema version {2}. Update ecowerk to open it; the file was not changed"),
    "store.schemaVersionTooLow": p(
      "{1} is geen schemaversie; ecowerk-plannen beginnen bij 1",
      "{1} is not a schema version; ecowerk plans start at 1"),
    "store.missingFromInstallation": p(
      "ontbreekt in deze installatie", "is missing from this installation"),
    "store.saveFailed": p("NIET opgeslagen: {1}: {2}", "NOT saved: {1}: {2}"),
    "save.createFile": p("kan geen bestand maken in {1}", "cannot create a file in {1}"),
    "save.write": p("schrijven mislukt", "writing failed"),
    "save.setMode": p(
      "kan het nieuwe bestand niet de rechten van het plan geven",
      "cannot give the new file the plan's permissions"),
    "save.sync": p(
      "de schijf bevestigde het schrijven niet", "the disk did not confirm the write"),
    "save.close": p("sluiten mislukt", "closing failed"),
    "save.keepBackup": p(
      "kan de vorige versie niet bewaren als {1}.bak",
      "cannot keep the previous version as {1}.bak"),
    "save.replace": p("kan {1} niet vervangen", "cannot replace {1}"),
    "store.saveNotConfirmed": p(
      "het plan is geschreven, maar de schijf bevestigde het niet ({1}); sla opnieuw op "
        + "voordat je erop rekent",
      "the plan was written, but the disk did not confirm it ({1}); save again before "
        + "relying on it"),
    "store.wouldNotReadBack": p(
      "NIET opgeslagen: het plan zou niet hetzelfde worden teruggelezen",
      "NOT saved: the plan would not read back the same"),
    "store.wouldNotReopen": p(
      "NIET opgeslagen: het plan zou niet meer te openen zijn ({1})",
      "NOT saved: the plan could not be opened again ({1})"),
    "store.cannotOpen": p("kan niet worden geopend: {1}", "cannot be opened: {1}"),
    "store.writeFailed": p("schrijven mislukt: {1}", "writing failed: {1}"),
    "store.cannotMakeFolder": p("kan geen map maken: {1}", "cannot make a folder: {1}"),
    "store.notAJournal": p(
      "dit is geen herstellogboek van ecowerk", "this is not an ecowerk recovery journal"),
    "store.journalHeaderDamaged": p(
      "de eerste regel van het herstellogboek is beschadigd",
      "the journal's first line is damaged"),
    "store.notAJournalEntry": p(
      "geen regel van het herstellogboek", "not an entry of the recovery journal"),
    "store.entryCutOff": p(
      "de laatste regel is afgebroken ({1})", "the last entry was cut off ({1})"),
    "store.journalTooLarge": p(
      "het herstellogboek is groter dan {1} bytes; de wijzigingen na deze regel zijn niet "
        + "gelezen",
      "the journal is larger than {1} bytes; the edits after this line were not read"),
    "store.lockKeepsChanging": p(
      "het slotbestand verandert steeds", "the lock file keeps changing"),
  ]

  /// The system's errors a laptop meets, by their C name; any other is shown in the system's
  /// own words.
  static let systemErrorTexts: [String: Pair] = [
    "errno.EPERM": p("niet toegestaan", "operation not permitted"),
    "errno.ENOENT": p("het bestand of de map bestaat niet", "no such file or folder"),
    "errno.EIO": p(
      "invoer-/uitvoerfout (de schijf of stick kan defect zijn)",
      "input/output error (the disk or stick may be failing)"),
    "errno.ENXIO": p("het apparaat is er niet", "no such device or address"),
    "errno.ENOMEM": p("te weinig geheugen", "out of memory"),
    "errno.EACCES": p("geen toestemming (rechten)", "permission denied"),
    "errno.EBUSY": p("in gebruik", "busy"),
    "errno.EEXIST": p("bestaat al", "already exists"),
    "errno.EXDEV": p(
      "kan niet van de ene schijf naar de andere verplaatsen",
      "cannot move from one disk to another"),
    "errno.ENOTDIR": p("een deel van het pad is geen map", "part of the path is not a folder"),
    "errno.EISDIR": p("het is een map", "it is a folder"),
    "errno.EINVAL": p(
      "dat kan niet met dit bestand", "invalid operation for this file"),
    "errno.ENFILE": p(
      "het systeem heeft te veel bestanden open", "too many files are open on the system"),
    "errno.EMFILE": p("te veel bestanden open", "too many open files"),
    "errno.ETXTBSY": p("het bestand is in gebruik", "the file is busy"),
    "errno.EFBIG": p("het bestand is te groot", "the file is too large"),
    "errno.ENOSPC": p("de schijf is vol", "the disk is full"),
    "errno.EROFS": p("de schijf is alleen-lezen", "the disk is read-only"),
    "errno.EMLINK": p("te veel koppelingen", "too many links"),
    "errno.EPIPE": p("het programma dat las is gestopt", "the program reading it has stopped"),
    "errno.ENAMETOOLONG": p("de naam is te lang", "the name is too long"),
    "errno.ELOOP": p("te veel symbolische koppelingen", "too many symbolic links"),
    "errno.EDQUOT": p("je schijfquotum is op", "your disk quota is used up"),
    "errno.ESTALE": p(
      "het netwerkbestand is niet meer geldig", "the network file is no longer valid"),
    "errno.EAGAIN": p(
      "tijdelijk niet beschikbaar; probeer het opnieuw", "temporarily unavailable; try again"),
    "errno.EINTR": p("onderbroken", "interrupted"),
    "errno.ENOTEMPTY": p("de map is niet leeg", "the folder is not empty"),
    "errno.ENODEV": p("er is geen apparaat", "no such device"),
  ]
}
