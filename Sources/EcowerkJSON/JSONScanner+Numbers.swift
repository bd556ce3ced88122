/// Numbers: the RFC 8259 grammar, exact integers and correctly rounded doubles.
extension JSONScanner {
  /// Powers of ten that a `Double` holds exactly; multiplying or dividing an exact mantissa by
  /// one of them is a single correctly rounded operation.
  private static let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]

  /// The most significant digits kept in the `UInt64` mantissa (10^19 - 1 fits).
  private static let maxMantissaDigits = 19

  /// Parses the number starting at `start` (a `-` or a digit) and leaves `position` after it.
  ///
  /// Digits are gathered into a 64-bit mantissa and a decimal exponent in one pass. Integers are
  /// built exactly from that. Doubles try, in order: the classic exact path (a mantissa up to
  /// 2^53 and a power of ten up to 10^22 are both exact, so one operation rounds correctly),
  /// then `EiselLemire`, and only then the standard library's slower conversion of the text,
  /// which remains for more than 19 digits, extreme exponents and undecidable ties.
  mutating func parseNumber(at start: Int) throws(JSONParseError) -> JSONValue {
    var index = start
    let isNegative = input[index] == UInt8(ascii: "-")
    if isNegative { index += 1 }

    var mantissa: UInt64 = 0
    var significantDigits = 0
    var droppedDigits = false
    var exponent = 0

    guard index < end else { throw digitAfterMinusError(at: index) }
    let first = input[index]
    if first == UInt8(ascii: "0") {
      index += 1
      if index < end && isDigit(input[index]) { throw leadingZeroError(at: index - 1) }
    } else if first >= UInt8(ascii: "1") && first <= UInt8(ascii: "9") {
      while index < end && isDigit(input[index]) {
        if significantDigits < Self.maxMantissaDigits {
          mantissa = mantissa &* 10 &+ UInt64(input[index] &- UInt8(ascii: "0"))
          significantDigits += 1
        } else {
          droppedDigits = true
          exponent += 1
        }
        index += 1
      }
    } else {
      if isNegative && matches("Infinity", at: index) {
        throw JSONParseError(offset: start, .notFinite("-Infinity"))
      }
      throw digitAfterMinusError(at: index)
    }

    var isInteger = true
    if index < end && input[index] == UInt8(ascii: ".") {
      isInteger = false
      index += 1
      guard index < end && isDigit(input[index]) else {
        throw JSONParseError(offset: index, .noDigitAfterPoint)
      }
      while index < end && isDigit(input[index]) {
        let digit = UInt64(input[index] &- UInt8(ascii: "0"))
        if mantissa == 0 && digit == 0 {
          // Leading zeros of a fraction such as 0.0001 only move the decimal point.
          exponent -= 1
        } else if significantDigits < Self.maxMantissaDigits {
          mantissa = mantissa &* 10 &+ digit
          significantDigits += 1
          exponent -= 1
        } else {
          droppedDigits = true
        }
        index += 1
      }
    }

    if index < end && (input[index] == UInt8(ascii: "e") || input[index] == UInt8(ascii: "E")) {
      isInteger = false
      index += 1
      var exponentIsNegative = false
      if index < end && (input[index] == UInt8(ascii: "+") || input[index] == UInt8(ascii: "-")) {
        exponentIsNegative = input[index] == UInt8(ascii: "-")
        index += 1
      }
      guard index < end && isDigit(input[index]) else {
        throw JSONParseError(offset: index, .noDigitInExponent)
      }
      var written = 0
      while index < end && isDigit(input[index]) {
        // Beyond a million the result is 0 or infinity anyway; capping avoids overflow.
        if written < 1_000_000 {
          written = written * 10 + Int(input[index] &- UInt8(ascii: "0"))
        }
        index += 1
      }
      exponent += exponentIsNegative ? -written : written
    }
    position = index

    if isInteger {
      return .integer(try exactInteger(mantissa, isNegative, droppedDigits, at: start))
    }
    return .double(try double(mantissa, exponent, isNegative, droppedDigits, from: start))
  }

  @inline(__always)
  private func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  /// The integer the digits spell, when it fits in `Int64`. Integers are never rounded into a
  /// double: an identifier that silently changed would be worse than a clear error.
  private func exactInteger(
    _ mantissa: UInt64, _ isNegative: Bool, _ droppedDigits: Bool, at start: Int
  ) throws(JSONParseError) -> Int64 {
    let limit: UInt64 = isNegative ? UInt64(Int64.max) + 1 : UInt64(Int64.max)
    guard !droppedDigits && mantissa <= limit else {
      throw JSONParseError(offset: start, .integerOutOfRange)
    }
    return isNegative ? Int64(bitPattern: 0 &- mantissa) : Int64(mantissa)
  }

  /// The correctly rounded double for the number from `start` to `position`.
  private func double(
    _ mantissa: UInt64, _ exponent: Int, _ isNegative: Bool, _ droppedDigits: Bool,
    from start: Int
  ) throws(JSONParseError) -> Double {
    var value: Double
    if mantissa == 0 {
      value = 0
    } else if !droppedDigits && mantissa <= 1 << 53 && exponent >= -22 && exponent <= 22 {
      value = Double(mantissa)
      if exponent < 0 {
        value /= Self.exactPowersOfTen[-exponent]
      } else {
        value *= Self.exactPowersOfTen[exponent]
      }
    } else if !droppedDigits,
      let nearest = EiselLemire.double(mantissa: mantissa, exponent: exponent)
    {
      value = nearest
    } else {
      // The grammar has been checked, so the standard library sees a plain decimal literal.
      let text = String(
        decoding: UnsafeBufferPointer(rebasing: input[start..<position]), as: UTF8.self)
      guard let parsed = Double(text), parsed.isFinite else {
        throw JSONParseError(offset: start, .numberOutOfRange)
      }
      return parsed
    }
    return isNegative ? -value : value
  }
}
