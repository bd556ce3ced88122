import EcowerkModel
import EcowerkStrings
import EcowerkText

/// The joint execution organisation as pane 5 shows it: a functions × partners matrix whose
/// cells read without colour (a symbol and a letter), a legend for the short column headers,
/// and per function a sentence saying who holds it.
///
/// On a function's row one partner's cell is selected (`column`); it is drawn in brackets, its
/// header underlined, and a line under the matrix says whose cell it is and what Space makes
/// of it, so the selection reads on a monochrome projector too.
struct OrganisationMatrix {
  let plan: Plan
  let strings: Strings
  let glyphs: Glyphs
  let width: Int
  /// For the keys the selected cell's hint names.
  let keymap: Keymap
  /// The index the matrix's first item gets in the pane's items, and the pane's selected item:
  /// together they tell whether a function's row holds the selection.
  var base = 0
  var cursorRow = -1
  /// The selected column, by position among `partners().columns`.
  var column = 0
  /// The partners, when they are known already for this plan.
  var known: Partners?

  /// The partners that get a column, and the name and place of everyone with an arrangement.
  struct Partners: Hashable, Sendable {
    /// Positions in the stakeholder field of the MVE members and anyone with a recorded
    /// arrangement, in the field's order, so columns stay put when an arrangement changes.
    var columns: [Int] = []
    /// Position in the stakeholder field of each partner with an arrangement.
    var order: [StakeholderID: Int] = [:]
    /// As written in the plan, unnamed ones too.
    var names: [StakeholderID: String] = [:]
  }

  /// The columns on screen: a window onto all of them that follows the selected column.
  struct Window {
    /// Position among all columns of the first one shown.
    var first: Int
    var partners: [Stakeholder]
    var abbreviations: [String]
    var nameWidth: Int
    var columnWidth: Int
    /// How many of `partners` fit.
    var shown: Int
  }

  func partners() -> Partners {
    // Columns are positions in ascending order; the last one must still be in the field.
    if let known, (known.columns.last ?? -1) < plan.stakeholders.count { return known }
    return Self.partners(of: plan)
  }

  /// One pass over the stakeholder field, which can hold thousands of parties: positions rather
  /// than copies, and the id looked up only when some function has arrangements at all.
  static func partners(of plan: Plan) -> Partners {
    let arranged = Set(plan.jointOrganisation.flatMap(\.arrangements.keys))
    let stakeholders = plan.stakeholders
    var result = Partners()
    for index in stakeholders.indices {
      let hasArrangement = !arranged.isEmpty && arranged.contains(stakeholders[index].id)
      if hasArrangement || stakeholders[index].inMVE { result.columns.append(index) }
      if hasArrangement {
        result.order[stakeholders[index].id] = index
        result.names[stakeholders[index].id] = stakeholders[index].name
      }
    }
    return result
  }

  /// `column` kept inside the matrix's columns.
  static func clamp(_ column: Int, count: Int) -> Int {
    max(0, min(column, count - 1))
  }

