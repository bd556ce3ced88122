import EcowerkModel

/// Search in the Theory of Change: through every node, folded or not, so that a match
/// hidden in a folded branch is found and its branch opened.
extension TheoryOfChangePane {
  /// Finds the next node (after the selected one, in tree order) whose title, description,
  /// assumptions or KPI names contain `query`, and unfolds its ancestors.
  static func search(_ query: String, forward: Bool, _ state: inout AppState, in rect: Rect)
    -> Bool
  {
    let needle = Needle(query)
    guard !needle.isEmpty else { return false }
    var cursor = state.views.theoryOfChange
    let tree = ChangeTree(roots: state.plan.theoryOfChange, collapsed: cursor.collapsed)
    let selected = tree.locate(row: cursor.rows.row)
    var passed = false
    var before: [NodeID]?
    var after: [NodeID]?
    tree.forEachNode { node, trail in
      if node.id == selected?.node.id {
        passed = true
        return true
      }
      // Going forward, only the first match before the selection can still be wanted.
      if forward && !passed && before != nil { return true }
      guard needle.matches(node) else { return true }
      let path = trail.map(\.id)
      if forward {
        if passed {
          after = path
          return false
        }
        before = path
      } else if passed {
        after = path
      } else {
        before = path
      }
      return true
    }
    // Wrapping all the way round comes back to the selected node itself.
    let itself = selected.flatMap { needle.matches($0.node) ? $0.trail.map(\.id) : nil }
    guard let path = forward ? after ?? before ?? itself : before ?? after ?? itself else {
      return false
    }
    cursor.collapsed.subtract(path.dropLast())
    let unfolded = ChangeTree(roots: state.plan.theoryOfChange, collapsed: cursor.collapsed)
    cursor.rows.row = unfolded.row(showing: path) ?? cursor.rows.row
    cursor.focus = .tree
    state.views.theoryOfChange = cursor
    normalize(&state, in: rect)
    return true
  }

  /// A search term, folded once, that matches the way `TextSearch` does (ignoring case and
  /// accents) but compares ASCII text byte by byte without building a folded copy: folding
  /// every text of 10,000 nodes took a quarter of a second, too slow for a keystroke.
  struct Needle {
    let folded: String
    private let bytes: [UInt8]
    private let isASCII: Bool

    init(_ query: String) {
      folded = TextSearch.fold(query)
      bytes = Array(folded.utf8)
      isASCII = bytes.allSatisfy { $0 < 0x80 }
    }

    var isEmpty: Bool { bytes.isEmpty }

    /// Whether the node's searchable texts contain the needle.
    func matches(_ node: ChangeNode) -> Bool {
      found(in: node.title) || found(in: node.description)
        || node.assumptions.contains { found(in: $0.text) || found(in: $0.planB) }
        || node.kpis.contains { found(in: $0.name) }
    }

    func found(in text: String) -> Bool {
      guard !text.isEmpty else { return false }
      var text = text
      if let ascii = text.withUTF8({ asciiMatch($0) }) { return ascii }
      return TextSearch.fold(text).contains(folded)
    }

    /// The answer for ASCII text, or nil when the text is not ASCII and must be folded.
    private func asciiMatch(_ haystack: UnsafeBufferPointer<UInt8>) -> Bool? {
      guard haystack.allSatisfy({ $0 < 0x80 }) else { return nil }
      // ASCII text folds to ASCII, so a needle still non-ASCII after folding is not in it.
      guard isASCII, bytes.count <= haystack.count else { return false }
      func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
      outer: for start in 0...(haystack.count - bytes.count) {
        for offset in bytes.indices where lower(haystack[start + offset]) != bytes[offset] {
          continue outer
        }
        return true
      }
      return false
    }
  }
}
