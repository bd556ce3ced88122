import EcowerkJSON

/// Version 1 → 2: a KPI's one `actual` figure, overwritten at every workshop, becomes the first
/// measurement of its series.
///
/// The figure gets **no date**. Version 1 never recorded when the actual was measured, and
/// every date to hand would be a guess presented as a fact: the file's modification time is
/// reset by every copy and `git checkout`, the day of the migration is later than the
/// measurement, the deadline is usually still ahead. An undated measurement is judged as
/// version 1 judged the actual — as where the KPI stands today — so no KPI changes its standing
/// on the dashboard by being migrated; the workbench shows it as "date unknown" and a hint
/// (`action.measurement-undated`) asks the room to fill the date in. Nothing is lost: the
/// value is the very node the file held (its place in the file too, for error messages).
extension PlanMigration {
  static let kpiActualToMeasurement = Step(
    from: 1,
    summary: "a KPI's actual figure becomes the first, undated measurement of its series",
    rewrite: { plan in
      var ids = IDPool(plan)
      plan.update("theoryOfChange") { nodes in migrateNodes(&nodes, &ids) }
      plan.update("actions") { actions in
        actions.eachObject { action in
          action.update("kpis") { kpis in migrateKPIs(&kpis, &ids) }
        }
      }
    })

  private static func migrateNodes(_ nodes: inout JSONNode, _ ids: inout IDPool) {
    nodes.eachObject { node in
      node.update("kpis") { kpis in migrateKPIs(&kpis, &ids) }
      node.update("children") { children in migrateNodes(&children, &ids) }
    }
  }

  private static func migrateKPIs(_ kpis: inout JSONNode, _ ids: inout IDPool) {
    kpis.eachObject { kpi in
      guard let actual = kpi.remove("actual"), actual.value != .null else { return }
      let measurement = JSONObject(members: [
        .init(key: "id", value: JSONNode(.string(ids.next()), offset: actual.offset)),
        .init(key: "value", value: actual),
      ])
      let entry = JSONNode(.object(measurement), offset: actual.offset)
      if case .array(var existing)? = kpi["measurements"]?.value {
        existing.append(entry)
        kpi.set("measurements", JSONNode(.array(existing), offset: actual.offset))
      } else {
        kpi.set("measurements", JSONNode(.array([entry]), offset: actual.offset))
      }
    }
  }

  /// Measurement ids (`ms-1`, `ms-2`, …) that no id of the file uses yet.
  struct IDPool {
    private var used: Set<String> = []
    private var number = 0

    init(_ plan: JSONObject) {
      Self.collect(.object(plan), into: &used)
    }

    mutating func next() -> String {
      repeat { number += 1 } while used.contains("ms-\(number)")
      return "ms-\(number)"
    }

    private static func collect(_ value: JSONValue, into used: inout Set<String>) {
      switch value {
      case .object(let object):
        for member in object.members {
          if member.key == "id", case .string(let id) = member.value.value { used.insert(id) }
          collect(member.value.value, into: &used)
        }
      case .array(let elements):
        for element in elements { collect(element.value, into: &used) }
      default:
        break
      }
    }
  }
}
