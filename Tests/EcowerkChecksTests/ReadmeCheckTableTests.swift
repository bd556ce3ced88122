import EcowerkChecks
import Foundation
import Testing

/// The README's check table lists every check, in the order `ecowerk check` reports them,
/// with its severity: a check added without its row fails here.
@Suite struct ReadmeCheckTableTests {
  static func rows() throws -> [(id: String, severity: String)] {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")
    let text = try String(contentsOf: readme, encoding: .utf8)
    return text.split(separator: "\n").compactMap { line in
      let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard cells.count >= 4, cells[1].hasPrefix("`"), cells[1].hasSuffix("`"),
        Check(rawValue: String(cells[1].dropFirst().dropLast())) != nil
      else { return nil }
      return (String(cells[1].dropFirst().dropLast()), cells[2])
    }
  }

  @Test func theTableListsEveryCheckWithItsSeverity() throws {
    let rows = try Self.rows()
    #expect(rows.map(\.id) == Check.allCases.map(\.id))
    for (id, severity) in rows {
      let check = try #require(Check(rawValue: id))
      #expect(severity == check.severity.rawValue, "\(id)")
    }
  }
}
