import EcowerkModel

/// Texts of an edit the plan refuses — from the keyboard, an undo or redo, an import or the
/// recovery journal — so that a refusal never shows a Swift case name.
extension Strings {
  static let refusalTexts: [String: Pair] = [
    "editError.notFound": p(
      "{1} niet gevonden: staat niet (meer) in het plan",
      "{1} not found: it is no longer in the plan"),
    "editError.listNotFound": p(
      "de lijst {1} staat niet (meer) in het plan", "the list of {1} is no longer in the plan"),
    "editError.noSuchField": p("{1} kan hier niet worden ingesteld", "{1} cannot be set here"),
    "editError.wrongValue": p("die waarde past niet bij {1}", "that value does not fit {1}"),
    "editError.indexOutOfRange": p(
      "plaats {2} bestaat niet in de lijst {1}", "there is no place {2} in the list of {1}"),
    "editError.unexpectedEntity": p(
      "op plaats {2} van de lijst {1} staat intussen iets anders; probeer opnieuw",
      "something else is at place {2} of the list of {1} now; try again"),
    "editError.wrongKind": p(
      "dat hoort niet in de lijst {1}", "that does not belong in the list of {1}"),
    "editError.duplicate": p(
      "‘{2}’ staat al in de lijst {1}", "‘{2}’ is already in the list of {1}"),
    "editError.cycle": p(
      "een knoop kan niet onder zichzelf of onder een van zijn eigen onderliggende knopen",
      "a node cannot go under itself or under one of its own children"),
  ]

  /// Why the plan refused an edit, in words.
  public func refusal(_ error: EditError) -> String {
    switch error {
    case .notFound(let ref):
      return format("editError.notFound", self["entity.\(ref.kind.rawValue)"])
    case .listNotFound(let list): return format("editError.listNotFound", listName(list))
    case .noSuchField(let field): return format("editError.noSuchField", label(field))
    case .wrongValue(let field, _): return format("editError.wrongValue", label(field))
    case .conflict: return self["edit.conflict"]
    case .indexOutOfRange(let list, let index):
      return format("editError.indexOutOfRange", listName(list), number(index + 1))
    case .unexpectedEntity(let list, let index):
      return format("editError.unexpectedEntity", listName(list), number(index + 1))
    case .wrongKind(let list): return format("editError.wrongKind", listName(list))
    case .duplicate(let list, let key): return format("editError.duplicate", listName(list), key)
    case .cycle: return self["editError.cycle"]
    case .breaksRule(let violation): return self.violation(violation.problem)
    }
  }

  /// `stakeholders`, `KPI's`: the name of a kind of list.
  func listName(_ list: ListRef) -> String { self["list.\(list.kind.rawValue)"] }
}
