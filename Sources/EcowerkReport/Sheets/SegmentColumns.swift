import EcowerkModel

/// The segment list as a spreadsheet: its columns in the order the export writes them. The
/// headers each column is known by are declared with the field in `Segment.schema`; pains and
/// gains are lists of entities in the plan and one text per line in a cell, so their headers
/// are here.
enum SegmentColumns {
  static let columns =
    SheetColumn.columns(
      of: Segment.schema,
      [
        .name, .sector, .sizeClass, .region, .smeCount, .participatingAtStart,
        .reachedSinceStart, .target, .alleyPosition,
      ])
    + [
      SheetColumn(.pains, names: ["Pains", "Pijnpunten", "Knelpunten", "Pain points"]),
      SheetColumn(.gains, names: ["Gains", "Winst", "Voordelen", "Benefits"]),
    ]
    + SheetColumn.columns(of: Segment.schema, [.notes, .added])
}

extension Segment {
  /// The texts of the pains or gains, as a cell holds them; nil for another field.
  func needTexts(_ field: Field) -> [String]? {
    switch field {
    case .pains: return pains.map(\.text)
    case .gains: return gains.map(\.text)
    default: return nil
    }
  }
}
