import EcowerkReport
import Testing

@Suite("Bar chart")
struct ReportBarChartTests {
  @Test(
    "bars fill in proportion, clamped to their width",
    arguments: [
      ([0.5], 10, "#####....."),
      ([0.0], 4, "...."),
      ([1.0], 4, "####"),
      ([1.5], 4, "####"),
      ([-0.5], 4, "...."),
      ([Double.nan], 4, "...."),
      ([0.25, 0.25], 10, "###==....."),
      ([0.5, 0.5, 0.5], 6, "###==="),
      ([0.1, 0.2, 0.3, 0.4], 10, "#==+++~~~~"),
    ])
  func barsFillInProportion(fractions: [Double], width: Int, expected: String) {
    #expect(ReportBarChart.bar(fractions, width: width) == expected)
  }

  @Test("the parts always add up to the whole width")
  func partsAddUpToTheWidth() {
    for width in 1...60 {
      let bar = ReportBarChart.bar([1 / 3, 1 / 3, 1 / 3], width: width)
      #expect(bar.count == width)
      #expect(!bar.contains("."))
    }
  }
}
