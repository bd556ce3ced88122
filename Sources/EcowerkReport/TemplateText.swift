/// Fills the "{1}", "{2}", … of a template the document carries already translated ("{1},
/// part {2} of {3}", "+{1} more"), where the string table is no longer at hand.
enum TemplateText {
  static func fill(_ template: String, _ arguments: [String]) -> String {
    var result = template
    for (index, argument) in arguments.enumerated() {
      result = replace("{\(index + 1)}", in: result, with: argument)
    }
    return result
  }

  private static func replace(_ target: String, in text: String, with replacement: String)
    -> String
  {
    var result = ""
    var rest = Substring(text)
    while let range = rest.firstRange(of: target) {
      result += rest[..<range.lowerBound] + replacement
      rest = rest[range.upperBound...]
    }
    return result + rest
  }
}
