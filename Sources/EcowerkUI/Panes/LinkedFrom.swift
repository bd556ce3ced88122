import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The other end of the links between the steps: what names an entity from elsewhere in the
/// plan. A link is stored once, on the side that is edited (a partner names the propositions
/// it contributes to, an impact goal the segments it serves); the entity it names shows it
/// too, read-only, so the room sees it from both ends. Read from one index of the plan's
/// links (`PlanLinks`), made once per plan version in `update`.
enum LinkedFrom {
  /// The index of the links, kept for the plan's version (`DerivedViews`); made here only for
  /// a state that has not been through `update`.
  static func links(_ state: AppState) -> PlanLinks {
    if let kept = state.views.links, kept.version == state.version { return kept.links }
    return PlanLinks(state.plan)
  }

  /// Partners contributing to a proposition, the business models that stand on it and the
  /// failures it addresses.
  static func proposition(_ id: PropositionID, _ links: PlanLinks, _ s: Strings) -> [String] {
    let partners = (links.partnersByProposition[id] ?? []).map { links.partnerNames[$0] ?? "" }
    let models = (links.modelsByProposition[id] ?? []).map { links.modelNames[$0] ?? "" }
    let failures = (links.failuresByProposition[id] ?? []).map { links.failureTexts[$0] ?? "" }
    return parts(
      [("links.partners", partners), ("links.models", models), ("links.failures", failures)], s)
  }

  /// The impact goals that serve a segment and the business models that earn from it.
  static func segment(_ id: SegmentID, _ links: PlanLinks, _ s: Strings) -> [String] {
    let goals = (links.nodesBySegment[id] ?? []).map { links.nodeTitles[$0] ?? "" }
    let models = (links.modelsBySegment[id] ?? []).map { links.modelNames[$0] ?? "" }
    return parts([("links.goals", goals), ("links.models", models)], s)
  }

  /// The Theory of Change elements that serve a failure.
  static func failure(_ id: FailureID, _ links: PlanLinks, _ s: Strings) -> [String] {
    let goals = (links.nodesByFailure[id] ?? []).map { links.nodeTitles[$0] ?? "" }
    return parts([("links.goals", goals)], s)
  }

  /// "partners (2): A, B", one part per kind that names the entity; unnamed ones said so.
  static func parts(_ named: [(key: String, names: [String])], _ s: Strings) -> [String] {
    named.compactMap { key, names in
      guard !names.isEmpty else { return nil }
      let shown = names.map { $0.allSatisfy(\.isWhitespace) ? s["links.unnamed"] : $0 }
      return s.format(key, String(shown.count), shown.joined(separator: ", "))
    }
  }

  /// The one line a detail shows them on, like the lines of what a proposition answers:
  /// "← named by: partners (5): A, B, …; business models (1): …", cut with "…" at the edge
  /// (the printed snapshot has them in full), muted, and not a stop of the cursor: a link is
  /// edited at the end that stores it.
  static func line(_ parts: [String], _ s: Strings, width: Int, indent: Int) -> DetailItem {
    let text = parts.isEmpty ? s["links.nobody"] : parts.joined(separator: "; ")
    let head = String(repeating: " ", count: indent) + "← " + s["links.namedBy"] + ": "
    let room = max(1, width - DisplayWidth.of(head))
    return DetailItem.row(
      [Span(head, .muted), Span(TextLayout.truncate(Sanitizer.line(text), toWidth: room), .muted)],
      selectable: false)
  }
}
