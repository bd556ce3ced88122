import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The joint execution organisation as pane 5 shows it: a functions × partners matrix whose
/// cells read without colour (a symbol and a letter), a legend for the short column headers,
/// and per function a sentence saying who holds it.
struct OrganisationMatrix {
  let plan: Plan
  let strings: Strings
  let glyphs: Glyphs
  let width: Int

  /// The partners that get a column, and the name and place of everyone with an arrangement.
  struct Partners {
    /// Positions in the stakeholder field of the MVE members and anyone with a recorded
    /// arrangement, in the field's order, so columns stay put when an arrangement changes.
    var columns: [Int] = []
    /// Position in the stakeholder field of each partner with an arrangement.
    var order: [StakeholderID: Int] = [:]
    var names: [StakeholderID: String] = [:]
  }

  /// One pass over the stakeholder field, which can hold thousands of parties: positions rather
  /// than copies, and the id looked up only when some function has arrangements at all.
  func partners() -> Partners {
    let arranged = Set(plan.jointOrganisation.flatMap(\.arrangements.keys))
    let stakeholders = plan.stakeholders
    var result = Partners()
    for index in stakeholders.indices {
      let hasArrangement = !arranged.isEmpty && arranged.contains(stakeholders[index].id)
      if hasArrangement || stakeholders[index].inMVE { result.columns.append(index) }
      if hasArrangement {
        result.order[stakeholders[index].id] = index
        result.names[stakeholders[index].id] = name(stakeholders[index].name)
      }
    }
    return result
  }

  var items: [DetailItem] {
    var items: [DetailItem] = [
      .heading(strings["organisation.heading"]),
      .text(strings["organisation.method"], width: width, style: .muted),
    ]
    let functions = plan.jointOrganisation
    guard !functions.isEmpty else {
      return items + [
        .text(strings["organisation.empty"], width: width, style: .muted, indent: 2),
        warning,
      ]
    }
    let partners = partners()
    if partners.columns.isEmpty {
      items.append(
        .text(strings["organisation.noPartners"], width: width, style: .muted, indent: 2))
    } else {
      items += matrix(functions, columns: partners.columns)
    }
    if !functions.contains(where: { $0.arrangements.values.contains(.handOver) }) {
      items.append(warning)
    }
    for function in functions {
      items.append(.blank)
      items.append(holders(function, partners))
      if !function.description.allSatisfy(\.isWhitespace) {
        items.append(
          .block(
            function.description, width: width, indent: 2, style: .muted,
            target: Target(.orgFunction(function.id), .description)))
      }
    }
    return items
  }

  /// The line that says the method is not followed yet: nothing is handed over.
  var warning: DetailItem {
    .block(
      "\(glyphs.warning) " + strings["organisation.noneHandedOver"], width: width,
      style: .colored(.warning, bold: true))
  }

  /// The symbol and letter of an arrangement; the letter makes it readable without colour and
  /// for anyone who has not learnt the symbols.
  func mark(_ arrangement: Arrangement) -> (text: String, style: Style) {
    let ascii = glyphs.horizontal.isASCII
    switch arrangement {
    case .keep: return (ascii ? "." : "·", .muted)
    case .share: return ((ascii ? "+" : "◐") + strings["organisation.letter.share"], .plain)
    case .handOver:
      return (
        (ascii ? "#" : "●") + strings["organisation.letter.handOver"], .colored(.accent, bold: true)
      )
    }
  }

  private func name(_ text: String) -> String {
    text.allSatisfy(\.isWhitespace) ? strings["propositions.unnamed"] : text
  }

