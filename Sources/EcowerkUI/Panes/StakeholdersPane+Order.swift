import EcowerkModel
import EcowerkStrings

/// The rows of the matrix: the plan's stakeholders, filtered and sorted as asked. Computed
/// once per plan version, sort and filter, and kept in the view state, so moving the cursor
/// through ten thousand stakeholders does not sort them again at every key.
extension StakeholdersPane {
  /// Display rows as indices into `plan.stakeholders`.
  static func rows(_ state: AppState) -> [Int] {
    let view = state.views.stakeholders
    if let order = view.order, order.version == state.version, order.sort == view.sort,
      order.filter == view.filter
    {
      return order.rows
    }
    return computeRows(state)
  }

  /// Brings the stored order up to date; called after every event. After an edit of one
  /// stakeholder only that row is moved, by binary search, instead of sorting them all again.
  static func refreshOrder(_ state: inout AppState) {
    let view = state.views.stakeholders
    if view.filter.isEmpty, let kept = view.unfiltered, kept.version == state.version,
      kept.sort == view.sort, view.order?.filter != ""
    {
      // The filter was cleared: the rows as they were before it.
      state.views.stakeholders.order = kept
      return
    }
    if var order = view.order, order.sort == view.sort, order.version == state.version,
      order.filter != view.filter,
      TextSearch.fold(view.filter).contains(TextSearch.fold(order.filter))
    {
      // A filter typed on narrows what the last one showed: those rows, in the order they
      // had, minus the ones that no longer match — no sorting again at every key.
      if order.filter.isEmpty { state.views.stakeholders.unfiltered = order }
      let needle = TextSearch.Needle(view.filter)
      let labels = Labels(state.strings)
      var rows: [Int] = []
      var keys: [SortKey] = []
      for (position, index) in order.rows.enumerated()
      where matches(state.plan.stakeholders[index], needle, labels) {
        rows.append(index)
        if !order.keys.isEmpty { keys.append(order.keys[position]) }
      }
      order.rows = rows
      order.keys = keys
      order.filter = view.filter
      state.views.stakeholders.order = order
      return
    }
    guard var order = view.order, order.sort == view.sort, order.filter == view.filter else {
      state.views.stakeholders.order = fullOrder(state)
      return
    }
    if order.version == state.version { return }
    // Replay the edits since the order was made: edits elsewhere leave it as it is, an edit
    // of one stakeholder's field moves that one row; anything else sorts again.
    guard let changes = state.changes(since: order.version) else {
      state.views.stakeholders.order = fullOrder(state)
      return
    }
    var moved: Set<StakeholderID> = []
    for change in changes {
      guard let effect = stakeholderEffect(of: change.edit) else {
        state.views.stakeholders.order = fullOrder(state)
        return
      }
      moved.formUnion(effect)
    }
    for id in moved {
      guard let index = state.plan.stakeholders.firstIndex(where: { $0.id == id }),
        view.sort == nil || order.keys.count == order.rows.count
      else {
        state.views.stakeholders.order = fullOrder(state)
        return
      }
      move(index, in: &order, state)
    }
    order.version = state.version
    state.views.stakeholders.order = order
  }

  /// The stakeholders whose row an edit changes without changing the list itself: empty for
  /// edits of other entities, nil when the list changes (rows added, removed, moved).
  static func stakeholderEffect(of edit: Edit) -> Set<StakeholderID>? {
    switch edit {
    case .set(.stakeholder(let id), _, _, _): return [id]
    case .set: return []
    case .insert(_, let list, _), .remove(_, let list, _), .move(let list, _, _, _):
      return list == .stakeholders ? nil : []
    case .moveNode: return []
    case .group(let edits):
      var ids: Set<StakeholderID> = []
      for step in edits {
        guard let effect = stakeholderEffect(of: step) else { return nil }
        ids.formUnion(effect)
      }
      return ids
    }
  }

  static func fullOrder(_ state: AppState) -> RowOrder {
    let view = state.views.stakeholders
    let rows = computeRows(state)
    var keys: [SortKey] = []
    if let sort = view.sort {
      keys = rows.map {
        sortKey(state.plan.stakeholders[$0], sort.field, state.plan, state.strings)
      }
    }
    return RowOrder(
      rows: rows, version: state.version, sort: view.sort, filter: view.filter, keys: keys)
  }

