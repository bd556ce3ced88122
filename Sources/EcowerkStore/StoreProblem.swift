import EcowerkJSON
import EcowerkModel

/// What is wrong with a file, as data: the kind and its values. The store fills in an English
/// fallback message; the command line and the workbench choose the words from the string table,
/// in the session's language.
public enum StoreProblem: Hashable, Sendable {
  /// A file ecowerk keeps beside a plan (its lock, journal or a backup) is a symbolic link.
  /// Never followed: a plan that arrives in a zip or a git repository could point it anywhere.
  case neighbourIsLink(Neighbour)
  /// A file ecowerk keeps beside a plan is not a regular file (a directory, a FIFO, a device).
  case neighbourNotRegular(Neighbour, FileType)
  /// A file ecowerk keeps beside a plan has other names too (hard links): writing it would
  /// change those files.
  case neighbourHasLinks(Neighbour, count: Int)
  /// A file to read (a plan, a rubric, a spreadsheet) is not a regular file.
  case notAFile(FileType)
  /// A file to write to is a directory, a socket or a block device: it is never replaced.
  case cannotWriteInto(FileType)
  /// Nothing reads the FIFO written to, so writing would wait for ever.
  case noReader
  /// The plan file is read-only (no write permission): it is not replaced without a word.
  case readOnlyFile
  /// The plan's folder was removed (or renamed) while the plan was open.
  case folderGone(folder: String)
  /// The recovery journal could not be written.
  case journalNotWritten(SystemError)
  /// Saving would give a file larger than ecowerk opens.
  case tooLargeToSave(bytes: Int, limit: Int)
  /// Saving would give a file ecowerk refuses to open; the field path and what is wrong.
  case wouldNotOpen(path: String, problem: PlanViolation.Problem)
  /// The plan breaks one of its rules at the error's field path and location.
  case brokenRule(PlanViolation.Problem)
  /// A rubric file named by a plan is not an ecowerk rubric; its content is not quoted, since
  /// the plan may have named any file.
  case notARubric

  // Reading a file.
  /// The file is not JSON; the error's line and column say where.
  case syntax(JSONParseError.Kind)
  /// A value has the wrong shape; the error's line, column and field path say where.
  case decode(DecodeProblem)
  /// The file cannot be read (it does not exist, no permission, …).
  case cannotRead(SystemError)
  /// A system call on the file failed; the words are the error's alone.
  case system(SystemError)
  /// The file is larger than ecowerk reads as a `role`.
  case fileTooLarge(FileRole, bytes: Int, limit: Int)
  /// The top of the file is not an object.
  case notAPlan
  /// The file does not say `"format": "ecowerk-plan"`.
  case notPlanFormat
  /// The plan has no whole-number `schemaVersion`.
  case schemaVersionMissing
  /// The plan was written by a newer ecowerk; it is not changed.
  case newerSchema(found: Int, supported: Int)
  /// A schema version below 1.
  case schemaVersionTooLow(Int)
  /// A file ecowerk ships is missing from the installation.
  case missingFromInstallation

  // Saving and writing.
  /// A step of a save failed; the plan on disk is unchanged.
  case saveFailed(SaveStep, SystemError)
  /// The plan was written and put in place, but the disk did not confirm it.
  case saveNotConfirmed(SystemError)
  /// A plan that would not read back equal is not saved.
  case wouldNotReadBack
  /// A plan whose bytes would not open again is not saved; the problem opening them.
  indirect case wouldNotReopen(StoreProblem)
  /// A FIFO or device to write into could not be opened.
  case cannotOpen(SystemError)
  /// Writing into a FIFO or device failed.
  case writeFailed(SystemError)
  /// A folder could not be made.
  case cannotMakeFolder(SystemError)

  // The recovery journal and the lock.
  /// The journal's first line does not say it is an ecowerk journal.
  case notAJournal
  /// The journal's first line cannot be read.
  case journalHeaderDamaged
  /// A line of the journal is not an entry.
  case notAJournalEntry
  /// The journal's last entry was cut off (a kill in the middle of a write).
  case entryCutOff(JSONParseError.Kind)
  /// The journal is larger than is read; the edits after the error's line were not.
  case journalTooLarge(limit: Int)
  /// The lock file was replaced every time it was locked.
  case lockKeepsChanging
}

/// What a file was being read as, for the refusal of one that is too large.
public enum FileRole: String, Hashable, Sendable, CaseIterable {
  case plan, spreadsheet, rubric, journal, conflicts
}

/// The steps of a save, for the refusal of one that failed.
public enum SaveStep: Hashable, Sendable {
  /// Creating the new file beside the plan, in `folder`.
  case createFile(folder: String)
  case write
  /// Giving the new file the plan's permissions.
  case setMode
  /// Flushing the new file to the disk.
  case sync
  case close
  /// Keeping the version on disk as `name`.bak.
  case keepBackup(name: String)
  /// Renaming the new file over the plan, `name`.
  case replace(name: String)
}

/// The files ecowerk keeps beside a plan.
public enum Neighbour: String, Hashable, Sendable {
  case lock, journal, backup, temporary
}

/// What a path names, as far as ecowerk tells them apart.
public enum FileType: String, Hashable, Sendable {
  case regular, directory, fifo, characterDevice, blockDevice, socket, symbolicLink, other

