/// The stakeholder field as a picture: every party placed by influence (up) and interest
/// (right) on the 1–5 scales, the four quadrants named, and the MVE's members and orchestrator
/// marked.
public struct StakeholderGrid: Hashable, Sendable {
  public enum Mark: Hashable, Sendable {
    case orchestrator
    case member
    case other
  }

  public struct Party: Hashable, Sendable {
    public var name: String
    public var influence: Int
    public var interest: Int
    public var mark: Mark

    public init(name: String, influence: Int, interest: Int, mark: Mark) {
      self.name = name
      self.influence = influence
      self.interest = interest
      self.mark = mark
    }
  }

  public var parties: [Party]
  /// From this score up influence and interest count as high: where the quadrants divide.
  public var highFrom: Int
  public var influenceTitle: String
  public var interestTitle: String
  /// The quadrants' names: high influence and high interest, high influence and low interest,
  /// low influence and high interest, low influence and low interest.
  public var quadrants: [String]
  /// The legend's words for the orchestrator, an MVE member and any other party.
  public var markNames: [String]
  /// "+{1} more" for a cell holding more names than fit.
  public var moreTemplate: String
  /// Under a text grid of numbers: what the numbers and their marks mean.
  public var numberedLegend: String
  /// Under a text grid of counts (a field too large to number): what the counts mean.
  public var countedLegend: String

  public init(
    parties: [Party], highFrom: Int, influenceTitle: String, interestTitle: String,
    quadrants: [String], markNames: [String], moreTemplate: String,
    numberedLegend: String = "", countedLegend: String = ""
  ) {
    self.parties = parties
    self.highFrom = highFrom
    self.influenceTitle = influenceTitle
    self.interestTitle = interestTitle
    self.quadrants = quadrants
    self.markNames = markNames
    self.moreTemplate = moreTemplate
    self.numberedLegend = numberedLegend
    self.countedLegend = countedLegend
  }

  /// The scale both axes share.
  public static let scale = 1...5

  /// The parties in the cell of this influence and interest, in the plan's order; scores off
  /// the scale are counted in its nearest cell, so nobody drops out of the picture.
  public func parties(influence: Int, interest: Int) -> [Party] {
    parties.filter {
      Self.clamp($0.influence) == influence && Self.clamp($0.interest) == interest
    }
  }

  static func clamp(_ score: Int) -> Int {
    min(max(score, scale.lowerBound), scale.upperBound)
  }
}
