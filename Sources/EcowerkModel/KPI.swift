/// A performance indicator: where it started, where it must get to and by when, the yearly
/// milestones on the way, and every figure measured so far.
///
/// The figures are a dated series rather than one "actual" that each workshop overwrites: the
/// board asks how a KPI got where it is, and a plan that lasts six years must show its trend.
public struct KPI: Identifiable, Hashable, Sendable {
  public var id: KPIID
  public var name: String
  public var unit: String
  public var baseline: Double?
  public var target: Double?
  public var deadline: CalendarDate?
  /// Why the KPI misses its pace, once the partnership has looked: its own execution, or an
  /// environment that changed (then `causeAssumption` names the assumption that broke).
  public var cause: MissCause?
  /// The assumption whose breaking explains the miss, an element's or a link's.
  public var causeAssumption: AssumptionID?
  /// The value due at the end of each year between baseline and target.
  public var milestones: [Milestone]
  /// Every figure measured, in the order they were entered; `series` is the date order.
  public var measurements: [Measurement]

  public init(
    id: KPIID, name: String = "", unit: String = "", baseline: Double? = nil,
    target: Double? = nil, deadline: CalendarDate? = nil, cause: MissCause? = nil,
    causeAssumption: AssumptionID? = nil, milestones: [Milestone] = [],
    measurements: [Measurement] = []
  ) {
    self.id = id
    self.name = name
    self.unit = unit
    self.baseline = baseline
    self.target = target
    self.deadline = deadline
    self.cause = cause
    self.causeAssumption = causeAssumption
    self.milestones = milestones
    self.measurements = measurements
  }
}

/// One figure of a KPI, measured on a day by someone.
public struct Measurement: Identifiable, Hashable, Sendable {
  public var id: MeasurementID
  /// The day it was measured; nil only for a figure taken over from a plan file of version 1,
  /// which kept one undated "actual" (see `PlanMigration`): such a figure is as old as the
  /// oldest and is judged as of today, as version 1 judged it.
  public var date: CalendarDate?
  public var value: Double?
  public var note: String
  /// Who measured or reported it: a person or a partner, in the room's words.
  public var measuredBy: String

  public init(
    id: MeasurementID, date: CalendarDate? = nil, value: Double? = nil, note: String = "",
    measuredBy: String = ""
  ) {
    self.id = id
    self.date = date
    self.value = value
    self.note = note
    self.measuredBy = measuredBy
  }
}

/// The value a KPI should have reached at the end of a year on its way to the target.
public struct Milestone: Hashable, Sendable {
  public var year: Int
  public var value: Double?

  public init(year: Int, value: Double? = nil) {
    self.year = year
    self.value = value
  }

  /// The day the milestone is due: the last day of its year, when annual reports are made.
  public var due: CalendarDate {
    CalendarDate(year: year, month: 12, day: 31) ?? .epoch
  }
}

/// Why a KPI misses its goal: "poor execution or a changed environment?", as the method asks.
public enum MissCause: String, CaseIterable, Sendable {
  /// The activities were not done (well): the partnership's own work.
  case execution
  /// The world changed and an assumption stopped holding: time for plan B.
  case environment
}

public typealias MeasurementID = EntityID<Measurement>

extension KPI: SchemaEntity {
  public static let schema = EntitySchema<KPI>(
    "kpi", blank: KPI(id: ""),
    [
      .id({ $0.id }, { $0.id = $1 }),
      .text(.name, { $0.name }, { $0.name = $1 }),
      .text(.unit, { $0.unit }, { $0.unit = $1 }),
      .number(.baseline, { $0.baseline }, { $0.baseline = $1 }),
      .number(.target, { $0.target }, { $0.target = $1 }),
      .date(.deadline, { $0.deadline }, { $0.deadline = $1 }),
      .choice(.cause, { $0.cause }, { $0.cause = $1 }),
      .reference(
        .causeAssumption, { $0.causeAssumption }, { $0.causeAssumption = $1 }, to: .assumption),
      .list("milestones", { $0.milestones }, { $0.milestones = $1 }),
      .list("measurements", { $0.measurements }, { $0.measurements = $1 }),
    ])
}

extension Measurement: SchemaEntity {
  public static let schema = EntitySchema<Measurement>(
    "measurement", blank: Measurement(id: ""),
    [
      .id({ $0.id }, { $0.id = $1 }),
      .date(.date, { $0.date }, { $0.date = $1 }),
      .number(.value, { $0.value }, { $0.value = $1 }),
      .text(.note, { $0.note }, { $0.note = $1 }),
      .text(.measuredBy, { $0.measuredBy }, { $0.measuredBy = $1 }),
    ])
}

extension Milestone: SchemaEntity {
  public static let schema = EntitySchema<Milestone>(
    "milestone", blank: Milestone(year: 0),
    [
      .integer(.year, { $0.year }, { $0.year = $1 }, .year, default: nil, identifies: true),
      .number(.value, { $0.value }, { $0.value = $1 }),
    ])
}
