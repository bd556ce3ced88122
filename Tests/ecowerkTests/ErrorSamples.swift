import EcowerkJSON
import EcowerkModel
import EcowerkReport
import EcowerkSheets
import EcowerkStore
import Glibc

/// A value of every case of every error kind a user can be shown, with values of the kind a
/// user meets. Each enum also has an exhaustive switch below with the number of its cases: a
/// new case does not compile until it is listed there, and the coverage test fails until it
/// has a sample here.
enum ErrorSamples {
  // MARK: JSON syntax

  static let expected: [JSONParseError.Expected] = [
    .endOfFile, .value, .commaOrObjectEnd, .commaOrArrayEnd, .keyOrObjectEnd, .keyAfterComma,
    .colonAfterKey("naam"), .hexDigits, .digitAfterMinus,
  ]
  static let found: [JSONParseError.Found] = [.character("é"), .controlCharacter(7), .endOfFile]

  static var json: [JSONParseError.Kind] {
    var kinds: [JSONParseError.Kind] = [
      .empty, .onlyWhitespace, .byteOrderMark, .utf16, .endsBeforeValue,
      .trailingComma(closer: "]"), .duplicateKey("naam", firstLine: 2, firstColumn: 3),
      .tooDeep(limit: 72), .textTooLong(limit: 100_000), .arrayTooLong(limit: 100_000),
      .objectTooLarge(limit: 100_000), .plusSign, .noDigitBeforePoint, .noDigitAfterPoint,
      .noDigitInExponent, .notFinite("NaN"), .unexpectedWord("True"), .leadingZero,
      .integerOutOfRange, .numberOutOfRange, .singleQuotes, .invalidUTF8(byte: 0xE9),
      .lineBreakInText, .carriageReturnInText, .tabInText, .controlCharacterInText(1),
      .loneHighSurrogate(0xD800), .loneLowSurrogate(0xDC00), .unterminatedText,
    ]
    for expected in expected {
      for found in found { kinds.append(.unexpected(expected, found: found)) }
    }
    for found in found { kinds.append(.invalidEscape(after: found)) }
    return kinds
  }

  static let jsonCases = 31
  static func listed(_ kind: JSONParseError.Kind) {
    switch kind {
    case .empty, .onlyWhitespace, .byteOrderMark, .utf16, .unexpected, .endsBeforeValue,
      .trailingComma, .duplicateKey, .tooDeep, .textTooLong, .arrayTooLong, .objectTooLarge,
      .plusSign, .noDigitBeforePoint, .noDigitAfterPoint, .noDigitInExponent, .notFinite,
      .unexpectedWord, .leadingZero, .integerOutOfRange, .numberOutOfRange, .singleQuotes,
      .invalidUTF8, .lineBreakInText, .carriageReturnInText, .tabInText, .controlCharacterInText,
      .invalidEscape, .loneHighSurrogate, .loneLowSurrogate, .unterminatedText:
      break
    }
  }

  static let expectedCases = 9
  static func listed(_ expected: JSONParseError.Expected) {
    switch expected {
    case .endOfFile, .value, .commaOrObjectEnd, .commaOrArrayEnd, .keyOrObjectEnd,
      .keyAfterComma, .colonAfterKey, .hexDigits, .digitAfterMinus:
      break
    }
  }

  static let foundCases = 3
  static func listed(_ found: JSONParseError.Found) {
    switch found {
    case .character, .controlCharacter, .endOfFile: break
    }
  }

  // MARK: Decoding

  static let foundValues: [FoundValue] = [
    .null, .bool(true), .bool(false), .number("1.5"), .text("hoog"), .list, .object,
  ]

