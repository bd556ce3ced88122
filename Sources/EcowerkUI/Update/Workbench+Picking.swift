import EcowerkModel
import EcowerkStrings

/// Pick lists: choosing a value, a reference or several from a list.
extension Workbench {
  // MARK: Pick lists

  static func pickList(
    for target: Target, field: Field, kind: FieldKind, current: FieldValue, _ state: AppState
  ) -> PickList {
    let plan = state.plan
    let strings = state.strings
    var options: [PickList.Option] = []
    var multiple = false
    var checked: Set<String> = []
    var selectedValue: String?
    switch (kind, current) {
    case (.choice(let values, let optional), .choice(let raw)):
      if optional { options.append(.init(value: nil, label: strings["pick.none"])) }
      options += values.map {
        .init(value: $0, label: ValueText.choiceLabel($0, field, on: target.ref, strings: strings))
      }
      selectedValue = raw
    case (.reference(let referenceKind, let optional), .reference(let raw)):
      if optional { options.append(.init(value: nil, label: strings["pick.none"])) }
      options += candidates(referenceKind, excluding: target, plan: plan)
      selectedValue = raw
    case (.references(let referenceKind), .references(let raws)):
      options = candidates(referenceKind, excluding: target, plan: plan)
      multiple = true
      checked = Set(raws)
      selectedValue = raws.first
    default:
      break
    }
    let selected = options.firstIndex { $0.value == selectedValue } ?? 0
    var list = PickList(
      target: target, title: strings.label(field), options: options, selected: selected,
      isMultiple: multiple, checked: checked)
    list.offset = max(0, selected - 3)
    return list
  }

  static func candidates(_ kind: ReferenceKind, excluding target: Target, plan: Plan) -> [PickList
    .Option]
  {
    switch kind {
    case .stakeholder:
      return plan.stakeholders.map { .init(value: $0.id.rawValue, label: $0.name) }
    case .segment:
      let own: SegmentID? = {
        if case .segment(let id) = target.ref { return id } else { return nil }
      }()
      return plan.segments.filter { $0.id != own }.map {
        .init(value: $0.id.rawValue, label: $0.name)
      }
    case .proposition:
      return plan.propositions.map { .init(value: $0.id.rawValue, label: $0.name) }
    case .chainLink:
      return plan.chainLinks.map { .init(value: $0.id.rawValue, label: $0.name) }
    case .node:
      return plan.allNodes().map { entry in
        .init(
          value: entry.node.id.rawValue,
          label: String(repeating: "  ", count: entry.depth) + entry.node.title)
      }
    }
  }

  static func handlePicking(_ key: Key, _ list: PickList, _ state: inout AppState) -> [Effect] {
    var list = list
    let rows = PickListOverlay.visibleRows(paneRect(state))
    let count = list.options.count
    switch key {
    case .escape, .char("q"):
      state.mode = .normal
      state.status = StatusMessage(state.strings["edit.cancelled"])
      return []
    case .char("j"), .down: list.selected = min(count - 1, list.selected + 1)
    case .char("k"), .up: list.selected = max(0, list.selected - 1)
    case .char("g"), .home: list.selected = 0
    case .char("G"), .end: list.selected = max(0, count - 1)
    case .pageDown: list.selected = min(count - 1, list.selected + rows)
    case .pageUp: list.selected = max(0, list.selected - rows)
    case .char(" ") where list.isMultiple:
      if let value = list.options[safe: list.selected]?.value {
        if list.checked.contains(value) {
          list.checked.remove(value)
        } else {
          list.checked.insert(value)
        }
      }
    case .enter, .char(" "):
      state.mode = .normal
      return choose(list, &state)
    case .char(let letter):
      // Jump to the next option starting with the letter.
      let lowered = String(letter).lowercased()
      for step in 1...max(1, count) {
        let index = (list.selected + step) % max(1, count)
        if list.options[index].label.lowercased().trimmed.hasPrefix(lowered) {
          list.selected = index
          break
        }
      }
    default: break
    }
    if list.selected < list.offset { list.offset = list.selected }
    if list.selected >= list.offset + rows { list.offset = list.selected - rows + 1 }
    state.mode = .picking(list)
    return []
  }

  static func choose(_ list: PickList, _ state: inout AppState) -> [Effect] {
    if list.purpose != .setField {
      let value = list.options[safe: list.selected]?.value ?? nil
      let behavior = PaneRenderer.behavior(state.pane)
      guard let action = behavior.action(choosing: value, in: list, state, in: paneRect(state))
      else { return [] }
      return apply(action, &state)
    }
    guard let field = list.target.field,
      let current = Materialize.value(of: field, at: list.target.ref, in: state.plan)
    else { return [] }
    let value: FieldValue
    switch current {
    case .choice: value = .choice(list.options[safe: list.selected]?.value)
    case .reference: value = .reference(list.options[safe: list.selected]?.value)
    case .references:
      // Keep the plan's order for what was there, and add new ones in list order.
      let kept = list.options.compactMap(\.value).filter { list.checked.contains($0) }
      value = .references(kept)
    case .integer:
      // A level picked from its descriptions (a peer review score).
      value = .integer(list.options[safe: list.selected]?.value.flatMap { Int($0) })
    default: return []
    }
    guard value != current else { return [] }
    return commit(
      Materialize.edit(field, of: list.target.ref, from: current, to: value, in: state.plan), &state
    )
  }
}
