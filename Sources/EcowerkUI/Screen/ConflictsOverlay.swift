import EcowerkModel
import EcowerkReport
import EcowerkStrings
import EcowerkText

/// The merge conflicts overlay (`:conflicts`): a line per conflict with what was decided
/// (· open, = ours kept, ← theirs taken) and the conflict in words; under the list the selected
/// conflict with both versions side by side in words.
enum ConflictsOverlay {
  static func detailHeight(in rect: Rect) -> Int { rect.height >= 12 ? 5 : 0 }

  /// The rows the conflicts get: the pane less the title and the detail.
  static func listHeight(in rect: Rect) -> Int {
    max(1, rect.height - 1 - detailHeight(in: rect))
  }

  static func draw(
    _ conflicts: MergeConflicts, _ state: AppState, into grid: inout CellGrid, in rect: Rect
  ) {
    guard !rect.isEmpty else { return }
    let s = state.strings
    grid.fill(rect)
    grid.heading(
      s.format(
        "conflicts.title", s.number(conflicts.open), s.number(conflicts.conflicts.count)),
      x: rect.x, y: rect.y, width: rect.width, glyphs: state.settings.glyphs)
    let body = Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 1)
    let words = ChangeWords(strings: s, names: conflicts.names, plan: state.plan)
    let height = listHeight(in: rect)
    var cursor = conflicts.cursor
    cursor.clamp(count: conflicts.conflicts.count, visible: height)
    for (offset, conflict) in conflicts.conflicts.dropFirst(cursor.offset).prefix(height)
      .enumerated()
    {
      let row = cursor.offset + offset
      let y = body.y + offset
      var line = Style.plain
      if row == cursor.row { line.reverse = true }
      let decision = conflicts.decisions[row]
      if decision != nil { line.dim = true }
      grid.fill(Rect(x: body.x, y: y, width: body.width, height: 1), style: line)
      grid.text(marker(decision), x: body.x, y: y, style: line, clip: body)
      grid.field(
        words.sentence(conflict), x: body.x + 2, y: y, width: body.width - 2, style: line,
        clip: body)
    }
    let detail = detailHeight(in: rect)
    guard detail > 0, conflicts.conflicts.indices.contains(cursor.row) else { return }
    let conflict = conflicts.conflicts[cursor.row]
    let top = rect.maxY - detail
    grid.text(
      String(repeating: state.settings.glyphs.horizontal, count: rect.width), x: rect.x, y: top,
      style: .muted, clip: rect)
    let lines = [words.sentence(conflict)] + versions(conflict, words)
    var y = top + 1
    for line in lines {
      for text in TextLayout.wrap(line, width: max(1, body.width)) where y < rect.maxY {
        grid.text(text, x: body.x, y: y, clip: body)
        y += 1
      }
    }
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
