import EcowerkModel
import EcowerkStrings
import Testing

@Suite struct StringsTests {
  @Test func bothLanguagesHaveExactlyTheSameKeys() {
    #expect(Strings.keys(.dutch) == Strings.keys(.english))
    #expect(Strings.keys(.dutch).count > 200)
  }

  @Test func noTextIsEmptyAndPlaceholdersMatch() {
    let dutch = Strings(.dutch)
    let english = Strings(.english)
    for key in Strings.keys(.dutch) {
      #expect(!dutch[key].isEmpty, "\(key) is empty in Dutch")
      #expect(!english[key].isEmpty, "\(key) is empty in English")
      #expect(placeholders(dutch[key]) == placeholders(english[key]), "\(key)")
    }
  }

  @Test func everyModelValueAndFieldHasALabel() {
    for language in Language.allCases {
      let strings = Strings(language)
      var labels: [String] = []
      labels += Phase.allCases.map { strings.label($0) }
      labels += StakeholderKind.allCases.map { strings.label($0) }
      labels += KindSector.allCases.map { strings.label($0) }
      labels += GovernanceLevel.allCases.map { strings.label($0) }
      labels += BarrierKind.allCases.map { strings.label($0) }
      labels += Arrangement.allCases.map { strings.label($0) }
      labels += AssumptionStatus.allCases.map { strings.label($0) }
      labels += ChangeLevel.allCases.map { strings.label($0) }
      labels += ActionStatus.allCases.map { strings.label($0) }
      labels += PilotStatus.allCases.map { strings.label($0) }
      labels += PilotDecision.allCases.map { strings.label($0) }
      labels += PainPointKind.allCases.map { strings.label($0) }
      labels += Field.allCases.map { strings.label($0) }
      for label in labels {
        #expect(!label.contains("⟦"), "missing label \(label) in \(language)")
      }
    }
  }

  /// The recovery screen says when the unsaved edits were made as people read a moment, not
  /// as the journal stores it.
  @Test func aJournalMomentReadsAsADateAndATime() {
    #expect(Strings(.dutch).moment("2026-12-06T05:48:51") == "6-12-2026 05:48")
    #expect(Strings(.english).moment("2026-12-06T05:48:51") == "2026-12-06 05:48")
    #expect(Strings(.dutch).moment("2026-12-06T5") == "6-12-2026", "a time cut short: the day")
    #expect(Strings(.dutch).moment("gisteren") == "gisteren", "anything else as it is")
    #expect(Strings(.dutch).moment("") == "")
  }

  /// Every kind of entity has a name in both languages: the check listing, refusals and the
  /// change listing say "ketenschakel link-7", never the file's key `chainLink`.
  @Test(arguments: Language.allCases)
  func everyKindOfEntityHasAName(_ language: Language) {
    let strings = Strings(language)
    for kind in EntityKind.allCases {
      #expect(strings.has("entity.\(kind.rawValue)"), "\(kind)")
    }
  }

  @Test func aMissingKeyShowsItselfInsteadOfCrashing() {
    #expect(Strings(.dutch)["no.such.key"] == "⟦no.such.key⟧")
  }

  @Test func placeholdersAreFilledInOrder() {
    #expect(Strings(.english).format("status.notFound", "coöp") == "Not found: coöp")
    #expect(Strings(.dutch).format("overview.horizon", 6, 2025, 2030) == "6 jaar: 2025–2030")
  }

  @Test(arguments: [
    (["LC_ALL": "nl_NL.UTF-8"], Language.dutch), (["LANG": "nl_BE.UTF-8"], .dutch),
    (["LC_ALL": "C.UTF-8", "LANG": "nl_NL.UTF-8"], .english),
    (["LC_MESSAGES": "nl_NL", "LANG": "en_GB"], .dutch), ([:], .english),
    (["LC_ALL": "", "LANG": "nl_NL"], .dutch),
  ])
  func theLanguageFollowsTheEnvironment(_ environment: [String: String], _ expected: Language) {
    #expect(Language.fromEnvironment(environment) == expected)
  }

  @Test func numbersMoneyAndDatesFollowTheLanguage() {
    let dutch = Strings(.dutch)
    let english = Strings(.english)
    #expect(dutch.number(1_234_567) == "1.234.567")
    #expect(english.number(-1_234) == "-1,234")
    #expect(dutch.money(Money(cents: 125_050)) == "€ 1.250,50")
    #expect(english.money(Money(cents: 125_050)) == "€1,250.50")
    #expect(dutch.date(CalendarDate(year: 2027, month: 3, day: 1)) == "1-3-2027")
    #expect(english.date(CalendarDate(year: 2027, month: 3, day: 1)) == "2027-03-01")
    #expect(dutch.decimal(12.5) == "12,5")
    #expect(english.decimal(-0.25) == "-0.25")
    #expect(english.percent(0.425) == "43%")
  }

  private func placeholders(_ text: String) -> Set<String> {
    var found: Set<String> = []
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "{") {
      guard let close = rest[open...].firstIndex(of: "}") else { break }
      found.insert(String(rest[open...close]))
      rest = rest[rest.index(after: close)...]
    }
    return found
  }
}
