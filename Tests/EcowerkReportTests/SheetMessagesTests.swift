import EcowerkModel
import EcowerkReport
import EcowerkSheets
import EcowerkStrings
import Testing

/// Every way a spreadsheet or a row can be refused has words in both languages.
@Suite struct SheetMessagesTests {
  static let fileErrors: [SheetError] =
    SheetError.FileKind.allCases.map { .notASpreadsheet($0) } + [
      .empty, .encrypted, .zip(.noDirectory), .zip(.tooManyEntries(count: 20_000, limit: 10_000)),
      .zip(.entryTooLarge("xl/a.xml", size: 9, limit: 8)), .zip(.tooLarge(size: 9, limit: 8)),
      .zip(.suspiciousRatio("bom.xml")), .zip(.badName("../x")), .zip(.duplicateName("a")),
      .zip(.overlapping("b")), .zip(.sizeMismatch("c")), .zip(.unsupportedMethod("d", 14)),
      .zip(.damaged("e")), .workbook(.missingPart("xl/workbook.xml")),
      .workbook(.badXML(part: "xl/worksheets/sheet1.xml", line: 3)),
      .workbook(.documentType(part: "p")), .workbook(.missingSharedString(cell: "A1", index: 4)),
      .workbook(.noSheets), .noSuchSheet("Blad9", available: ["Blad1"]),
      .tooManyRows(count: 200_000, limit: 100_016), .unclosedQuote(line: 4),
    ]

  static let rowProblems: [ImportProblem] = [
    .noTable(.finance), .noNameColumn, .wrongTable(.segments), .noYears, .noName,
    .twice(name: "A", firstLine: 2), .badChoice(.kind, text: "kasteel"),
    .badChoice(.level, text: "x"), .badScale(.influence, text: "9"), .badFlag(.inMVE, text: "?"),
    .badCount(.target, text: "-1"), .badDate(.added, text: "ooit"),
    .badAmount(label: "NGF", text: "veel"),
    .badByte(line: 3, byte: 0x9), .unknownPartner("X"), .unknownLine("Y"),
    .yearOutsideHorizon(year: 2040, first: 2025, last: 2030),
    .breaksRule(
      PlanViolation(
        path: "stakeholders[3].name", problem: .textTooLong(bytes: 200_000, limit: 100_000))),
    .breaksRule(
      PlanViolation(path: "stakeholders", problem: .listTooLong(count: 100_001, limit: 100_000))),
  ]

  @Test(arguments: Language.allCases)
  func everyRefusalHasWords(language: Language) {
    let strings = Strings(language)
    for error in Self.fileErrors {
      let message = error.message(strings)
      #expect(!message.contains("⟦") && !message.contains("{"), "\(error): \(message)")
    }
    for problem in Self.rowProblems {
      let message = problem.message(strings)
      #expect(!message.contains("⟦") && !message.contains("{"), "\(problem): \(message)")
    }
  }

  @Test func wordsSayWhatItIsAndWhatToDo() {
    let dutch = Strings(.dutch)
    #expect(
      SheetError.notASpreadsheet(.ods).message(dutch)
        == "dit is een OpenDocument-spreadsheet (.ods); sla het in LibreOffice op als Excel (.xlsx) of CSV"
    )
    #expect(ImportProblem.badByte(line: 3, byte: 0x9).message(dutch).contains("byte 0x09"))
    #expect(
      ImportProblem.wrongTable(.chainLinks).message(Strings(.english))
        == "this looks like a list of chain links; use --chain-links")
  }
}
