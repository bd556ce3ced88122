/// How the partnership grew: "think big, act small, learn fast" adds partners and target
/// groups over time and replaces some. Read from the dates partners joined and left and the
/// dates segments and propositions were added; a partner who left is kept in the plan, so its
/// place in the history stays true.
extension Plan {
  /// One dated step in the partnership's history.
  public struct GrowthEvent: Hashable, Sendable {
    public enum Kind: String, CaseIterable, Sendable {
      case partnerJoined, partnerLeft, segmentAdded, propositionAdded
    }

    public var date: CalendarDate
    public var kind: Kind
    /// The partner, segment or proposition.
    public var entity: EntityRef
    public var name: String
    /// Why a partner left; empty otherwise.
    public var reason: String
  }

  /// The size of the minimum viable ecosystem and the bowling alley at the end of a year.
  public struct GrowthYear: Hashable, Sendable {
    public var year: Int
    /// Partners of the MVE that had joined by the year's end and not left.
    public var partners: Int
    /// Segments of the bowling alley added by the year's end.
    public var segments: Int
    public var propositions: Int
  }

  /// Every dated step, oldest first; steps of one day in the plan's order (partners,
  /// segments, propositions). Undated entities have no place in it.
  public var growthEvents: [GrowthEvent] {
    var events: [GrowthEvent] = []
    for partner in stakeholders where partner.inMVE {
      if let joined = partner.joined {
        events.append(
          GrowthEvent(
            date: joined, kind: .partnerJoined, entity: .stakeholder(partner.id),
            name: partner.name, reason: ""))
      }
      if let left = partner.left {
        events.append(
          GrowthEvent(
            date: left, kind: .partnerLeft, entity: .stakeholder(partner.id), name: partner.name,
            reason: partner.leftReason))
      }
    }
    for segment in segments {
      guard let added = segment.added else { continue }
      events.append(
        GrowthEvent(
          date: added, kind: .segmentAdded, entity: .segment(segment.id), name: segment.name,
          reason: ""))
    }
    for proposition in propositions {
      guard let added = proposition.added else { continue }
      events.append(
        GrowthEvent(
          date: added, kind: .propositionAdded, entity: .proposition(proposition.id),
          name: proposition.name, reason: ""))
    }
    // A stable sort: the plan's order within a day.
    return events.enumerated().sorted {
      $0.element.date < $1.element.date
        || ($0.element.date == $1.element.date && $0.offset < $1.offset)
    }.map(\.element)
  }

  /// The MVE and the bowling alley at the end of each year of the horizon up to `today`'s,
  /// counting the undated members as there from the start (they were in the plan before it
  /// kept dates). Empty when nothing in the plan is dated.
  public func growth(through today: CalendarDate) -> [GrowthYear] {
    guard !growthEvents.isEmpty else { return [] }
    let last = min(horizon.upperBound, today.year)
    guard last >= startYear else { return [] }
    return (startYear...last).compactMap { year in
      guard let end = CalendarDate(year: year, month: 12, day: 31) else { return nil }
      let partners = stakeholders.filter { partner in
        partner.inMVE && (partner.joined.map { $0 <= end } ?? true)
          && !(partner.left.map { $0 <= end } ?? false)
      }.count
      let alley = segments.filter { segment in
        segment.alleyPosition != nil && (segment.added.map { $0 <= end } ?? true)
      }.count
      let offered = propositions.filter { $0.added.map { $0 <= end } ?? true }.count
      return GrowthYear(year: year, partners: partners, segments: alley, propositions: offered)
    }
  }
}
