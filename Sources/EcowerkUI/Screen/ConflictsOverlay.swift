import EcowerkModel
import EcowerkReport
import EcowerkStrings

/// The merge conflicts overlay (`:conflicts`): a line per conflict with what was decided
/// (· open, = ours kept, ← theirs taken) and the conflict in words; under the list the selected
/// conflict with both versions in words.
enum ConflictsOverlay {
  static let layout = ListOverlay(detailLines: 4)

  static func listHeight(in rect: Rect) -> Int { layout.listHeight(in: rect) }

  static func draw(
    _ conflicts: MergeConflicts, _ state: AppState, into grid: inout CellGrid, in rect: Rect
  ) {
    let s = state.strings
    let words = ChangeWords(strings: s, names: conflicts.names, plan: state.plan)
    layout.draw(
      title: s.format(
        "conflicts.title", s.number(conflicts.open), s.number(conflicts.conflicts.count)),
      count: conflicts.conflicts.count, cursor: conflicts.cursor,
      glyphs: state.settings.glyphs, into: &grid, in: rect,
      row: { index in
        let decision = conflicts.decisions[index]
        return ListOverlay.Row(
          marker: marker(decision), text: words.sentence(conflicts.conflicts[index]),
          isDone: decision != nil)
      },
      detail: { index in
        let conflict = conflicts.conflicts[index]
        return [words.sentence(conflict)] + versions(conflict, words)
      })
  }

  /// "Ours: 5" and "Theirs: 1" for a field; for the rest what each choice does.
  static func versions(_ conflict: MergeConflict, _ words: ChangeWords) -> [String] {
    let s = words.strings
    guard case .field(let field, _, let ours, let theirs) = conflict.kind else {
      return [s["conflicts.choose"]]
    }
    let kind = conflict.ref.kind
    return [
      s.format("conflicts.ours", words.value(ours, field, of: kind)),
      s.format("conflicts.theirs", words.value(theirs, field, of: kind)),
    ]
  }

  static func marker(_ decision: MergeConflicts.Decision?) -> String {
    switch decision {
    case nil: return "·"
    case .ours: return "="
    case .theirs: return "←"
    }
  }
}
