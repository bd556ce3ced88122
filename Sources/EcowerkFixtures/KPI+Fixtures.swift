import EcowerkModel

extension KPI {
  /// A KPI with one figure measured on an unknown day, as a version-1 plan's `actual` is read:
  /// judged as of today. For tests and fixtures that care about where a KPI stands, not when.
  public init(
    id: KPIID, name: String = "", unit: String = "", baseline: Double? = nil,
    target: Double? = nil, actual: Double?, deadline: CalendarDate? = nil
  ) {
    self.init(
      id: id, name: name, unit: unit, baseline: baseline, target: target, deadline: deadline,
      measurements: actual.map { [Measurement(id: MeasurementID(id.rawValue + "-m"), value: $0)] }
        ?? [])
  }
}
