import EcowerkText

/// Wrapping for files that do not otherwise need EcowerkText.
enum TextLayoutBridge {
  static func wrap(_ text: String, _ width: Int) -> [String] {
    TextLayout.wrap(Sanitizer.text(text), width: max(1, width))
  }
}
