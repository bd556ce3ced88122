import EcowerkModel
import EcowerkStrings

/// Loading another rubric from within the workbench: `:rubric FILE` records the file in the
/// plan, so that it is used whenever the plan is opened or printed, and asks the runner to
/// read it; the answer comes back as `Event.rubricLoaded`.
extension PeerReviewPane {
  /// `:rubric FILE`. A relative FILE is taken from the plan's folder, like the plan's
  /// `rubricFile`; an absolute one inside that folder is recorded relative to it, so that the
  /// folder can be moved or shared as a whole. A read-only plan loads the rubric but does not
  /// record it.
  static func loadRubric(_ argument: String, _ state: inout AppState) -> [Effect] {
    var file = argument.trimmed
    if file.count >= 2, let first = file.first, first == file.last, first == "'" || first == "\"" {
      file = String(file.dropFirst().dropLast())
    }
    guard !file.isEmpty else {
      state.status = StatusMessage(state.strings["review.rubricUsage"], .warning)
      return []
    }
    let recorded = recordedPath(file, planFile: state.filePath)
    let old = state.plan.rubricFile ?? ""
    var effects: [Effect] = []
    if recorded != old, !state.settings.readOnly {
      effects = Workbench.commit(
        .set(.plan, .rubricFile, from: .text(old), to: .text(recorded)), &state)
    }
    return effects + [.loadRubric(path: recorded)]
  }

  /// `file` as the plan records it: relative to the plan's folder when it lies inside it.
  static func recordedPath(_ file: String, planFile: String) -> String {
    var file = file
    while file.hasPrefix("./") { file.removeFirst(2) }
    guard file.hasPrefix("/"), let slash = planFile.lastIndex(of: "/") else { return file }
    let folder = String(planFile[..<slash])
    guard folder.hasPrefix("/"), file.hasPrefix(folder + "/") else { return file }
    return String(file.dropFirst(folder.count + 1))
  }

  /// The runner's answer: the rubric is used from now on, or the error says where the file is
  /// wrong and the rubric in use stays.
  static func rubricLoaded(_ rubric: Rubric?, error: String?, _ state: inout AppState) {
    let s = state.strings
    guard let rubric else {
      state.status = StatusMessage(s.format("review.rubricFailed", error ?? ""), .error)
      return
    }
    state.rubric = rubric
    let name = rubric.name.text(english: s.language == .english)
    state.status = StatusMessage(s.format("review.rubricLoaded", name))
  }
}
