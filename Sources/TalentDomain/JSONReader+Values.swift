/// Turning spans into values, and describing where reading failed.
extension JSONReader {
    /// The string's text, with escapes decoded.
    package func text(_ span: StringSpan) -> String {
        let raw = UnsafeRawBufferPointer(rebasing: bytes[span.start ..< span.end])
        if span.isPlain { return String(decoding: raw, as: UTF8.self) }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(raw.count)
        var index = span.start
        while index < span.end {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\") else {
                decoded.append(byte)
                index += 1
                continue
            }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "n"): decoded.append(0x0A)
            case UInt8(ascii: "r"): decoded.append(0x0D)
            case UInt8(ascii: "t"): decoded.append(0x09)
            case UInt8(ascii: "u"):
                // Validated by readString: four hex digits, and surrogates come in pairs.
                var scalar = (try? hexUnit(at: index, escape: index)) ?? 0xFFFD
                index += 4
                if (0xD800 ... 0xDBFF).contains(scalar) {
                    let low = (try? hexUnit(at: index + 2, escape: index)) ?? 0xDC00
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    index += 6
                }
                decoded.append(contentsOf: UTF8.encode(Unicode.Scalar(scalar) ?? "\u{FFFD}")!)
            default: decoded.append(escape) // \" \\ \/
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }

    /// Whether the string is exactly `word` (compared without decoding when it has no escapes).
    @inline(__always)
    package func matches(_ span: StringSpan, _ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard span.isPlain else { return text(span) == word.description }
        guard span.end - span.start == count else { return false }
        let text = UnsafeRawBufferPointer(start: word.utf8Start, count: count)
        for index in 0 ..< count where bytes[span.start + index] != text[index] { return false }
        return true
    }

    /// The number as an integer, as `JSONDecoder` reads one: also written as `12.0` or `1.2e1`; nil for a
    /// fraction or a number beyond `Int`.
    package func integer(_ span: NumberSpan) -> Int? {
        if let value = Int(literal(span)) { return value }
        let value = double(span)
        guard value.rounded() == value else { return nil }
        return Int(exactly: value)
    }

    /// The number's bytes as written, for messages.
    package func literal(_ span: NumberSpan) -> String {
        String(decoding: UnsafeRawBufferPointer(rebasing: bytes[span.start ..< min(span.end, span.start + 40)]), as: UTF8.self)
            + (span.end - span.start > 40 ? "…" : "")
    }

    /// The number's value, correctly rounded; ±infinity when it is beyond the range of `Double`.
    ///
    /// Numbers with at most 15 significant digits and a decimal exponent within ±22 take Clinger's fast
    /// path (both operands of the one multiplication or division are exact, so IEEE rounding makes the
    /// result correct); on x86, up to 19 digits and ±27 take the same path in 80-bit arithmetic; all others
    /// go through the standard library's correctly rounded parser.
    package func double(_ span: NumberSpan) -> Double {
        var index = span.start
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var mantissa: UInt64 = 0
        var digits = 0, exponent = 0
        var significant = false
        while index < span.end && isDigit(bytes[index]) {
            let digit = bytes[index] &- UInt8(ascii: "0")
            if digit != 0 || significant {
                significant = true
                digits += 1
                if digits <= 19 { mantissa = mantissa &* 10 &+ UInt64(digit) }
            }
            index += 1
        }
        if index < span.end && bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < span.end && isDigit(bytes[index]) {
                let digit = bytes[index] &- UInt8(ascii: "0")
                if digit != 0 || significant {
                    significant = true
                    digits += 1
                    if digits <= 19 { mantissa = mantissa &* 10 &+ UInt64(digit) }
                }
                exponent -= 1
                index += 1
            }
        }
        if index < span.end {
            // The exponent: [eE][+-]?digits. Values too large to matter are left to the slow path.
            index += 1
            var sign = 1
            if bytes[index] == UInt8(ascii: "-") { sign = -1; index += 1 } else if bytes[index] == UInt8(ascii: "+") { index += 1 }
            var written = 0
            while index < span.end {
                if written < 100_000 { written = written * 10 + Int(bytes[index] &- UInt8(ascii: "0")) }
                index += 1
            }
            exponent += sign * written
        }
        if mantissa == 0 && digits == 0 { return negative ? -0.0 : 0 }
        if digits <= 15 && (-22 ... 22).contains(exponent) {
            let value = Double(mantissa)
            let scaled = exponent < 0 ? value / Self.powersOfTen[-exponent] : value * Self.powersOfTen[exponent]
            return negative ? -scaled : scaled
        }
        #if (arch(i386) || arch(x86_64)) && !(os(Windows) || os(Android))
        if digits <= 19 && (-27 ... 27).contains(exponent) && Self.extendedArithmeticRoundsTo64Bits {
            // The same in 80-bit arithmetic: the mantissa (< 10^19 < 2^64) and 10^|e| (5^27 < 2^63) are exact,
            // so the one operation rounds once, to 64 bits. Rounding that to a Double rounds the true value
            // correctly unless it landed exactly on a midpoint between two Doubles (the 11 bits below the
            // Double's last are 10000000000); then the slow path decides.
            let value = Float80(mantissa)
            let scaled = exponent < 0 ? value / Self.extendedPowersOfTen[-exponent] : value * Self.extendedPowersOfTen[exponent]
            if scaled.significandBitPattern & 0x7FF != 0x400 {
                return negative ? -Double(scaled) : Double(scaled)
            }
        }
        #endif
        let text = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[span.start ..< span.end]), as: UTF8.self)
        return Double(text) ?? (negative ? -.infinity : .infinity)
    }

    #if (arch(i386) || arch(x86_64)) && !(os(Windows) || os(Android))
    /// 10^0 … 10^27, all exactly representable as `Float80`.
    static let extendedPowersOfTen: [Float80] = (0 ... 27).map { exponent in
        var value: Float80 = 1
        for _ in 0 ..< exponent { value *= 10 }
        return value
    }

    /// Whether 80-bit arithmetic rounds to 64 significant bits here, as x86 does by default. (An emulator
    /// such as Valgrind computes it with 53, and a program may lower the x87 precision; then the 80-bit path
    /// would not be exact, so it is not taken.)
    static let extendedArithmeticRoundsTo64Bits = distinguishesLastBit(extendedPowersOfTen[0])

    @inline(never)
    private static func distinguishesLastBit(_ one: Float80) -> Bool {
        one + Float80.ulpOfOne > one
    }
    #endif

    /// 10^0 … 10^22, all exactly representable as `Double`.
    static let powersOfTen: [Double] = (0 ... 22).map { exponent in
        var value = 1.0
        for _ in 0 ..< exponent { value *= 10 }
        return value
    }

    // MARK: - Errors

    /// A syntax error at the current position: "expected …, found …".
    func unexpected(_ expected: String) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset, message: "expected \(expected), found \(found)")
    }

    /// The byte at the current position as a message shows it.
    var found: String {
        offset < bytes.count ? "'\(printable(bytes[offset]))'" : "the end of the input"
    }

    func printable(_ byte: UInt8) -> String {
        (0x21 ... 0x7E).contains(byte) ? String(UnicodeScalar(byte)) : "byte \(hex(byte))"
    }

    func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "0x\(digits[Int(byte >> 4)])\(digits[Int(byte & 0xF)])"
    }

    func hex4(_ unit: UInt32) -> String {
        let text = String(unit, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - text.count)) + text
    }

    /// The 1-based line and column of `offset` (columns count bytes).
    func lineAndColumn(of offset: Int) -> (line: Int, column: Int) {
        var line = 1, lineStart = 0
        for index in 0 ..< min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        return (line, offset - lineStart + 1)
    }
}
