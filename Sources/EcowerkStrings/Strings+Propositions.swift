/// Texts of the Propositions pane(s).
extension Strings {
  static let propositionsTexts: [String: Pair] = [:]
}
