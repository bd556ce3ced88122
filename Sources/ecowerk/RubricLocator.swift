import EcowerkModel
import EcowerkStore

/// Finds the rubric a plan uses: its own rubric file (relative to the plan's folder) or the
/// shipped default. A rubric that cannot be read is reported once and the default used.
enum RubricLocator {
  static func rubric(for plan: Plan, planFile: String) -> Rubric? {
    if let file = plan.rubricFile, !file.isEmpty {
      let path = file.hasPrefix("/") ? file : directory(of: planFile) + "/" + file
      do {
        return try RubricFile.load(path)
      } catch {
        Console.error("ecowerk: \(error.description)")
      }
    }
    return try? RubricFile.loadDefault()
  }

  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return String(path[..<slash])
  }
}
