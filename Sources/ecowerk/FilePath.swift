/// The folder and the name of a path as the user gave it, without touching the disk.
enum FilePath {
  /// `a/b/plan.json` → `a/b`; `plan.json` → `.`; `/plan.json` → `/`.
  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// `a/b/plan.json` → `plan.json`.
  static func name(of path: String) -> String {
    path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
  }
}
