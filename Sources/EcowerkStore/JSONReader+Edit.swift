import EcowerkJSON
import EcowerkModel

/// Reading edits back from the recovery journal.
extension JSONReader {
  mutating func edit(_ node: JSONNode) throws -> Edit {
    let o = try object(node, known: ["set", "insert", "remove", "move", "moveNode", "group"])
    guard let member = o.members.first, o.members.count == 1 else {
      throw fail(node, "expected exactly one kind of edit")
    }
    return try within(.key(member.key)) { reader in
      let body = member.value
      switch member.key {
      case "set":
        let s = try reader.object(body, known: ["ref", "field", "from", "to"])
        let fieldName = try reader.string(s, "field")
        guard let field = Field(rawValue: fieldName) else {
          throw reader.fail(body, "unknown field \"\(fieldName)\"")
        }
        return .set(
          try reader.entityRef(try reader.required(s, "ref", in: body)), field,
          from: try reader.fieldValue(try reader.required(s, "from", in: body)),
          to: try reader.fieldValue(try reader.required(s, "to", in: body)))
      case "insert", "remove":
        let s = try reader.object(body, known: ["list", "index", "entity"])
        let list = try reader.listRef(try reader.required(s, "list", in: body))
        let index = try reader.int(s, "index", in: body)
        let entity = try reader.entityValue(try reader.required(s, "entity", in: body))
        return member.key == "insert"
          ? .insert(entity, into: list, at: index) : .remove(entity, from: list, at: index)
      case "move":
        let s = try reader.object(body, known: ["list", "from", "to", "key"])
        return .move(
          try reader.listRef(try reader.required(s, "list", in: body)),
          from: try reader.int(s, "from", in: body), to: try reader.int(s, "to", in: body),
          key: try reader.optionalString(s, "key"))
      case "moveNode":
        let s = try reader.object(body, known: ["node", "from", "to"])
        return .moveNode(
          try reader.id(s, "node", in: body),
          from: try reader.nodePlace(try reader.required(s, "from", in: body)),
          to: try reader.nodePlace(try reader.required(s, "to", in: body)))
      default:
        guard case .array(let steps) = body.value else {
          throw reader.fail(body, "expected a list of edits")
        }
        var edits: [Edit] = []
        for (index, step) in steps.enumerated() {
          edits.append(try reader.within(.index(index)) { inner in try inner.edit(step) })
        }
        return .group(edits)
      }
    }
  }

  mutating func nodePlace(_ node: JSONNode) throws -> NodePlace {
    let o = try object(node, known: ["parent", "index"])
    return NodePlace(parent: try optionalID(o, "parent"), index: try int(o, "index", in: node))
  }

  mutating func entityRef(_ node: JSONNode) throws -> EntityRef {
    let o = try object(node, known: ["kind", "parent", "id"])
    let kind = try string(o, "kind")
    let id = try optionalString(o, "id") ?? ""
    let parent = try optionalString(o, "parent") ?? ""
    func year(_ text: String) throws -> Int {
      guard let value = Int(text) else { throw fail(node, "\"\(text)\" is not a year") }
      return value
    }
    switch kind {
    case "plan": return .plan
    case "systemFailure": return .systemFailure(FailureID(id))
    case "transformationFailure": return .transformationFailure(FailureID(id))
    case "segment": return .segment(SegmentID(id))
    case "barrier": return .barrier(SegmentID(parent), BarrierID(id))
    case "conversation": return .conversation(SegmentID(parent), ConversationID(id))
    case "proposition": return .proposition(PropositionID(id))
    case "chainLink": return .chainLink(ChainLinkID(id))
    case "stakeholder": return .stakeholder(StakeholderID(id))
    case "orgFunction": return .orgFunction(OrgFunctionID(id))
    case "businessModel": return .businessModel(BusinessModelID(id))
    case "financeYear": return .financeYear(try year(id))
    case "contribution": return .contribution(year: try year(parent), partner: StakeholderID(id))
    case "review": return .review(ReviewID(id))
    case "score": return .score(ReviewID(parent), element: id)
    case "node": return .node(NodeID(id))
    case "assumption": return .assumption(NodeID(parent), AssumptionID(id))
    case "nodeKPI": return .nodeKPI(NodeID(parent), KPIID(id))
    case "action": return .action(ActionID(id))
    case "actionKPI": return .actionKPI(ActionID(parent), KPIID(id))
    case "pilot": return .pilot(PilotID(id))
    case "painPoint": return .painPoint(PilotID(parent), PainPointID(id))
    default: throw fail(node, "unknown kind of entity \"\(kind)\"")
    }
  }

