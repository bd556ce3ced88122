/// One label and its value, such as "Sector: Installatietechniek". Facts are kept as a list of
/// pairs rather than a dictionary, so they print in the order the builder chose.
public struct ReportFact: Hashable, Sendable {
  public var label: String
  public var value: String

  public init(_ label: String, _ value: String) {
    self.label = label
    self.value = value
  }
}
