/// A peer review framework: dimensions, each with elements, each element described at five
/// development levels. Read from a data file, so a partnership can load the official framework
/// in place of the working one ecowerk ships.
public struct Rubric: Hashable, Sendable {
  public var name: LocalizedText
  /// Where the rubric comes from and what it is not (the shipped one says it is not official).
  public var note: LocalizedText
  public var dimensions: [RubricDimension]

  public init(name: LocalizedText, note: LocalizedText, dimensions: [RubricDimension]) {
    self.name = name
    self.note = note
    self.dimensions = dimensions
  }

  /// Every element in order, with its dimension.
  public var elements: [(dimension: RubricDimension, element: RubricElement)] {
    dimensions.flatMap { dimension in dimension.elements.map { (dimension, $0) } }
  }

  /// The element with this id.
  public func element(_ id: String) -> RubricElement? {
    for dimension in dimensions {
      if let element = dimension.elements.first(where: { $0.id == id }) { return element }
    }
    return nil
  }
}

public struct RubricDimension: Hashable, Sendable {
  public var id: String
  public var name: LocalizedText
  public var elements: [RubricElement]

  public init(id: String, name: LocalizedText, elements: [RubricElement]) {
    self.id = id
    self.name = name
    self.elements = elements
  }
}

public struct RubricElement: Hashable, Sendable {
  public var id: String
  public var name: LocalizedText
  /// Exactly five descriptions, for levels 1 to 5.
  public var levels: [LocalizedText]

  public init(id: String, name: LocalizedText, levels: [LocalizedText]) {
    self.id = id
    self.name = name
    self.levels = levels
  }
}

/// Text in Dutch, and optionally in English; English falls back to Dutch.
public struct LocalizedText: Hashable, Sendable {
  public var nl: String
  public var en: String?

  public init(nl: String, en: String? = nil) {
    self.nl = nl
    self.en = en
  }

  public func text(english: Bool) -> String {
    english ? (en ?? nl) : nl
  }
}
