import EcowerkModel

/// The segment list as a spreadsheet: its columns in the order the export writes them. The
/// headers each column is known by are declared with the field in `Segment.schema`.
enum SegmentColumns {
  static let columns = SheetColumn.columns(
    of: Segment.schema,
    [
      .name, .sector, .sizeClass, .region, .smeCount, .participating, .target, .alleyPosition,
      .pains, .gains, .notes, .added,
    ])
}
