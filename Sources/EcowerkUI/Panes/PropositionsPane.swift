import EcowerkModel
import EcowerkStrings

/// Pane 5, step 2 of the method: what the partnership offers (value propositions), how the
/// partners organise doing it together (the joint execution organisation), and who pays for it
/// (business models).
///
/// The propositions are an accordion: each is one line, and the one holding the selection opens
/// to show its description, segments and solution directions. At 80×24 the whole list and the
/// start of the organisation matrix then fit on one screen, and a plan with hundreds of
/// propositions wraps the text of one, not of all, on every keystroke.
enum PropositionsPane: DetailPane {
  static func cursor(_ state: AppState) -> ListCursor { state.views.propositions }
  static func setCursor(_ cursor: ListCursor, _ state: inout AppState) {
    state.views.propositions = cursor
  }

  static func items(_ state: AppState, width: Int) -> [DetailItem] {
    items(state, width: width, openAll: false)
  }

  /// The pane's items; with `openAll` every proposition is open, which search uses so that it
  /// finds text in closed ones too.
  static func items(_ state: AppState, width: Int, openAll: Bool) -> [DetailItem] {
    // With the selection further down (the matrix, a business model) every proposition is
    // closed, so that what is selected has the screen.
    var items = propositions(
      state, width: width, open: openAll ? nil : openProposition(state) ?? -1)
    items.append(.blank)
    var matrix = organisationMatrix(state, width: width)
    matrix.base = items.count
    items += matrix.items
    items.append(.blank)
    items += businessModels(state, width: width)
    return items
  }

  /// The organisation matrix as the pane shows it, with the selected cell.
  static func organisationMatrix(_ state: AppState, width: Int) -> OrganisationMatrix {
    OrganisationMatrix(
      plan: state.plan, strings: state.strings, glyphs: state.settings.glyphs, width: width,
      keymap: state.settings.keymap,
      cursorRow: cursor(state).row, column: state.views.organisation.column,
      known: state.views.organisation.partners(for: state.version))
  }

  /// Searches all text, closed propositions included; the one found opens.
  static func search(
    _ query: String, forward: Bool, _ state: inout AppState, in rect: Rect
  ) -> Bool {
    let view = DetailView(items: items(state, width: rect.width, openAll: true))
    let texts = view.searchTexts.enumerated().map { view.items[$0].isSelectable ? $1 : "" }
    guard
      let index = TextSearch.next(
        in: texts, matching: query, after: cursor(state).row, forward: forward)
    else { return false }
    var moved = cursor(state)
    moved.row = index
    setCursor(moved, &state)
    normalize(&state, in: rect)
    return true
  }

  /// Labels stand in a column of their own, wide enough for "Oplossingsrichtingen" at 80
  /// columns and narrower on small screens so the values keep room.
  static func labelWidth(_ width: Int) -> Int { min(20, max(6, width / 4)) }

  static func businessModels(_ state: AppState, width: Int) -> [DetailItem] {
    let s = state.strings
    let models = state.plan.businessModels
    var items: [DetailItem] = [.heading(s.format("business.heading", models.count))]
    guard !models.isEmpty else {
      // Selectable, so that `a` here adds the first business model.
      return items + [
        DetailItem.block(s["business.empty"], width: width, indent: 2, style: .muted)
          .inList(.businessModels, at: nil)
      ]
    }
    let labels = labelWidth(width)
    for (index, model) in models.enumerated() {
      let ref = EntityRef.businessModel(model.id)
      if index > 0 { items.append(.blank) }
      var modelItems: [DetailItem] = [
        .block(
          orUnnamed(model.name, s), width: width, style: Style(bold: true),
          target: Target(ref, .name))
      ]
      // Who pays, for which propositions and segments, also after the NGF; what it costs and
      // the yearly income of the financial plan it stands for.
      for field in Self.businessModelFields {
        let shown: String
        switch state.plan.value(of: field, at: ref) {
        case .text(let text)?: shown = text
        case let value?:
          shown = ValueText.describe(value, field, on: ref, plan: state.plan, strings: s)
        case nil: shown = ""
        }
        let empty = shown.allSatisfy(\.isWhitespace) || shown == "–"
        modelItems.append(
          .field(
            s.label(field), empty ? "–" : shown, width: width, labelWidth: labels,
            target: Target(ref, field), style: empty ? .muted : .plain, indent: 2))
      }
      let described = !model.description.allSatisfy(\.isWhitespace)
      modelItems.append(
        .block(
          described ? model.description : s["propositions.noDescription"], width: width, indent: 2,
          style: described ? .plain : .muted, target: Target(ref, .description)))
      items += modelItems.map { $0.inList(.businessModels, at: index) }
    }
    return items
  }

  /// The fields of a business model shown under its name, before its description.
  static let businessModelFields: [Field] = [
    .customer, .revenue, .propositions, .segments, .payerAfterNGF, .costs, .income,
  ]

  static func orUnnamed(_ name: String, _ s: Strings) -> String {
    name.allSatisfy(\.isWhitespace) ? s["propositions.unnamed"] : name
  }
}
