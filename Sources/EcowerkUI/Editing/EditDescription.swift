import EcowerkModel
import EcowerkStrings

/// An edit in words, for the status bar after it is made, undone or redone:
/// "influence of Gemeente Enschede 4 → 3", "added stakeholder “Netbeheer Oost”".
enum EditDescription {
  /// Describes `edit`, made on `before` (the plan as it was before the edit).
  static func describe(
    _ edit: Edit, before: Plan, after: Plan, strings: Strings, rubric: Rubric? = nil
  ) -> String {
    switch edit {
    case .set(let ref, let field, let old, let new):
      // Named as it is, or by the name the edit gives it when the edit names it.
      var entity = ValueText.name(of: ref, in: before, strings: strings, rubric: rubric)
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
        "edit.added", strings["entity.\(entity.typeName)"],
        entityName(entity, before, strings, rubric: rubric))
    case .remove(let entity, _, _):
      return strings.format(
        "edit.removed", strings["entity.\(entity.typeName)"],
        entityName(entity, before, strings, rubric: rubric))
    case .move(let list, _, _, _):
      return strings.format("edit.moved", strings["list.\(list.kind.rawValue)"])
    case .moveNode(let id, _, _):
      return strings.format("edit.movedNode", before.node(id)?.title ?? strings["edit.unnamed"])
    case .group(let edits):
      // A partner taken out of the financial plan: every year's contribution at once.
      if edits.count > 1,
        edits.allSatisfy({
          if case .remove(.contribution, _, _) = $0 { return true } else { return false }
        }), case .remove(.contribution(let last), _, _)? = edits.last
      {
        return strings.format(
          "edit.partnerRemoved", before.stakeholder(last.partner)?.name ?? strings["edit.unnamed"],
          strings.count(edits.count, "count.contribution"))
      }
      // A deletion with its clean-up reads as the deletion; other groups by their first step.
      if let removal = edits.last, case .remove = removal {
        let extra = edits.count - 1
        let main = describe(removal, before: before, after: after, strings: strings, rubric: rubric)
        return extra > 0
          ? strings.format("edit.withReferences", main, strings.count(extra, "count.reference"))
          : main
      }
      // A new entry with what was typed into it reads as the entry, by the name it got.
      if case .insert(let entity, _, _)? = edits.first, edits.count > 1 {
        var name = entityName(entity, before, strings, rubric: rubric)
        for case .set(_, let field, _, .text(let text)) in edits.dropFirst()
        where NewEntity.namingFields.contains(field) && !text.isEmpty {
          name = "“\(ValueText.shortened(text))”"
        }
        return strings.format("edit.added", strings["entity.\(entity.typeName)"], name)
      }
      guard let first = edits.first else { return "" }
      let main = describe(first, before: before, after: after, strings: strings, rubric: rubric)
      return edits.count > 1 ? strings.format("edit.andMore", main, edits.count - 1) : main
    }
  }

  /// What an entity is called, in quotes; a contribution by its partner, a score by its
  /// rubric element, never an internal id.
  static func entityName(
    _ entity: EntityValue, _ plan: Plan, _ strings: Strings, rubric: Rubric? = nil
  ) -> String {
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
    case .contribution(let value): text = plan.stakeholder(value.partner)?.name ?? ""
    case .review(let value): text = strings.date(value.date)
    case .score(let value): text = ValueText.elementName(value.element, rubric, strings)
    case .node(let value): text = value.title
    case .assumption(let value): text = value.text
    case .kpi(let value): text = value.name
    case .action(let value): text = value.what
    case .pilot(let value): text = value.name
    case .painPoint(let value): text = value.text
    case .changeLink(let value): text = value.rationale
    case .measurement(let value): text = value.date?.description ?? value.note
    case .milestone(let value): text = String(value.year)
    case .criterion(let value): text = value.text
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
