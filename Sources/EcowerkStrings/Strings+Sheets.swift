/// Spreadsheets in and out: the tables' own words, and what is said about a file that cannot
/// be read as one.
extension Strings {
  static let sheetTexts: [String: Pair] = [
    "sheet.kpis": p("KPI's", "KPIs"),
    "sheet.line": p("Regel", "Line"),
    "sheet.actual": p("realisatie", "actual"),
    "sheet.totalSources": p("Totaal bronnen", "Total sources"),
    "sheet.belongsTo": p("Hoort bij", "Belongs to"),
    "sheet.progress": p("Voortgang", "Progress"),
    "sheet.overdue": p("Te laat", "Overdue"),
    "sheet.noun.stakeholders": p("stakeholders", "stakeholders"),
    "sheet.noun.chain-links": p("ketenschakels", "chain links"),
    "sheet.noun.segments": p("segmenten", "segments"),
    "sheet.noun.finance": p("financiële regels", "finance lines"),
    "sheet.noun.kpis": p("KPI's", "KPIs"),
    "sheet.noun.actions": p("acties", "actions"),

    "file.empty": p("het bestand is leeg", "the file is empty"),
    "file.encrypted": p(
      "de werkmap is met een wachtwoord beveiligd; sla in Excel een kopie op zonder wachtwoord",
      "the workbook is protected with a password; save a copy without a password in Excel"),
    "file.pdf": p(
      "dit is een PDF-document, geen spreadsheet; vraag de lijst als Excel-bestand (.xlsx) of CSV",
      "this is a PDF document, not a spreadsheet; ask for the list as an Excel file (.xlsx) or CSV"
    ),
    "file.ods": p(
      "dit is een OpenDocument-spreadsheet (.ods); sla het in LibreOffice op als Excel (.xlsx) of CSV",
      "this is an OpenDocument spreadsheet (.ods); save it from LibreOffice as Excel (.xlsx) or CSV"
    ),
    "file.openDocument": p(
      "dit is een OpenDocument-tekst of -presentatie, geen spreadsheet; zet de lijst in een werkblad en sla op als .xlsx of CSV",
      "this is an OpenDocument text or presentation, not a spreadsheet; put the list in a sheet and save it as .xlsx or CSV"
    ),
    "file.xls": p(
      "dit is een oud Excel-bestand (.xls, Excel 97–2003); open het in Excel of LibreOffice en sla het op als .xlsx",
      "this is an old Excel file (.xls, Excel 97–2003); open it in Excel or LibreOffice and save it as .xlsx"
    ),
    "file.xlsb": p(
      "dit is een binaire Excel-werkmap (.xlsb); sla het in Excel op als Excel-werkmap (.xlsx)",
      "this is a binary Excel workbook (.xlsb); save it from Excel as an Excel workbook (.xlsx)"),
    "file.docx": p(
      "dit is een Word-document, geen spreadsheet; zet de lijst in Excel en sla op als .xlsx of CSV",
      "this is a Word document, not a spreadsheet; put the list in Excel and save it as .xlsx or CSV"
    ),
    "file.pptx": p(
      "dit is een PowerPoint-presentatie, geen spreadsheet; vraag de lijst als .xlsx of CSV",
      "this is a PowerPoint presentation, not a spreadsheet; ask for the list as .xlsx or CSV"),
    "file.zip": p(
      "dit is een zip-bestand zonder Excel-werkmap; pak het uit en geef het .xlsx- of CSV-bestand",
      "this is a zip file without an Excel workbook; unpack it and give the .xlsx or CSV file"),
    "file.gzip": p(
      "dit is een gecomprimeerd bestand (gzip); pak het eerst uit",
      "this is a compressed file (gzip); unpack it first"),
    "file.image": p(
      "dit is een afbeelding, geen spreadsheet; vraag de lijst als .xlsx of CSV",
      "this is an image, not a spreadsheet; ask for the list as .xlsx or CSV"),
    "file.plan": p(
      "dit is een ecowerk-plan, geen lijst; open het met 'ecowerk PLAN', of schrijf zijn tabellen met 'ecowerk print PLAN --format xlsx -o tabellen.xlsx'",
      "this is an ecowerk plan, not a list; open it with 'ecowerk PLAN', or write its tables with 'ecowerk print PLAN --format xlsx -o tables.xlsx'"
    ),
    "file.html": p(
      "dit is een webpagina (HTML), ook al heet het misschien .xls; open het in Excel en sla op als .xlsx",
      "this is a web page (HTML), even if it may be called .xls; open it in Excel and save it as .xlsx"
    ),
    "file.spreadsheetML2003": p(
      "dit is een XML-spreadsheet van Excel 2003; open het in Excel en sla op als .xlsx",
      "this is an Excel 2003 XML spreadsheet; open it in Excel and save it as .xlsx"),
    "file.binary": p(
      "dit is geen tekst en geen Excel-werkmap; geef een .xlsx- of CSV-bestand",
      "this is neither text nor an Excel workbook; give an .xlsx or CSV file"),
    "file.zip.noDirectory": p(
      "het zip-archief is beschadigd of afgebroken (geen inhoudsopgave); vraag het bestand opnieuw",
      "the zip archive is damaged or cut off (no directory); ask for the file again"),
    "file.zip.tooManyEntries": p(
      "het archief heeft {1} delen, meer dan {2}; dat is geen gewone werkmap en wordt niet gelezen",
      "the archive has {1} parts, more than {2}; that is no ordinary workbook and is not read"),
    "file.zip.entryTooLarge": p(
      "het deel {1} is uitgepakt {2} bytes, meer dan {3}; te groot voor een lijst",
      "the part {1} unpacks to {2} bytes, more than {3}; too large for a list"),
    "file.zip.tooLarge": p(
      "uitgepakt is het archief {1} bytes, meer dan {2}; te groot voor een lijst",
      "unpacked, the archive is {1} bytes, more than {2}; too large for a list"),
    "file.zip.suspiciousRatio": p(
      "het deel {1} pakt veel verder uit dan een spreadsheet doet (een zip-bom); het wordt niet gelezen",
      "the part {1} unpacks far beyond what a spreadsheet does (a zip bomb); it is not read"),
    "file.zip.badName": p(
      "het archief bevat een verdachte naam ('{1}': een absoluut pad of '..'); het wordt niet gelezen",
      "the archive holds a suspicious name ('{1}': an absolute path or '..'); it is not read"),
    "file.zip.duplicateName": p(
      "het archief bevat '{1}' twee keer; het wordt niet gelezen",
      "the archive holds '{1}' twice; it is not read"),
    "file.zip.overlapping": p(
      "delen van het archief overlappen elkaar ('{1}'); het wordt niet gelezen",
      "parts of the archive overlap ('{1}'); it is not read"),
    "file.zip.sizeMismatch": p(
      "het deel {1} is groter of kleiner dan het archief opgeeft; het bestand is beschadigd",
      "the part {1} is larger or smaller than the archive says; the file is damaged"),
    "file.zip.unsupportedMethod": p(
      "het deel {1} is gecomprimeerd met methode {2}, die ecowerk niet kent; sla de werkmap opnieuw op in Excel of LibreOffice",
      "the part {1} is compressed with method {2}, which ecowerk does not know; save the workbook again in Excel or LibreOffice"
    ),
    "file.zip.damaged": p(
      "het deel {1} is beschadigd (het controlegetal klopt niet); vraag het bestand opnieuw",
      "the part {1} is damaged (its checksum does not match); ask for the file again"),
    "file.workbook.missingPart": p(
      "de werkmap mist het deel {1}; sla haar opnieuw op in Excel of LibreOffice",
      "the workbook lacks the part {1}; save it again in Excel or LibreOffice"),
    "file.workbook.badXML": p(
      "het deel {1} is geen geldige XML (rond regel {2}); sla de werkmap opnieuw op in Excel of LibreOffice",
      "the part {1} is not valid XML (near line {2}); save the workbook again in Excel or LibreOffice"
    ),
    "file.workbook.documentType": p(
      "het deel {1} heeft een DOCTYPE, wat geen werkmap heeft; het wordt niet gelezen",
      "the part {1} has a DOCTYPE, which no workbook has; it is not read"),
    "file.workbook.missingSharedString": p(
      "cel {1} verwijst naar tekst nummer {2}, die de werkmap niet heeft; het bestand is beschadigd",
      "cell {1} refers to text number {2}, which the workbook does not have; the file is damaged"),
    "file.workbook.noSheets": p("de werkmap heeft geen werkbladen", "the workbook has no sheets"),
    "file.noSuchSheet": p(
      "de werkmap heeft geen blad '{1}'; wel: {2}", "the workbook has no sheet '{1}'; it has: {2}"),
    "file.tooManyRows": p(
      "het bestand heeft {1} regels, meer dan een lijst van een plan kan hebben ({2}); er is niets gelezen",
      "the file has {1} rows, more than a list of a plan can hold ({2}); nothing was read"),
    "file.unclosedQuote": p(
      "regel {1}: een aanhalingsteken wordt geopend en nooit gesloten",
      "line {1}: a quote is opened and never closed"),
  ]
}
