/// The text of a `Double` as CSV and XLSX write it: shortest round-trip digits, `.` as the decimal point.
///
/// The digits are Swift's shortest representation that reads back as the same `Double`; only the layout
/// changes. Like JavaScript's `Number.prototype.toString`, magnitudes in `[1e-6, 1e21)` are written in
/// plain decimal notation and others in exponent notation:
///
/// ```
/// 1.0 → "1"     0.1 + 0.2 → "0.30000000000000004"     -2.5 → "-2.5"
/// 1e-7 → "1e-7"     1e21 → "1e+21"     -0.0 → "0"     .nan, ±.infinity → nil
/// ```
///
/// Negative zero is written as `0`: a clerk has no use for `-0`. Both formats (and `Double(_:)`) read
/// every result back to the same value.
enum PlainNumber {
    static func text(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        if value == 0 { return "0" }
        let description = value.description
        // Without an exponent Swift's description is already plain decimal (Swift switches to exponents
        // below about 1e-4 and from 2^53 up, inside the plain range here): only a trailing ".0" goes.
        if !description.utf8.contains(UInt8(ascii: "e")) {
            return description.hasSuffix(".0") ? String(description.dropLast(2)) : description
        }
        return laidOut(description)
    }

    /// The general path: any `description` of a nonzero finite `Double` laid out by the rule above.
    static func laidOut(_ description: String) -> String {
        let (digits, exponent) = decompose(description)
        let sign = description.hasPrefix("-") ? "-" : ""
        // `exponent` is the scientific exponent: value = d.ddd × 10^exponent.
        if exponent >= 21 || exponent < -6 {
            var mantissa = String(digits.first!)
            if digits.count > 1 { mantissa += "." + digits.dropFirst() }
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String(exponent.magnitude)
        }
        if exponent < 0 {
            return sign + "0." + String(repeating: "0", count: -exponent - 1) + digits
        }
        let integerCount = exponent + 1
        if digits.count <= integerCount {
            return sign + digits + String(repeating: "0", count: integerCount - digits.count)
        }
        return sign + digits.prefix(integerCount) + "." + digits.dropFirst(integerCount)
    }

    /// The significant digits (no leading or trailing zeros) and the scientific exponent of a nonzero
    /// finite value, from Swift's shortest round-trip `description` (`"123.45"`, `"-1.5e-07"`).
    private static func decompose(_ description: String) -> (digits: String, exponent: Int) {
        let description = description.hasPrefix("-") ? description.dropFirst() : Substring(description)
        let parts = description.split(separator: "e", maxSplits: 1)
        var exponent = parts.count == 2 ? Int(parts[1])! : 0
        let mantissa = parts[0]
        let point = mantissa.firstIndex(of: ".") ?? mantissa.endIndex
        let integerPart = mantissa[..<point]
        let fractionPart = point < mantissa.endIndex ? mantissa[mantissa.index(after: point)...] : ""
        exponent += integerPart.count - 1
        var digits = Substring(integerPart + fractionPart)
        while digits.first == "0" {
            digits = digits.dropFirst()
            exponent -= 1
        }
        while digits.last == "0" { digits = digits.dropLast() }
        return (String(digits), exponent)
    }
}
