import EcowerkJSON
import EcowerkStore
import EcowerkStrings

/// The words of what is wrong inside a file: JSON that does not parse and values of the wrong
/// shape. Values from the file (a key, a word, a text) are put in as found, already shortened
/// and escaped by the parser and the reader.
extension Strings {
  func words(_ kind: JSONParseError.Kind) -> String {
    typealias Kind = JSONParseError.Kind
    switch kind {
    case .empty: return self["json.empty"]
    case .onlyWhitespace: return self["json.onlyWhitespace"]
    case .byteOrderMark: return self["json.byteOrderMark"]
    case .utf16: return self["json.utf16"]
    case .unexpected(let expected, .endOfFile):
      return format("json.unexpectedEnd", words(expected))
    case .unexpected(let expected, let found):
      return format("json.unexpected", words(expected), words(found))
    case .endsBeforeValue: return self["json.endsBeforeValue"]
    case .trailingComma(let closer): return format("json.trailingComma", closer)
    case .duplicateKey(let key, let line, let column):
      return format("json.duplicateKey", key, line, column)
    case .tooDeep(let limit): return format("json.tooDeep", number(limit))
    case .textTooLong(let limit): return format("json.textTooLong", number(limit))
    case .arrayTooLong(let limit): return format("json.arrayTooLong", number(limit))
    case .objectTooLarge(let limit): return format("json.objectTooLarge", number(limit))
    case .plusSign: return self["json.plusSign"]
    case .noDigitBeforePoint: return self["json.noDigitBeforePoint"]
    case .noDigitAfterPoint: return self["json.noDigitAfterPoint"]
    case .noDigitInExponent: return self["json.noDigitInExponent"]
    case .notFinite(let word): return format("json.notFinite", word)
    case .unexpectedWord(let word): return format("json.unexpectedWord", word)
    case .leadingZero: return self["json.leadingZero"]
    // Written as JSON writes them, without grouping: they are the file's own numbers.
    case .integerOutOfRange: return format("json.integerOutOfRange", Int64.min, Int64.max)
    case .numberOutOfRange: return self["json.numberOutOfRange"]
    case .singleQuotes: return self["json.singleQuotes"]
    case .invalidUTF8(let byte): return format("json.invalidUTF8", Kind.hex(UInt32(byte), width: 2))
    case .lineBreakInText: return self["json.lineBreakInText"]
    case .carriageReturnInText: return self["json.carriageReturnInText"]
    case .tabInText: return self["json.tabInText"]
    case .controlCharacterInText(let code):
      return format("json.controlInText", Kind.hex(code, width: 4))
    case .invalidEscape(let after): return format("json.invalidEscape", words(after))
    case .loneHighSurrogate(let unit):
      return format("json.loneHighSurrogate", Kind.hex(unit, width: 4))
    case .loneLowSurrogate(let unit):
      return format("json.loneLowSurrogate", Kind.hex(unit, width: 4))
    case .unterminatedText: return self["json.unterminatedText"]
    }
  }

  func words(_ expected: JSONParseError.Expected) -> String {
    switch expected {
    case .endOfFile: return self["json.expected.endOfFile"]
    case .value: return self["json.expected.value"]
    case .commaOrObjectEnd: return self["json.expected.commaOrObjectEnd"]
    case .commaOrArrayEnd: return self["json.expected.commaOrArrayEnd"]
    case .keyOrObjectEnd: return self["json.expected.keyOrObjectEnd"]
    case .keyAfterComma: return self["json.expected.keyAfterComma"]
    case .colonAfterKey(let key): return format("json.expected.colonAfterKey", key)
    case .hexDigits: return self["json.expected.hexDigits"]
    case .digitAfterMinus: return self["json.expected.digitAfterMinus"]
    }
  }

  func words(_ found: JSONParseError.Found) -> String {
    switch found {
    case .character(let text): return format("json.found.character", text)
    case .controlCharacter(let code):
      return format("json.found.control", JSONParseError.Kind.hex(code, width: 4))
    case .endOfFile: return self["json.found.endOfFile"]
    }
  }

  func words(_ problem: DecodeProblem) -> String {
    switch problem {
    case .expected(let shape, let found):
      return format("decode.expected", self["shape.\(shape.rawValue)"], words(found))
    case .unknownField(let key, let known):
      return format("decode.unknownField", key, known.joined(separator: ", "))
    case .missingField(let key): return format("decode.missingField", key)
    case .numberTooLarge: return self["decode.numberTooLarge"]
    case .amountTooLarge(let amount): return format("decode.amountTooLarge", amount)
    case .tooManyDecimals(let amount): return format("decode.tooManyDecimals", amount)
    case .notADate(let text): return format("decode.notADate", text)
    case .expectedChoice(let options, let found):
      return format("decode.expectedChoice", listed(options), words(found))
    case .notAChoice(let text, let options):
      return format("decode.notAChoice", text, listed(options))
    case .emptyID: return self["decode.emptyID"]
    case .unreadable: return self["decode.unreadable"]
    case .oneEditKind: return self["decode.oneEditKind"]
    case .unknownEditField(let name): return format("decode.unknownEditField", name)
    case .unknownEntityKind(let name): return format("decode.unknownEntityKind", name)
    case .unknownListKind(let name): return format("decode.unknownListKind", name)
    case .listNeedsParent(let name): return format("decode.listNeedsParent", name)
    case .yearNotANumber: return self["decode.yearNotANumber"]
    case .oneValueKind: return self["decode.oneValueKind"]
    case .oneEntity: return self["decode.oneEntity"]
    case .notARubric: return self["decode.notARubric"]
    case .rubricTooNew(let version): return format("decode.rubricTooNew", version)
    case .noDimensions: return self["decode.noDimensions"]
    case .noElements: return self["decode.noElements"]
    case .levelCount(let count): return format("decode.levelCount", count)
    case .duplicateElement(let id): return format("decode.duplicateElement", id)
    case .notAConflictsFile: return self["decode.notAConflictsFile"]
    case .conflictsTooNew(let version): return format("decode.conflictsTooNew", version)
    case .unknownConflictKind(let kind): return format("decode.unknownConflictKind", kind)
    case .notOursOrTheirs: return self["decode.notOursOrTheirs"]
    case .oneStep: return self["decode.oneStep"]
    case .notAFieldChange: return self["decode.notAFieldChange"]
    }
  }

  func words(_ found: FoundValue) -> String {
    switch found {
    case .null: return self["found.null"]
    case .bool(let value): return self[value ? "found.true" : "found.false"]
    case .number(let text): return format("found.number", text)
    case .text(let text): return format("found.text", text)
    case .list: return self["found.list"]
    case .object: return self["found.object"]
    }
  }

  /// `"verkennen", "bouwen"`: the values a choice allows, as the file writes them.
  private func listed(_ options: [String]) -> String {
    options.map { "\"\($0)\"" }.joined(separator: ", ")
  }
}
