/// An amount of money in whole euro cents.
///
/// Financial plans are summed, compared and checked for balance; binary floating point would
/// make a balanced year come out a cent off, so money is an integer number of cents.
public struct Money: Hashable, Comparable, Sendable {
  public var cents: Int64

  public init(cents: Int64) {
    self.cents = cents
  }

  public init(euros: Int64) {
    self.cents = euros * 100
  }

  public static let zero = Money(cents: 0)

  public static func + (lhs: Money, rhs: Money) -> Money {
    Money(cents: lhs.cents &+ rhs.cents)
  }

  public static func - (lhs: Money, rhs: Money) -> Money {
    Money(cents: lhs.cents &- rhs.cents)
  }

  public static func += (lhs: inout Money, rhs: Money) {
    lhs.cents = lhs.cents &+ rhs.cents
  }

  public static func < (lhs: Money, rhs: Money) -> Bool {
    lhs.cents < rhs.cents
  }

  /// The largest amount a plan may hold: a trillion euros. Sums of a few thousand such amounts
  /// still fit in 64 bits, so totals never overflow.
  public static let limit = Money(cents: 100_000_000_000_000)

  /// This amount as a fraction of `total`, or nil when the total is zero.
  public func share(of total: Money) -> Double? {
    total.cents == 0 ? nil : Double(cents) / Double(total.cents)
  }
}

extension Sequence where Element == Money {
  /// The sum of the amounts.
  public func sum() -> Money {
    reduce(.zero, +)
  }
}
