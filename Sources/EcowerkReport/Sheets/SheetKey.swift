/// How a header, a label or a name in a partner's spreadsheet is compared with ours: case,
/// accents, punctuation and spaces do not count, so `Rol/taak`, `rol - taak` and `ROL TAAK`
/// are one header, and `mkb-bedrijf`, `Mkb bedrijf` and `MKB-bedrijf` one label.
enum SheetKey {
  /// Lower-case letters and digits only, accents folded to their base letter (`é` → `e`,
  /// `ß` → `ss`, `ĳ` → `ij`).
  static func fold(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        let value = scalar.value
        if (0x30...0x39).contains(value) || (0x61...0x7A).contains(value) {
          result.unicodeScalars.append(scalar)
        } else if (0x41...0x5A).contains(value) {
          result.unicodeScalars.append(Unicode.Scalar(value + 0x20) ?? scalar)
        }
        continue
      }
      if let folded = accents[scalar] {
        result += folded
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        result += String(scalar).lowercased()
      }
      // Anything else (punctuation, symbols, spaces of any kind, combining marks) is left out.
    }
    return result
  }

  /// Latin letters with diacritics as spreadsheets in Dutch, German, French and the Nordic
  /// languages write them, upper and lower case.
  private static let accents: [Unicode.Scalar: String] = {
    let groups: [(String, String)] = [
      ("àáâãäåāăą", "a"), ("ÀÁÂÃÄÅĀĂĄ", "a"), ("çćĉċč", "c"), ("ÇĆĈĊČ", "c"), ("ďđ", "d"),
      ("ĎĐ", "d"), ("èéêëēĕėęě", "e"), ("ÈÉÊËĒĔĖĘĚ", "e"), ("ĝğġģ", "g"), ("ĜĞĠĢ", "g"),
      ("ìíîïĩīĭįı", "i"), ("ÌÍÎÏĨĪĬĮİ", "i"), ("ñńņňŉ", "n"), ("ÑŃŅŇ", "n"),
      ("òóôõöøōŏő", "o"), ("ÒÓÔÕÖØŌŎŐ", "o"), ("ŕŗř", "r"), ("ŔŖŘ", "r"), ("śŝşš", "s"),
      ("ŚŜŞŠ", "s"), ("ţťŧ", "t"), ("ŢŤŦ", "t"), ("ùúûüũūŭůűų", "u"), ("ÙÚÛÜŨŪŬŮŰŲ", "u"),
      ("ýÿŷ", "y"), ("ÝŸŶ", "y"), ("źżž", "z"), ("ŹŻŽ", "z"), ("ß", "ss"), ("æÆ", "ae"),
      ("œŒ", "oe"), ("ĳĲ", "ij"), ("þÞ", "th"), ("ðÐ", "d"), ("łŁ", "l"),
    ]
    var table: [Unicode.Scalar: String] = [:]
    for (letters, base) in groups {
      for scalar in letters.unicodeScalars { table[scalar] = base }
    }
    return table
  }()
}
