import EcowerkModel
import EcowerkStrings

/// Pick lists: choosing a value, a reference or several from a list narrowed by typing; a new
/// chain link made from the typed name; the pane list of `Ctrl-G`.
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
    var creates: ReferenceKind?
    switch (kind, current) {
    case (.flag, .flag(let flag)):
      // Found by either language's word (and 1/0), so "j" and "y" both answer yes.
      options = [
        .init(value: "true", label: strings.label(true), keywords: "yes ja y j 1 true"),
        .init(value: "false", label: strings.label(false), keywords: "no nee n 0 false"),
      ]
      selectedValue = String(flag)
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
      if referenceKind == .chainLink { creates = .chainLink }
    case (.references(let referenceKind), .references(let raws)):
      options = candidates(referenceKind, excluding: target, plan: plan)
      multiple = true
      checked = Set(raws)
      selectedValue = raws.first
      if referenceKind == .chainLink { creates = .chainLink }
    default:
      break
    }
    let selected = options.firstIndex { $0.value == selectedValue } ?? 0
    var list = PickList(
      target: target, title: strings.label(field), options: options, selected: selected,
      isMultiple: multiple, checked: checked)
    if let creates { list.offerNew(creates) }
    list.scroll(rows: PickListOverlay.visibleRows(paneRect(state)))
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
    case .pain, .gain, .barrier:
      // A proposition answers the needs of the segments it serves ("op basis van de
      // behoefteanalyse uit stap 1"), each shown with its segment.
      var segments = plan.segments
      if case .proposition(let id) = target.ref,
        let served = plan.propositions.first(where: { $0.id == id })?.segments
      {
        segments = segments.filter { served.contains($0.id) }
      }
      return segments.flatMap { segment -> [PickList.Option] in
        let needs: [(String, String)]
        switch kind {
        case .pain: needs = segment.pains.map { ($0.id.rawValue, $0.text) }
        case .gain: needs = segment.gains.map { ($0.id.rawValue, $0.text) }
        default: needs = segment.barriers.map { ($0.id.rawValue, $0.text) }
        }
        return needs.map { .init(value: $0.0, label: "\(segment.name): \($0.1)") }
      }
    case .systemFailure:
      return plan.systemFailures.map { .init(value: $0.id.rawValue, label: $0.description) }
    case .transformationFailure:
      return plan.transformationFailures.map {
        .init(value: $0.id.rawValue, label: $0.description)
      }
    case .assumption:
      return assumptionCandidates(plan)
    }
  }

  /// Every assumption of the Theory of Change, each after the element or link it belongs to;
  /// the broken ones first, since a missed KPI is explained by one that broke.
  static func assumptionCandidates(_ plan: Plan) -> [PickList.Option] {
    var broken: [PickList.Option] = []
    var others: [PickList.Option] = []
    func add(_ assumption: Assumption, of owner: String) {
      let option = PickList.Option(
        value: assumption.id.rawValue,
        label: "\(owner.isEmpty ? "–" : owner): \(assumption.text.isEmpty ? "–" : assumption.text)")
      if assumption.status == .broken { broken.append(option) } else { others.append(option) }
    }
    for entry in plan.allNodes() {
      for assumption in entry.node.assumptions { add(assumption, of: entry.node.title) }
    }
    for link in plan.changeLinks {
      let owner =
        (plan.node(link.from)?.title ?? "–") + " → " + (plan.node(link.to)?.title ?? "–")
      for assumption in link.assumptions { add(assumption, of: owner) }
    }
    return broken + others
  }

  static func handlePicking(_ key: Key, _ list: PickList, _ state: inout AppState) -> [Effect] {
    var list = list
    let keymap = state.settings.keymap
    let rows = PickListOverlay.visibleRows(paneRect(state))
    let command = keymap.command(for: key, in: [.pickList, .text])
    switch command {
    case .cancel:
      state.mode = .normal
      state.status = StatusMessage(state.strings["edit.cancelled"])
      return []
    case .moveDown: list.move(1)
    case .moveUp: list.move(-1)
    case .top: list.move(-list.shown.count)
    case .bottom: list.move(list.shown.count)
    case .pageDown: list.move(rows)
    case .pageUp: list.move(-rows)
    case .toggleCheck where list.isMultiple && list.filter.text.isEmpty:
      if let value = list.highlighted?.value {
        if list.checked.contains(value) {
          list.checked.remove(value)
        } else {
          list.checked.insert(value)
        }
        list.toggled = true
      }
    case .commit, .commitAndDown, .commitAndNext, .commitAndPrevious:
      return pick(list, command: command ?? .commit, &state)
    default:
      if list.purpose == .goToPane, case .char(let digit) = key,
        let number = digit.wholeNumberValue,
        let pane = PaneID(rawValue: number)
      {
        // A pane's number goes there at once: Ctrl-G 3.
        state.mode = .normal
        state.pane = pane
        return []
      }
      var filter = list.filter
      type(key, into: &filter, keymap)
      if filter != list.filter { list.setFilter(filter) }
    }
    list.scroll(rows: rows)
    state.mode = .picking(list)
    return []
  }

  /// Enter, Tab or Shift-Tab in a pick list: takes the highlighted option (or the checked
  /// ones), then stays, moves down, or goes on to the next field's editor.
  static func pick(_ list: PickList, command: Command, _ state: inout AppState) -> [Effect] {
    var list = list
    if list.isOnNew {
      let name = list.filter.text.trimmed
      guard !name.isEmpty else {
        state.status = StatusMessage(state.strings["pick.typeNewName"], .warning)
        state.mode = .picking(list)
        return []
      }
      state.mode = .normal
      return createChainLink(named: name, for: list, &state)
    }
    guard list.highlighted != nil || (list.isMultiple && list.toggled) else {
      state.status = StatusMessage(
        state.strings.format("pick.noMatch", list.filter.text), .warning)
      state.mode = .picking(list)
      return []
    }
    if list.isMultiple, !list.toggled, let value = list.highlighted?.value {
      // Nothing checked by hand: Enter takes the highlighted option, as a single list does.
      list.checked.insert(value)
    }
    state.mode = .normal
    if list.purpose == .goToPane {
      if let number = list.highlighted?.value.flatMap({ Int($0) }),
        let pane = PaneID(rawValue: number)
      {
        state.pane = pane
      }
      return []
    }
    var effects = choose(list, &state)
    guard list.purpose == .setField, command != .commit, state.mode == .normal else {
      return effects
    }
    let move: Command
    switch command {
    case .commitAndNext: move = PaneRenderer.behavior(state.pane).tabCommands.next
    case .commitAndPrevious: move = PaneRenderer.behavior(state.pane).tabCommands.previous
    default: move = .moveDown
    }
    normalize(&state)
    let before = state.editTarget
    _ = PaneRenderer.behavior(state.pane).handle(move, &state, in: paneRect(state))
    normalize(&state)
    if command != .commitAndDown, state.editTarget != before {
      effects += openEditor(&state)
      if case .editing(let next) = state.mode { state.mode = .editing(selectingValue(next, state)) }
    }
    return effects
  }

  static func choose(_ list: PickList, _ state: inout AppState) -> [Effect] {
    if list.purpose != .setField {
      let value = list.highlighted?.value
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
    case .flag: value = .flag(list.highlighted?.value == "true")
    case .choice: value = .choice(list.highlighted?.value)
    case .reference: value = .reference(list.highlighted?.value)
    case .references(let old):
      value = .references(Self.keepingOrder(old, list))
    case .integer:
      // A level picked from its descriptions (a peer review score).
      value = .integer(list.highlighted?.value.flatMap { Int($0) })
    default: return []
    }
    guard value != current else {
      state.status = StatusMessage(state.strings["edit.unchanged"])
      return []
    }
    return commit(
      Materialize.edit(
        field, of: list.target.ref, from: current, to: value, in: state.plan,
        today: state.settings.today), &state)
  }

  /// The checked options of a list that takes several: as they were when the same ones are
  /// checked (Tab through a field changes nothing), else in the list's order — the plan's own
  /// order of segments and of the chain's links — whatever order they were checked in.
  static func keepingOrder(_ old: [String], _ list: PickList) -> [String] {
    if Set(old) == list.checked { return old }
    return list.options.compactMap(\.value).filter { list.checked.contains($0) }
  }

  /// "New chain link…" with a typed name: the link is added to the plan's chain and to the
  /// field the list was opened for (with what else is checked), as one undo step.
  static func createChainLink(named name: String, for list: PickList, _ state: inout AppState)
    -> [Effect]
  {
    guard let field = list.target.field,
      let current = Materialize.value(of: field, at: list.target.ref, in: state.plan)
    else { return [] }
    let plan = state.plan
    let link = ChainLink(id: plan.newID(ChainLink.self), name: name)
    let value: FieldValue
    switch current {
    case .references(let old):
      value = .references(Self.keepingOrder(old, list) + [link.id.rawValue])
    case .reference:
      value = .reference(link.id.rawValue)
    default:
      return []
    }
    let insert = Edit.insert(.chainLink(link), into: .chainLinks, at: plan.chainLinks.count)
    return commit(.group([insert, .set(list.target.ref, field, from: current, to: value)]), &state)
  }
}
