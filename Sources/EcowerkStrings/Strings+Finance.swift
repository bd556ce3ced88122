/// Texts of the Finance pane(s).
extension Strings {
  static let financeTexts: [String: Pair] = [:]
}
