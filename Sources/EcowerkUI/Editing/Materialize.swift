import EcowerkModel

/// Cells that stand for entities not in the plan yet: a partner's contribution in a year it has
/// none, a finance year inside the horizon without a row, a rubric element not scored in the
/// latest review. Their value reads as empty, and an edit of them first inserts the entity —
/// in one group, so undo takes both back.
///
/// A KPI's figure (`actual`) is such a cell too: it reads as the latest measurement, and typing
/// a figure records today's measurement — a new one, or today's corrected when one was already
/// taken today — so the series keeps every figure the room ever entered.
enum Materialize {
  /// The field's value, or the value an absent entity stands for.
  static func value(of field: Field, at ref: EntityRef, in plan: Plan) -> FieldValue? {
    if let value = plan.value(of: field, at: ref) { return value }
    switch ref {
    case .nodeKPI, .actionKPI:
      guard field == .actual, let kpi = plan.entity(ref) as? KPI else { return nil }
      return .number(kpi.actual)
    case .contribution(let year, _):
      guard plan.horizon.contains(year) else { return nil }
      return Contribution(partner: "").value(of: field)
    case .financeYear(let year):
      guard plan.horizon.contains(year) else { return nil }
      return FinanceYear(year: year).value(of: field)
    case .score(let review, _):
      guard plan.reviews.contains(where: { $0.id == review }), field == .level else { return nil }
      return .integer(nil)
    default:
      return nil
    }
  }

  /// The edit that changes `field` of `ref` from `old` to `new`, inserting what is missing.
  static func edit(
    _ field: Field, of ref: EntityRef, from old: FieldValue, to new: FieldValue, in plan: Plan,
    today: CalendarDate
  ) -> Edit {
    if ref == .plan, field == .startYear || field == .horizonYears {
      return horizonEdit(field, from: old, to: new, in: plan)
    }
    if field == .actual, let kpi = plan.entity(ref) as? KPI {
      return measurementEdit(kpi, to: new, in: plan, today: today)
    }
    guard plan.entity(ref) == nil else { return .set(ref, field, from: old, to: new) }
    switch ref {
    case .contribution(let year, let partner):
      var steps: [Edit] = []
      var contributions = 0
      if let row = plan.financeYear(year) {
        contributions = row.contributions.count
      } else {
        steps.append(insertYear(year, in: plan))
      }
      steps.append(
        .insert(
          .contribution(Contribution(partner: partner)), into: .contributions(year: year),
          at: contributions))
      steps.append(.set(ref, field, from: old, to: new))
      return .group(steps)
    case .financeYear(let year):
      return .group([insertYear(year, in: plan), .set(ref, field, from: old, to: new)])
    case .score(let review, let element):
      guard case .integer(let level?) = new,
        let count = plan.reviews.first(where: { $0.id == review })?.scores.count
      else { return .group([]) }
      return .insert(
        .score(ElementScore(element: element, level: level)), into: .scores(review), at: count)
    default:
      return .set(ref, field, from: old, to: new)
    }
  }

  /// Today's measurement of `kpi` set to `value`: the one taken today corrected, else a new
  /// one added. Emptying the figure removes today's measurement; an older one is never
  /// changed from here (the measurements list is where history is corrected).
  static func measurementEdit(
    _ kpi: KPI, to value: FieldValue, in plan: Plan, today: CalendarDate
  ) -> Edit {
    guard case .number(let number) = value else { return .group([]) }
    let todays = kpi.measurements.lastIndex { $0.date == today }
    switch (todays, number) {
    case (let index?, let number?):
      let measurement = kpi.measurements[index]
      return .set(
        .measurement(kpi.id, measurement.id), .value, from: .number(measurement.value),
        to: .number(number))
    case (let index?, nil):
      return .remove(
        .measurement(kpi.measurements[index]), from: .measurements(kpi.id), at: index)
    case (nil, let number?):
      let measurement = Measurement(id: plan.newID(Measurement.self), date: today, value: number)
      return .insert(
        .measurement(measurement), into: .measurements(kpi.id), at: kpi.measurements.count)
    case (nil, nil):
      return .group([])
    }
  }

  /// Inserts an empty finance row for `year`, keeping the rows in year order.
  static func insertYear(_ year: Int, in plan: Plan) -> Edit {
    let index = plan.finance.firstIndex { $0.year > year } ?? plan.finance.count
    return .insert(.financeYear(FinanceYear(year: year)), into: .financeYears, at: index)
  }

  /// Changing the start year moves the financial plan's years with it; changing the horizon
  /// adds empty years or removes the years after it. One group, so undo restores every row.
  static func horizonEdit(_ field: Field, from old: FieldValue, to new: FieldValue, in plan: Plan)
    -> Edit
  {
    var steps: [Edit] = [.set(.plan, field, from: old, to: new)]
    guard case .integer(let before?) = old, case .integer(let after?) = new else {
      return .group(steps)
    }
    if field == .startYear {
      let shift = after - before
      // Later years first when moving forward (earlier first when moving back), so a moved
      // year never meets a row that still holds it.
      let rows = Array(plan.finance.enumerated())
      for (index, row) in shift > 0 ? rows.reversed() : rows {
        var moved = row
        moved.year += shift
        steps.append(.remove(.financeYear(row), from: .financeYears, at: index))
        steps.append(.insert(.financeYear(moved), into: .financeYears, at: index))
      }
      return .group(steps)
    }
    var changed = plan
    changed.horizonYears = after
    let horizon = changed.horizon
    // Remove from the end first, so the indices of the rows still to remove stay right.
    for (index, row) in plan.finance.enumerated().reversed() where !horizon.contains(row.year) {
      steps.append(.remove(.financeYear(row), from: .financeYears, at: index))
    }
    var years = plan.finance.map(\.year).filter { horizon.contains($0) }
    for year in horizon where !years.contains(year) {
      let index = years.firstIndex { $0 > year } ?? years.count
      steps.append(.insert(.financeYear(FinanceYear(year: year)), into: .financeYears, at: index))
      years.insert(year, at: index)
    }
    return .group(steps)
  }
}
