import EcowerkChecks
import EcowerkModel

/// What the action plan pane shows: the table in date order with a selected cell, the selected
/// action's KPIs under it, or the KPI dashboard instead of both.
///
/// The rows are a derived order, so the view remembers the action and the KPI the selection
/// stands on by id: when an edit moves an action in the date order (a new start date) or a KPI
/// on the dashboard (a new actual figure), the selection goes with it.
public struct ActionsView: Hashable, Sendable {
  /// Where the keyboard is: the table of actions, or the KPIs of the selected action.
  public enum Focus: Hashable, Sendable {
    case table
    case detail
  }

  /// The selected row (a position in date order) and the table's scroll.
  public var rows = ListCursor()
  /// The selected table column; 0 is the marker, which is never selected, so 1 is What.
  public var column = 1
  /// The first scrolling column shown after the frozen marker and What.
  public var columnOffset = 2
  /// The action on the selected row, kept after every event so that the row can follow it.
  public var selected: ActionID?
  public var focus = Focus.table
  /// The selected KPI of the selected action (a row of the detail's KPI table) and its field
  /// (0 is the name, then unit, baseline, actual, target, deadline).
  public var kpiRows = ListCursor()
  public var kpiColumn = 0
  /// The KPI dashboard instead of the table.
  public var showsKPIs = false
  /// The dashboard's selected row and scroll, and the KPI on it.
  public var board = ListCursor()
  public var selectedKPI: EntityRef?
  /// Where the keyboard is on the dashboard: its table, or the selected KPI's detail (its
  /// figures, milestones and measurements), with that detail's selected line.
  public var boardFocus = Focus.table
  public var boardDetail = ListCursor()
  /// The date order for one plan version, so that a keystroke does not sort 20,000 actions.
  var order: ActionRowOrder?
  /// The dashboard's rows for one plan version and day.
  var dashboard: KpiBoard?

  public init() {}
}

/// The actions' date order (indices into `plan.actions`) for one plan version and day, with
/// the summary line's counts, which need the same pass over every action.
struct ActionRowOrder: Hashable, Sendable {
  var rows: [Int]
  var version: Int
  var today: CalendarDate
  var overdue: Int
  var done: Int
  /// Titles of the Theory of Change nodes the actions link to: found once per plan version
  /// rather than by a walk of the tree at every frame.
  var nodeTitles: [NodeID: String] = [:]
}
