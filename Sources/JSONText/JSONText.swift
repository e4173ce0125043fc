/// JSON written by hand, for the few texts whose exact bytes matter (a placement plan that third parties
/// hash) or whose encoding is on a hot path (an attempt's state, rewritten at every adaptive answer).
/// Foundation-free.
public enum JSONText {
    /// `text` as a JSON string literal: `"` and `\` escaped, line breaks and tabs as `\n`, `\r`, `\t`,
    /// other control characters as `\u00XX`; everything else as it is.
    public static func quoted(_ text: String) -> String {
        var out = ""
        appendQuoted(text, to: &out)
        return out
    }

    public static func appendQuoted(_ text: String, to out: inout String) {
        out += "\""
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out += text
            return out += "\""
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case let c where c.value < 0x20:
                let hex = Array("0123456789abcdef")
                out += "\\u00"
                out.append(hex[Int(c.value >> 4)])
                out.append(hex[Int(c.value & 0xF)])
            default: out.unicodeScalars.append(scalar)
            }
        }
        out += "\""
    }

    /// A JSON object of string fields, keys in ascending order (so that the same fields give the same text).
    public static func object(_ fields: [String: String]) -> String {
        var out = "{"
        for (index, key) in fields.keys.sorted().enumerated() {
            if index > 0 { out += "," }
            appendQuoted(key, to: &out)
            out += ":"
            appendQuoted(fields[key]!, to: &out)
        }
        return out + "}"
    }

    /// A finite number in Swift's shortest form that reads back as the same `Double` (`0.1`, `1.5e-05`);
    /// nil for infinities and NaN, which JSON cannot carry.
    public static func number(_ value: Double) -> String? {
        value.isFinite ? "\(value)" : nil
    }
}
