/// Texts of the TheoryOfChange pane(s).
extension Strings {
  static let theoryOfChangeTexts: [String: Pair] = [:]
}
