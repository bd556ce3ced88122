import EcowerkModel

/// Labels of the model's values: phases, kinds of party, levels, statuses, field names.
extension Strings {
  static func p(_ nl: String, _ en: String) -> Pair { Pair(nl: nl, en: en) }

  static let modelLabels: [String: Pair] = [
    "phase.verkennen": p("Verkennen", "Exploring"),
    "phase.starten": p("Starten", "Starting"),
    "phase.ontwikkelen": p("Ontwikkelen", "Developing"),
    "phase.valideren": p("Valideren", "Validating"),
    "phase.uitbreiden": p("Uitbreiden", "Expanding"),
    "phase.verduurzamen": p("Verduurzamen", "Sustaining"),

    "kind.vocationalSchool": p("Mbo-instelling", "Vocational school"),
    "kind.universityOfAppliedSciences": p("Hogeschool", "University of applied sciences"),
    "kind.university": p("Universiteit", "University"),
    "kind.researchInstitute": p("Onderzoeksinstituut", "Research institute"),
    "kind.company": p("Bedrijf", "Company"),
    "kind.sme": p("Mkb-bedrijf", "SME"),
    "kind.branchOrganisation": p("Brancheorganisatie", "Branch organisation"),
    "kind.municipality": p("Gemeente", "Municipality"),
    "kind.province": p("Provincie", "Province"),
    "kind.nationalGovernment": p("Rijksoverheid", "National government"),
    "kind.financier": p("Financier", "Financier"),
    "kind.intermediary": p("Intermediair", "Intermediary"),
    "kind.other": p("Anders", "Other"),

    "sector.knowledge": p("onderwijs en kennis", "education and research"),
    "sector.business": p("bedrijfsleven", "business"),
    "sector.government": p("overheid", "government"),
    "sector.other": p("overig", "other"),

    "level.local": p("lokaal", "local"),
    "level.regional": p("regionaal", "regional"),
    "level.national": p("nationaal", "national"),
    "level.international": p("internationaal", "international"),

    "barrier.knowledge": p("weten", "knowledge"),
    "barrier.motivation": p("willen", "motivation"),
    "barrier.capability": p("kunnen", "capability"),

    "arrangement.keep": p("zelf houden", "keep"),
    "arrangement.share": p("delen", "share"),
    "arrangement.handOver": p("overdragen", "hand over"),

    "assumption.untested": p("niet getoetst", "untested"),
    "assumption.holds": p("klopt", "holds"),
    "assumption.broken": p("klopt niet", "broken"),

    "changeLevel.impact": p("impact", "impact"),
    "changeLevel.outcome": p("uitkomst", "outcome"),
    "changeLevel.output": p("output", "output"),
    "changeLevel.activity": p("activiteit", "activity"),

    "actionStatus.planned": p("gepland", "planned"),
    "actionStatus.running": p("loopt", "running"),
    "actionStatus.done": p("klaar", "done"),
    "actionStatus.cancelled": p("vervallen", "cancelled"),

    "pilotStatus.planned": p("gepland", "planned"),
    "pilotStatus.running": p("loopt", "running"),
    "pilotStatus.finished": p("afgerond", "finished"),

    "decision.scaleUp": p("opschalen", "scale up"),
    "decision.adjust": p("bijstellen", "adjust"),
    "decision.stop": p("stoppen", "stop"),

    "painPoint.resistance": p("weerstand", "resistance"),
    "painPoint.informationFlow": p("informatiestromen", "information flows"),
    "painPoint.cultureDifference": p("cultuurverschillen", "culture differences"),
    "painPoint.other": p("overig", "other"),

    "bool.true": p("ja", "yes"),
    "bool.false": p("nee", "no"),
  ]
}

extension Strings {
  public func label(_ phase: Phase) -> String { self["phase.\(phase.rawValue)"] }
  public func label(_ kind: StakeholderKind) -> String { self["kind.\(kind.rawValue)"] }
  public func label(_ sector: KindSector) -> String { self["sector.\(sector.rawValue)"] }
  public func label(_ level: GovernanceLevel) -> String { self["level.\(level.rawValue)"] }
  public func label(_ kind: BarrierKind) -> String { self["barrier.\(kind.rawValue)"] }
  public func label(_ value: Arrangement) -> String { self["arrangement.\(value.rawValue)"] }
  public func label(_ status: AssumptionStatus) -> String {
    self["assumption.\(status.rawValue)"]
  }
  public func label(_ level: ChangeLevel) -> String { self["changeLevel.\(level.rawValue)"] }
  public func label(_ status: ActionStatus) -> String { self["actionStatus.\(status.rawValue)"] }
  public func label(_ status: PilotStatus) -> String { self["pilotStatus.\(status.rawValue)"] }
  public func label(_ decision: PilotDecision) -> String { self["decision.\(decision.rawValue)"] }
  public func label(_ kind: PainPointKind) -> String { self["painPoint.\(kind.rawValue)"] }
  public func label(_ flag: Bool) -> String { self[flag ? "bool.true" : "bool.false"] }
  public func label(_ field: Field) -> String { self["field.\(field.rawValue)"] }

  /// An amount in this language's notation: `€ 1.250` or `€1,250`.
  public func money(_ amount: Money) -> String {
    amount.formatted(language == .dutch ? .dutch : .english)
  }

  /// A date as people in this language write it: `1-3-2027` or `2027-03-01`.
  public func date(_ date: CalendarDate?) -> String {
    guard let date else { return "" }
    return language == .dutch ? date.dutch : date.description
  }

  /// A moment written as the journal keeps it (`2026-12-06T14:32:05`, local time) as people
  /// in this language read it: `6-12-2026 14:32` or `2026-12-06 14:32`. Anything else is
  /// shown as it is.
  public func moment(_ stamp: String) -> String {
    let parts = stamp.split(separator: "T", maxSplits: 1)
    guard parts.count == 2, let day = CalendarDate.parse(String(parts[0])) else { return stamp }
    let time = parts[1].prefix(5)
    guard time.count == 5, time.dropFirst(2).first == ":",
      time.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ":") })
    else { return date(day) }
    return date(day) + " " + time
  }

  /// A whole number with thousands grouped: `12.500` / `12,500`.
  public func number(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var grouped = ""
    for (index, digit) in digits.reversed().enumerated() {
      if index > 0 && index % 3 == 0 { grouped.append(language == .dutch ? "." : ",") }
      grouped.append(digit)
    }
    return (value < 0 ? "-" : "") + String(grouped.reversed())
  }

  /// A decimal number for KPIs: at most two decimals, trailing zeros dropped.
  public func decimal(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "–" }
    let scaled = (value * 100).rounded()
    guard scaled.magnitude < 1e15 else { return String(value) }
    let cents = Int64(scaled)
    let whole = cents / 100
    var fraction = cents.magnitude % 100
    var text = number(Int(whole))
    if cents < 0 && whole == 0 { text = "-" + text }
    if fraction != 0 {
      var digits = fraction < 10 ? "0\(fraction)" : "\(fraction)"
      if fraction % 10 == 0 {
        fraction /= 10
        digits = "\(fraction)"
      }
      text += (language == .dutch ? "," : ".") + digits
    }
    return text
  }

  /// A fraction as a whole percentage: `42%`.
  public func percent(_ fraction: Double?) -> String {
    guard let fraction, fraction.isFinite else { return "–" }
    return "\(Int((fraction * 100).rounded()))%"
  }
}
