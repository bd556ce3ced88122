/// Texts of the workbench: panes, key help, status bar.
extension Strings {
  static let interfaceTexts: [String: Pair] = [:]
}
