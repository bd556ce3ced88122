import EcowerkModel

/// The chain links as a spreadsheet: one column, the link's name, known by these headers
/// besides the export's own.
enum ChainLinkColumns {
  static let columns: [SheetColumn] = [
    SheetColumn(
      .name, nl: ["Naam", "Ketenschakel", "Ketenschakels", "Schakel"],
      en: ["Name", "Chain link", "Chain links", "Link"])
  ]
}
