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

  /// Checked: a sum that does not fit stops at the largest (or smallest) amount instead of
  /// wrapping round to a wrong sign or trapping. A plan that loads never gets there — the
  /// invariant check refuses a financial plan whose amounts add up to more than
  /// `totalLimit` — so this only keeps a defect elsewhere from printing −92 quadrillion.
  public static func + (lhs: Money, rhs: Money) -> Money {
    let (sum, overflow) = lhs.cents.addingReportingOverflow(rhs.cents)
    guard overflow else { return Money(cents: sum) }
    return Money(cents: rhs.cents > 0 ? .max : .min)
  }

  public static func - (lhs: Money, rhs: Money) -> Money {
    let (difference, overflow) = lhs.cents.subtractingReportingOverflow(rhs.cents)
    guard overflow else { return Money(cents: difference) }
    return Money(cents: rhs.cents < 0 ? .max : .min)
  }

  public static func += (lhs: inout Money, rhs: Money) {
    lhs = lhs + rhs
  }

  public static func < (lhs: Money, rhs: Money) -> Bool {
    lhs.cents < rhs.cents
  }

  /// The largest amount a plan may hold: a trillion euros.
  public static let limit = Money(cents: 100_000_000_000_000)

  /// The most all amounts of a financial plan together may add up to, planned and actual:
  /// a quarter of what 64 bits hold, so that every total ecowerk computes from them (a
  /// subset, or a few subsets added) fits. Tens of thousands of amounts at `limit` would pass
  /// every other check and still overflow the totals; the invariant check refuses them here.
  public static let totalLimit = Money(cents: Int64.max / 4)

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
