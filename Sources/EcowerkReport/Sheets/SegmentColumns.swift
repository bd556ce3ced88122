import EcowerkModel

/// The segment list as a spreadsheet, declared once: its columns in the order the export
/// writes them and the headers each is known by in partners' own lists, in Dutch and English.
/// The export's own headers (from the string table) and the plan file's names always count.
enum SegmentColumns {
  static let columns: [SheetColumn] = [
    SheetColumn(
      .name, nl: ["Naam", "Segment", "Doelgroep"], en: ["Name", "Segment", "Target group"]),
    SheetColumn(.sector, nl: ["Sector", "Branche"], en: ["Sector", "Industry"]),
    SheetColumn(
      .sizeClass, nl: ["Grootteklasse", "Omvang", "Bedrijfsgrootte", "Grootte"],
      en: ["Size class", "Company size", "Size"]),
    SheetColumn(.region, nl: ["Regio", "Gebied", "Werkgebied"], en: ["Region", "Area"]),
    SheetColumn(
      .smeCount, nl: ["Aantal mkb'ers", "Aantal bedrijven", "Aantal", "Aantal mkb"],
      en: ["SMEs in segment", "Number of SMEs", "SMEs", "Count"]),
    SheetColumn(
      .participating, nl: ["Doet al mee", "Doen al mee", "Deelnemers", "Al deelnemend"],
      en: ["Taking part", "Participating", "Participants"]),
    SheetColumn(
      .target, nl: ["Doel", "Doelstelling", "Streefaantal", "Doel nieuwe mkb'ers"],
      en: ["Target", "Goal", "Target new SMEs"]),
    SheetColumn(
      .alleyPosition, nl: ["Positie bowlingbaan", "Bowlingbaan", "Volgorde"],
      en: ["Bowling alley position", "Bowling alley", "Order"]),
    SheetColumn(.pains, nl: ["Pains", "Pijnpunten", "Knelpunten"], en: ["Pains", "Pain points"]),
    SheetColumn(.gains, nl: ["Gains", "Winst", "Voordelen"], en: ["Gains", "Benefits"]),
    SheetColumn(
      .notes, nl: ["Notities", "Opmerkingen", "Toelichting"], en: ["Notes", "Remarks", "Comments"]),
  ]
}
