import EcowerkModel
import EcowerkStrings

/// Changes and merge conflicts in the method's words, in one language: "Stakeholder
/// Provincie Overijssel: influence 4 → 5", "Segment Logistiek added", "Finance 2027: NGF
/// €550,000 → €500,000".
///
/// The words hold text from plans as it is: whoever shows them sanitises or escapes them for
/// where they go (a terminal, Markdown, HTML, JSON).
public struct ChangeWords: Sendable {
  public let strings: Strings
  /// What entities are called, by id (`PlanDiff.names`, `PlanMerge.names`).
  public let names: [String: String]
  /// The newer plan, for what a change alone does not say (a broken assumption's plan B).
  public let plan: Plan?

  /// Texts longer than this are cut with an ellipsis: a sentence says which text changed,
  /// not all of it.
  public static let textLimit = 60

  public init(strings: Strings, names: [String: String], plan: Plan? = nil) {
    self.strings = strings
    self.names = names
    self.plan = plan
  }

  /// One change as a sentence.
  public func sentence(_ change: PlanChange) -> String {
    let entity = self.entity(change.ref, name: change.name)
    switch change.kind {
    case .added: return strings.format("change.added", entity)
    case .removed: return strings.format("change.removed", entity)
    case .moved(let from, let to):
      guard from != to, case .nodes(let parent) = to else {
        return strings.format("change.moved", entity)
      }
      guard let parent else { return strings.format("change.movedToTop", entity) }
      return strings.format("change.movedUnder", entity, name(of: parent.rawValue))
    case .changed(let field, let from, let to):
      return changed(entity, field, from, to, on: change.ref)
    }
  }

  /// One merge conflict as a sentence.
  public func sentence(_ conflict: MergeConflict) -> String {
    let entity = self.entity(conflict.ref, name: conflict.name)
    let kind = conflict.ref.kind
    switch conflict.kind {
    case .field(let field, let base, let ours, let theirs):
      let label = fieldLabel(field)
      let mine = value(ours, field, of: kind)
      let their = value(theirs, field, of: kind)
      guard let base else {
        return strings.format("mergeConflict.fieldAdded", entity, label, mine, their)
      }
      return strings.format(
        "mergeConflict.field", entity, label, mine, their, value(base, field, of: kind))
    case .removed(let side):
      return strings.format(
        side == .ours ? "mergeConflict.removedByOurs" : "mergeConflict.removedByTheirs", entity)
    case .reference(let field, let target):
      let targetName = self.entity(target, name: target.idText.flatMap { names[$0] } ?? "")
      return strings.format("mergeConflict.reference", entity, fieldLabel(field), targetName)
    case .moved:
      return strings.format("mergeConflict.moved", entity)
    case .unmergeable:
      return strings.format("mergeConflict.unmergeable", entity)
    }
  }

  private func changed(
    _ entity: String, _ field: Field, _ from: FieldValue, _ to: FieldValue, on ref: EntityRef
  ) -> String {
    let kind = ref.kind
    switch (from, to) {
    case (.texts(let old), .texts(let new)):
      return entries(
        entity, field, removed: old.filter { !new.contains($0) },
        added: new.filter { !old.contains($0) }, quoted: true)
    case (.references(let old), .references(let new)):
      let removed = old.filter { !new.contains($0) }.map(name(of:))
      let added = new.filter { !old.contains($0) }.map(name(of:))
      if removed.isEmpty && added.isEmpty { break }
      return entries(entity, field, removed: removed, added: added, quoted: false)
    default:
      break
    }
    // An assumption's status is what it is about: no need to name the field.
    if kind == .assumption && field == .status {
      var text = strings.format(
        "change.changedChoice", entity, value(from, field, of: kind), value(to, field, of: kind))
      if to == .choice(AssumptionStatus.broken.rawValue) {
        let planB = plan?.value(of: .planB, at: ref).flatMap(\.textValue) ?? ""
        text +=
          planB.isEmpty
          ? strings["change.noPlanB"] : strings.format("change.planB", Self.shortened(planB))
      }
      return text
    }
    return strings.format(
      "change.changed", entity, fieldLabel(field), value(from, field, of: kind),
      value(to, field, of: kind))
  }

  /// "pains + “Geen tijd”, − “Te duur”".
  private func entries(
    _ entity: String, _ field: Field, removed: [String], added: [String], quoted: Bool
  ) -> String {
    func show(_ text: String) -> String { quoted ? "“\(Self.shortened(text))”" : text }
    let items = added.map { "+ " + show($0) } + removed.map { "− " + show($0) }
    return strings.format(
      "change.entries", entity, fieldLabel(field), items.joined(separator: ", "))
  }

