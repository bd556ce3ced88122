import CNcursesW
import CTerminalGuard
import EcowerkUI
import Glibc

/// Reading the terminal: key presses (with the bytes of a UTF-8 character put together when the
/// locale is not UTF-8), function keys and escape sequences ncurses does not know, mouse
/// clicks and wheel, resizes, and bracketed paste, each turned into an `Event`.
extension Terminal {
  /// The next event, waiting at most `timeout` milliseconds (-1: until one comes). Nil on a
  /// timeout or when a signal interrupted the wait.
  public func nextEvent(timeout: Int32) -> Event? {
    guard isActive else { return nil }
    wtimeout(window, timeout)
    var character: wint_t = 0
    let result = wget_wch(window, &character)
    if result == ecw_err() { return nil }
    if result == ecw_key_code_yes() {
      return functionKey(Int32(character))
    }
    if !supportsUnicode, let lead = UInt8(exactly: character),
      let length = KeyDecoder.utf8Length(lead: lead)
    {
      // A locale that is not UTF-8 hands over a UTF-8 terminal's "é" as two bytes: put them
      // back together, so typed text is kept whatever the locale says.
      if let typed = readUTF8(lead: lead, length: length) { return .key(.char(typed)) }
    }
    if character == 27, let rest = unknownSequence() {
      // An escape sequence ncurses does not know (a key of another terminal type): dropped
      // whole, so that its characters never arrive as typing.
      _ = rest
      return nil
    }
    return KeyDecoder.character(UInt32(character)).map { .key($0) }
  }

  /// The continuation bytes after `lead`, read as they are there now; the character, or nil
  /// (and the bytes put back) when they do not make one.
  fileprivate func readUTF8(lead: UInt8, length: Int) -> Character? {
    wtimeout(window, 0)
    var bytes = [lead]
    while bytes.count < length {
      var next: wint_t = 0
      let result = wget_wch(window, &next)
      guard result != ecw_err() else { break }
      guard result != ecw_key_code_yes(), let byte = UInt8(exactly: next), byte & 0xC0 == 0x80
      else {
        if result == ecw_key_code_yes() {
          ecw_unget_key(Int32(next))
        } else {
          unget_wch(wchar_t(bitPattern: UInt32(next)))
        }
        break
      }
      bytes.append(byte)
    }
    if let character = KeyDecoder.utf8Character(bytes) { return character }
    for byte in bytes.dropFirst().reversed() { unget_wch(wchar_t(byte)) }
    return nil
  }

  /// After Esc: when `[` or `O` follows at once, the rest of an escape sequence ncurses did
  /// not recognise (it has waited ESCDELAY already, so what belongs to it is there now), read
  /// up to its final character. Nil for Esc on its own; anything else is put back.
  fileprivate func unknownSequence() -> String? {
    wtimeout(window, 0)
    var next: wint_t = 0
    let result = wget_wch(window, &next)
    guard result != ecw_err() else { return nil }
    guard result != ecw_key_code_yes(), next == 0x5B || next == 0x4F else {
      if result == ecw_key_code_yes() {
        ecw_unget_key(Int32(next))
      } else {
        unget_wch(wchar_t(bitPattern: UInt32(next)))
      }
      return nil
    }
    var sequence = String(UnicodeScalar(UInt8(next)))
    // SS3 (`O`) takes one character; CSI (`[`) takes parameters up to a final 0x40–0x7E.
    for _ in 0..<32 {
      var character: wint_t = 0
      guard wget_wch(window, &character) != ecw_err() else { break }
      if let scalar = Unicode.Scalar(UInt32(character)) { sequence.unicodeScalars.append(scalar) }
      if next == 0x4F || (0x40...0x7E).contains(character) { break }
    }
    return sequence
  }

  fileprivate func functionKey(_ code: Int32) -> Event? {
    if code == Self.pasteBegin { return readPaste() }
    if code == Self.pasteEnd { return nil }
    if let extra = Self.extraKeys.first(where: { $0.1 == code }) { return .key(extra.2) }
    if code == ecw_key_resize() {
      previous = nil
      return .resize(size)
    }
    if code == ecw_key_mouse() {
      var event = MEVENT()
      guard getmouse(&event) == ecw_ok() else { return nil }
      let state = event.bstate
      if state & (ecw_button1_pressed() | ecw_button1_clicked()) != 0 {
        return .mouse(MouseEvent(.press, x: Int(event.x), y: Int(event.y)))
      }
      if state & ecw_button4_pressed() != 0 {
        return .mouse(MouseEvent(.wheelUp, x: Int(event.x), y: Int(event.y)))
      }
      if state & ecw_button5_pressed() != 0 {
        return .mouse(MouseEvent(.wheelDown, x: Int(event.x), y: Int(event.y)))
      }
      return nil
    }
    return KeyDecoder.function(code).map { .key($0) }
  }

  /// The text between the paste markers, read as it comes (a stalled paste ends after half a
  /// second); at most `PasteCollector.limit` bytes are kept.
  fileprivate func readPaste() -> Event {
    var collector = PasteCollector()
    collector.assemblesBytes = !supportsUnicode
    wtimeout(window, 500)
    while true {
      var character: wint_t = 0
      let result = wget_wch(window, &character)
      if result == ecw_err() { break }
      if result == ecw_key_code_yes() {
        if Int32(character) == Self.pasteEnd { break }
        continue
      }
      collector.take(UInt32(character))
    }
    return .paste(collector.text)
  }
}
