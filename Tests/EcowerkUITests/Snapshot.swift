import Foundation
import Testing

/// Compares text with a golden file under `Snapshots/`, exactly. Set RECORD_SNAPSHOTS=1 to
/// write the golden files anew — on purpose only, and read the diff before committing.
func assertSnapshot(
  _ text: String, named name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")
  let file = folder.appendingPathComponent(name + ".txt")
  if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try? Data(text.utf8).write(to: file)
    return
  }
  guard let data = try? Data(contentsOf: file) else {
    Issue.record(
      "No snapshot \(name).txt yet; run with RECORD_SNAPSHOTS=1 to record it",
      sourceLocation: sourceLocation)
    return
  }
  let expected = String(decoding: data, as: UTF8.self)
  if expected != text {
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = text.split(separator: "\n", omittingEmptySubsequences: false)
    var report = "Snapshot \(name) differs:\n"
    for index in 0..<max(expectedLines.count, actualLines.count) {
      let want = index < expectedLines.count ? String(expectedLines[index]) : "∅"
      let got = index < actualLines.count ? String(actualLines[index]) : "∅"
      if want != got { report += "line \(index + 1)\n  expected: \(want)\n  actual:   \(got)\n" }
    }
    Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
  }
}
