/// Where the parts of the Finance pane go: the partner rows, the totals pinned under them, and
/// the verdict below.
///
/// The totals (NGF, costs, balance) are what a workshop looks at, so like a spreadsheet's frozen
/// rows they stay on screen while a long list of partners scrolls above them. A pane too low
/// for that shows one table whose rows all scroll.
struct FinanceLayout: Hashable {
  /// The partner rows' table, or the one table of all rows when the totals are not pinned.
  var main: Rect
  /// The pinned totals' table, with a header of its own; nil when not pinned.
  var totals: Rect?
  /// The lines under the tables: the verdict and the cofinancing share.
  var footer: Rect

  /// Panes at least this high get the whole footer; lower ones only the verdict's first line.
  static let fullFooterHeight = 16
  /// The partner rows that must stay visible for the totals to be pinned.
  static let minimumPartnerRows = 3

  /// - Parameters:
  ///   - partnerRows: rows above the totals (two per partner).
  ///   - totalRows: the totals' rows.
  ///   - footerLines: the lines the whole footer needs.
  init(_ rect: Rect, partnerRows: Int, totalRows: Int, footerLines: Int) {
    // The whole footer sits one blank line below the tables; a low pane keeps only its first
    // line, the verdict, right under them.
    let full = rect.height >= Self.fullFooterHeight
    let footerHeight = full ? footerLines : rect.height >= 6 ? min(1, footerLines) : 0
    let gap = full && footerLines > 0 ? 1 : 0
    let area = rect.splitBottom(footerHeight + gap).0
    let pinnedHeight = 1 + min(partnerRows, Self.minimumPartnerRows) + 1 + totalRows
    if partnerRows > 0, area.height >= pinnedHeight {
      main = area.splitTop(min(1 + partnerRows, area.height - 1 - totalRows)).0
      totals = Rect(x: area.x, y: main.maxY, width: area.width, height: 1 + totalRows)
    } else {
      main = area.splitTop(min(area.height, 1 + partnerRows + totalRows)).0
      totals = nil
    }
    let bottom = (totals?.maxY ?? main.maxY) + gap
    footer = Rect(x: rect.x, y: bottom, width: rect.width, height: footerHeight)
  }

  /// Data rows the main table shows at once.
  var visibleRows: Int { Table.visibleRows(height: main.height) }
}
