import EcowerkModel
import EcowerkStore
import EcowerkStrings
import EcowerkUI
import Glibc

/// The workbench's side of `PLAN.conflicts.json`: offered when it belongs to the plan as
/// opened (the fingerprints match), written again for the plan as saved while conflicts are
/// open, removed once none is.
enum MergeConflictsFile {
  /// The conflicts waiting beside the session's plan and the status bar's notice of them;
  /// for a file of another version of the plan, or one that cannot be read, only a notice.
  static func waiting(for session: PlanSession, strings: Strings)
    -> (MergeConflicts?, StatusMessage)?
  {
    let path = ConflictFile.path(for: session.path)
    guard access(path, F_OK) == 0 else { return nil }
    let file: ConflictFile
    do {
      file = try ConflictFile.load(path)
    } catch {
      return (nil, StatusMessage(strings.describe(error), .warning))
    }
    guard file.plan == session.fingerprint, !file.conflicts.isEmpty else {
      return (nil, StatusMessage(strings.format("conflicts.stale", path), .warning))
    }
    let conflicts = MergeConflicts(
      file: path, conflicts: file.conflicts, texts: file.texts, names: file.names)
    return (
      conflicts,
      StatusMessage(
        strings.format(
          "conflicts.found", strings.count(file.conflicts.count, "count.waitingConflict")))
    )
  }

  /// Keeps the open conflicts beside the plan just saved, or removes the file when none is
  /// open; the reason when that failed.
  static func keep(_ conflicts: MergeConflicts, for session: PlanSession) -> String? {
    let remaining = conflicts.remaining
    guard !remaining.conflicts.isEmpty else {
      // Only the file this workbench read: a link is removed, never what it points to.
      if unlink(conflicts.file) != 0 && errno != ENOENT {
        return "\(conflicts.file): \(String(cString: strerror(errno)))"
      }
      return nil
    }
    let file = ConflictFile(
      plan: session.fingerprint, conflicts: remaining.conflicts, texts: remaining.texts,
      names: conflicts.names)
    do {
      try file.save(to: conflicts.file)
    } catch {
      return strings.describe(error)
    }
    return nil
  }
}
