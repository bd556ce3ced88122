/// The bowling alley as a sequence: the segments in the order they are served, each with the
/// propositions that serve it and the earlier segments that act as its ambassadors.
public struct AlleySequence: Hashable, Sendable {
  public struct Step: Hashable, Sendable {
    public var position: String
    public var segment: String
    /// "Propositions: …" or empty.
    public var propositions: String
    /// "Ambassadors: …" or empty.
    public var ambassadors: String

    public init(position: String, segment: String, propositions: String, ambassadors: String) {
      self.position = position
      self.segment = segment
      self.propositions = propositions
      self.ambassadors = ambassadors
    }
  }

  public var steps: [Step]

  public init(steps: [Step]) {
    self.steps = steps
  }
}
