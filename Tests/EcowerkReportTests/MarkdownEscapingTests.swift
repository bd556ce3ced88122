import EcowerkModel
import EcowerkReport
import Testing

/// Escaping is checked through the renderer's output for one paragraph, the way a partner's
/// text reaches a Markdown file.
@Suite("Markdown escaping")
struct MarkdownEscapingTests {
  static func paragraph(_ text: String) -> String {
    let document = ReportDocument(
      title: "T",
      sections: [ReportSection(id: .vision, step: nil, title: "S", blocks: [.paragraph(text)])])
    let output = MarkdownRenderer().render(document)
    return String(output.dropFirst("# T\n\n## S\n\n".count).dropLast())
  }

  @Test(
    "plan text renders literally",
    arguments: [
      ("*vet* en _schuin_", "\\*vet\\* en \\_schuin\\_"),
      ("a | b", "a \\| b"),
      ("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"),
      ("[link](https://x.nl)", "\\[link\\](https://x.nl)"),
      ("`code` ~~weg~~", "\\`code\\` \\~\\~weg\\~\\~"),
      ("c:\\pad", "c:\\\\pad"),
      ("# geen kop", "\\# geen kop"),
      ("> geen citaat", "\\> geen citaat"),
      ("- geen lijst", "\\- geen lijst"),
      ("+ geen lijst", "\\+ geen lijst"),
      ("---", "\\---"),
      ("2026. Het jaar", "2026\\. Het jaar"),
      ("1) eerste", "1\\) eerste"),
      ("1.5 miljoen", "1.5 miljoen"),
      ("kosten $5 en $6", "kosten \\$5 en \\$6"),
      ("&amp; blijft", "\\&amp; blijft"),
      ("    geen code", "geen code"),
      ("regel 1\nregel 2", "regel 1<br>regel 2"),
      ("\u{1B}[31mrood", "\u{241B}\\[31mrood"),
      ("\u{202E}tekst", "\u{21C4}tekst"),
      ("één 田中 🔥", "één 田中 🔥"),
    ])
  func planTextRendersLiterally(input: String, expected: String) {
    #expect(Self.paragraph(input) == expected)
  }
}
