/// A number as it is written in the source, for values whose precision matters more than what
/// a `Double` can tell: `1.0000000000000001` and `1` are the same `Double`, but only one of
/// them is an amount in whole cents.
public enum JSONNumberText {
  /// How many decimal places the number literal at `offset` needs to be written exactly:
  /// `1.50` → 1, `1.005` → 3, `1.0000000000000001` → 16, `15e-1` → 1, `1.5e1` → 0. Nil when
  /// no number starts there.
  public static func decimalPlaces(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int? {
    var index = offset
    let end = bytes.count
    func isDigit(_ i: Int) -> Bool { i < end && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
    if index < end && bytes[index] == UInt8(ascii: "-") { index += 1 }
    guard isDigit(index) else { return nil }
    // The significant digits' trailing zeros, and how many digits follow the point.
    var trailingZeros = 0
    var fractionDigits = 0
    while isDigit(index) {
      trailingZeros = bytes[index] == UInt8(ascii: "0") ? trailingZeros + 1 : 0
      index += 1
    }
    if index < end && bytes[index] == UInt8(ascii: ".") {
      index += 1
      while isDigit(index) {
        trailingZeros = bytes[index] == UInt8(ascii: "0") ? trailingZeros + 1 : 0
        fractionDigits += 1
        index += 1
      }
    }
    var exponent = 0
    if index < end && (bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E")) {
      index += 1
      var sign = 1
      if index < end && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
        sign = bytes[index] == UInt8(ascii: "-") ? -1 : 1
        index += 1
      }
      while isDigit(index) {
        // Far beyond any amount; the clamp only keeps the arithmetic in range.
        exponent = min(exponent * 10 + Int(bytes[index] - 0x30), 1_000_000)
        index += 1
      }
      exponent *= sign
    }
    // value = digits × 10^(exponent − fractionDigits); trailing zeros move the point right.
    return max(0, fractionDigits - exponent - trailingZeros)
  }

  /// The same for a number in an array of bytes.
  public static func decimalPlaces(in bytes: [UInt8], at offset: Int) -> Int? {
    bytes.withUnsafeBufferPointer { decimalPlaces(in: $0, at: offset) }
  }
}
