/// Each year's money by where it comes from, stacked, against the year's costs, with the share
/// of NGF money written above each year.
public struct MoneyChart: Hashable, Sendable {
  public struct Year: Hashable, Sendable {
    public var label: String
    /// Amounts in euros, one per source in the legend's order.
    public var sources: [Double]
    public var costs: Double
    /// The NGF share as printed ("55%").
    public var ngfShare: String

    public init(label: String, sources: [Double], costs: Double, ngfShare: String) {
      self.label = label
      self.sources = sources
      self.costs = costs
      self.ngfShare = ngfShare
    }
  }

  public var years: [Year]
  /// The sources' names, bottom of the stack first.
  public var legend: [String]
  public var costsLabel: String
  public var ngfShareLabel: String
  public var scale: ChartScale

  public init(
    years: [Year], legend: [String], costsLabel: String, ngfShareLabel: String,
    scale: ChartScale
  ) {
    self.years = years
    self.legend = legend
    self.costsLabel = costsLabel
    self.ngfShareLabel = ngfShareLabel
    self.scale = scale
  }
}
