import EcowerkModel
import EcowerkReport
import EcowerkStore
import EcowerkStrings
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Pictures cut out of an HTML snapshot and read as XML, for the SVG tests.
enum SVGSupport {
  /// Every `<svg>…</svg>` in the page, in order.
  static func pictures(in html: String) -> [String] {
    html.ranges(of: "<svg ").map { start in
      let end = html[start.lowerBound...].range(of: "</svg>")?.upperBound ?? html.endIndex
      return String(html[start.lowerBound..<end])
    }
  }

  /// What an XML parser makes of one picture: its elements by name, the text of its `<text>`
  /// elements in order, and the parser's error when it is not well-formed.
  struct Parsed {
    var elements: [String] = []
    var attributes: [[String: String]] = []
    var texts: [String] = []
    var error: String?
  }

  static func parse(_ svg: String) -> Parsed {
    let delegate = Collector()
    let parser = XMLParser(data: Data(svg.utf8))
    parser.delegate = delegate
    if !parser.parse() {
      delegate.parsed.error = parser.parserError.map { "\($0)" } ?? "not well-formed"
    }
    return delegate.parsed
  }

  private final class Collector: NSObject, XMLParserDelegate {
    var parsed = Parsed()
    private var inText = false

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String] = [:]
    ) {
      parsed.elements.append(name)
      parsed.attributes.append(attributes)
      if name == "text" {
        inText = true
        parsed.texts.append("")
      }
    }

    func parser(
      _ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      if name == "text" { inText = false }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      if inText, !parsed.texts.isEmpty { parsed.texts[parsed.texts.count - 1] += string }
    }
  }

  /// The demo plan's HTML snapshot in `language`.
  static func demoHTML(_ language: Language = .dutch) throws -> String {
    Report.render(
      try DemoPlan.load(), format: .html, language: language, today: ReportFixture.today,
      rubric: try RubricFile.loadDefault())
  }

  /// Text with spaces and line breaks taken out, so a name wrapped over lines is found whole.
  static func squeezed(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init))
  }

  /// Whether a picture carries anything that could run, link or fetch.
  static func activeContent(_ parsed: Parsed) -> [String] {
    var found: [String] = []
    for (name, attributes) in zip(parsed.elements, parsed.attributes) {
      if ["script", "a", "image", "use", "foreignObject", "iframe", "style"].contains(name) {
        found.append(name)
      }
      for (key, value) in attributes {
        let lower = value.lowercased()
        if key.lowercased().hasPrefix("on") || key.lowercased().contains("href") {
          found.append("\(name) \(key)")
        }
        if key != "xmlns" && (lower.contains("url(") || lower.contains("http")) {
          found.append("\(name) \(key)=\(value)")
        }
      }
    }
    return found
  }
}
