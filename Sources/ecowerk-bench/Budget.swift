/// A limit a figure must stay within.
struct Budget: Equatable {
  enum Comparison: String {
    case atMost = "<="
    case below = "<"

    var symbol: String {
      switch self {
      case .atMost: return "≤"
      case .below: return "<"
      }
    }
  }

  var comparison: Comparison
  var limit: Double

  init(_ comparison: Comparison, _ limit: Double) {
    self.comparison = comparison
    self.limit = limit
  }

  static func atMost(_ limit: Double) -> Budget { Budget(.atMost, limit) }
  static func below(_ limit: Double) -> Budget { Budget(.below, limit) }

  func admits(_ value: Double) -> Bool {
    switch comparison {
    case .atMost: return value <= limit
    case .below: return value < limit
    }
  }
}
