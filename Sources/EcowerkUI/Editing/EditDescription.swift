import EcowerkModel
import EcowerkStrings

/// An edit in words, for the status bar after it is made, undone or redone:
/// "influence of Gemeente Enschede 4 → 3", "added stakeholder “Netbeheer Oost”".
enum EditDescription {
  /// Describes `edit`, made on `before` (the plan as it was before the edit).
  static func describe(_ edit: Edit, before: Plan, after: Plan, strings: Strings) -> String {
    switch edit {
    case .set(let ref, let field, let old, let new):
      // Named as it is, or by the name the edit gives it when the edit names it.
      var entity = ValueText.name(of: ref, in: before, strings: strings)
      if field == .name || field == .title || field == .what, case .text(let text) = new,
        !text.isEmpty, entity == strings["edit.unnamed"]
      {
        entity = "“\(ValueText.shortened(text))”"
      }
      return strings.format(
        "edit.set", strings.label(field).lowercasedFirst, entity,
        ValueText.describe(old, field, on: ref, plan: before, strings: strings),
        ValueText.describe(new, field, on: ref, plan: after, strings: strings))
    case .insert(let entity, _, _):
      return strings.format(
        "edit.added", strings["entity.\(entity.typeName)"], entityName(entity, strings))
    case .remove(let entity, _, _):
      return strings.format(
        "edit.removed", strings["entity.\(entity.typeName)"], entityName(entity, strings))
    case .move(let list, _, _, _):
      return strings.format("edit.moved", strings["list.\(list.kind.rawValue)"])
    case .moveNode(let id, _, _):
      return strings.format("edit.movedNode", before.node(id)?.title ?? id.rawValue)
    case .group(let edits):
      // A deletion with its clean-up reads as the deletion; other groups by their first step.
      if let removal = edits.last, case .remove = removal {
        let extra = edits.count - 1
        let main = describe(removal, before: before, after: after, strings: strings)
        return extra > 0 ? strings.format("edit.withReferences", main, extra) : main
      }
      guard let first = edits.first else { return "" }
      let main = describe(first, before: before, after: after, strings: strings)
      return edits.count > 1 ? strings.format("edit.andMore", main, edits.count - 1) : main
    }
  }

  static func entityName(_ entity: EntityValue, _ strings: Strings) -> String {
    let text: String
    switch entity {
    case .failure(let value): text = value.description
    case .segment(let value): text = value.name
    case .barrier(let value): text = value.text
    case .need(let value): text = value.text
    case .conversation(let value): text = value.counterpart
    case .proposition(let value): text = value.name
    case .chainLink(let value): text = value.name
    case .stakeholder(let value): text = value.name
    case .orgFunction(let value): text = value.name
    case .businessModel(let value): text = value.name
    case .financeYear(let value): text = String(value.year)
    case .contribution(let value): text = value.partner.rawValue
    case .review(let value): text = value.date.description
    case .score(let value): text = value.element
    case .node(let value): text = value.title
    case .assumption(let value): text = value.text
    case .kpi(let value): text = value.name
    case .action(let value): text = value.what
    case .pilot(let value): text = value.name
    case .painPoint(let value): text = value.text
    }
    return text.isEmpty ? strings["edit.unnamed"] : "“\(ValueText.shortened(text))”"
  }
}

extension String {
  /// "Invloed" → "invloed", but acronyms stay as they are: "MVE", "NGF", "KPI".
  var lowercasedFirst: String {
    guard let first else { return self }
    if let second = dropFirst().first, second.isUppercase { return self }
    return first.lowercased() + dropFirst()
  }
}
