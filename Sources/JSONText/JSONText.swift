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
        var bytes = JSONBytes(capacity: text.utf8.count + 2)
        bytes.appendQuoted(text)
        out += bytes.text
    }

    /// A JSON object of string fields, keys in ascending order (so that the same fields give the same text).
    public static func object(_ fields: [String: String]) -> String {
        var bytes = JSONBytes(capacity: 64)
        bytes.appendObject(fields)
        return bytes.text
    }

    /// A finite number in Swift's shortest form that reads back as the same `Double` (`0.1`, `1.5e-05`);
    /// nil for infinities and NaN, which JSON cannot carry.
    public static func number(_ value: Double) -> String? {
        value.isFinite ? "\(value)" : nil
    }
}

/// JSON text built as UTF-8 bytes, for the texts written on every request (an attempt's state at every
/// adaptive answer). Appending to a `String` piece by piece costs a capacity and ASCII check per piece,
/// which made most of the time of writing a state; here each piece is copied into one byte array and the
/// text is made once at the end. `JSONText`'s functions write through it, so both follow one set of rules.
public struct JSONBytes {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// JSON written out: punctuation and keys, e.g. `"{\"seed\":"`.
    public mutating func append(_ literal: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    public mutating func append(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    public mutating func append(_ value: UInt64) {
        bytes.append(contentsOf: String(value).utf8)
    }

    public mutating func append(_ value: Bool) {
        value ? append("true") : append("false")
    }

    /// A finite number as `JSONText.number` writes it; false (and nothing written) for infinities and NaN.
    public mutating func appendNumber(_ value: Double) -> Bool {
        guard let text = JSONText.number(value) else { return false }
        bytes.append(contentsOf: text.utf8)
        return true
    }

    /// `text` as a JSON string literal (`JSONText.quoted`).
    public mutating func appendQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        let copied: Void? = text.utf8.withContiguousStorageIfAvailable { appendEscaped($0) }
        if copied == nil { appendEscaped(Array(text.utf8)) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Bytes of UTF-8 text with `"` and `\` escaped, line breaks and tabs as `\n`, `\r`, `\t`, other control
    /// characters as `\u00XX`, everything else (multi-byte characters too) as it is.
    private mutating func appendEscaped(_ utf8: some Collection<UInt8>) {
        var plain = true
        for byte in utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            plain = false
            break
        }
        if plain { return bytes.append(contentsOf: utf8) }
        let hex: StaticString = "0123456789abcdef"
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): append("\\\"")
            case UInt8(ascii: "\\"): append("\\\\")
            case UInt8(ascii: "\n"): append("\\n")
            case UInt8(ascii: "\r"): append("\\r")
            case UInt8(ascii: "\t"): append("\\t")
            case ..<0x20:
                append("\\u00")
                bytes.append(hex.utf8Start[Int(byte >> 4)])
                bytes.append(hex.utf8Start[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
    }

    /// A JSON object of string fields, keys in ascending order (`JSONText.object`).
    public mutating func appendObject(_ fields: [String: String]) {
        append("{")
        for (index, (key, value)) in fields.sorted(by: { $0.key < $1.key }).enumerated() {
            if index > 0 { append(",") }
            appendQuoted(key)
            append(":")
            appendQuoted(value)
        }
        append("}")
    }

    /// The text written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}
