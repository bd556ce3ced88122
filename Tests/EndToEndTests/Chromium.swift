import Foundation

/// Headless Chromium and poppler's pdftotext, for printing a snapshot to PDF as a user's
/// browser does and reading back what is on the pages.
///
/// What works in a container, as root, on Debian 12 with Chromium 156: `--headless
/// --no-sandbox --disable-gpu --print-to-pdf=OUT URL`. `--no-sandbox` because Chromium's
/// sandbox refuses to run as root; `--no-pdf-header-footer` (older versions:
/// `--print-to-pdf-no-header`) because the browser's own header and footer would stand where
/// the snapshot puts its page numbers; a profile folder of its own per run, because two
/// Chromiums on one profile wait for each other; `--disable-dev-shm-usage` because a
/// container's /dev/shm is small. D-Bus complaints on standard error are harmless.
enum Chromium {
  static let executable = Spawn.find([
    "chromium", "chromium-browser", "google-chrome", "google-chrome-stable",
  ])
  static let pdftotext = Spawn.find(["pdftotext"])

  static var isAvailable: Bool { executable != nil && pdftotext != nil }

  /// Why the PDF tests cannot run here, or nil when they can.
  static var missing: String? {
    var tools: [String] = []
    if executable == nil { tools.append("chromium") }
    if pdftotext == nil { tools.append("poppler-utils") }
    return tools.isEmpty ? nil : "apt-get install " + tools.joined(separator: " ")
  }

  /// Prints the page at `html` to `pdf` as A4 (the page asks for it); `tagged: false` leaves
  /// out the PDF's structure tree (for screen readers), which for thousands of pages costs
  /// minutes and gigabytes.
  static func printToPDF(_ html: String, _ pdf: String, profile: String, tagged: Bool = true)
    throws
  {
    guard let executable else { throw Spawn.Failure(description: "no chromium") }
    var arguments = [
      executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
      "--disable-crash-reporter", "--no-first-run", "--disable-extensions",
      "--user-data-dir=\(profile)", "--no-pdf-header-footer", "--print-to-pdf-no-header",
    ]
    if !tagged { arguments.append("--disable-pdf-tagging") }
    arguments += ["--print-to-pdf=\(pdf)", URL(fileURLWithPath: html).absoluteString]
    // Chromium's crash handler writes under $HOME; keep it in the scratch folder.
    let result = try Spawn.run(
      arguments,
      environment: [
        "HOME": profile, "XDG_CONFIG_HOME": profile + "/config",
        "XDG_CACHE_HOME": profile + "/cache",
      ], timeout: 900)
    guard result.status == 0, FileManager.default.fileExists(atPath: pdf) else {
      throw Spawn.Failure(description: "chromium failed (\(result.status)): \(result.error)")
    }
  }

