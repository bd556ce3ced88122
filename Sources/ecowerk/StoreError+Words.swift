import EcowerkStore
import EcowerkStrings

extension Strings {
  /// A store error in the session's language: `FILE:LINE:COLUMN: field.path: ` (the same in
  /// every language) and the words of its problem, or one sentence that names the file itself
  /// (a link beside the plan, a save refused).
  func describe(_ error: StoreError) -> String {
    let text = words(error.problem, file: error.file)
    return error.problem.namesItsFile ? text : error.location + text
  }

  /// What is wrong, in words; `file` is named by the problems that say it themselves.
  func words(_ problem: StoreProblem, file: String) -> String {
    switch problem {
    case .neighbourIsLink:
      return format("store.neighbourLink", file)
    case .neighbourNotRegular(_, let type):
      return format("store.neighbourNotRegular", file, fileType(type.rawValue))
    case .neighbourHasLinks(_, let count):
      return format("store.neighbourLinks", file, count)
    case .notAFile(let type):
      return format("store.notAFile", file, fileType(type.rawValue))
    case .cannotWriteInto(let type):
      return format("store.cannotWriteInto", file, fileType(type.rawValue))
    case .noReader:
      return format("store.noReader", file)
    case .readOnlyFile:
      return format("store.readOnlyFile", file)
    case .folderGone(let folder):
      return format("store.folderGone", folder)
    case .journalNotWritten(let system):
      return format("store.journalNotWritten", file, words(system))
    case .tooLargeToSave(let bytes, let limit):
      return format("store.tooLargeToSave", file, number(bytes), number(limit))
    case .wouldNotOpen(let path, let violation):
      return format("store.wouldNotOpen", file, path, self.violation(violation))
    case .brokenRule(let violation):
      return self.violation(violation)
    case .notARubric:
      return format("store.notARubric", file)
    case .syntax(let kind): return words(kind)
    case .decode(let problem): return words(problem)
    case .cannotRead(let system): return format("store.cannotRead", words(system))
    case .system(let system): return words(system)
    case .fileTooLarge(let role, let bytes, let limit):
      return format(
        "store.fileTooLarge.\(role.rawValue)", number(bytes), number(limit), limit / 1_048_576)
    case .notAPlan: return self["store.notAPlan"]
    case .notPlanFormat: return self["store.notPlanFormat"]
    case .schemaVersionMissing: return self["store.schemaVersionMissing"]
    case .newerSchema(let found, let supported):
      return format("store.newerSchema", found, supported)
    case .schemaVersionTooLow(let version): return format("store.schemaVersionTooLow", version)
    case .missingFromInstallation: return self["store.missingFromInstallation"]
    case .saveFailed(let step, let system):
      return format("store.saveFailed", words(step), words(system))
    case .saveNotConfirmed(let system): return format("store.saveNotConfirmed", words(system))
    case .wouldNotReadBack: return self["store.wouldNotReadBack"]
    case .wouldNotReopen(let inner):
      return format("store.wouldNotReopen", words(inner, file: file))
    case .cannotOpen(let system): return format("store.cannotOpen", words(system))
    case .writeFailed(let system): return format("store.writeFailed", words(system))
    case .cannotMakeFolder(let system): return format("store.cannotMakeFolder", words(system))
    case .notAJournal: return self["store.notAJournal"]
    case .journalHeaderDamaged: return self["store.journalHeaderDamaged"]
    case .notAJournalEntry: return self["store.notAJournalEntry"]
    case .entryCutOff(let kind): return format("store.entryCutOff", words(kind))
    case .journalTooLarge(let limit): return format("store.journalTooLarge", number(limit))
    case .lockKeepsChanging: return self["store.lockKeepsChanging"]
    }
  }

  /// The step of a save that failed.
  func words(_ step: SaveStep) -> String {
    switch step {
    case .createFile(let folder): return format("save.createFile", folder)
    case .write: return self["save.write"]
    case .setMode: return self["save.setMode"]
    case .sync: return self["save.sync"]
    case .close: return self["save.close"]
    case .keepBackup(let name): return format("save.keepBackup", name)
    case .replace(let name): return format("save.replace", name)
    }
  }

  /// A system error by its name (`errno.ENOSPC`), or in the system's own words when the string
  /// table does not know it.
  func words(_ system: SystemError) -> String {
    guard let name = system.name, has("errno.\(name)") else { return system.text }
    return self["errno.\(name)"]
  }
}

extension StoreProblem {
  /// Whether the words name the file themselves, so that `FILE: ` is not put before them.
  var namesItsFile: Bool {
    switch self {
    case .neighbourIsLink, .neighbourNotRegular, .neighbourHasLinks, .notAFile, .cannotWriteInto,
      .noReader, .readOnlyFile, .folderGone, .journalNotWritten, .tooLargeToSave, .wouldNotOpen,
      .notARubric:
      return true
    default:
      return false
    }
  }
}