  /// The header, one row per function, and the legends. The name column gives way to partner
  /// columns on narrow screens; partners that still do not fit are counted below.
  private func matrix(_ functions: [OrgFunction], columns: [Int]) -> [DetailItem] {
    let partners = columns.prefix(max(1, (width - 12) / 4)).map { plan.stakeholders[$0] }
    let abbreviations = PartnerAbbreviation.make(for: partners.map(\.name))
    let columnWidth = max(4, (abbreviations.map { DisplayWidth.of($0) }.max() ?? 2) + 2)
    let title = strings["organisation.function"]
    let widestName = functions.map { DisplayWidth.of(Sanitizer.line(name($0.name))) }
      .reduce(DisplayWidth.of(title), max)
    let nameWidth = max(
      1, min(width / 2, widestName + 2, max(12, width - columns.count * columnWidth)))
    let shown = min(abbreviations.count, max(0, (width - nameWidth) / columnWidth))
    var header = [
      Span(TextLayout.pad(title, toWidth: nameWidth), .muted)
    ]
    for abbreviation in abbreviations.prefix(shown) {
      header.append(
        Span(
          TextLayout.pad(abbreviation, toWidth: columnWidth, alignment: .center), Style(bold: true))
      )
    }
    var items: [DetailItem] = [.blank, .row(header, selectable: false)]
    let cells = Dictionary(
      uniqueKeysWithValues: Arrangement.allCases.map { arrangement in
        let cell = mark(arrangement)
        return (
          arrangement,
          Span(TextLayout.pad(cell.text, toWidth: columnWidth, alignment: .center), cell.style)
        )
      })
    for function in functions {
      var spans = [
        Span(
          TextLayout.pad(Sanitizer.line(name(function.name)), toWidth: max(0, nameWidth - 1)) + " ")
      ]
      for partner in partners.prefix(shown) {
        spans.append(cells[function.arrangement(of: partner.id)] ?? Span(""))
      }
      items.append(.row(spans, target: Target(.orgFunction(function.id), .arrangements)))
    }
    let symbols = Arrangement.allCases.map { mark($0).text + " " + strings.label($0) }
    items.append(.text(symbols.joined(separator: "   "), width: width, style: .muted))
    let legend = zip(abbreviations.prefix(shown), partners).map { "\($0) = \(name($1.name))" }
    items.append(
      .text(
        strings.format("organisation.columns", legend.joined(separator: "; ")), width: width,
        style: .muted))
    if shown < columns.count {
      items.append(
        .text(
          strings.format("organisation.moreColumns", strings.number(columns.count - shown)),
          width: width, style: .colored(.warning)))
    }
    return items
  }

  /// "Pool van energiecoaches — overgedragen door A en B; gedeeld door C; de rest houdt het
  /// zelf", partners in the stakeholder field's order.
  private func holders(_ function: OrgFunction, _ partners: Partners) -> DetailItem {
    var handed: [(order: Int, name: String)] = []
    var shared: [(order: Int, name: String)] = []
    for (id, arrangement) in function.arrangements where arrangement != .keep {
      let entry = (order: partners.order[id] ?? Int.max, name: partners.names[id] ?? id.rawValue)
      if arrangement == .handOver { handed.append(entry) } else { shared.append(entry) }
    }
    func list(_ entries: [(order: Int, name: String)]) -> String? {
      let names = entries.sorted { ($0.order, $0.name) < ($1.order, $1.name) }.map(\.name)
      guard let last = names.last else { return nil }
      guard names.count > 1 else { return last }
      return strings.format("organisation.lastOf", names.dropLast().joined(separator: ", "), last)
    }
    var parts: [String] = []
    if let names = list(handed) { parts.append(strings.format("organisation.handedOverBy", names)) }
    if let names = list(shared) { parts.append(strings.format("organisation.sharedBy", names)) }
    // Everyone with an arrangement has a column, so some column keeps the function exactly
    // when there are more columns than partners giving something up.
    let givingUp = (handed + shared).filter { $0.order != Int.max }.count
    if parts.isEmpty {
      parts.append(strings["organisation.allKeep"])
    } else if partners.columns.count > givingUp {
      parts.append(strings["organisation.restKeep"])
    }
    let lines = DetailItem.ledLines(
      lead: name(function.name), rest: " — " + parts.joined(separator: "; "), width: width,
      indent: 0, leadStyle: Style(bold: true), style: .plain)
    return DetailItem(
      lines: lines, target: Target(.orgFunction(function.id), .name), isSelectable: true)
  }
}
