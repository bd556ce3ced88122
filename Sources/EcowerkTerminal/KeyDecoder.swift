import CNcursesW
import EcowerkUI

/// Turns what ncurses reads into `Key`s.
enum KeyDecoder {
  /// A character read by `wget_wch`: printable text, or a control character.
  static func character(_ value: UInt32) -> Key? {
    switch value {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 0: return .ctrl(" ")
    case 1...26:
      guard let scalar = Unicode.Scalar(value + 96) else { return nil }
      return .ctrl(Character(scalar))
    case 28...31: return nil
    default:
      guard let scalar = Unicode.Scalar(value) else { return nil }
      return .char(Character(scalar))
    }
  }

  /// A function key code (`KEY_UP` and friends).
  static func function(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_IC: return .insert
    case KEY_BTAB: return .backTab
    case KEY_ENTER: return .enter
    default:
      for number in 1...24 where code == ecw_key_f(Int32(number)) {
        return .function(number)
      }
      return nil
    }
  }
}

extension KeyDecoder {
  /// How many bytes a UTF-8 sequence starting with `lead` has, when it starts one of two or more.
  static func utf8Length(lead: UInt8) -> Int? {
    switch lead {
    case 0xC2...0xDF: return 2
    case 0xE0...0xEF: return 3
    case 0xF0...0xF4: return 4
    default: return nil
    }
  }

  /// The one character `bytes` spell in UTF-8, or nil.
  static func utf8Character(_ bytes: [UInt8]) -> Character? {
    guard let text = String(validating: bytes, as: UTF8.self), text.count == 1 else { return nil }
    return text.first
  }
}

/// Pasted text as it arrives between the bracketed-paste markers: line ends become newlines,
/// other control characters are dropped, and at most `limit` bytes are kept (the largest text
/// a plan holds), so a runaway paste cannot take the memory.
struct PasteCollector {
  static let limit = 100_000

  private(set) var text = ""
  private var bytes = 0
  /// In a locale that is not UTF-8 ncurses hands over bytes: these are put back together into
  /// characters (a byte that starts no UTF-8 sequence is read as Latin-1).
  var assemblesBytes = false
  private var pending: [UInt8] = []

  mutating func take(_ value: UInt32) {
    if assemblesBytes, value >= 0x80, value <= 0xFF {
      let byte = UInt8(value)
      if pending.isEmpty, KeyDecoder.utf8Length(lead: byte) == nil {
        append(Character(Unicode.Scalar(byte)))
        return
      }
      pending.append(byte)
      if let lead = pending.first, let length = KeyDecoder.utf8Length(lead: lead),
        pending.count == length
      {
        let bytes = pending
        pending = []
        if let character = KeyDecoder.utf8Character(bytes) {
          append(character)
        } else {
          for byte in bytes { append(Character(Unicode.Scalar(byte))) }
        }
      }
      return
    }
    let character: Character
    switch value {
    case 10, 13: character = "\n"
    case 9: character = "\t"
    case 0..<32, 127: return
    default:
      guard let scalar = Unicode.Scalar(value) else { return }
      character = Character(scalar)
    }
    append(character)
  }

  private mutating func append(_ character: Character) {
    let size = character.utf8.count
    guard bytes + size <= Self.limit else { return }
    bytes += size
    text.append(character)
  }
}
