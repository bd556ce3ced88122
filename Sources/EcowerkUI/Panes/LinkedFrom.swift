import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The other end of the links between the steps: what names an entity from elsewhere in the
/// plan. A link is stored once, on the side that is edited (a partner names the propositions
/// it contributes to, an impact goal the segments it serves); the entity it names shows it
/// too, read-only, so the room sees it from both ends. Only the selected or open entity is
/// looked up, one pass over the lists that can name it.
enum LinkedFrom {
  /// Partners contributing to a proposition, the business models that stand on it and the
  /// failures it addresses.
  static func proposition(_ id: PropositionID, _ plan: Plan, _ s: Strings) -> [String] {
    let partners = plan.stakeholders.filter { $0.propositions.contains(id) }.map(\.name)
    let models = plan.businessModels.filter { $0.propositions.contains(id) }.map(\.name)
    let failures = plan.allFailures.filter { $0.failure.propositions.contains(id) }
      .map(\.failure.description)
    return parts(
      [("links.partners", partners), ("links.models", models), ("links.failures", failures)], s)
  }

  /// The impact goals that serve a segment and the business models that earn from it.
  static func segment(_ id: SegmentID, _ plan: Plan, _ s: Strings) -> [String] {
    var goals: [String] = []
    plan.forEachNode { node in if node.segments.contains(id) { goals.append(node.title) } }
    let models = plan.businessModels.filter { $0.segments.contains(id) }.map(\.name)
    return parts([("links.goals", goals), ("links.models", models)], s)
  }

  /// The failures a partner is named as addressing.
  static func partner(_ id: StakeholderID, _ plan: Plan, _ s: Strings) -> [String] {
    let failures = plan.allFailures.filter { $0.failure.partners.contains(id) }
      .map(\.failure.description)
    return parts([("links.failures", failures)], s)
  }

  /// The Theory of Change elements that serve a failure.
  static func failure(_ id: FailureID, _ plan: Plan, _ s: Strings) -> [String] {
    var goals: [String] = []
    plan.forEachNode { node in
      if node.systemFailures.contains(id) || node.transformationFailures.contains(id) {
        goals.append(node.title)
      }
    }
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