  static var decode: [DecodeProblem] {
    var problems: [DecodeProblem] = [
      .unknownField("segmenten", known: ["name", "segments"]), .missingField("startYear"),
      .numberTooLarge, .amountTooLarge("1e300"), .tooManyDecimals("1.005"),
      .notADate("2027-02-30"), .notAChoice("bouwen", options: ["verkennen", "opschalen"]),
      .emptyID, .unreadable, .oneEditKind, .unknownEditField("kleur"),
      .unknownEntityKind("kasteel"), .unknownListKind("torens"), .listNeedsParent("barriers"),
      .yearNotANumber, .oneValueKind, .oneEntity, .notARubric, .rubricTooNew(version: 3),
      .noDimensions, .noElements, .levelCount(2), .duplicateElement("visie"),
      .notAConflictsFile, .conflictsTooNew(version: 2), .unknownConflictKind("ruzie"),
      .notOursOrTheirs, .oneStep, .notAFieldChange,
    ]
    for shape in ValueShape.allCases {
      for found in foundValues { problems.append(.expected(shape, found: found)) }
    }
    for found in foundValues {
      problems.append(.expectedChoice(options: ["keep", "share", "handOver"], found: found))
    }
    return problems
  }

  static let decodeCases = 31
  static func listed(_ problem: DecodeProblem) {
    switch problem {
    case .expected, .unknownField, .missingField, .numberTooLarge, .amountTooLarge,
      .tooManyDecimals, .notADate, .expectedChoice, .notAChoice, .emptyID, .unreadable,
      .oneEditKind, .unknownEditField, .unknownEntityKind, .unknownListKind, .listNeedsParent,
      .yearNotANumber, .oneValueKind, .oneEntity, .notARubric, .rubricTooNew, .noDimensions,
      .noElements, .levelCount, .duplicateElement, .notAConflictsFile, .conflictsTooNew,
      .unknownConflictKind, .notOursOrTheirs, .oneStep, .notAFieldChange:
      break
    }
  }

  static let foundValueCases = 6
  static func listed(_ found: FoundValue) {
    switch found {
    case .null, .bool, .number, .text, .list, .object: break
    }
  }

  // MARK: The model's rules and refusals

  static let violations: [PlanViolation.Problem] = [
    .outOfRange(value: 7, lower: 1, upper: 5), .negative("-5"), .emptyID, .duplicateID("sh-1"),
    .unknownReference("sh-9"), .selfReference("toc-1"),
    .yearOutsideHorizon(year: 2040, first: 2025, last: 2030), .duplicateYear(2027),
    .duplicateEntry("sh-1"), .notFinite, .textTooLong(bytes: 100_001, limit: 100_000),
    .listTooLong(count: 100_001, limit: 100_000), .treeTooDeep(limit: 32),
    .tooManyNodes(count: 10_001, limit: 10_000), .tooLarge("9223372036854775807"),
    .totalTooLarge, .linkCycle(from: "toc-4", to: "toc-9"),
    .linkRepeatsTree(from: "toc-4", to: "toc-2"),
  ]

  static let violationCases = 18
  static func listed(_ problem: PlanViolation.Problem) {
    switch problem {
    case .outOfRange, .negative, .emptyID, .duplicateID, .unknownReference, .selfReference,
      .yearOutsideHorizon, .duplicateYear, .duplicateEntry, .notFinite, .textTooLong,
      .listTooLong, .treeTooDeep, .tooManyNodes, .tooLarge, .totalTooLarge, .linkCycle,
      .linkRepeatsTree:
      break
    }
  }

  static var editErrors: [EditError] {
    let refs = EntityKind.allCases.compactMap { EntityRef(kind: $0, parent: "2027", id: "2027") }
    let lists = ListKind.allCases.compactMap { ListRef(kind: $0, parent: "2027") }
    var errors: [EditError] = refs.map { .notFound($0) }
    for list in lists {
      errors += [
        .listNotFound(list), .indexOutOfRange(list, 4), .unexpectedEntity(list, index: 2),
        .wrongKind(list), .duplicate(list, key: "Gemeente Enschede"),
      ]
    }
    for field in Field.allCases {
      errors += [.noSuchField(field), .wrongValue(field: field, value: .text("x"))]
    }
    errors += [
      .conflict(field: .influence, expected: .integer(3), found: .integer(4)),
      .cycle(NodeID("toc-1")),
      .breaksRule(PlanViolation(path: "name", problem: .textTooLong(bytes: 100_001, limit: 10))),
    ]
    return errors
  }

