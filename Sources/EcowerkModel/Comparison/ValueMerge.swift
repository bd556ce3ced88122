/// Three versions of one field's value combined where both sides' changes can be kept: the
/// entries of a list of references or texts added and removed on either side, the partners of
/// the joint organisation's cells. Anything else changed on both sides is a conflict.
enum ValueMerge {
  /// The combined value, or nil when the changes cannot both be kept.
  static func merged(base: FieldValue, ours: FieldValue, theirs: FieldValue) -> FieldValue? {
    switch (base, ours, theirs) {
    case (.references(let b), .references(let o), .references(let t)):
      return entries(base: b, ours: o, theirs: t, exclusive: false).map { .references($0) }
    case (.texts(let b), .texts(let o), .texts(let t)):
      return entries(base: b, ours: o, theirs: t, exclusive: true).map { .texts($0) }
    case (.arrangements(let b), .arrangements(let o), .arrangements(let t)):
      var result: [StakeholderID: Arrangement] = [:]
      for partner in Set(b.keys).union(o.keys).union(t.keys) {
        let (before, mine, their) = (b[partner], o[partner], t[partner])
        if mine == before {
          result[partner] = their
        } else if their == before || their == mine {
          result[partner] = mine
        } else {
          return nil
        }
      }
      return .arrangements(result)
    default:
      return nil
    }
  }

  /// Ours with the entries theirs removed taken out and the entries theirs added put in after
  /// the entry they follow in theirs (after any entries ours added there, so ours come first).
  /// With `exclusive`, an entry both removed while both also added is taken as both rewriting
  /// it, which is a conflict. Lists with repeated entries are not combined.
  static func entries(base: [String], ours: [String], theirs: [String], exclusive: Bool)
    -> [String]?
  {
    let b = Set(base)
    let o = Set(ours)
    let t = Set(theirs)
    guard b.count == base.count, o.count == ours.count, t.count == theirs.count else { return nil }
    let removedByTheirs = b.subtracting(t)
    if exclusive {
      let removedByOurs = b.subtracting(o)
      let bothAdded = !o.subtracting(b).isEmpty && !t.subtracting(b).isEmpty
      if bothAdded && !removedByOurs.isDisjoint(with: removedByTheirs) { return nil }
    }
    var result = ours.filter { !removedByTheirs.contains($0) }
    for (position, entry) in theirs.enumerated() where !b.contains(entry) && !o.contains(entry) {
      var index = 0
      if let anchor = theirs[..<position].last(where: { result.contains($0) }),
        var at = result.firstIndex(of: anchor)
      {
        at += 1
        while at < result.count && !b.contains(result[at]) && !t.contains(result[at]) { at += 1 }
        index = at
      }
      result.insert(entry, at: index)
    }
    return result
  }
}
