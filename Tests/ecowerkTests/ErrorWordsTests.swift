import EcowerkJSON
import EcowerkModel
import EcowerkReport
import EcowerkSheets
import EcowerkStore
import EcowerkStrings
import Foundation
import Testing

@testable import ecowerk

/// Every error kind a user can be shown — JSON syntax, decoding, the store, the journal, the
/// lock, refused edits, imports and spreadsheets — walked through both languages: each is
/// worded from the string table (no `⟦key⟧`), every placeholder filled, no Swift type or case
/// name, and Dutch differs from English.
@Suite struct ErrorWordsTests {
  static let dutch = Strings(.dutch)
  static let english = Strings(.english)

  /// The words of `value` in both languages, checked.
  private func check(
    _ value: Any, dutch: String, english: String, sameInBothAllowed: Bool = false,
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let names = Self.swiftNames(in: value)
    for (language, text) in [("nl", dutch), ("en", english)] {
      let what = "\(language): \(value) → \(text)"
      #expect(!text.isEmpty, "\(what)", sourceLocation: sourceLocation)
      #expect(!text.contains("⟦"), "missing key: \(what)", sourceLocation: sourceLocation)
      #expect(
        text.range(of: #"\{[0-9]+\}"#, options: .regularExpression) == nil,
        "unfilled placeholder: \(what)", sourceLocation: sourceLocation)
      for name in names {
        #expect(!text.contains(name), "Swift name \(name): \(what)", sourceLocation: sourceLocation)
      }
    }
    if !sameInBothAllowed {
      #expect(
        dutch != english, "not translated: \(value) → \(dutch)", sourceLocation: sourceLocation)
    }
  }

  /// The Swift names in a value's description — types (`EcowerkStore.StoreProblem`) and cases
  /// written in camel case (`duplicateKey`, `notFound`) — with the texts it carries left out,
  /// since those are the file's or the plan's own words (`"handOver"`). A case named by one
  /// plain word (`empty`) is an English word, and may be.
  static func swiftNames(in value: Any) -> Set<String> {
    let described = String(reflecting: value).replacingOccurrences(
      of: #""([^"\\]|\\.)*""#, with: "", options: .regularExpression)
    var names: Set<String> = []
    var word = ""
    for character in described + " " {
      if character.isLetter || character.isNumber {
        word.append(character)
        continue
      }
      let inner = word.dropFirst()
      if inner.contains(where: \.isUppercase) && word.contains(where: \.isLowercase) {
        names.insert(word)
      }
      word = ""
    }
    return names
  }

  /// The case name of an enum value: `duplicateKey` of `.duplicateKey("a", …)`.
  static func caseName(_ value: Any) -> String {
    String(String(describing: value).prefix { $0 != "(" })
  }

  private func distinctCases(_ values: [Any]) -> Int {
    Set(values.map(Self.caseName)).count
  }

  @Test func theSamplesHoldEveryCaseOfEveryErrorKind() {
    typealias S = ErrorSamples
    #expect(distinctCases(S.json) == S.jsonCases)
    #expect(distinctCases(S.expected) == S.expectedCases)
    #expect(distinctCases(S.found) == S.foundCases)
    #expect(distinctCases(S.decode) == S.decodeCases)
    #expect(distinctCases(S.foundValues) == S.foundValueCases)
    #expect(distinctCases(S.violations) == S.violationCases)
    #expect(distinctCases(S.editErrors) == S.editErrorCases)
    #expect(distinctCases(S.store) == S.storeCases)
    #expect(distinctCases(S.saveSteps) == S.saveStepCases)
    #expect(distinctCases(S.sheets) == S.sheetCases)
    #expect(
      distinctCases(S.sheets.compactMap { if case .zip(let p) = $0 { p } else { nil } })
        == S.zipCases)
    #expect(
      distinctCases(S.sheets.compactMap { if case .workbook(let p) = $0 { p } else { nil } })
        == S.workbookCases)
    #expect(distinctCases(S.imports) == S.importCases)
    #expect(S.fileTypes.count == 8 && Set(S.fileTypes.map(\.rawValue)).count == 8)
    #expect(S.systemErrors.count == SystemError.names.count + 1)
  }

  @Test func everyJSONSyntaxErrorIsWorded() {
    for kind in ErrorSamples.json {
      check(kind, dutch: Self.dutch.words(kind), english: Self.english.words(kind))
    }
  }

  @Test func everyDecodeProblemIsWorded() {
    for problem in ErrorSamples.decode {
      check(problem, dutch: Self.dutch.words(problem), english: Self.english.words(problem))
    }
  }

  @Test func everyBrokenRuleIsWorded() {
    for problem in ErrorSamples.violations {
      check(
        problem, dutch: Self.dutch.violation(problem), english: Self.english.violation(problem))
    }
  }

  @Test func everyRefusedEditIsWorded() {
    for error in ErrorSamples.editErrors {
      check(error, dutch: Self.dutch.refusal(error), english: Self.english.refusal(error))
    }
    // The workbench's status line, as a refused edit shows it.
    let refused = Self.dutch.format(
      "edit.refused", Self.dutch.refusal(.notFound(.stakeholder(StakeholderID("sh-9")))))
    #expect(refused == "Niet gelukt: stakeholder niet gevonden: staat niet (meer) in het plan")
  }

  /// Every store problem, located as the store locates it: the place is the same in both
  /// languages, the words are the session's.
  @Test func everyStoreProblemIsWordedAtItsPlace() {
    for problem in ErrorSamples.store {
      let error = StoreError(
        .invalid, file: "plan.ecowerk.json", line: 12, column: 18,
        path: "stakeholders[3].influence", problem: problem)
      let dutch = Self.dutch.describe(error)
      let english = Self.english.describe(error)
      var unnamedSystemError = false
      switch problem {
      case .cannotRead(let system), .system(let system):
        unnamedSystemError = system.name == nil
      default: break
      }
      check(problem, dutch: dutch, english: english, sameInBothAllowed: unnamedSystemError)
      if problem.namesItsFile {
        #expect(dutch.contains("plan.ecowerk.json") || dutch.contains("/home/anna"), "\(dutch)")
      } else {
        let place = "plan.ecowerk.json:12:18: stakeholders[3].influence: "
        #expect(dutch.hasPrefix(place), "\(dutch)")
        #expect(english.hasPrefix(place), "\(english)")
      }
    }
  }

  @Test func theSystemsErrorsAreWordedByNameAndOthersInTheSystemsWords() {
    for system in ErrorSamples.systemErrors {
      let dutch = Self.dutch.words(system)
      let english = Self.english.words(system)
      check(system, dutch: dutch, english: english, sameInBothAllowed: system.name == nil)
      if system.name == nil {
        #expect(dutch == system.text && english == system.text)
      } else {
        #expect(dutch != system.text, "\(system.text)")
      }
    }
    #expect(Self.dutch.words(SystemError(code: ENOSPC)) == "de schijf is vol")
    #expect(Self.dutch.words(SystemError(code: EROFS)) == "de schijf is alleen-lezen")
  }

  @Test func theLocksMessagesAreWorded() {
    let holder = PlanLock.Holder(
      user: "anna", host: "laptop-3", pid: 4836, since: "2026-11-29T10:15:02")
    for strings in [Self.dutch, Self.english] {
      for text in [
        strings.lockHolder(holder), strings.lockHolder(nil),
        strings.format("lock.readOnly", strings.lockHolder(holder)),
        strings.format("lock.importHeld", strings.lockHolder(nil)),
        strings.lockUnavailable(.system(SystemError(code: EROFS)), lockFile: ".plan.lock"),
        strings.lockUnavailable(.lockKeepsChanging, lockFile: ".plan.lock"),
      ] {
        check(text, dutch: text, english: text, sameInBothAllowed: true)
      }
    }
    #expect(
      Self.dutch.lockUnavailable(.system(SystemError(code: EROFS)), lockFile: ".plan.lock")
        == "Geen slot op het plan mogelijk (de schijf is alleen-lezen); een tweede werkbank "
        + "merkt je niet op")
  }

  @Test func everySpreadsheetErrorIsWorded() {
    for error in ErrorSamples.sheets {
      check(error, dutch: error.message(Self.dutch), english: error.message(Self.english))
    }
  }

  @Test func everyImportProblemIsWorded() {
    for problem in ErrorSamples.imports {
      check(problem, dutch: problem.message(Self.dutch), english: problem.message(Self.english))
    }
  }

  @Test func theSnapshotWritersReasonsAreWorded() {
    for strings in [Self.dutch, Self.english] {
      let writer = SnapshotWriter(
        planPath: "plan.ecowerk.json", folder: nil, environment: [:], strings: strings)
      let full = StoreError(
        .notSaved, file: "plan-2026.txt", problem: .saveFailed(.write, SystemError(code: ENOSPC)))
      for text in [
        writer.reason(full), writer.words(.system(SystemError(code: ENOENT))),
        writer.words(.exit(1)), writer.words(.said("printer not found")),
      ] {
        check(text, dutch: text, english: text, sameInBothAllowed: true)
      }
    }
    let writer = SnapshotWriter(
      planPath: "plan.ecowerk.json", folder: nil, environment: [:], strings: Self.dutch)
    #expect(
      writer.reason(
        StoreError(
          .notSaved, file: "plan-2026.txt", problem: .saveFailed(.write, SystemError(code: ENOSPC)))
      )
        == "plan-2026.txt: schrijven mislukt: de schijf is vol")
  }
}