  static let editErrorCases = 11
  static func listed(_ error: EditError) {
    switch error {
    case .notFound, .listNotFound, .noSuchField, .wrongValue, .conflict, .indexOutOfRange,
      .unexpectedEntity, .wrongKind, .duplicate, .cycle, .breaksRule:
      break
    }
  }

  // MARK: The store, the journal and the lock

  static var systemErrors: [SystemError] {
    SystemError.names.keys.sorted().map { SystemError(code: $0) } + [SystemError(code: ECHILD)]
  }

  static var store: [StoreProblem] {
    let system = SystemError(code: ENOSPC)
    var problems: [StoreProblem] = [
      .neighbourHasLinks(.journal, count: 2), .noReader, .readOnlyFile,
      .folderGone(folder: "/home/anna/plannen"), .journalNotWritten(system),
      .tooLargeToSave(bytes: 67_108_865, limit: 67_108_864),
      .wouldNotOpen(path: "stakeholders[3].name", problem: .textTooLong(bytes: 11, limit: 10)),
      .notARubric, .notAPlan, .notPlanFormat, .schemaVersionMissing,
      .newerSchema(found: 2, supported: 1), .schemaVersionTooLow(0), .missingFromInstallation,
      .saveNotConfirmed(system), .wouldNotReadBack, .wouldNotReopen(.syntax(.empty)),
      .wouldNotReopen(.decode(.missingField("startYear"))), .cannotOpen(system),
      .writeFailed(SystemError(code: EPIPE)), .cannotMakeFolder(SystemError(code: EACCES)),
      .notAJournal, .journalHeaderDamaged, .notAJournalEntry, .entryCutOff(.unterminatedText),
      .journalTooLarge(limit: 536_870_912), .lockKeepsChanging,
    ]
    for neighbour in [Neighbour.lock, .journal, .backup, .temporary] {
      problems.append(.neighbourIsLink(neighbour))
      problems.append(.neighbourNotRegular(neighbour, .fifo))
    }
    for type in fileTypes {
      problems += [.notAFile(type), .cannotWriteInto(type)]
    }
    problems += violations.map { .brokenRule($0) }
    problems += json.map { .syntax($0) }
    problems += decode.map { .decode($0) }
    problems += systemErrors.flatMap { [.cannotRead($0), .system($0)] }
    problems += FileRole.allCases.map { .fileTooLarge($0, bytes: 67_108_865, limit: 67_108_864) }
    problems += saveSteps.map { .saveFailed($0, system) }
    return problems
  }

  static let fileTypes: [FileType] = [
    .regular, .directory, .fifo, .characterDevice, .blockDevice, .socket, .symbolicLink, .other,
  ]

  static let saveSteps: [SaveStep] = [
    .createFile(folder: "/media/usb"), .write, .setMode, .sync, .close,
    .keepBackup(name: "plan.ecowerk.json"), .replace(name: "plan.ecowerk.json"),
  ]

  static let storeCases = 37
  static func listed(_ problem: StoreProblem) {
    switch problem {
    case .neighbourIsLink, .neighbourNotRegular, .neighbourHasLinks, .notAFile,
      .cannotWriteInto, .noReader, .readOnlyFile, .folderGone, .journalNotWritten,
      .tooLargeToSave, .wouldNotOpen, .brokenRule, .notARubric, .syntax, .decode, .cannotRead,
      .system, .fileTooLarge, .notAPlan, .notPlanFormat, .schemaVersionMissing, .newerSchema,
      .schemaVersionTooLow, .missingFromInstallation, .saveFailed, .saveNotConfirmed,
      .wouldNotReadBack, .wouldNotReopen, .cannotOpen, .writeFailed, .cannotMakeFolder,
      .notAJournal, .journalHeaderDamaged, .notAJournalEntry, .entryCutOff, .journalTooLarge,
      .lockKeepsChanging:
      break
    }
  }

