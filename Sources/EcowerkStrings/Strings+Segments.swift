/// Texts of the Segments pane(s).
extension Strings {
  static let segmentsTexts: [String: Pair] = [:]
}
