import EcowerkJSON
import EcowerkModel

/// Edits as JSON, for the recovery journal: one compact line per edit.
extension JSONWriter {
  mutating func write(_ edit: Edit) {
    beginObject()
    switch edit {
    case .set(let ref, let changed, let old, let new):
      key("set")
      beginObject()
      key("ref")
      write(ref)
      field("field", changed.rawValue)
      key("from")
      write(old)
      key("to")
      write(new)
      endObject()
    case .insert(let entity, let list, let index):
      key("insert")
      writeListOperation(entity, list, index)
    case .remove(let entity, let list, let index):
      key("remove")
      writeListOperation(entity, list, index)
    case .move(let list, let from, let to, let moved):
      key("move")
      beginObject()
      key("list")
      write(list)
      field("from", from)
      field("to", to)
      if let moved { field("key", moved) }
      endObject()
    case .moveNode(let id, let from, let to):
      key("moveNode")
      beginObject()
      field("node", id)
      key("from")
      write(from)
      key("to")
      write(to)
      endObject()
    case .group(let edits):
      key("group")
      beginArray()
      for step in edits { write(step) }
      endArray()
    }
    endObject()
  }

  private mutating func writeListOperation(_ entity: EntityValue, _ list: ListRef, _ index: Int) {
    beginObject()
    key("list")
    write(list)
    field("index", index)
    key("entity")
    write(entity)
    endObject()
  }

  mutating func write(_ place: NodePlace) {
    beginObject()
    field("parent", place.parent?.rawValue)
    field("index", place.index)
    endObject()
  }

  mutating func write(_ ref: EntityRef) {
    beginObject()
    let (kind, ids) = ref.parts
    field("kind", kind)
    for (name, value) in ids { field(name, value) }
    endObject()
  }

  mutating func write(_ list: ListRef) {
    beginObject()
    let (kind, ids) = list.parts
    field("kind", kind)
    for (name, value) in ids { field(name, value) }
    endObject()
  }

  mutating func write(_ value: FieldValue) {
    beginObject()
    switch value {
    case .text(let text): field("text", text)
    case .texts(let texts): field("texts", texts)
    case .integer(let number): field("integer", number)
    case .number(let number): field("number", number)
    case .money(let amount): field("money", amount)
    case .flag(let flag): field("flag", flag)
    case .date(let date): field("date", date)
    case .choice(let raw): field("choice", raw)
    case .reference(let raw): field("reference", raw)
    case .references(let raws): field("references", raws)
    case .arrangements(let cells):
      key("arrangements")
      beginObject()
      for partner in cells.keys.sorted() {
        if let arrangement = cells[partner] { field(partner.rawValue, arrangement.rawValue) }
      }
      endObject()
    }
    endObject()
  }

  mutating func write(_ entity: EntityValue) {
    beginObject()
    switch entity {
    case .failure(let value): key("failure"); write(value)
    case .segment(let value): key("segment"); write(value)
    case .barrier(let value): key("barrier"); write(value)
    case .conversation(let value): key("conversation"); write(value)
    case .proposition(let value): key("proposition"); write(value)
    case .chainLink(let value): key("chainLink"); write(value)
    case .stakeholder(let value): key("stakeholder"); write(value)
    case .orgFunction(let value): key("orgFunction"); write(value)
    case .businessModel(let value): key("businessModel"); write(value)
    case .financeYear(let value): key("financeYear"); write(value)
    case .contribution(let value): key("contribution"); write(value)
    case .review(let value): key("review"); write(value)
    case .score(let value): key("score"); write(value)
    case .node(let value): key("node"); write(value)
    case .assumption(let value): key("assumption"); write(value)
    case .kpi(let value): key("kpi"); write(value)
    case .action(let value): key("action"); write(value)
    case .pilot(let value): key("pilot"); write(value)
    case .painPoint(let value): key("painPoint"); write(value)
    }
    endObject()
  }
}

extension EntityRef {
  /// The kind's name and the ids that locate it, as the journal writes them.
  var parts: (String, [(String, String)]) {
    switch self {
    case .plan: return ("plan", [])
    case .systemFailure(let id): return ("systemFailure", [("id", id.rawValue)])
    case .transformationFailure(let id): return ("transformationFailure", [("id", id.rawValue)])
    case .segment(let id): return ("segment", [("id", id.rawValue)])
    case .barrier(let s, let id): return ("barrier", [("parent", s.rawValue), ("id", id.rawValue)])
    case .conversation(let s, let id):
      return ("conversation", [("parent", s.rawValue), ("id", id.rawValue)])
    case .proposition(let id): return ("proposition", [("id", id.rawValue)])
    case .chainLink(let id): return ("chainLink", [("id", id.rawValue)])
    case .stakeholder(let id): return ("stakeholder", [("id", id.rawValue)])
    case .orgFunction(let id): return ("orgFunction", [("id", id.rawValue)])
    case .businessModel(let id): return ("businessModel", [("id", id.rawValue)])
    case .financeYear(let year): return ("financeYear", [("id", String(year))])
    case .contribution(let year, let partner):
      return ("contribution", [("parent", String(year)), ("id", partner.rawValue)])
    case .review(let id): return ("review", [("id", id.rawValue)])
    case .score(let review, let element):
      return ("score", [("parent", review.rawValue), ("id", element)])
    case .node(let id): return ("node", [("id", id.rawValue)])
    case .assumption(let n, let id):
      return ("assumption", [("parent", n.rawValue), ("id", id.rawValue)])
    case .nodeKPI(let n, let id): return ("nodeKPI", [("parent", n.rawValue), ("id", id.rawValue)])
    case .action(let id): return ("action", [("id", id.rawValue)])
    case .actionKPI(let a, let id):
      return ("actionKPI", [("parent", a.rawValue), ("id", id.rawValue)])
    case .pilot(let id): return ("pilot", [("id", id.rawValue)])
    case .painPoint(let p, let id):
      return ("painPoint", [("parent", p.rawValue), ("id", id.rawValue)])
    }
  }
}

extension ListRef {
  var parts: (String, [(String, String)]) {
    switch self {
    case .systemFailures: return ("systemFailures", [])
    case .transformationFailures: return ("transformationFailures", [])
    case .segments: return ("segments", [])
    case .barriers(let id): return ("barriers", [("parent", id.rawValue)])
    case .conversations(let id): return ("conversations", [("parent", id.rawValue)])
    case .propositions: return ("propositions", [])
    case .chainLinks: return ("chainLinks", [])
    case .stakeholders: return ("stakeholders", [])
    case .orgFunctions: return ("orgFunctions", [])
    case .businessModels: return ("businessModels", [])
    case .financeYears: return ("financeYears", [])
    case .contributions(let year): return ("contributions", [("parent", String(year))])
    case .reviews: return ("reviews", [])
    case .scores(let id): return ("scores", [("parent", id.rawValue)])
    case .nodes(let parent): return ("nodes", parent.map { [("parent", $0.rawValue)] } ?? [])
    case .assumptions(let id): return ("assumptions", [("parent", id.rawValue)])
    case .nodeKPIs(let id): return ("nodeKPIs", [("parent", id.rawValue)])
    case .actions: return ("actions", [])
    case .actionKPIs(let id): return ("actionKPIs", [("parent", id.rawValue)])
    case .pilots: return ("pilots", [])
    case .painPoints(let id): return ("painPoints", [("parent", id.rawValue)])
    }
  }
}
