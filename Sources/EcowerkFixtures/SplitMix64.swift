/// A small, fast, seedable pseudo-random generator: SplitMix64 (Steele, Lea and Flood, 2014).
///
/// Generated plans and the benchmark's keystroke mix must be the same on every machine and
/// every Swift release, so the numbers come from this fixed algorithm and `int(in:)` below,
/// never from the standard library's `random(in:)`, whose algorithm is not promised to stay.
public struct SplitMix64: RandomNumberGenerator, Sendable {
  private var state: UInt64

  public init(seed: UInt64) {
    state = seed
  }

  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A number in `range`, by Lemire's multiply-high without rejection: for the small ranges a
  /// fixture draws from, the bias is below one in 2^40 and each draw costs one `next()`.
  public mutating func int(in range: ClosedRange<Int>) -> Int {
    let span = UInt64(range.upperBound - range.lowerBound) &+ 1
    guard span != 0 else { return Int(truncatingIfNeeded: next()) }
    return range.lowerBound + Int(next().multipliedFullWidth(by: span).high)
  }

  /// True with probability `probability` (0...1).
  public mutating func chance(_ probability: Double) -> Bool {
    Double(next() >> 11) * 0x1p-53 < probability
  }

  /// One element of a non-empty list.
  public mutating func pick<T>(_ items: [T]) -> T {
    items[int(in: 0...(items.count - 1))]
  }

  /// `count` different indices of `0..<size`, in increasing order (fewer when `size` is
  /// smaller than `count`).
  public mutating func sample(_ count: Int, of size: Int) -> [Int] {
    guard size > 0, count > 0 else { return [] }
    if count >= size { return Array(0..<size) }
    var chosen: Set<Int> = []
    while chosen.count < count { chosen.insert(int(in: 0...(size - 1))) }
    return chosen.sorted()
  }
}