  static let saveStepCases = 7
  static func listed(_ step: SaveStep) {
    switch step {
    case .createFile, .write, .setMode, .sync, .close, .keepBackup, .replace: break
    }
  }

  // MARK: Spreadsheets and imports

  static var sheets: [SheetError] {
    var errors: [SheetError] = SheetError.FileKind.allCases.map { .notASpreadsheet($0) }
    errors += [
      .empty, .encrypted, .noSuchSheet("Blad9", available: ["Stakeholderveld", "Financiën"]),
      .tooManyRows(count: 100_001, limit: 100_000), .unclosedQuote(line: 12),
    ]
    errors += [
      .noDirectory, .tooManyEntries(count: 20_000, limit: 10_000),
      .entryTooLarge("xl/sharedStrings.xml", size: 900_000_000, limit: 256_000_000),
      .tooLarge(size: 900_000_000, limit: 256_000_000),
      .suspiciousRatio("xl/worksheets/sheet1.xml"),
      .badName("../etc/passwd"), .duplicateName("xl/workbook.xml"), .overlapping("xl/styles.xml"),
      .sizeMismatch("xl/workbook.xml"), .unsupportedMethod("xl/workbook.xml", 14),
      .damaged("xl/workbook.xml"),
    ].map { SheetError.zip($0) }
    errors += [
      .missingPart("xl/workbook.xml"), .badXML(part: "xl/worksheets/sheet1.xml", line: 3),
      .documentType(part: "xl/workbook.xml"), .missingSharedString(cell: "B7", index: 99),
      .noSheets,
    ].map { SheetError.workbook($0) }
    return errors
  }

  static let sheetCases = 8
  static func listed(_ error: SheetError) {
    switch error {
    case .notASpreadsheet, .empty, .encrypted, .zip, .workbook, .noSuchSheet, .tooManyRows,
      .unclosedQuote:
      break
    }
  }

  static let zipCases = 11
  static func listed(_ problem: SheetError.ZipProblem) {
    switch problem {
    case .noDirectory, .tooManyEntries, .entryTooLarge, .tooLarge, .suspiciousRatio, .badName,
      .duplicateName, .overlapping, .sizeMismatch, .unsupportedMethod, .damaged:
      break
    }
  }

  static let workbookCases = 5
  static func listed(_ problem: SheetError.WorkbookProblem) {
    switch problem {
    case .missingPart, .badXML, .documentType, .missingSharedString, .noSheets: break
    }
  }

  static var imports: [ImportProblem] {
    var problems: [ImportProblem] = DataTable.allCases.flatMap {
      [ImportProblem.noTable($0), .wrongTable($0)]
    }
    problems += [
      .noNameColumn, .noYears, .noName, .twice(name: "Gemeente Enschede", firstLine: 4),
      .badChoice(.kind, text: "kasteel"), .badChoice(.level, text: "galactisch"),
      .badScale(.influence, text: "9"), .badFlag(.inMVE, text: "misschien"),
      .badCount(.smeCount, text: "veel"), .badDate(.joined, text: "gisteren"),
      .badAmount(label: "NGF 2027", text: "€ 1,2,3"),
      .badByte(line: 7, byte: 0x9D), .unknownPartner("Onbekend BV"), .unknownLine("Overig"),
      .yearOutsideHorizon(year: 2040, first: 2025, last: 2030),
      .breaksRule(PlanViolation(path: "stakeholders[3].influence", problem: violations[0])),
    ]
    problems += editErrors.map { .editRefused($0) }
    return problems
  }

  static let importCases = 18
  static func listed(_ problem: ImportProblem) {
    switch problem {
    case .noTable, .noNameColumn, .wrongTable, .noYears, .noName, .twice, .badChoice, .badScale,
      .badFlag, .badCount, .badDate, .badAmount, .badByte, .unknownPartner, .unknownLine,
      .yearOutsideHorizon, .breaksRule, .editRefused:
      break
    }
  }
}
