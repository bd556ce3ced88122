import EcowerkModel

/// The stakeholder list as a spreadsheet: its columns in the order the export writes them.
/// The headers each column is known by are declared with the field in `Stakeholder.schema`;
/// the spellings of kinds and levels with `StakeholderKind` and `GovernanceLevel`.
enum StakeholderColumns {
  static let columns = SheetColumn.columns(
    of: Stakeholder.schema,
    [
      .name, .kind, .sector, .discipline, .level, .role, .influence, .interest, .inMVE,
      .isOrchestrator, .chainLinks, .contributions, .sharedInterests, .ownInterests, .addedValue,
      .joined, .left, .leftReason,
    ])
}
