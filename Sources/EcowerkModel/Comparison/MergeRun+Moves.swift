/// Entities theirs moved: within their list, or (a Theory of Change node) under another
/// parent. Only the entities that moved are moved, so that both sides' reorderings of one
/// list combine when they move different entities.
extension MergeRun {
  mutating func takeMoves() {
    var lastBaseIndex: [ListRef: Int] = [:]
    var reordered: [ListRef] = []
    var seen: Set<ListRef> = []
    var distance = 0
    for position in theirs.entries.indices {
      guard let list = theirs.entries[position].list,
        let old = base.position(
          of: theirs.entries[position].ref, at: position, distance: &distance),
        let oldList = base.entries[old].list
      else { continue }
      let oldIndex = base.entries[old].index
      if list != oldList {
        takeMove(of: theirs.entries[position], at: position, from: oldList)
      } else if oldIndex != theirs.entries[position].index || lastBaseIndex[list] != nil {
        // Only a list where something came, went or moved can be out of order.
        if let last = lastBaseIndex[list], oldIndex < last, seen.insert(list).inserted {
          reordered.append(list)
        }
        lastBaseIndex[list] = oldIndex
      }
    }
    guard !reordered.isEmpty else { return }
    let theirMoves = PlanIndex.moved(in: Set(reordered), of: theirs, since: base)
    let ourMoves = PlanIndex.moved(in: Set(reordered), of: ours, since: base)
    for list in reordered {
      let ourMoved = Set((ourMoves[list] ?? []).map { ours.entries[$0].ref })
      for position in theirMoves[list] ?? [] {
        takeReorder(of: theirs.entries[position], at: position, in: list, ours: ourMoved)
      }
    }
  }

  /// A node theirs put under another parent.
  private mutating func takeMove(of entry: PlanIndex.Entry, at position: Int, from oldList: ListRef)
  {
    guard let list = entry.list, let mine = ours.entry(entry.ref), has(entry.ref),
      let ourList = mine.list
    else { return }
    // Under a parent ours removed: that removal is the conflict, said where it starts.
    if case .nodes(let parent?) = list, !has(.node(parent)) { return }
    let step = MergeStep.move(entry.ref, to: list, after: anchor(before: position))
    if ourList == oldList {
      apply(step, about: entry.ref, name: entry.name)
    } else if ourList != list {
      conflict(entry.ref, .moved(ours: ourList, theirs: list), entry.name, [step])
    }
  }

  /// An entity theirs moved within its list: after the entity before it in theirs.
  private mutating func takeReorder(
    of entry: PlanIndex.Entry, at position: Int, in list: ListRef, ours ourMoves: Set<EntityRef>
  ) {
    guard has(entry.ref), let mine = ours.entry(entry.ref), mine.list == list else { return }
    var previous = entry.previous
    while let at = previous, !has(theirs.entries[at].ref) { previous = theirs.entries[at].previous }
    let after = previous.map { theirs.entries[$0].ref }
    let step = MergeStep.move(entry.ref, to: list, after: after)
    if ourMoves.contains(entry.ref) {
      let ourAfter = mine.previous.map { ours.entries[$0].ref }
      if ourAfter != after {
        conflict(entry.ref, .moved(ours: list, theirs: list), entry.name, [step])
      }
      return
    }
    if step.edit(on: plan) != nil { apply(step, about: entry.ref, name: entry.name) }
  }
}
