import EcowerkModel
import EcowerkStrings
import EcowerkText

/// What `ecowerk diff OLD NEW` prints, in the session's language: the changes grouped by step
/// as text for a terminal or a git diff, as Markdown, or as JSON for scripts. Deterministic:
/// the same two plans give the same bytes.
public enum ChangeListing {
  /// Text: a title, then per group its heading and one line per change, then the count.
  /// Text from the plans is sanitised: it goes to a terminal.
  public static func text(
    _ diff: PlanDiff, old: String, new: String, plan: Plan?, strings: Strings
  ) -> String {
    let words = ChangeWords(strings: strings, names: diff.names, plan: plan)
    var lines = [strings.format("change.title", old, new), ""]
    if diff.isEmpty {
      lines.append(strings["change.none"])
    } else {
      for group in ChangeGroup.of(diff.changes) {
        lines.append(group.title(strings))
        lines += group.changes.map { "  " + words.sentence($0) }
        lines.append("")
      }
      lines.append(count(diff.changes.count, strings))
    }
    return lines.map { Sanitizer.line($0) }.joined(separator: "\n") + "\n"
  }

  /// Markdown: a heading per group and a bulleted list of changes, plan text escaped.
  public static func markdown(
    _ diff: PlanDiff, old: String, new: String, plan: Plan?, strings: Strings
  ) -> String {
    let words = ChangeWords(strings: strings, names: diff.names, plan: plan)
    var blocks = ["# " + MarkdownEscaping.inline(strings.format("change.title", old, new))]
    if diff.isEmpty {
      blocks.append(MarkdownEscaping.inline(strings["change.none"]))
    } else {
      for group in ChangeGroup.of(diff.changes) {
        blocks.append("## " + MarkdownEscaping.inline(group.title(strings)))
        blocks.append(
          group.changes.map { "- " + MarkdownEscaping.inline(words.sentence($0)) }
            .joined(separator: "\n"))
      }
      blocks.append(MarkdownEscaping.inline(count(diff.changes.count, strings)))
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  /// JSON: per change its step, the entity (kind, id, parent), what happened, the field and
  /// its values as the plan file writes them, and the sentence.
  public static func json(
    _ diff: PlanDiff, old: String, new: String, plan: Plan?, strings: Strings
  ) -> String {
    let words = ChangeWords(strings: strings, names: diff.names, plan: plan)
    let quoted = CheckListing.quoted
    var out = "{\n"
    out += "  \"format\": \"ecowerk-diff\",\n"
    out += "  \"old\": \(quoted(old)),\n"
    out += "  \"new\": \(quoted(new)),\n"
    out += "  \"language\": \(quoted(strings.language.rawValue)),\n"
    out += "  \"changes\": [" + (diff.isEmpty ? "]\n" : "\n")
    for (index, change) in diff.changes.enumerated() {
      let entity = change.ref
      out += "    {\n"
      out += "      \"step\": \(ChangeGroup.step(of: change).map(String.init) ?? "null"),\n"
      out += "      \"entity\": { \"kind\": \(quoted(entity.kind.rawValue)), "
      out += "\"id\": \(entity.idText.map(quoted) ?? "null"), "
      out += "\"parent\": \(entity.parentText.map(quoted) ?? "null") },\n"
      switch change.kind {
      case .added: out += "      \"change\": \"added\",\n"
      case .removed: out += "      \"change\": \"removed\",\n"
      case .moved(let from, let to):
        out += "      \"change\": \"moved\",\n"
        out +=
          "      \"from\": \(quoted(from.kind.rawValue + (from.parentText.map { " " + $0 } ?? ""))),\n"
        out +=
          "      \"to\": \(quoted(to.kind.rawValue + (to.parentText.map { " " + $0 } ?? ""))),\n"
      case .changed(let field, let from, let to):
        out += "      \"change\": \"changed\",\n"
        out += "      \"field\": \(quoted(field.rawValue)),\n"
        out += "      \"from\": \(JSONValueText.of(from)),\n"
        out += "      \"to\": \(JSONValueText.of(to)),\n"
      }
      out += "      \"text\": \(quoted(words.sentence(change)))\n"
      out += "    }" + (index == diff.changes.count - 1 ? "\n" : ",\n")
    }
    if !diff.isEmpty { out += "  ]\n" }
    out += "}\n"
    return out
  }

  static func count(_ count: Int, _ strings: Strings) -> String {
    strings.format(count == 1 ? "change.count.one" : "change.count.other", strings.number(count))
  }
}

/// A field value as JSON, the way the plan file writes it: text as a string, amounts as
/// decimal euros, dates as ISO days, references as ids, none as null.
enum JSONValueText {
  static func of(_ value: FieldValue) -> String {
    let quoted = CheckListing.quoted
    switch value {
    case .text(let text): return quoted(text)
    case .texts(let texts): return "[" + texts.map(quoted).joined(separator: ", ") + "]"
    case .integer(let number): return number.map(String.init) ?? "null"
    case .number(let number):
      guard let number, number.isFinite else { return "null" }
      return number == number.rounded() && abs(number) < 1e15
        ? String(Int64(number)) : String(number)
    case .money(let amount):
      return amount.map { $0.formatted(.english).filter { $0 != "€" && $0 != "," } } ?? "null"
    case .flag(let flag): return flag ? "true" : "false"
    case .date(let date): return date.map { quoted($0.description) } ?? "null"
    case .choice(let raw), .reference(let raw): return raw.map(quoted) ?? "null"
    case .references(let ids): return "[" + ids.map(quoted).joined(separator: ", ") + "]"
    case .arrangements(let cells):
      return "{"
        + cells.keys.sorted().compactMap { partner in
          cells[partner].map { "\(quoted(partner.rawValue)): \(quoted($0.rawValue))" }
        }.joined(separator: ", ") + "}"
    }
  }
}
