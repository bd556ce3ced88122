/// Which elements of a list moved, when the same elements stand in another order.
enum ListOrder {
  /// The positions (in `sequence`) of the elements that moved, given each element's old
  /// position in the order of the new list. The elements that did not move are a longest
  /// increasing run of old positions; the others moved. When runs tie (two elements swapped),
  /// the one patience sorting ends with is kept, so the answer is the same every time.
  static func moved(_ sequence: [Int]) -> [Int] {
    guard sequence.count > 1 else { return [] }
    // Patience sorting: tails[k] is the position ending the best run of length k + 1.
    var tails: [Int] = []
    var previous = [Int](repeating: -1, count: sequence.count)
    for (position, value) in sequence.enumerated() {
      var low = 0
      var high = tails.count
      while low < high {
        let middle = (low + high) / 2
        if sequence[tails[middle]] < value { low = middle + 1 } else { high = middle }
      }
      if low > 0 { previous[position] = tails[low - 1] }
      if low == tails.count { tails.append(position) } else { tails[low] = position }
    }
    var kept = Set<Int>()
    var position = tails.last ?? -1
    while position >= 0 {
      kept.insert(position)
      position = previous[position]
    }
    return sequence.indices.filter { !kept.contains($0) }
  }

  /// Whether the values only ever grow: nothing moved.
  static func isIncreasing(_ sequence: [Int]) -> Bool {
    zip(sequence, sequence.dropFirst()).allSatisfy { $0 < $1 }
  }
}
