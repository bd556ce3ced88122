import EcowerkModel

/// A small list to choose from: a choice field's options, the stakeholders to own a node, the
/// segments a proposition serves, the panes to go to. Typing narrows it; the arrows move.
public struct PickList: Hashable, Sendable {
  public struct Option: Hashable, Sendable {
    public var value: String?
    public var label: String
    /// Also found by these words (a pane's number, a level's digit).
    public var keywords: String = ""

    public init(value: String?, label: String, keywords: String = "") {
      self.value = value
      self.label = label
      self.keywords = keywords
    }
  }

  /// What choosing an option does.
  public enum Purpose: Hashable, Sendable {
    /// The pane takes the choice itself (a peer review level, with its own status message).
    case paneChoice
    /// Sets the target's field to the option's value.
    case setField
    /// Moves the target node under the chosen node (nil: to the top level); the pane that
    /// opened the list carries it out, so that its selection can follow the node.
    case moveNode
    /// Makes the chosen stakeholder a partner in the financial plan; the Finance pane carries
    /// it out, so that its selection can land on the new partner's row.
    case addPartner
    /// Goes to the chosen pane (`Ctrl-G`).
    case goToPane
  }

  public var target: Target
  public var title: String
  public var options: [Option]
  /// The highlighted option, an index into `options`.
  public var selected: Int
  /// For references fields: several can be checked; Space checks, Enter confirms.
  public var isMultiple: Bool
  public var checked: Set<String>
  /// The first row shown, an index into `shown`.
  public var offset = 0
  public var purpose = Purpose.setField
  /// What was typed to narrow the list.
  public var filter = LineEditor()
  /// The options that match the filter, in order (indices into `options`).
  public private(set) var shown: [Int]
  /// Set where a new entry can be made from the typed text ("new chain link…"): shown as
  /// the last row, whose index is `options.count`.
  public private(set) var creates: ReferenceKind?
  /// Whether a check was set or cleared by hand; until then Enter takes the highlighted
  /// option of a list that takes several.
  public var toggled = false
  /// Opened by Tab for the second field of a line (an assumption's status): Tab goes on to
  /// the next line from here.
  public var isSecondary = false

  public init(
    target: Target, title: String, options: [Option], selected: Int, isMultiple: Bool,
    checked: Set<String>, purpose: Purpose = .setField
  ) {
    self.target = target
    self.title = title
    self.options = options
    self.selected = selected
    self.isMultiple = isMultiple
    self.checked = checked
    self.purpose = purpose
    shown = Array(options.indices)
  }

  /// Offers a last row that makes a new entry of `kind` from the typed text.
  public mutating func offerNew(_ kind: ReferenceKind) {
    creates = kind
    setFilter(filter)
  }

  /// Whether the "new …" row is highlighted.
  public var isOnNew: Bool { creates != nil && selected == options.count }

  /// The highlighted option's place among the shown ones, or nil when the filter hides it.
  public var row: Int? { shown.firstIndex(of: selected) }

  /// The highlighted option, when one is shown.
  public var highlighted: Option? {
    row == nil ? nil : options[safe: selected]
  }

  /// Narrows the list to the options whose label (or keywords) contain the typed text,
  /// ignoring case and accents; those that start with it come first. The highlight stays on
  /// its option when it still shows, else goes to the first match.
  public mutating func setFilter(_ editor: LineEditor) {
    filter = editor
    let needle = TextSearch.Needle(editor.text)
    if needle.isEmpty {
      shown = Array(options.indices)
    } else {
      let folded = TextSearch.fold(editor.text)
      var starting: [Int] = []
      var containing: [Int] = []
      for (index, option) in options.enumerated() {
        let label = TextSearch.fold(option.label).drop { $0 == " " }
        let keywords = TextSearch.fold(option.keywords).split(separator: " ")
        if label.hasPrefix(folded) || keywords.contains(where: { $0.hasPrefix(folded) }) {
          starting.append(index)
        } else if TextSearch.contains(option.label, needle) {
          containing.append(index)
        }
      }
      shown = starting + containing
    }
    if creates != nil { shown.append(options.count) }
    // Typing moves the highlight to the best match; cleared, the list keeps its place.
    if let first = shown.first, !needle.isEmpty || !shown.contains(selected) { selected = first }
    offset = 0
  }

  /// Moves the highlight by `delta` shown rows.
  public mutating func move(_ delta: Int) {
    guard !shown.isEmpty else { return }
    let current = row ?? 0
    selected = shown[min(max(0, current + delta), shown.count - 1)]
  }

  /// Keeps the highlighted row inside a window of `rows`.
  mutating func scroll(rows: Int) {
    let current = row ?? 0
    if current < offset { offset = current }
    if current >= offset + rows { offset = current - rows + 1 }
    offset = max(0, min(offset, max(0, shown.count - rows)))
  }
}
