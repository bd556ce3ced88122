import EcowerkJSON
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
  /// its values as the plan file writes them, and the sentence. Written by the one JSON
  /// writer, which escapes every control, separator and bidi character.
  public static func json(
    _ diff: PlanDiff, old: String, new: String, plan: Plan?, strings: Strings
  ) -> String {
    let words = ChangeWords(strings: strings, names: diff.names, plan: plan)
    var out = JSONWriter(style: .pretty)
    out.beginObject()
    for (key, value) in [
      ("format", "ecowerk-diff"), ("old", old), ("new", new),
      ("language", strings.language.rawValue),
    ] {
      out.key(key)
      out.string(value)
    }
    out.key("changes")
    out.beginArray()
    for change in diff.changes {
      let entity = change.ref
      out.beginObject()
      out.key("step")
      if let step = ChangeGroup.step(of: change) { out.integer(step) } else { out.null() }
      out.key("entity")
      out.beginObject()
      out.key("kind")
      out.string(entity.kind.rawValue)
      for (key, value) in [("id", entity.idText), ("parent", entity.parentText)] {
        out.key(key)
        if let value { out.string(value) } else { out.null() }
      }
      out.endObject()
      out.key("change")
      switch change.kind {
      case .added: out.string("added")
      case .removed: out.string("removed")
      case .moved(let from, let to):
        out.string("moved")
        for (key, list) in [("from", from), ("to", to)] {
          out.key(key)
          out.string(list.kind.rawValue + (list.parentText.map { " " + $0 } ?? ""))
        }
      case .changed(let field, let from, let to):
        out.string("changed")
        out.key("field")
        out.string(field.rawValue)
        out.key("from")
        out.plain(from)
        out.key("to")
        out.plain(to)
      }
      out.key("text")
      out.string(words.sentence(change))
      out.endObject()
    }
    out.endArray()
    out.endObject()
    return String(decoding: out.bytes, as: UTF8.self) + "\n"
  }

  static func count(_ count: Int, _ strings: Strings) -> String {
    strings.format(count == 1 ? "change.count.one" : "change.count.other", strings.number(count))
  }
}

extension JSONWriter {
  /// A field value the way the plan file writes it: text as a string, amounts as decimal
  /// euros, dates as ISO days, references as ids, none as null.
  mutating func plain(_ value: FieldValue) {
    switch value {
    case .text(let text): string(text)
    case .texts(let texts), .references(let texts):
      beginArray()
      for text in texts { string(text) }
      endArray()
    case .integer(let number): if let number { integer(number) } else { null() }
    case .number(let number):
      guard let number, number.isFinite else { return null() }
      if number == number.rounded() && abs(number) < 1e15 {
        integer(Int64(number))
      } else {
        double(number)
      }
    case .money(let amount):
      guard let amount else { return null() }
      if amount.cents % 100 == 0 {
        integer(amount.cents / 100)
      } else {
        double(Double(amount.cents) / 100)
      }
    case .flag(let flag): bool(flag)
    case .date(let date): if let date { string(date.description) } else { null() }
    case .choice(let raw), .reference(let raw): if let raw { string(raw) } else { null() }
    case .arrangements(let cells):
      beginObject()
      for partner in cells.keys.sorted() {
        if let arrangement = cells[partner] {
          key(partner.rawValue)
          string(arrangement.rawValue)
        }
      }
      endObject()
    }
  }
}
