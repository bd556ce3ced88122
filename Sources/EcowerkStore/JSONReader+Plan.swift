import EcowerkJSON
import EcowerkModel

/// Reading a whole plan: the format and schema version, then the plan's schema.
extension JSONReader {
  static let planKeys = ["format", "schemaVersion"] + Plan.schema.keys

  mutating func plan(_ node: JSONNode) throws -> Plan {
    let object = try self.object(node, known: Self.planKeys)
    var plan = Plan.schema.blank
    try members(of: &plan, from: object, in: node)
    return plan
  }
}
