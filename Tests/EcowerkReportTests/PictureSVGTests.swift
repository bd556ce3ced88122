import EcowerkFixtures
import EcowerkModel
import EcowerkReport
import EcowerkStore
import EcowerkStrings
import Foundation
import Testing

/// The pictures of the HTML snapshot: well-formed SVG, nothing that runs or fetches, every
/// stakeholder of the demo in the grid and every node of its Theory of Change in the diagram.
@Suite struct PictureSVGTests {
  @Test(arguments: Language.allCases)
  func everyPictureOfTheDemoIsWellFormedAndInert(_ language: Language) throws {
    let pictures = SVGSupport.pictures(in: try SVGSupport.demoHTML(language))
    // SMEs, the grid, the money, the profile, two impact goals, the alley; NGF share is text.
    #expect(pictures.count >= 7, "\(pictures.count)")
    for svg in pictures {
      let parsed = SVGSupport.parse(svg)
      #expect(parsed.error == nil, "\(parsed.error ?? "")\n\(svg.prefix(300))")
      #expect(SVGSupport.activeContent(parsed).isEmpty, "\(SVGSupport.activeContent(parsed))")
      #expect(parsed.elements.first == "svg")
      #expect(parsed.elements.contains("title") && parsed.elements.contains("desc"))
    }
  }

  @Test func everyDemoStakeholderIsInTheGridWithItsMark() throws {
    let plan = try DemoPlan.load()
    let html = try SVGSupport.demoHTML(.english)
    let grid = try #require(
      SVGSupport.pictures(in: html).first { $0.contains("Influence × interest") })
    let parsed = SVGSupport.parse(grid)
    let text = SVGSupport.squeezed(parsed.texts.joined())
    for party in plan.stakeholders {
      #expect(text.contains(SVGSupport.squeezed(party.name)), "\(party.name) not in the grid")
    }
    #expect(text.contains("orchestrator") && text.contains("memberoftheMVE"))
    // One marker per party and three in the legend: a square for the orchestrator.
    let squares = parsed.elements.filter { $0 == "rect" }.count
    let circles = parsed.elements.filter { $0 == "circle" }.count
    #expect(circles == plan.stakeholders.count - plan.orchestrators.count + 2)
    #expect(squares > 25, "the cells, the frame, the markers")
  }

  @Test(arguments: Language.allCases)
  func everyDemoNodeIsInTheDiagram(_ language: Language) throws {
    let plan = try DemoPlan.load()
    let html = try SVGSupport.demoHTML(language)
    let title = Strings(language)["report.toc.diagram"]
    let diagrams = SVGSupport.pictures(in: html).filter { svg in
      SVGSupport.parse(svg).elements.contains("title") && svg.contains("<title id=")
        && svg.contains(HTMLEscaped.of(title))
    }
    #expect(diagrams.count == plan.theoryOfChange.count, "one per impact goal")
    let text = SVGSupport.squeezed(
      diagrams.map { SVGSupport.parse($0).texts.joined() }.joined())
    for entry in plan.allNodes() {
      #expect(text.contains(SVGSupport.squeezed(entry.node.title)), "\(entry.node.title)")
    }
  }

  @Test(arguments: HostileStrings.all.prefix(30))
  func hostileNamesStayTextInEveryPicture(_ hostile: String) throws {
    let plan = HostileStrings.filling(ReportFixture.plan, with: hostile)
    let html = Report.render(
      plan, format: .html, language: .english, today: ReportFixture.today,
      rubric: ReportFixture.rubric)
    for svg in SVGSupport.pictures(in: html) {
      let parsed = SVGSupport.parse(svg)
      #expect(parsed.error == nil, "\(parsed.error ?? "")")
      #expect(SVGSupport.activeContent(parsed).isEmpty)
    }
  }

  @Test func theLargePlanDrawsItsTreeInPagesThatFit() throws {
    let plan = PlanGenerator(seed: 7).plan(
      stakeholders: 300, segments: 40, nodes: 600, actions: 100)
    let html = Report.render(
      plan, format: .html, language: .dutch, today: ReportFixture.today,
      sections: [.theoryOfChange])
    let pictures = SVGSupport.pictures(in: html)
    #expect(pictures.count > plan.theoryOfChange.count, "goals too tall for a page come in parts")
    for svg in pictures {
      let parsed = SVGSupport.parse(svg)
      #expect(parsed.error == nil)
      let svgAttributes = try #require(parsed.attributes.first)
      let width = try #require(Double(svgAttributes["width"] ?? ""))
      let box = svgAttributes["viewBox"]?.split(separator: " ").compactMap { Double($0) } ?? []
      let height = try #require(box.last)
      #expect(height * 680 / max(680, width) <= 900, "a part fits an A4 page: \(height)")
    }
  }
}

/// Plan text as the HTML writer escapes it, to find a caption in the page.
enum HTMLEscaped {
  static func of(_ text: String) -> String {
    text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "'", with: "&#39;")
  }
}
