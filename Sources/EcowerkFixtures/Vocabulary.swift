/// The words generated plans are made of: Dutch places, family names, trades and the phrases a
/// partnership writes down, with the accents (Coöperatie, Ëlbers, Fryslân) and the occasional
/// CJK or emoji name that real plans carry, so that column alignment and search are measured on
/// text like the users' own rather than on ASCII placeholders.
enum Vocabulary {
  static let places = [
    "Enschede", "Hengelo", "Almelo", "Oldenzaal", "Borne", "Haaksbergen", "Losser", "Rijssen",
    "Wierden", "Tubbergen", "Dinkelland", "Hof van Twente", "Hellendoorn", "Twenterand",
    "Deventer", "Zwolle", "Apeldoorn", "Doetinchem", "Winterswijk", "Groenlo", "Lochem",
    "Zutphen", "'s-Heerenberg", "IJsselstein", "Nijverdal", "Goor", "Vriezenveen", "Ootmarsum",
  ]

  static let provinces = [
    "Overijssel", "Gelderland", "Fryslân", "Drenthe", "Groningen", "Noord-Brabant", "Limburg",
    "Utrecht", "Zeeland", "Flevoland", "Noord-Holland", "Zuid-Holland",
  ]

  static let surnames = [
    "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer",
    "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer",
    "de Wit", "Dijkstra", "Ëlbers", "Kösters", "Hüsken", "Nijhuis", "Oude Nijhuis", "te Riele",
    "Wüst", "Schröder", "Lammerink", "Ter Horst", "Gerritsen", "Kroeze", "Brinkhuis",
  ]

  static let trades = [
    "Installatietechniek", "Metaalbewerking", "Elektrotechniek", "Bouwbedrijf", "Transport",
    "Bakkerij", "Schilderwerken", "Zonnepanelen", "Klimaattechniek", "Machinebouw",
    "Houtbewerking", "Loonwerk", "Kaasmakerij", "Drukkerij", "Constructiewerk", "Logistiek",
    "Tuinbouw", "Koeltechniek", "Kunststofverwerking", "Vleesverwerking",
  ]

  static let legalForms = ["B.V.", "& Zn.", "V.O.F.", "Holding B.V.", "Groep", "", ""]

  /// Names that exercise double-width characters and emoji in the matrix and the reports.
  static let exoticNames = [
    "深圳 Solar Europe B.V.", "Bakkerij 🥐 Ölmez", "Café ☕ de Zwaan", "東京 Precision NL",
    "김치 Huis Enschede", "Zonnedak ☀️ Twente", "Groentekwekerij 🥕 Ter Haar", "上海 Batterij B.V.",
  ]

  static let topics = [
    "Energie", "Warmte", "Circulair Bouwen", "Slimme Industrie", "Vakmanschap", "Waterstof",
    "Zon & Wind", "Netbewust Ondernemen", "Digitale Werkplaats", "Groene Logistiek",
  ]

  static let sectors = [
    "Onderwijs (mbo)", "Onderwijs (hbo)", "Onderzoek", "Metaal en maakindustrie", "Bouw",
    "Installatie", "Agrofood", "Logistiek", "Overheid", "Financiering", "Energie", "Zorg",
    "Detailhandel", "Horeca", "Advies",
  ]

  static let disciplines = [
    "Installatie- en elektrotechniek", "Energieadvies", "Procestechniek", "Bedrijfskunde",
    "Financieel advies", "Ruimtelijke ordening", "Netbeheer", "Data en ICT", "Opleiden",
    "Subsidieadvies", "Werktuigbouw",
  ]

  static let sharedInterests = [
    "Genoeg vakmensen voor de energietransitie", "Een vitaal mkb in de regio",
    "Minder CO₂ en lagere energiekosten", "Ruimte op het stroomnet", "Eén loket voor het mkb",
    "Sterke samenwerking tussen school en bedrijf",
  ]

