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
  /// The recovery journal could not be written; `reason` is the system's.
  case journalNotWritten(reason: String)
  /// Saving would give a file larger than ecowerk opens.
  case tooLargeToSave(bytes: Int, limit: Int)
  /// Saving would give a file ecowerk refuses to open; the field path and what is wrong.
  case wouldNotOpen(path: String, problem: PlanViolation.Problem)
  /// The plan breaks one of its rules at the error's field path and location.
  case brokenRule(PlanViolation.Problem)
  /// A rubric file named by a plan is not an ecowerk rubric; its content is not quoted, since
  /// the plan may have named any file.
  case notARubric
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
    case .journalNotWritten(let reason):
      return "the recovery journal cannot be written: \(reason)"
    case .tooLargeToSave(let bytes, let limit):
      return "the plan would be \(PlanFormat.bytes(bytes)); ecowerk opens plans up to "
        + "\(PlanFormat.bytes(limit)); the plan was NOT saved"
    case .wouldNotOpen(let path, let problem):
      return "the plan was NOT saved: it could not be opened again (\(path): \(problem))"
    case .brokenRule(let problem):
      return problem.description
    case .notARubric:
      return "is not an ecowerk rubric"
    }
  }
}
