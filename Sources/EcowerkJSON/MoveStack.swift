/// A growable stack whose top entries can be moved out as an `Array` in one step.
///
/// The parser collects the entries of every open array and object on such a stack. Handing a
/// finished container's entries to a new `Array` by moving them, instead of copying them out of
/// a Swift `Array` and then removing them, saves a retain and a release per entry, which was a
/// large share of parse time. Being non-copyable, it can own its memory and free it in `deinit`.
struct MoveStack<Element>: ~Copyable {
  private var storage: UnsafeMutablePointer<Element>
  private var capacity: Int
  /// The number of entries on the stack.
  private(set) var count = 0

  init(initialCapacity: Int = 64) {
    capacity = max(initialCapacity, 1)
    storage = .allocate(capacity: capacity)
  }

  deinit {
    storage.deinitialize(count: count)
    storage.deallocate()
  }

  /// The entry at `index`, which must be below `count`; accessed in place, without copying.
  subscript(index: Int) -> Element {
    unsafeAddress {
      precondition(index >= 0 && index < count, "MoveStack index out of range")
      return UnsafePointer(storage + index)
    }
    unsafeMutableAddress {
      precondition(index >= 0 && index < count, "MoveStack index out of range")
      return storage + index
    }
  }

  mutating func push(_ element: consuming Element) {
    if count == capacity { grow() }
    (storage + count).initialize(to: element)
    count += 1
  }

  /// Moves the entries from `base` to the top into a new array and removes them from the stack.
  /// (Appending to a reserved array measured faster than `init(unsafeUninitializedCapacity:)`,
  /// which looks up the array's type at run time on every call.)
  mutating func popAll(from base: Int) -> [Element] {
    precondition(base >= 0 && base <= count, "MoveStack base out of range")
    var result: [Element] = []
    result.reserveCapacity(count - base)
    for index in base..<count {
      result.append((storage + index).move())
    }
    count = base
    return result
  }

  /// Drops the entries from `base` to the top.
  mutating func removeAll(from base: Int) {
    precondition(base >= 0 && base <= count, "MoveStack base out of range")
    (storage + base).deinitialize(count: count - base)
    count = base
  }

  private mutating func grow() {
    let newCapacity = capacity * 2
    let newStorage = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
    newStorage.moveInitialize(from: storage, count: count)
    storage.deallocate()
    storage = newStorage
    capacity = newCapacity
  }
}
