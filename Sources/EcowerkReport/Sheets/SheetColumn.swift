import EcowerkModel
import EcowerkStrings

/// One column of a table a spreadsheet can hold: the field it fills and every header it is
/// known by. The label the export writes (from the string table) and the plan file's own
/// field name always count; `names` adds what partners write in their own lists.
struct SheetColumn: Sendable {
  var field: Field
  /// Other headers for this column, Dutch first; compared through `SheetKey.fold`.
  var names: [String]

  init(_ field: Field, names: [String] = []) {
    self.field = field
    self.names = names
  }

  /// The columns of `fields`, in that order, with the headers their schema declares.
  static func columns<E>(of schema: EntitySchema<E>, _ fields: [Field]) -> [SheetColumn] {
    fields.map { SheetColumn($0, names: schema.spec($0)?.headers ?? []) }
  }

  /// Every header of the column, folded.
  var keys: Set<String> {
    var keys = Set(names.map(SheetKey.fold))
    keys.insert(SheetKey.fold(field.rawValue))
    for language in Language.allCases {
      keys.insert(SheetKey.fold(Strings(language).label(field)))
    }
    return keys
  }

  /// The columns by folded header.
  static func lookup(_ columns: [SheetColumn]) -> [String: Field] {
    var lookup: [String: Field] = [:]
    for column in columns {
      for key in column.keys { lookup[key] = column.field }
    }
    return lookup
  }

  /// A choice's spellings by folded key: its label in both languages, its name in the plan
  /// file, and `spellings`.
  static func choices<T: RawRepresentable & CaseIterable & Hashable>(
    _ spellings: [T: [String]], label: (Strings, T) -> String
  ) -> [String: T] where T.RawValue == String {
    var lookup: [String: T] = [:]
    for value in T.allCases {
      var names = spellings[value] ?? []
      names.append(value.rawValue)
      for language in Language.allCases { names.append(label(Strings(language), value)) }
      for name in names { lookup[SheetKey.fold(name)] = value }
    }
    return lookup
  }
}