  /// An entity by its kind and name: "Stakeholder Provincie Overijssel", "Finance 2027",
  /// "Segment Metaal, barrier Geen vakmensen".
  public func entity(_ ref: EntityRef, name: String) -> String {
    switch ref {
    case .plan: return strings["change.plan"]
    case .financeYear(let year): return strings.format("change.finance", year)
    case .contribution(let year, let partner):
      return strings.format(
        "change.within", strings.format("change.finance", year),
        kindAndName(.contribution, self.name(of: partner.rawValue), capitalized: false))
    default:
      let own = name.isEmpty ? (ref.idText ?? "") : Self.shortened(name)
      guard let parent = ref.parentText, let holder = Self.holderKind(of: ref.kind) else {
        return kindAndName(ref.kind, own)
      }
      let holderLabel =
        holder == .financeYear
        ? strings.format("change.finance", parent) : kindAndName(holder, self.name(of: parent))
      return strings.format(
        "change.within", holderLabel, kindAndName(ref.kind, own, capitalized: false))
    }
  }

  /// "Stakeholder Provincie Overijssel"; lower case after what holds it: "…, barrier X".
  private func kindAndName(_ kind: EntityKind, _ name: String, capitalized: Bool = true)
    -> String
  {
    let label = strings["entity.\(kind.rawValue)"]
    return strings.format("change.entity", capitalized ? label.capitalizedFirst : label, name)
  }

  /// The kind of entity that holds one of `kind`, for a nested entity's words.
  static func holderKind(of kind: EntityKind) -> EntityKind? {
    switch kind {
    case .barrier, .conversation: return .segment
    case .contribution: return .financeYear
    case .score: return .review
    case .assumption, .nodeKPI: return .node
    case .actionKPI: return .action
    case .painPoint: return .pilot
    default: return nil
    }
  }

  /// What the entity with this id is called, or the id itself.
  public func name(of id: String) -> String {
    names[id].map { Self.shortened($0) } ?? id
  }

  /// A field's name as it reads inside a sentence: "influence", but "NGF" and "MVE" as they are.
  public func fieldLabel(_ field: Field) -> String {
    strings.label(field).lowercasedFirst
  }

  /// A field's value as a reader says it: amounts, dates and numbers in this language's
  /// notation, choices by their label, references by the name of what they refer to.
  public func value(_ value: FieldValue, _ field: Field, of kind: EntityKind) -> String {
    switch value {
    case .text(let text): return text.isEmpty ? "–" : "“\(Self.shortened(text))”"
    case .texts(let texts):
      return texts.isEmpty
        ? "–" : texts.map { "“\(Self.shortened($0, 30))”" }.joined(separator: ", ")
    case .integer(let number): return number.map { strings.number($0) } ?? "–"
    case .number(let number): return strings.decimal(number)
    case .money(let amount): return amount.map { strings.money($0) } ?? "–"
    case .flag(let flag): return strings.label(flag)
    case .date(let date): return date.map { strings.date($0) } ?? "–"
    case .choice(let raw): return raw.map { strings.choiceLabel($0, field: field, of: kind) } ?? "–"
    case .reference(let id): return id.map(name(of:)) ?? "–"
    case .references(let ids): return ids.isEmpty ? "–" : ids.map(name(of:)).joined(separator: ", ")
    case .arrangements(let cells):
      guard !cells.isEmpty else { return "–" }
      return cells.keys.sorted().compactMap { partner in
        cells[partner].map { "\(name(of: partner.rawValue)): \(strings.label($0))" }
      }.joined(separator: ", ")
    }
  }

  static func shortened(_ text: String, _ limit: Int = textLimit) -> String {
    let line =
      text.split(separator: "\n", omittingEmptySubsequences: true).first.map(String.init) ?? ""
    let cut = line.count < text.count
    if line.count > limit { return String(line.prefix(limit - 1)) + "…" }
    return cut ? line + " …" : line
  }
}

extension String {
  /// "invloed" → "Invloed".
  var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }

  /// "Invloed" → "invloed", but acronyms stay as they are: "MVE", "NGF", "KPI".
  var lowercasedFirst: String {
    guard let first else { return self }
    if let second = dropFirst().first, second.isUppercase { return self }
    return first.lowercased() + dropFirst()
  }
}

extension FieldValue {
  var textValue: String? {
    if case .text(let text) = self { return text }
    return nil
  }
}