  /// Takes row `index` out of the order and puts it back where its new values belong (or
  /// leaves it out when it no longer passes the filter).
  static func move(_ index: Int, in order: inout RowOrder, _ state: AppState) {
    let view = state.views.stakeholders
    let stakeholder = state.plan.stakeholders[index]
    if let position = order.rows.firstIndex(of: index) {
      order.rows.remove(at: position)
      if !order.keys.isEmpty { order.keys.remove(at: position) }
    }
    if !view.filter.isEmpty,
      !matches(stakeholder, TextSearch.Needle(view.filter), state.strings)
    {
      return
    }
    guard let sort = view.sort else {
      let position = insertionPoint(count: order.rows.count) { order.rows[$0] < index }
      order.rows.insert(index, at: position)
      return
    }
    let key = sortKey(stakeholder, sort.field, state.plan, state.strings)
    let position = insertionPoint(count: order.rows.count) { row in
      let other = order.keys[row]
      if other != key { return sort.ascending ? other < key : other > key }
      return order.rows[row] < index
    }
    order.rows.insert(index, at: position)
    order.keys.insert(key, at: position)
  }

  /// The first position for which `before` is false, in a list where it is true up to a point.
  static func insertionPoint(count: Int, before: (Int) -> Bool) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if before(middle) { low = middle + 1 } else { high = middle }
    }
    return low
  }

  static func computeRows(_ state: AppState) -> [Int] {
    let plan = state.plan
    let view = state.views.stakeholders
    var rows = Array(plan.stakeholders.indices)
    if !view.filter.isEmpty {
      let needle = TextSearch.Needle(view.filter)
      let labels = Labels(state.strings)
      rows = rows.filter { matches(plan.stakeholders[$0], needle, labels) }
    }
    guard let sort = view.sort else { return rows }
    let keys = rows.map { sortKey(plan.stakeholders[$0], sort.field, plan, state.strings) }
    // Positions are sorted, comparing one integer per key first; the whole keys are looked
    // at only when those tie, so sorting moves integers rather than strings.
    let quick = keys.map(\.quick)
    var positions = Array(keys.indices)
    positions.sort { a, b in
      if quick[a] != quick[b] { return sort.ascending ? quick[a] < quick[b] : quick[a] > quick[b] }
      if keys[a] != keys[b] { return sort.ascending ? keys[a] < keys[b] : keys[a] > keys[b] }
      return rows[a] < rows[b]  // Stable: equal keys keep the plan's order.
    }
    return positions.map { rows[$0] }
  }

  /// What a column sorts by: numbers as numbers, text as folded text.
  static func sortKey(_ stakeholder: Stakeholder, _ field: Field, _ plan: Plan, _ s: Strings)
    -> SortKey
  {
    switch field {
    case .influence: return .number(stakeholder.influence)
    case .interest: return .number(stakeholder.interest)
    case .inMVE: return .number(stakeholder.inMVE ? 1 : 0)
    case .isOrchestrator: return .number(stakeholder.isOrchestrator ? 1 : 0)
    case .kind: return textKey(s.label(stakeholder.kind))
    case .level:
      return .number(GovernanceLevel.allCases.firstIndex(of: stakeholder.level) ?? 0)
    case .chainLinks: return .number(stakeholder.chainLinks.count)
    default:
      if case .text(let text)? = stakeholder.value(of: field) { return textKey(text) }
      return textKey("")
    }
  }

  /// A folded text as a sort key with its first eight bytes packed big-endian.
  static func textKey(_ text: String) -> SortKey {
    var prefix: UInt64 = 0
    var taken = 0
    var folded: [UInt8] = []
    folded.reserveCapacity(text.utf8.count)
    TextSearch.forEachFoldedByte(of: text) { byte in
      folded.append(byte)
      if taken < 8 {
        prefix |= UInt64(byte) << UInt64(56 - 8 * taken)
        taken += 1
      }
    }
    return .text(prefix: prefix, whole: String(decoding: folded, as: UTF8.self))
  }

  /// The plan index of the selected row's stakeholder.
  static func selectedIndex(_ state: AppState) -> Int? {
    let shown = rows(state)
    let row = state.views.stakeholders.rows.row
    return shown.indices.contains(row) ? shown[row] : nil
  }

  /// Moves the selection to the stakeholder at plan index `index`, if it is shown.
  static func reveal(_ index: Int, _ state: inout AppState) {
    if let row = rows(state).firstIndex(of: index) { state.views.stakeholders.rows.row = row }
  }
}
