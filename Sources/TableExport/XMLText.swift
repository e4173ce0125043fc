/// Text made safe for XML 1.0 element content and attribute values, as the XLSX parts need it.
enum XMLText {
    /// Escapes `&`, `<`, `>` and `"` and drops the characters XML 1.0 forbids.
    ///
    /// XML 1.0 allows `#x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]`; other
    /// control characters and U+FFFE/U+FFFF are removed (they cannot be written even as references).
    static func escaped(_ text: String) -> String {
        let isClean = text.utf8.allSatisfy { $0 >= 0x20 && $0 != UInt8(ascii: "&") && $0 != UInt8(ascii: "<")
            && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "\"") || $0 == 0x9 || $0 == 0xA || $0 == 0xD }
        if isClean && !text.unicodeScalars.contains(where: { $0.value == 0xFFFE || $0.value == 0xFFFF }) { return text }
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: if isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// Cell text as an XLSX `<t>` element holds it, before XML escaping.
    ///
    /// - Line breaks: CRLF and lone CR become LF, the in-cell line break of Excel and LibreOffice (an XML
    ///   parser would fold them so anyway).
    /// - `_xHHHH_`: SpreadsheetML reads this pattern as an escaped character (the `ST_Xstring` type of
    ///   ECMA-376 Part 1), so its `_` is written as `_x005F_` to keep the text literal.
    /// - Length: a cell holds at most 32,767 UTF-16 units in Excel; longer text is cut there (between
    ///   Unicode scalars) rather than make the workbook unreadable.
    static func cellText(_ text: String) -> String {
        if text.utf16.count <= maxCellUnits && !text.utf8.contains(where: { $0 == UInt8(ascii: "\r") || $0 == UInt8(ascii: "_") }) {
            return text
        }
        let scalars = Array(text.replacingLineBreaks.unicodeScalars)
        var result = String.UnicodeScalarView()
        var units = 0
        for (index, scalar) in scalars.enumerated() {
            units += scalar.utf16.count
            if units > maxCellUnits { break }
            if scalar == "_", isHexEscape(scalars, at: index) {
                result.append(contentsOf: "_x005F_".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    static let maxCellUnits = 32_767

    /// Whether `_xHHHH_` (four hex digits) starts at `index`.
    private static func isHexEscape(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 1] == "x", scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}

extension String {
    /// CRLF and lone CR replaced by LF.
    fileprivate var replacingLineBreaks: String {
        guard unicodeScalars.contains("\r") else { return self }
        var result = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = scalar == "\r"
            result.append(scalar == "\r" ? "\n" : scalar)
        }
        return String(result)
    }
}