  static let ownInterests = [
    "Meer instroom in techniekopleidingen", "Nieuwe klanten in het mkb", "Beleidsdoelen halen",
    "Kennis valoriseren", "Rendement op investeringen", "Zichtbaarheid bij leden",
    "Minder netcongestie in de wijk", "Praktijkopdrachten voor studenten",
  ]

  static let contributions = [
    "Docenten en BBL-trajecten", "Energiecoaches (2 fte)", "Cofinanciering € 50.000 per jaar",
    "Praktijkhal en meetapparatuur", "Netdata per bedrijventerrein", "Leden en netwerk",
    "Onderzoekers en studenten", "Kredietfaciliteit voor het mkb", "Locatie en catering",
  ]

  static let roles = [
    "Trekker opleiding vakmensen", "Lid kerngroep", "Uitvoerder energiescans",
    "Financier en adviseur", "Ambassadeur richting leden", "Kennispartner",
    "Regie en beleid", "Leverancier", "Meedenker",
  ]

  static let addedValues = [
    "Directe lijn naar bedrijven voor stages", "Leads uit de energiescans",
    "Beleidsdoelen sneller gehaald", "Onderzoeksvragen uit de praktijk",
    "Investeringsvragen van goede kwaliteit", "Zichtbaarheid als duurzame partner", "",
  ]

  static let chainLinks = [
    "Advies", "Financiering", "Installatie", "Opleiding", "Netcapaciteit", "Monitoring",
    "Collectieve inkoop",
  ]

  static let segmentKinds = [
    "Metaal- en maakbedrijven", "Installateurs", "Agrofoodbedrijven", "Transport en logistiek",
    "Bouwbedrijven", "Bakkerijen", "Horeca", "Detailhandel", "Kunststofverwerkers",
    "Tuinders", "Garagebedrijven", "Drukkerijen",
  ]

  static let sizeClasses = ["1–10 wp", "10–50 wp", "10–100 wp", "50–250 wp", "5–20 wp"]

  static let pains = [
    "Energierekening sinds 2022 verdubbeld", "Geen tijd om subsidies uit te zoeken",
    "Geen netaansluiting voor elektrische machines", "Personeelstekort in de techniek",
    "Offertes van installateurs niet te vergelijken", "Bank financiert kleine investering niet",
    "Grote klanten eisen CO₂-rapportage", "Onzeker welke maatregel het meest oplevert",
  ]

  static let gains = [
    "Lagere kostprijs per product", "Aantoonbare CO₂-reductie voor opdrachtgevers",
    "Eén vast aanspreekpunt", "Goed opgeleide vakmensen", "Energie delen op het terrein",
    "Meer opdrachten in verduurzaming",
  ]

  static let barriers: [String] = [
    "Weet niet waar te beginnen", "Ziet het nut nog niet", "Geen vakmensen beschikbaar",
    "Terugverdientijd voelt te lang", "Geen netcapaciteit", "Vertrouwt adviseurs niet",
    "Weet niet welke subsidie past", "Geen geld voor de eerste stap",
  ]

  static let learnings = [
    "Wil eerst een scan", "Eigen bijdrage schrikt niet af", "Wil één aanspreekpunt",
    "Heeft slechte ervaring met adviseurs", "Ziet collega's als voorbeeld",
    "Wacht op duidelijkheid over het net", "Zoekt hulp bij de aanvraag",
  ]

  static let propositionNames = [
    "Energiescan + uitvoering", "Vakmensen op maat", "Energiehub op het terrein",
    "Financieringsloket", "Collectieve inkoop", "Leerwerkplaats", "Monitoring als dienst",
  ]

  static let solutionDirections = [
    "Coachpool", "Collectieve inkoop", "Lening met lage rente", "BBL-traject op maat",
    "Gedeelde batterij", "Digitaal dashboard", "Praktijkhal",
  ]