  var items: [DetailItem] {
    var items: [DetailItem] = [
      .heading(strings["organisation.heading"]),
      .text(strings["organisation.method"], width: width, style: .muted),
    ]
    let functions = plan.jointOrganisation
    guard !functions.isEmpty else {
      // Selectable, so that `a` here adds the first function.
      return items + [
        DetailItem.block(strings["organisation.empty"], width: width, indent: 2, style: .muted)
          .inList(.orgFunctions, at: nil),
        warning,
      ]
    }
    let partners = partners()
    if partners.columns.isEmpty {
      items.append(
        .text(strings["organisation.noPartners"], width: width, style: .muted, indent: 2))
    } else {
      items += matrix(functions, columns: partners.columns, base: base + items.count)
    }
    if !functions.contains(where: { $0.arrangements.values.contains(.handOver) }) {
      items.append(warning)
    }
    for (position, function) in functions.enumerated() {
      let ref = EntityRef.orgFunction(function.id)
      items.append(.blank)
      items.append(holders(function, partners).inList(.orgFunctions, at: position))
      let described = !function.description.allSatisfy(\.isWhitespace)
      items.append(
        DetailItem.block(
          described ? function.description : strings["propositions.noDescription"], width: width,
          indent: 2, style: .muted, target: Target(ref, .description)
        ).inList(.orgFunctions, at: position))
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

  /// The partners on screen. The name column gives way to partner columns on narrow screens;
  /// when the selected column lies beyond what fits, the window slides to end with it.
  func window(columns: [Int], functions: [OrgFunction], selected: Int) -> Window {
    let capacity = max(1, (width - 12) / 4)
    let title = strings["organisation.function"]
    let widestName = functions.map { DisplayWidth.of(Sanitizer.line(name($0.name))) }
      .reduce(DisplayWidth.of(title), max)
    func make(first: Int) -> Window {
      let partners = columns.dropFirst(first).prefix(capacity).map { plan.stakeholders[$0] }
      let abbreviations = PartnerAbbreviation.make(for: partners.map(\.name))
      let columnWidth = max(4, (abbreviations.map { DisplayWidth.of($0) }.max() ?? 2) + 2)
      let nameWidth = max(
        1, min(width / 2, widestName + 2, max(12, width - columns.count * columnWidth)))
      let shown = min(abbreviations.count, max(0, (width - nameWidth) / columnWidth))
      return Window(
        first: first, partners: partners, abbreviations: abbreviations, nameWidth: nameWidth,
        columnWidth: columnWidth, shown: shown)
    }
    var window = make(first: 0)
    // Widths change with the partners in view, so settle in a few steps.
    for _ in 0..<3 where window.shown > 0 && selected >= window.first + window.shown {
      window = make(first: max(0, selected - window.shown + 1))
    }
    return window
  }

  /// The header, one row per function, the selected cell's line and the legends. Partners
  /// that do not fit are counted below.
  private func matrix(_ functions: [OrgFunction], columns: [Int], base: Int) -> [DetailItem] {
    let selectedColumn = Self.clamp(column, count: columns.count)
    let window = window(columns: columns, functions: functions, selected: selectedColumn)
    // The item index of the first function's row: after a blank line, the selected cell's
    // line and the header.
    let firstRow = base + 3
    let selectedRow =
      (0..<functions.count).contains(cursorRow - firstRow) ? cursorRow - firstRow : nil
    let selectedShown = selectedColumn - window.first
    var header = [
      Span(TextLayout.pad(strings["organisation.function"], toWidth: window.nameWidth), .muted)
    ]
    for (index, abbreviation) in window.abbreviations.prefix(window.shown).enumerated() {
      header.append(
        Span(
          TextLayout.pad(abbreviation, toWidth: window.columnWidth, alignment: .center),
          Style(bold: true, underline: selectedRow != nil && index == selectedShown)))
    }
    var items: [DetailItem] = [.blank]
    // Above the header, so that it shows whenever the selected row does; always in its place,
    // empty unless a row is selected, so that item indices do not depend on the selection.
    if let selectedRow, window.partners.indices.contains(selectedShown) {
      items.append(hint(functions[selectedRow], window.partners[selectedShown]))
    } else {
      items.append(.folded(nil))
    }
    items.append(.row(header, selectable: false))
    func cell(_ arrangement: Arrangement, selected: Bool) -> Span {
      let mark = mark(arrangement)
      guard selected else {
        return Span(
          TextLayout.pad(mark.text, toWidth: window.columnWidth, alignment: .center), mark.style)
      }
      // The brackets sit where the padding was, so the mark itself does not move.
      let text = "[" + mark.text + "]"
      let room = window.columnWidth - DisplayWidth.of(mark.text)
      let left = max(0, room / 2 - 1)
      var style = mark.style
      style.bold = true
      style.underline = true
      return Span(
        TextLayout.pad(
          String(repeating: " ", count: left) + text, toWidth: window.columnWidth), style)
    }
    for (position, function) in functions.enumerated() {
      var spans = [
        Span(
          TextLayout.pad(
            Sanitizer.line(name(function.name)), toWidth: max(0, window.nameWidth - 1)) + " ")
      ]
      for (index, partner) in window.partners.prefix(window.shown).enumerated() {
        spans.append(
          cell(
            function.arrangement(of: partner.id),
            selected: position == selectedRow && index == selectedShown))
      }
      items.append(
        DetailItem.row(spans, target: Target(.orgFunction(function.id), .arrangements))
          .inList(.orgFunctions, at: position))
    }
    let symbols = Arrangement.allCases.map { mark($0).text + " " + strings.label($0) }
    items.append(.text(symbols.joined(separator: "   "), width: width, style: .muted))
    let legend = zip(window.abbreviations.prefix(window.shown), window.partners).map {
      "\($0) = \(name($1.name))"
    }
    items.append(
      .text(
        strings.format("organisation.columns", legend.joined(separator: "; ")), width: width,
        style: .muted))
    if window.shown < columns.count {
      items.append(
        .text(
          strings.format(
            "organisation.moreColumns", strings.number(columns.count - window.shown)),
          width: width, style: .colored(.warning)))
    }
    return items
  }

  /// "Gemeente Enschede: delen — Spatie: overdragen; h/l: andere partner; e: naam": whose cell
  /// is selected, in full, and what the keys do with it.
  private func hint(_ function: OrgFunction, _ partner: Stakeholder) -> DetailItem {
    let arrangement = function.arrangement(of: partner.id)
    let lines = DetailItem.ledLines(
      lead: name(partner.name),
      rest: KeyNames.fill(
        strings.format(
          "organisation.cellHint", strings.label(arrangement), strings.label(arrangement.next)),
        keymap, pane: .propositions, strings: strings),
      width: width, indent: 0, leadStyle: Style(bold: true), style: .plain)
    return DetailItem(lines: lines, target: nil, isSelectable: false)
  }

  /// "Pool van energiecoaches — overgedragen door A en B; gedeeld door C; de rest houdt het
  /// zelf", partners in the stakeholder field's order.
  private func holders(_ function: OrgFunction, _ partners: Partners) -> DetailItem {
    var handed: [(order: Int, name: String)] = []
    var shared: [(order: Int, name: String)] = []
    for (id, arrangement) in function.arrangements where arrangement != .keep {
      let entry = (
        order: partners.order[id] ?? Int.max, name: partners.names[id].map(name) ?? id.rawValue
      )
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
