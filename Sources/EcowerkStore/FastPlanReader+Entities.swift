import EcowerkJSON
import EcowerkModel

/// Each kind of entity, read as `JSONReader+Plan` reads it: the same fields, defaults and
/// required ones.
extension FastPlanReader {
  /// Reads an object's keys, handing each to `field` with its bit for the duplicate check;
  /// returns the bits seen. `field` returns false for a key it does not know.
  mutating func object(
    _ field: (inout FastPlanReader, String) throws(Unexpected) -> UInt32?
  ) throws(Unexpected) -> UInt32 {
    var seen: UInt32 = 0
    var first = true
    try pull.beginObject()
    while let key = try pull.nextKey(&first) {
      guard let bit = try field(&self, key), seen & bit == 0 else { throw Unexpected() }
      seen |= bit
    }
    return seen
  }

  /// An `id` must be there (bit 1 by convention).
  func requireID(_ seen: UInt32) throws(Unexpected) {
    guard seen & 1 != 0 else { throw Unexpected() }
  }

  mutating func failure() throws(Unexpected) -> Failure {
    var value = Failure(id: FailureID(""))
    try requireID(
      object { (r, key) throws(Unexpected) -> UInt32? in
        switch key {
        case "id": value.id = try r.id(); return 1
        case "description": value.description = try r.text(); return 2
        case "actors": value.actors = try r.text(); return 4
        default: return nil
        }
      })
    return value
  }

  mutating func segment() throws(Unexpected) -> Segment {
    var value = Segment(id: SegmentID(""))
    try requireID(
      object { (r, key) throws(Unexpected) -> UInt32? in
        switch key {
        case "id": value.id = try r.id(); return 1
        case "name": value.name = try r.text(); return 1 << 1
        case "sector": value.sector = try r.text(); return 1 << 2
        case "sizeClass": value.sizeClass = try r.text(); return 1 << 3
        case "region": value.region = try r.text(); return 1 << 4
        case "smeCount": value.smeCount = try r.optionalInt(); return 1 << 5
        case "participating": value.participating = try r.optionalInt(); return 1 << 6
        case "target": value.target = try r.optionalInt(); return 1 << 7
        case "pains": value.pains = try r.texts(); return 1 << 8
        case "gains": value.gains = try r.texts(); return 1 << 9
        case "barriers":
          value.barriers = try r.list { (r) throws(Unexpected) in try r.barrier() }
          return 1 << 10
        case "conversations":
          value.conversations = try r.list { (r) throws(Unexpected) in try r.conversation() }
          return 1 << 11
        case "alleyPosition": value.alleyPosition = try r.optionalInt(); return 1 << 12
        case "ambassadors": value.ambassadors = try r.ids(); return 1 << 13
        case "notes": value.notes = try r.text(); return 1 << 14
        default: return nil
        }
      })
    return value
  }

  mutating func barrier() throws(Unexpected) -> Barrier {
    var value = Barrier(id: BarrierID(""))
    let seen = try object { (r, key) throws(Unexpected) -> UInt32? in
      switch key {
      case "id": value.id = try r.id(); return 1
      case "kind": value.kind = try r.choice(); return 2
      case "text": value.text = try r.text(); return 4
      default: return nil
      }
    }
    guard seen & 3 == 3 else { throw Unexpected() }
    return value
  }

  mutating func conversation() throws(Unexpected) -> Conversation {
    var value = Conversation(id: ConversationID(""))
    try requireID(
      object { (r, key) throws(Unexpected) -> UInt32? in
        switch key {
        case "id": value.id = try r.id(); return 1
        case "date": value.date = try r.optionalDate(); return 2
        case "counterpart": value.counterpart = try r.text(); return 4
        case "isMember": value.isMember = try r.bool(); return 8
        case "learned": value.learned = try r.text(); return 16
        default: return nil
        }
      })
    return value
  }

  mutating func proposition() throws(Unexpected) -> ValueProposition {
    var value = ValueProposition(id: PropositionID(""))
    try requireID(
      object { (r, key) throws(Unexpected) -> UInt32? in
        switch key {
        case "id": value.id = try r.id(); return 1
        case "name": value.name = try r.text(); return 2
        case "description": value.description = try r.text(); return 4
        case "segments": value.segments = try r.ids(); return 8
        case "solutionDirections": value.solutionDirections = try r.texts(); return 16
        default: return nil
        }
      })
    return value
  }

  mutating func chainLink() throws(Unexpected) -> ChainLink {
    var value = ChainLink(id: ChainLinkID(""), name: "")
    try requireID(
      object { (r, key) throws(Unexpected) -> UInt32? in
        switch key {
        case "id": value.id = try r.id(); return 1
        case "name": value.name = try r.text(); return 2
        default: return nil
        }
      })
    return value
  }

  mutating func stakeholder() throws(Unexpected) -> Stakeholder {
    var value = Stakeholder(id: StakeholderID(""))
    try requireID(
      object { (r, key) throws(Unexpected) -> UInt32? in
        switch key {
        case "id": value.id = try r.id(); return 1
        case "name": value.name = try r.text(); return 1 << 1
        case "kind": value.kind = try r.optionalChoice() ?? .other; return 1 << 2
        case "sector": value.sector = try r.text(); return 1 << 3
        case "discipline": value.discipline = try r.text(); return 1 << 4
        case "level": value.level = try r.optionalChoice() ?? .regional; return 1 << 5
        case "chainLinks": value.chainLinks = try r.ids(); return 1 << 6
        case "sharedInterests": value.sharedInterests = try r.text(); return 1 << 7
        case "ownInterests": value.ownInterests = try r.text(); return 1 << 8
        case "contributions": value.contributions = try r.text(); return 1 << 9
        case "role": value.role = try r.text(); return 1 << 10
        case "addedValue": value.addedValue = try r.text(); return 1 << 11
        case "influence": value.influence = try r.optionalInt() ?? 3; return 1 << 12
        case "interest": value.interest = try r.optionalInt() ?? 3; return 1 << 13
        case "inMVE": value.inMVE = try r.bool(); return 1 << 14
        case "isOrchestrator": value.isOrchestrator = try r.bool(); return 1 << 15
        default: return nil
        }
      })
    return value
  }
}
