import EcowerkModel
import EcowerkReport

/// Work `update` asks the runner to do: everything that touches the disk, the terminal as a
/// whole, or other programs. Returned as data so that update stays a pure function.
public enum Effect: Hashable, Sendable {
  /// Save the plan to the path, then report with `Event.saveFinished` and the same version —
  /// or with `Event.saveConflict` when the file changed on disk since it was loaded or saved.
  case save(Plan, path: String, version: Int)
  /// Save even though the file changed on disk (the user chose to overwrite it).
  case overwrite(Plan, path: String, version: Int)
  /// Write a copy of the plan to another file (`:w FILE`), then report with
  /// `Event.copyWritten`; the workbench stays on its own file.
  case writeCopy(Plan, path: String)
  /// Read the plan file again, dropping the changes in memory, then report with
  /// `Event.reloaded`.
  case reload
  /// Leave the workbench.
  case quit
  /// Clear and redraw the whole terminal (Ctrl-L).
  case redraw
  /// Append this edit (made, undone or redone) to the recovery journal.
  case journal(Edit)
  /// Open `$VISUAL` / `$EDITOR` on `text`, then report with `Event.externalEditFinished`.
  case openExternalEditor(text: String)
  /// Remove the recovery journal: its edits were discarded on purpose.
  case discardJournal
  /// Read the rubric file at `path` (relative to the plan's folder unless absolute), then
  /// report with `Event.rubricLoaded`.
  case loadRubric(path: String)
  /// Write a snapshot of `plan` in `format` beside the plan (or in the snapshots folder),
  /// and with `printer` also send its text to the default printer; then report with
  /// `Event.snapshotFinished`.
  case writeSnapshot(Plan, format: SnapshotFormat, printer: Bool)
  /// Read the plan at `path` (relative to the plan's folder unless absolute) to compare the
  /// plan with, then report with `Event.comparisonLoaded` and the same `label`.
  case loadComparison(path: String, label: String)
  /// After a save: keep the merge conflicts still open beside the plan, for the saved plan,
  /// or remove the conflicts file when none is open.
  case keepConflicts(MergeConflicts)
}
