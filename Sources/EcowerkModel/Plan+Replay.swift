/// What makes replaying edits exact: every move names what it moves, and an edit whose result
/// the plan already holds is recognised, so that replaying a journal twice changes nothing the
/// second time.
extension Plan {
  /// `edit` with the key of the moved element filled into every move that lacks one, as the
  /// plan is now (before the edit is applied). Edits are keyed before they are applied and
  /// journalled, so that a move replayed onto a plan that no longer has that element where
  /// the move expects it is refused instead of moving something else.
  public func keyed(_ edit: Edit) -> Edit {
    switch edit {
    case .move(let list, let from, let to, nil):
      return .move(list, from: from, to: to, key: key(at: from, in: list))
    case .group(let steps):
      // Each step keyed against the plan as the steps before it leave it.
      var plan = self
      var keyed: [Edit] = []
      for step in steps {
        let filled = plan.keyed(step)
        keyed.append(filled)
        guard (try? plan.apply(filled)) != nil else {
          return .group(keyed + steps.dropFirst(keyed.count))
        }
      }
      return .group(keyed)
    default:
      return edit
    }
  }

  /// What replaying a journal did.
  public struct Replay: Sendable {
    /// The edits applied, in order.
    public var applied: [Edit] = []
    /// How many edits the plan already held (replayed a second time), skipped.
    public var held = 0
    /// The index of the first edit that neither applied nor was held; the rest were not tried.
    public var stoppedAt: Int?
  }

  /// Replays `edits` in order, each held to the loader's rules, so that replaying a journal
  /// onto a plan that already holds some or all of it changes nothing twice.
  ///
  /// The plan is taken to hold the first `k` edits when their inverses, newest first, apply to
  /// it — each inverse checks that the plan is as its edit left it — and the rest then apply;
  /// `k` is tried from none (the usual recovery onto the saved plan) and then from all down.
  /// When no `k` fits (someone else changed the plan), edit by edit: each applies or is
  /// already held, and the first that does neither stops the replay.
  public mutating func replay(_ edits: [Edit], within limits: PlanLimits = .standard) -> Replay {
    for held in [0] + Array(stride(from: edits.count, through: 1, by: -1)) {
      var plan = self
      guard edits[..<held].reversed().allSatisfy({ (try? plan.apply($0.inverse)) != nil }) else {
        continue
      }
      plan = self
      let rest = edits[held...]
      guard rest.allSatisfy({ (try? plan.apply($0, within: limits)) != nil }) else { continue }
      self = plan
      return Replay(applied: Array(rest), held: held, stoppedAt: nil)
    }
    var result = Replay()
    for (index, edit) in edits.enumerated() {
      if (try? apply(edit, within: limits)) != nil {
        result.applied.append(edit)
      } else if holds(edit) {
        result.held += 1
      } else {
        result.stoppedAt = index
        break
      }
    }
    return result
  }

  /// Whether the plan already holds the result of `edit`: its inverse would apply. Applying an
  /// edit checks that the plan is as the edit expects before it (the old value, the entity at
  /// its place), so its inverse applies exactly when the plan is as the edit leaves it.
  public func holds(_ edit: Edit) -> Bool {
    var copy = self
    return (try? copy.apply(edit.inverse)) != nil
  }

  /// The key (id; the year of a finance year; the partner of a contribution; the element of a
  /// score) of the element at `index` in `list`, or nil when there is none.
  public func key(at index: Int, in list: ListRef) -> String? {
    func at<T>(_ elements: [T]?, _ key: (T) -> String) -> String? {
      guard let elements, elements.indices.contains(index) else { return nil }
      return key(elements[index])
    }
    switch list {
    case .systemFailures: return at(systemFailures) { $0.id.rawValue }
    case .transformationFailures: return at(transformationFailures) { $0.id.rawValue }
    case .segments: return at(segments) { $0.id.rawValue }
    case .barriers(let id): return at(segment(id)?.barriers) { $0.id.rawValue }
    case .pains(let id): return at(segment(id)?.pains) { $0.id.rawValue }
    case .gains(let id): return at(segment(id)?.gains) { $0.id.rawValue }
    case .conversations(let id): return at(segment(id)?.conversations) { $0.id.rawValue }
    case .propositions: return at(propositions) { $0.id.rawValue }
    case .chainLinks: return at(chainLinks) { $0.id.rawValue }
    case .stakeholders: return at(stakeholders) { $0.id.rawValue }
    case .orgFunctions: return at(jointOrganisation) { $0.id.rawValue }
    case .businessModels: return at(businessModels) { $0.id.rawValue }
    case .financeYears: return at(finance) { String($0.year) }
    case .contributions(let year):
      return at(financeYear(year)?.contributions) { $0.partner.rawValue }
    case .reviews: return at(reviews) { $0.id.rawValue }
    case .scores(let id): return at(reviews.first { $0.id == id }?.scores) { $0.element }
    case .nodes(let parent):
      return at(parent.map { node($0)?.children } ?? theoryOfChange) { $0.id.rawValue }
    case .assumptions(let id): return at(node(id)?.assumptions) { $0.id.rawValue }
    case .nodeKPIs(let id): return at(node(id)?.kpis) { $0.id.rawValue }
    case .actions: return at(actions) { $0.id.rawValue }
    case .actionKPIs(let id): return at(actions.first { $0.id == id }?.kpis) { $0.id.rawValue }
    case .pilots: return at(pilots) { $0.id.rawValue }
    case .painPoints(let id): return at(pilots.first { $0.id == id }?.painPoints) { $0.id.rawValue }
    case .changeLinks: return at(changeLinks) { $0.id.rawValue }
    case .linkAssumptions(let id):
      return at(changeLinks.first { $0.id == id }?.assumptions) { $0.id.rawValue }
    case .measurements(let id): return at(kpi(id)?.measurements) { $0.id.rawValue }
    case .milestones(let id): return at(kpi(id)?.milestones) { String($0.year) }
    case .criteria(let id): return at(pilots.first { $0.id == id }?.criteria) { $0.id.rawValue }
    }
  }
}