  mutating func listRef(_ node: JSONNode) throws -> ListRef {
    let o = try object(node, known: ["kind", "parent"])
    let kind = try string(o, "kind")
    let parent = try optionalString(o, "parent")
    func required() throws -> String {
      guard let parent else { throw fail(node, "the list \"\(kind)\" needs a parent") }
      return parent
    }
    switch kind {
    case "systemFailures": return .systemFailures
    case "transformationFailures": return .transformationFailures
    case "segments": return .segments
    case "barriers": return .barriers(SegmentID(try required()))
    case "conversations": return .conversations(SegmentID(try required()))
    case "propositions": return .propositions
    case "chainLinks": return .chainLinks
    case "stakeholders": return .stakeholders
    case "orgFunctions": return .orgFunctions
    case "businessModels": return .businessModels
    case "financeYears": return .financeYears
    case "contributions":
      guard let year = Int(try required()) else { throw fail(node, "the year is not a number") }
      return .contributions(year: year)
    case "reviews": return .reviews
    case "scores": return .scores(ReviewID(try required()))
    case "nodes": return .nodes(parent: parent.map { NodeID($0) })
    case "assumptions": return .assumptions(NodeID(try required()))
    case "nodeKPIs": return .nodeKPIs(NodeID(try required()))
    case "actions": return .actions
    case "actionKPIs": return .actionKPIs(ActionID(try required()))
    case "pilots": return .pilots
    case "painPoints": return .painPoints(PilotID(try required()))
    default: throw fail(node, "unknown kind of list \"\(kind)\"")
    }
  }

  mutating func fieldValue(_ node: JSONNode) throws -> FieldValue {
    let o = try object(
      node,
      known: [
        "text", "texts", "integer", "number", "money", "flag", "date", "choice", "reference",
        "references", "arrangements",
      ])
    guard let member = o.members.first, o.members.count == 1 else {
      throw fail(node, "expected exactly one kind of value")
    }
    switch member.key {
    case "text": return .text(try string(o, "text"))
    case "texts": return .texts(try strings(o, "texts"))
    case "integer": return .integer(try optionalInt(o, "integer"))
    case "number": return .number(try optionalNumber(o, "number"))
    case "money": return .money(try optionalMoney(o, "money"))
    case "flag": return .flag(try bool(o, "flag"))
    case "date": return .date(try optionalDate(o, "date"))
    case "choice": return .choice(try optionalString(o, "choice"))
    case "reference": return .reference(try optionalString(o, "reference"))
    case "references": return .references(try strings(o, "references"))
    default:
      return .arrangements(
        try within(.key("arrangements")) { reader in try reader.arrangements(member.value) })
    }
  }

  mutating func entityValue(_ node: JSONNode) throws -> EntityValue {
    let o = try object(
      node,
      known: [
        "failure", "segment", "barrier", "conversation", "proposition", "chainLink", "stakeholder",
        "orgFunction", "businessModel", "financeYear", "contribution", "review", "score", "node",
        "assumption", "kpi", "action", "pilot", "painPoint",
      ])
    guard let member = o.members.first, o.members.count == 1 else {
      throw fail(node, "expected exactly one entity")
    }
    let value = member.value
    return try within(.key(member.key)) { r in
      switch member.key {
      case "failure": return .failure(try r.failure(value))
      case "segment": return .segment(try r.segment(value))
      case "barrier": return .barrier(try r.barrier(value))
      case "conversation": return .conversation(try r.conversation(value))
      case "proposition": return .proposition(try r.proposition(value))
      case "chainLink": return .chainLink(try r.chainLink(value))
      case "stakeholder": return .stakeholder(try r.stakeholder(value))
      case "orgFunction": return .orgFunction(try r.orgFunction(value))
      case "businessModel": return .businessModel(try r.businessModel(value))
      case "financeYear": return .financeYear(try r.financeYear(value))
      case "contribution": return .contribution(try r.contribution(value))
      case "review": return .review(try r.review(value))
      case "score": return .score(try r.score(value))
      case "node": return .node(try r.node(value))
      case "assumption": return .assumption(try r.assumption(value))
      case "kpi": return .kpi(try r.kpi(value))
      case "action": return .action(try r.action(value))
      case "pilot": return .pilot(try r.pilot(value))
      default: return .painPoint(try r.painPoint(value))
      }
    }
  }
}
