import EcowerkModel
import EcowerkStrings
import EcowerkText

/// Editing pane 9. The latest review is the one being scored: Space counts the selected
/// element's level up (5 goes round to 1), `e` or Enter opens the five levels with their
/// descriptions to pick from, and an element not scored yet gets its score on the first
/// choice. Under Reviews, `a` starts a new review dated today, `d` deletes one.
extension PeerReviewPane {
  /// The behaviour every detail pane shares, which the overrides below add to.
  private enum Shared: DetailPane {
    static func items(_ state: AppState, width: Int) -> [DetailItem] {
      PeerReviewPane.items(state, width: width)
    }
    static func cursor(_ state: AppState) -> ListCursor { PeerReviewPane.cursor(state) }
    static func setCursor(_ cursor: ListCursor, _ state: inout AppState) {
      PeerReviewPane.setCursor(cursor, &state)
    }
  }

  /// Enter on an element opens its levels (so does `e`, through `action(for: .edit)`);
  /// elsewhere the generic editor takes the selected field.
  static func handle(_ command: Command, _ state: inout AppState, in rect: Rect) -> Bool {
    guard command == .activate,
      case .element(let id) = layout(state, width: rect.width).roles[cursor(state).row]
    else {
      return Shared.handle(command, &state, in: rect)
    }
    if state.settings.readOnly {
      state.status = StatusMessage(state.strings["edit.readOnly"], .error)
    } else if let list = levelList(for: id, state, width: rect.width) {
      state.mode = .picking(list)
    } else {
      state.status = StatusMessage(state.strings["review.scoreNeedsReview"], .warning)
    }
    return true
  }

  /// The five levels of element `id` to choose from, the current one selected; nil without a
  /// review to score in. Each label is the level's description, cut to the pane's width.
  static func levelList(for id: String, _ state: AppState, width: Int) -> PickList? {
    guard let latest = ReviewHistory(state.plan.reviews).latest else { return nil }
    let s = state.strings
    let english = s.language == .english
    let element = state.rubric?.element(id)
    // The pick list's frame and marker take seven columns of the pane.
    let room = max(1, width - 7)
    let options = ElementScore.levels.map { level in
      let label =
        description(element, level: level, english: english).map {
          s.format("review.levelOption", level, $0)
        } ?? String(level)
      return PickList.Option(
        value: String(level), label: TextLayout.truncate(Sanitizer.line(label), toWidth: room))
    }
    let current = latest.score(of: id)?.level ?? ElementScore.levels.lowerBound
    return PickList(
      target: Target(.score(latest.id, element: id), .level),
      title: s.format("review.pickTitle", element?.name.text(english: english) ?? id),
      options: options, selected: current - ElementScore.levels.lowerBound, isMultiple: false,
      checked: [], purpose: .paneChoice)
  }

  /// A level chosen from the list: scored in the latest review (inserted when new).
  static func action(
    choosing value: String?, in list: PickList, _ state: AppState, in rect: Rect
  ) -> PaneAction? {
    guard list.target.field == .level, case .score(_, let id) = list.target.ref,
      let level = value.flatMap({ Int($0) })
    else { return nil }
    return setLevel(of: id, to: { _ in level }, state)
  }

  static func action(for command: Command, _ state: AppState, in rect: Rect) -> PaneAction? {
    let layout = layout(state, width: rect.width)
    let s = state.strings
    switch layout.roles[cursor(state).row] {
    case .review(let id):
      switch command {
      case .add, .addBefore: return addReview(state)
      case .delete: return state.plan.removal(of: .review(id)).map { .edit($0) }
      case .duplicate: return .refuse(state.keyed(s["review.noDuplicate"]))
      case .moveItemUp, .moveItemDown: return .refuse(s["review.byDate"])
      default: return nil
      }
    case .noReviews:
      return command == .add || command == .addBefore ? addReview(state) : nil
    case .element(let id), .note(let id):
      return elementAction(
        command, id: id, isNote: layout.roles[cursor(state).row] == .note(id), state)
    case nil:
      return nil
    }
  }

  /// What the editing commands mean on an element's row or note.
  static func elementAction(_ command: Command, id: String, isNote: Bool, _ state: AppState)
    -> PaneAction?
  {
    let s = state.strings
    let latest = ReviewHistory(state.plan.reviews).latest
    switch command {
    case .edit where !isNote:
      guard !state.settings.readOnly else {
        return .view { state in state.status = StatusMessage(s["edit.readOnly"], .error) }
      }
      let width = Workbench.paneRect(state).width
      guard let list = levelList(for: id, state, width: width) else {
        return .refuse(s["review.scoreNeedsReview"])
      }
      return .view { state in state.mode = .picking(list) }
    case .cycleValue where !isNote:
      guard latest != nil else { return .refuse(s["review.scoreNeedsReview"]) }
      return setLevel(
        of: id, to: { ($0 ?? 0) % ElementScore.levels.upperBound + 1 }, state)
    case .delete where !isNote:
      guard let latest else { return .refuse(s["review.scoreNeedsReview"]) }
      guard latest.score(of: id) != nil,
        let removal = state.plan.removal(of: .score(latest.id, element: id))
      else { return .refuse(state.keyed(s["review.notScoredYet"])) }
      return .edit(removal)
    case .add, .addBefore:
      return .refuse(s["review.addUnderReviews"])
    case .delete, .duplicate, .moveItemUp, .moveItemDown:
      return .refuse(s["review.rubricOrder"])
    default:
      return nil
    }
  }

  /// Sets element `id`'s level in the latest review to `next(current)`, inserting its score
  /// when it has none, and says so in the element's own name.
  static func setLevel(of id: String, to next: (Int?) -> Int, _ state: AppState) -> PaneAction? {
    let plan = state.plan
    guard let latest = ReviewHistory(plan.reviews).latest else { return nil }
    let ref = EntityRef.score(latest.id, element: id)
    guard let current = Materialize.value(of: .level, at: ref, in: plan),
      case .integer(let level) = current
    else { return nil }
    let new = next(level)
    guard new != level else { return nil }
    let s = state.strings
    let name = state.rubric?.element(id)?.name.text(english: s.language == .english) ?? id
    let message = s.format(
      "review.levelSet", name, level.map { String($0) } ?? "–", String(new), s.date(latest.date))
    return .edit(
      Materialize.edit(.level, of: ref, from: current, to: .integer(new), in: plan),
      select: { state in state.status = StatusMessage(message) })
  }

  /// A new review dated today in the plan's phase, after all others so that it is the latest
  /// and scoring continues in it; the editor opens on its note.
  static func addReview(_ state: AppState) -> PaneAction? {
    let plan = state.plan
    guard
      let (entity, field) = NewEntity.make(for: .reviews, in: plan, today: state.settings.today),
      let ref = entity.ref(in: .reviews)
    else { return nil }
    return .edit(
      .insert(entity, into: .reviews, at: plan.reviews.count),
      select: { state in Shared.select(ref, field, &state) }, openEditor: true)
  }
}