  /// In the English fallback messages.
  var described: String {
    switch self {
    case .regular: return "a file"
    case .directory: return "a folder"
    case .fifo: return "a FIFO (named pipe)"
    case .characterDevice, .blockDevice: return "a device"
    case .socket: return "a socket"
    case .symbolicLink: return "a symbolic link"
    case .other: return "not a regular file"
    }
  }
}

extension StoreProblem {
  /// The English fallback, for logs and tests; users read the string table's words.
  var fallback: String {
    switch self {
    case .neighbourIsLink:
      return "is a symbolic link; ecowerk does not follow links beside a plan"
    case .neighbourNotRegular(_, let type):
      return "is \(type.described), not a file ecowerk made"
    case .neighbourHasLinks(_, let count):
      return "has \(count) names (hard links); ecowerk writes only its own files"
    case .notAFile(let type):
      return "is \(type.described), not a file; ecowerk reads regular files only"
    case .cannotWriteInto(let type):
      return "is \(type.described); give the name of a file to write"
    case .noReader:
      return "nothing is reading this FIFO"
    case .readOnlyFile:
      return "the file is read-only (no write permission); it was not replaced"
    case .folderGone(let folder):
      return "the plan's folder \(folder) no longer exists; save elsewhere with :w FILE"
    case .journalNotWritten(let system):
      return "the recovery journal cannot be written: \(system)"
    case .tooLargeToSave(let bytes, let limit):
      return "the plan would be \(PlanFormat.bytes(bytes)); ecowerk opens plans up to "
        + "\(PlanFormat.bytes(limit)); the plan was NOT saved"
    case .wouldNotOpen(let path, let problem):
      return "the plan was NOT saved: it could not be opened again (\(path): \(problem))"
    case .brokenRule(let problem):
      return problem.description
    case .notARubric:
      return "is not an ecowerk rubric"
    case .syntax(let kind): return JSONParseError(offset: 0, kind).message
    case .decode(let problem): return problem.fallback
    case .cannotRead(let system): return "cannot be read: \(system)"
    case .system(let system): return system.text
    case .fileTooLarge(.plan, let bytes, let limit):
      return "the file is \(PlanFormat.bytes(bytes)); ecowerk reads plans up to "
        + "\(PlanFormat.bytes(limit)) (\(limit / 1_048_576) MB)"
    case .fileTooLarge(.rubric, let bytes, let limit):
      return "the file is \(PlanFormat.bytes(bytes)); a rubric is at most "
        + "\(PlanFormat.bytes(limit))"
    case .fileTooLarge(.journal, let bytes, let limit):
      return "the journal is \(PlanFormat.bytes(bytes)); at most \(PlanFormat.bytes(limit)) is read"
    case .fileTooLarge(.spreadsheet, let bytes, let limit),
      .fileTooLarge(.conflicts, let bytes, let limit):
      return "the file is \(PlanFormat.bytes(bytes)); at most \(PlanFormat.bytes(limit)) is read"
    case .notAPlan:
      return "this is not an ecowerk plan: expected an object ({ … }) at the top"
    case .notPlanFormat:
      return "this is not an ecowerk plan: it needs \"format\": \"\(PlanFormat.name)\""
    case .schemaVersionMissing: return "expected a whole number, e.g. \"schemaVersion\": 1"
    case .newerSchema(let found, let supported):
      return "this plan was written by a newer ecowerk (schema version \(found)); this ecowerk "
        + "reads schema version \(supported). Update ecowerk to open it; the file was not changed"
    case .schemaVersionTooLow(let version):
      return "\(version) is not a schema version; ecowerk plans start at 1"
    case .missingFromInstallation: return "is missing from the installation"
    case .saveFailed(let step, let system):
      return "the plan was NOT saved: \(step.fallback): \(system)"
    case .saveNotConfirmed(let system):
      return "the plan was written, but the disk did not confirm it (\(system)); "
        + "save again before relying on it"
    case .wouldNotReadBack: return "the plan was NOT saved: it would not read back the same"
    case .wouldNotReopen(let problem):
      return "the plan was NOT saved: it could not be opened again (\(problem.fallback))"
    case .cannotOpen(let system): return "cannot be opened: \(system)"
    case .writeFailed(let system): return "writing failed: \(system)"
    case .cannotMakeFolder(let system): return "cannot make a folder: \(system)"
    case .notAJournal: return "this is not an ecowerk recovery journal"
    case .journalHeaderDamaged: return "the journal's first line is damaged"
    case .notAJournalEntry: return "not a journal entry"
    case .entryCutOff(let kind):
      return "the last entry was cut off (\(JSONParseError(offset: 0, kind).message))"
    case .journalTooLarge(let limit):
      return "the journal is larger than \(PlanFormat.bytes(limit)); "
        + "the edits after this line were not read"
    case .lockKeepsChanging: return "the lock file keeps changing"
    }
  }
}

extension SaveStep {
  var fallback: String {
    switch self {
    case .createFile(let folder): return "cannot create a file in \(folder)"
    case .write: return "writing failed"
    case .setMode: return "cannot give the new file the plan's permissions"
    case .sync: return "the disk did not confirm the write"
    case .close: return "closing failed"
    case .keepBackup(let name): return "cannot keep the previous version as \(name).bak"
    case .replace(let name): return "cannot replace \(name)"
    }
  }
}
