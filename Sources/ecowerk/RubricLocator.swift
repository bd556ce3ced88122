import EcowerkModel
import EcowerkStore

/// Finds the rubric a plan uses: the file given with `--rubric`, else the plan's own rubric
/// file (relative to the plan's folder), else the shipped default. A rubric that cannot be
/// read is reported by the caller, where it can be seen, and the default used.
enum RubricLocator {
  /// The rubric, and the store's located error when the chosen file could not be read.
  static func rubric(for plan: Plan, planFile: String, override: String? = nil) -> (
    rubric: Rubric?, problem: StoreError?
  ) {
    var path: String?
    if let override, !override.isEmpty {
      // Given on the command line, so relative to where ecowerk was started.
      path = override
    } else if let file = plan.rubricFile, !file.isEmpty {
      path = resolve(file, planFile: planFile)
    }
    guard let path else { return (try? RubricFile.loadDefault(), nil) }
    do {
      return (try RubricFile.load(path), nil)
    } catch {
      return (try? RubricFile.loadDefault(), error)
    }
  }

  /// A rubric file as a plan records it, relative to the plan's folder unless absolute.
  static func resolve(_ file: String, planFile: String) -> String {
    file.hasPrefix("/") ? file : FilePath.folder(of: planFile) + "/" + file
  }
}
