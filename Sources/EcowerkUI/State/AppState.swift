import EcowerkModel
import EcowerkStrings

/// Everything the workbench knows, as one value: the plan being worked on and how it is shown.
/// `update` changes it in response to events; `Screen.render` draws it. Nothing else holds
/// state, so a test can build a state, feed it keys and look at the grid.
public struct AppState: Sendable {
  public var plan: Plan
  /// Identifies the plan's current version; each edit, undo and redo moves it. Comparing it
  /// with `savedVersion` tells whether there are unsaved changes without comparing plans.
  public var version = 0
  /// The version last loaded or saved.
  public var savedVersion = 0
  /// Where the plan is saved.
  public var filePath: String
  /// The peer review rubric in use, if one could be read.
  public var rubric: Rubric?
  public var pane: PaneID = .overview
  public var views = PaneViews()
  public var mode: Mode = .normal
  public var status: StatusMessage?
  public var size: Size
  public var settings: Settings
  /// The last search, for `n` and `N`.
  public var lastSearch: String?
  /// Set by `:wq` and "save and quit": leave once the save has succeeded.
  public var quitAfterSave = false
  /// Undo and redo.
  public var history = History()
  /// Keys of a sequence pressed so far (the first `d` of `dd`).
  public var pendingKeys: [Key] = []
  /// The last edits that led to the current version (made, undone or redone), newest last, so
  /// that views can update what they derived from the plan instead of deriving it all again.
  public private(set) var recentChanges: [Change] = []

  /// Records a step between versions; only the last few are kept.
  mutating func recordChange(_ edit: Edit, from before: Int, to after: Int) {
    recentChanges.append(Change(edit: edit, before: before, after: after))
    if recentChanges.count > 64 { recentChanges.removeFirst(recentChanges.count - 64) }
  }

  /// The edits that lead from version `from` to the current one, oldest first, when they are
  /// all still known; nil otherwise.
  func changes(since from: Int) -> [Change]? {
    var chain: [Change] = []
    var version = self.version
    for change in recentChanges.reversed() {
      if version == from { break }
      guard change.after == version else { return nil }
      chain.append(change)
      version = change.before
    }
    return version == from ? chain.reversed() : nil
  }
  /// The field being written in `$EDITOR`, while it is open.
  public var externalEdit: EditSession?
  /// Text from `$EDITOR` that the plan's rules refused (over a limit), kept until it is taken
  /// or the field is edited otherwise, so that `E` opens it again instead of losing it.
  public var externalDraft: ExternalDraft?
  /// Why the recovery journal is not whole (a full disk, the plan's folder deleted), in words;
  /// shown until it is whole again.
  public var journalProblem: String?
  /// What the checks find in the plan, for the tab counts, the status bar and `!`.
  public var health: HealthView
  /// The conflicts a merge left beside the plan, while they are being resolved.
  public var mergeConflicts: MergeConflicts?

  public init(
    plan: Plan, filePath: String, rubric: Rubric? = nil, size: Size, settings: Settings
  ) {
    self.plan = plan
    self.filePath = filePath
    self.rubric = rubric
    self.size = size
    self.settings = settings
    health = HealthView(plan: plan, version: 0, today: settings.today)
  }

  public var strings: Strings { settings.strings }

  /// Whether the plan differs from the saved file.
  public var isModified: Bool { version != savedVersion }

  /// The file's name without its folder, for the top bar.
  public var fileName: String {
    guard let slash = filePath.lastIndex(of: "/") else { return filePath }
    return String(filePath[filePath.index(after: slash)...])
  }
}

extension AppState {
  /// The field the selection stands on in the current pane, if it can be edited.
  public var editTarget: Target? {
    PaneRenderer.behavior(pane).editPlace(self, in: ScreenLayout(size).pane)?.target
  }
}

/// The stakeholder matrix's columns, in order, for tests and documentation.
public enum MatrixColumns {
  public static var stakeholders: [Field] { StakeholdersPane.columns.map(\.field) }
}

/// Text from `$EDITOR` that was not taken, and the field it was for.
public struct ExternalDraft: Hashable, Sendable {
  public var target: Target
  public var text: String
}

/// One step between two versions of the plan.
public struct Change: Sendable {
  public var edit: Edit
  public var before: Int
  public var after: Int
}
