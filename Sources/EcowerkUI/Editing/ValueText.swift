import EcowerkModel
import EcowerkStrings

/// Field values and entities in words, for the status bar ("undone: influence of Gemeente
/// Enschede 4 → 3"), pick lists and editors.
enum ValueText {
  /// A value of `field` on `ref` as a reader would say it.
  static func describe(
    _ value: FieldValue, _ field: Field, on ref: EntityRef, plan: Plan, strings: Strings
  ) -> String {
    switch value {
    case .text(let text): return text.isEmpty ? "–" : "“\(shortened(text))”"
    case .texts(let texts):
      return texts.isEmpty ? "–" : texts.map { shortened($0, 24) }.joined(separator: "; ")
    case .integer(let number): return number.map { strings.number($0) } ?? "–"
    case .number(let number): return strings.decimal(number)
    case .money(let amount): return amount.map { strings.money($0) } ?? "–"
    case .flag(let flag): return strings.label(flag)
    case .date(let date): return date.map { strings.date($0) } ?? "–"
    case .choice(let raw):
      return raw.map { choiceLabel($0, field, on: ref, strings: strings) } ?? "–"
    case .reference(let raw):
      return raw.map { name(ofReference: $0, field: field, ref: ref, plan: plan) } ?? "–"
    case .references(let raws):
      return raws.isEmpty
        ? "–"
        : raws.map { name(ofReference: $0, field: field, ref: ref, plan: plan) }.joined(
          separator: ", ")
    case .arrangements(let cells):
      return cells.sorted { $0.key < $1.key }.map {
        "\(plan.stakeholder($0.key)?.name ?? "–"): \(strings.label($0.value))"
      }.joined(separator: ", ")
    }
  }

  static func shortened(_ text: String, _ limit: Int = 40) -> String {
    text.count > limit ? String(text.prefix(limit - 1)) + "…" : text
  }

  /// The label of a choice value, by the field it belongs to.
  static func choiceLabel(_ raw: String, _ field: Field, on ref: EntityRef, strings: Strings)
    -> String
  {
    strings.choiceLabel(raw, field: field, of: ref.kind)
  }

  static func name(ofReference raw: String, field: Field, ref: EntityRef, plan: Plan) -> String {
    switch FieldKind.of(field, on: ref) {
    case .reference(let kind, _), .references(let kind):
      return name(of: raw, kind: kind, plan: plan)
    default:
      return raw
    }
  }

  /// The names of the entities a references field of `entity` (at `ref`) points at, in its
  /// order; the entity is passed in, as the pane has it, rather than looked up again.
  static func names(
    ofReferences field: Field, of entity: some FieldEditable, at ref: EntityRef, plan: Plan
  ) -> [String] {
    guard case .references(let raws)? = entity.value(of: field) else { return [] }
    return raws.map { name(ofReference: $0, field: field, ref: ref, plan: plan) }
  }

  static func name(of raw: String, kind: ReferenceKind, plan: Plan) -> String {
    switch kind {
    // A reference the plan cannot resolve is shown as a dash, never as its internal id.
    case .stakeholder: return plan.stakeholder(StakeholderID(raw))?.name ?? "–"
    case .segment: return plan.segment(SegmentID(raw))?.name ?? "–"
    case .proposition: return plan.propositions.first { $0.id.rawValue == raw }?.name ?? "–"
    case .node: return plan.node(NodeID(raw))?.title ?? "–"
    case .chainLink: return plan.chainLinks.first { $0.id.rawValue == raw }?.name ?? "–"
    case .pain:
      return plan.segments.lazy.compactMap { $0.pains.first { $0.id.rawValue == raw }?.text }
        .first ?? "–"
    case .gain:
      return plan.segments.lazy.compactMap { $0.gains.first { $0.id.rawValue == raw }?.text }
        .first ?? "–"
    case .barrier:
      return plan.segments.lazy.compactMap { $0.barriers.first { $0.id.rawValue == raw }?.text }
        .first ?? "–"
    case .systemFailure:
      return plan.systemFailures.first { $0.id.rawValue == raw }?.description ?? "–"
    case .transformationFailure:
      return plan.transformationFailures.first { $0.id.rawValue == raw }?.description ?? "–"
    case .assumption:
      return plan.assumption(AssumptionID(raw))?.text ?? "–"
    }
  }

  /// What an entity is called: its name, title or first words; a score by its rubric
  /// element's name.
  static func name(of ref: EntityRef, in plan: Plan, strings: Strings, rubric: Rubric? = nil)
    -> String
  {
    let value: String
    switch ref {
    case .plan: value = plan.name
    case .financeYear(let year): value = String(year)
    case .contribution(let year, let partner):
      value = "\(plan.stakeholder(partner)?.name ?? "–") \(year)"
    case .score(_, let element): value = elementName(element, rubric, strings)
    // A figure and a milestone are named by their KPI and their day or year.
    case .measurement(let kpi, let id):
      let found = plan.kpi(kpi)
      let day = found?.measurements.first { $0.id == id }?.date
      value = [found?.name ?? "", day.map { strings.date($0) } ?? ""]
        .filter { !$0.isEmpty }.joined(separator: ", ")
    case .milestone(let kpi, let year):
      value = [plan.kpi(kpi)?.name ?? "", String(year)].filter { !$0.isEmpty }
        .joined(separator: ", ")
    case .changeLink(let id):
      let link = plan.changeLinks.first { $0.id == id }
      value =
        link.map { (plan.node($0.from)?.title ?? "–") + " → " + (plan.node($0.to)?.title ?? "–") }
        ?? ""
    default:
      let entity = plan.entity(ref)
      let candidates: [Field] = [.name, .title, .what, .text, .description, .counterpart]
      value =
        candidates.lazy.compactMap { field -> String? in
          if case .text(let text)? = entity?.value(of: field), !text.isEmpty { return text }
          return nil
        }.first ?? ""
    }
    return value.isEmpty ? strings["edit.unnamed"] : shortened(value)
  }

  /// A rubric element's name in the session's language; "score" when the rubric in use does
  /// not have it, never the element's id.
  static func elementName(_ id: String, _ rubric: Rubric?, _ strings: Strings) -> String {
    rubric?.element(id)?.name.text(english: strings.language == .english) ?? strings["entity.score"]
  }

  /// The kind of entity in words: "stakeholder", "segment".
  static func kind(of ref: EntityRef, strings: Strings) -> String {
    strings["entity." + ref.kind.rawValue]
  }
}
