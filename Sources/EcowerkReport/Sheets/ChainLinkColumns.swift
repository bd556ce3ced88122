import EcowerkModel

/// The chain links as a spreadsheet: one column, the link's name, known by the headers
/// declared in `ChainLink.schema`.
enum ChainLinkColumns {
  static let columns = SheetColumn.columns(of: ChainLink.schema, [.name])
}
