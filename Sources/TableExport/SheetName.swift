/// Worksheet names that Excel and LibreOffice accept.
///
/// Excel's rules: 1 to 31 characters, none of `[ ] : * ? / \`, not starting or ending with `'`, not
/// `History` (reserved), and unique within the workbook ignoring case.
enum SheetName {
    static let maxLength = 31
    private static let forbidden: Set<Unicode.Scalar> = ["[", "]", ":", "*", "?", "/", "\\"]

    /// One valid, distinct name per requested name, in order.
    ///
    /// Each name is sanitized (``sanitized(_:)``); an empty result becomes `Sheet<n>` for the n-th sheet.
    /// A name already taken (ignoring case, `History` included) gets the first free suffix ` (2)`,
    /// ` (3)`, ..., shortening the name so that it stays within 31 characters.
    static func unique(_ names: [String]) -> [String] {
        var taken: Set<String> = ["history"]
        var result: [String] = []
        for (index, name) in names.enumerated() {
            var base = sanitized(name)
            if base.isEmpty { base = "Sheet\(index + 1)" }
            var candidate = base
            var suffixNumber = 2
            while taken.contains(candidate.lowercased()) {
                let suffix = " (\(suffixNumber))"
                candidate = trimmed(prefix(base, units: maxLength - suffix.utf16.count)) + suffix
                suffixNumber += 1
            }
            taken.insert(candidate.lowercased())
            result.append(candidate)
        }
        return result
    }

    /// The name with control characters removed, each of `[ ] : * ? / \` replaced by `-`, surrounding
    /// spaces and apostrophes trimmed, and cut to 31 UTF-16 units at a character boundary. May be empty.
    static func sanitized(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars where scalar.properties.generalCategory != .control && XMLText.isAllowed(scalar) {
            scalars.append(forbidden.contains(scalar) ? "-" : scalar)
        }
        return trimmed(prefix(trimmed(String(scalars)), units: maxLength))
    }

    /// The longest prefix of whole characters that fits in `units` UTF-16 units.
    private static func prefix(_ name: String, units: Int) -> String {
        var result = ""
        var count = 0
        for character in name {
            count += character.utf16.count
            if count > units { break }
            result.append(character)
        }
        return result
    }

    private static func trimmed(_ name: String) -> String {
        let drop: (Character) -> Bool = { $0.isWhitespace || $0 == "'" }
        return String(name.drop(while: drop).reversed().drop(while: drop).reversed())
    }
}
