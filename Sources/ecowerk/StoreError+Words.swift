import EcowerkStore
import EcowerkStrings

extension Strings {
  /// A store error in the session's language: the words of its problem from the string table
  /// when it has one, else the store's own located message.
  func describe(_ error: StoreError) -> String {
    guard let problem = error.problem else { return error.description }
    let file = error.file
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
    case .journalNotWritten(let reason):
      return format("store.journalNotWritten", file, reason)
    case .tooLargeToSave(let bytes, let limit):
      return format("store.tooLargeToSave", file, number(bytes), number(limit))
    case .wouldNotOpen(let path, let violation):
      return format("store.wouldNotOpen", file, path, self.violation(violation))
    case .brokenRule(let violation):
      var located = error
      located.message = self.violation(violation)
      return located.description
    case .notARubric:
      return format("store.notARubric", file)
    }
  }
}