  /// What sticks out of a 1200-pixel browser window showing `html`: the page's width against
  /// the window's, and every table, picture or figure whose right edge is beyond the window.
  /// The measuring script is in a page of the test's own that shows the snapshot in a frame
  /// (the snapshot itself has no scripts); Chromium runs it and prints the result.
  static func overflow(at html: String, in scratch: String) throws -> [String] {
    guard let executable else { throw Spawn.Failure(description: "no chromium") }
    let probe = scratch + "/probe.html"
    let frame = URL(fileURLWithPath: html).lastPathComponent
    try """
    <!DOCTYPE html><html><body style="margin:0">
    <iframe id="f" src="\(frame)" style="width:1200px;height:800px;border:0"></iframe>
    <pre id="out">pending</pre>
    <script>
    document.getElementById('f').onload = function () {
      const d = document.getElementById('f').contentDocument;
      const root = d.scrollingElement;
      const lines = [];
      if (root.scrollWidth > root.clientWidth) lines.push('page ' + root.scrollWidth);
      d.querySelectorAll('table, svg, figure, p, li, dd').forEach(function (e) {
        const r = e.getBoundingClientRect();
        if (r.right > root.clientWidth + 0.5) {
          lines.push(e.tagName + ' "' + e.textContent.slice(0, 40) + '" to ' + Math.round(r.right));
        }
      });
      document.getElementById('out').textContent = 'measured\\n' + lines.join('\\n');
    };
    </script></body></html>
    """.write(toFile: probe, atomically: true, encoding: .utf8)
    let dom = scratch + "/probe.dom"
    let result = try Spawn.run(
      [
        executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--user-data-dir=\(scratch)/profile-screen", "--allow-file-access-from-files",
        "--virtual-time-budget=10000", "--dump-dom", URL(fileURLWithPath: probe).absoluteString,
      ], output: dom,
      environment: ["HOME": scratch, "XDG_CONFIG_HOME": scratch + "/config"], timeout: 300)
    guard result.status == 0 else {
      throw Spawn.Failure(description: "chromium failed (\(result.status)): \(result.error)")
    }
    let text = try String(contentsOfFile: dom, encoding: .utf8)
    guard let start = text.range(of: "<pre id=\"out\">measured\n"),
      let end = text[start.upperBound...].range(of: "</pre>")
    else { throw Spawn.Failure(description: "the probe did not measure: \(text.prefix(200))") }
    return text[start.upperBound..<end.lowerBound].split(separator: "\n").map(String.init)
  }

  /// The text of every page, in the order it is drawn (`-raw`, so the lines of one table
  /// cell stay together).
  static func pages(_ pdf: String) throws -> [String] {
    guard let pdftotext else { throw Spawn.Failure(description: "no pdftotext") }
    let text = pdf + ".txt"
    let result = try Spawn.run([pdftotext, "-raw", "-enc", "UTF-8", pdf, text])
    guard result.status == 0 else {
      throw Spawn.Failure(description: "pdftotext failed: \(result.error)")
    }
    let all = try String(contentsOfFile: text, encoding: .utf8)
    var pages = all.components(separatedBy: "\u{0C}")
    if pages.last?.allSatisfy(\.isWhitespace) == true { pages.removeLast() }
    return pages
  }

  /// Text with every kind of space, line break and emoji variation selector taken out: a name
  /// wrapped over two lines of a table cell is found whole, and pdftotext's habit of dropping
  /// the space after a CJK character or an emoji does not matter.
  static func squeezed(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.filter {
          !$0.properties.isWhitespace && $0.value != 0xFE0F && $0.value != 0x200B
            && $0.value != 0x00AD
        }))
  }
}

/// A large text searched many times: bytes and glibc's `memmem`, because `String.contains`
/// over the megabytes of a 2,000-page PDF, ten thousand times, takes minutes.
struct Haystack {
  let bytes: [UInt8]

  init(_ text: String) {
    bytes = Array(text.utf8)
  }

  /// The byte offset where `needle` starts at or after `start`, or nil.
  func find(_ needle: String, from start: Int = 0) -> Int? {
    let pattern = Array(needle.utf8)
    guard !pattern.isEmpty else { return start }
    guard start < bytes.count else { return nil }
    return bytes.withUnsafeBytes { haystack in
      pattern.withUnsafeBytes { wanted in
        guard let base = haystack.baseAddress, let wantedBase = wanted.baseAddress,
          let found = Self.memmem(base + start, haystack.count - start, wantedBase, wanted.count)
        else { return nil }
        return base.distance(to: UnsafeRawPointer(found))
      }
    }
  }

  private typealias MemMem =
    @convention(c) (UnsafeRawPointer, Int, UnsafeRawPointer, Int) -> UnsafeMutableRawPointer?

  /// glibc's memmem, which the Glibc module does not import (it is a GNU extension).
  private static let memmem: MemMem = {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "memmem") else {
      fatalError("glibc without memmem")
    }
    return unsafeBitCast(symbol, to: MemMem.self)
  }()

  func contains(_ needle: String) -> Bool {
    find(needle) != nil
  }
}