  static let functions = [
    ("Gezamenlijk acquisitiekanaal mkb", "Eén campagne, één website en één intake"),
    ("Coachpool", "Energiecoaches van alle partners in één pool"),
    ("Praktijkhal", "Gedeelde hal voor opleiding en demonstratie"),
    ("Datateam", "Meetdata en monitoring voor alle pilots"),
    ("Financieringsloket", "Eén loket voor subsidie, lening en garantie"),
  ]

  static let businessModels = [
    ("Abonnement energiecoach", "Mkb", "€ 350 per scan plus € 95 per maand"),
    ("Opleidingsfonds", "Branches en O&O-fondsen", "Bijdrage per deelnemer"),
    ("Energiehub-coöperatie", "Bedrijven op het terrein", "Ledenbijdrage en netvergoeding"),
  ]

  static let failures = [
    ("Geen onafhankelijke adviseur tussen mkb en installateur", "Mkb, installateurs"),
    ("Opleidingen sluiten niet aan op nieuwe technieken", "ROC, hogeschool, bedrijven"),
    ("Bank en subsidieloket kennen de kleine investering niet", "Banken, loketten, mkb"),
    ("Netbeheer werkt per aansluiting, niet per terrein", "Netbeheerder, gemeenten"),
    ("Branches blijven gericht op gastechniek", "Brancheorganisaties, O&O-fondsen"),
  ]

  static let impacts = [
    "CO₂-neutraal mkb in 2030", "Vakmensen voor de energietransitie",
    "Een net dat het mkb niet remt",
  ]

  static let outcomes = [
    "Mkb'ers nemen maatregelen", "Meer instroom in techniek", "Energie gedeeld op terreinen",
    "Financiering bereikbaar voor het mkb", "Installateurs kunnen de vraag aan",
  ]

  static let outputs = [
    "Energiescans uitgevoerd", "Coaches opgeleid", "Hubs opgericht", "Leningen verstrekt",
    "BBL-plekken gevuld", "Webinars gegeven", "Dashboards opgeleverd",
  ]

  static let activities = [
    "Coaches werven", "Scans plannen", "Leden informeren", "Subsidie aanvragen",
    "Netdata ophalen", "Praktijkhal inrichten", "Workshop geven", "Bedrijven bellen",
    "Offertes vergelijken", "Resultaten delen",
  ]

  static let assumptions = [
    ("Subsidie blijft beschikbaar", "Lening via het regiofonds"),
    ("Netbeheerder werkt mee", "Eigen batterij op het terrein"),
    ("Mkb'ers betalen een eigen bijdrage", "Gratis eerste scan"),
    ("Genoeg coaches te vinden", "Studenten als junior-coach"),
    ("Installateurs zien de coach niet als concurrent", "Installateurs in de kerngroep"),
  ]

  static let kpis = [
    ("Bedrijven met routekaart", "bedrijven"), ("Uitgevoerde scans", "scans"),
    ("Opgeleide vakmensen", "personen"), ("Bespaarde CO₂", "ton"),
    ("Gedeelde energie", "MWh"), ("Verstrekte leningen", "leningen"),
  ]

  static let pilots = [
    "Energiescan metaal", "Hub bedrijventerrein", "BBL installatie", "Lening bakkerijen",
    "Collectieve inkoop zon",
  ]

  static let hypotheses = [
    "Als een coach scan én plan levert, voert de helft binnen zes maanden een maatregel uit.",
    "Een gedeelde batterij lost de wachtlijst voor aansluitingen op.",
    "Met een BBL-traject op maat vullen installateurs hun vacatures.",
  ]

  static let painPoints = [
    "Scandata en offertes zaten in aparte systemen",
    "Twee installateurs zagen de coach als concurrent", "Besluiten duurden te lang",
    "Partners gebruiken andere woorden voor hetzelfde",
  ]

  static let rubricElements = [
    "visie-1", "visie-2", "visie-3", "visie-4", "samenwerking-1", "samenwerking-2",
    "samenwerking-3", "samenwerking-4", "waarde-1", "waarde-2", "waarde-3", "waarde-4",
    "uitvoering-1", "uitvoering-2", "uitvoering-3", "uitvoering-4",
  ]
}
