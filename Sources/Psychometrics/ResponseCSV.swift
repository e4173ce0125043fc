/// Parses calibration input: a CSV of item responses.
///
/// ```
/// i1,i2,i3        ← header: item ids (unique, non-empty)
/// 1,0,            ← one row per person; an empty cell is a missing response
/// 0,,1
/// ```
/// Values are integer categories: 0/1 for 1PL/2PL/3PL, 0 … 254 for GRM/GPCM (the number of
/// categories of each polytomous item is then taken from the data). Fields are separated by
/// commas; surrounding spaces, a UTF-8 byte-order mark, `\r\n` line ends and blank lines are
/// accepted. Quoting is not supported (ids and values never need it).
public enum ResponseCSV {
    /// Parses the text.
    /// - Parameters:
    ///   - text: the CSV content.
    ///   - model: the model the data will be calibrated with (decides the allowed categories).
    /// - Returns: the response matrix with the header's ids.
    /// - Throws: `PsychometricsError.malformedCSV(line:reason:)` naming the 1-based line for an
    ///   empty file, empty or duplicate item id, ragged row, non-integer value or a category
    ///   outside the model's range.
    /// - Complexity: O(characters).
    public static func parse(_ text: String, model: ItemModel) throws -> ResponseMatrix {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
            .enumerated().map { (number: $0.offset + 1, text: $0.element.trimmingSuffix("\r")) }
        lines.removeAll { $0.text.allSatisfy { $0 == " " || $0 == "\t" } }
        guard let header = lines.first else { throw PsychometricsError.malformedCSV(line: 1, reason: "the file is empty") }
        var headerText = Substring(header.text)
        if headerText.first == "\u{FEFF}" { headerText = headerText.dropFirst() }
        let ids = headerText.split(separator: ",", omittingEmptySubsequences: false).map { String($0.trimmed()) }
        var seen = Set<String>()
        for id in ids {
            guard !id.isEmpty else { throw PsychometricsError.malformedCSV(line: header.number, reason: "empty item id in the header") }
            guard seen.insert(id).inserted else {
                throw PsychometricsError.malformedCSV(line: header.number, reason: "duplicate item id \"\(id)\"")
            }
        }
        let maximum = model.isDichotomous ? 1 : 254
        var matrix = ResponseMatrix(personCount: lines.count - 1, itemCount: ids.count, itemIDs: ids)
        for (row, line) in lines.dropFirst().enumerated() {
            let cells = line.text.split(separator: ",", omittingEmptySubsequences: false)
            guard cells.count == ids.count else {
                throw PsychometricsError.malformedCSV(line: line.number, reason: "expected \(ids.count) fields, found \(cells.count)")
            }
            for (column, cell) in cells.enumerated() {
                let value = cell.trimmed()
                if value.isEmpty { continue }
                guard let x = Int(value) else {
                    throw PsychometricsError.malformedCSV(line: line.number, reason: "\"\(value)\" for item \(ids[column]) is not an integer")
                }
                guard x >= 0, x <= maximum else {
                    throw PsychometricsError.malformedCSV(line: line.number,
                        reason: "value \(x) for item \(ids[column]) is outside the \(model.rawValue) categories 0…\(maximum)")
                }
                matrix[row, column] = x
            }
        }
        return matrix
    }
}

extension StringProtocol {
    fileprivate func trimmed() -> Substring {
        var s = Substring(self)
        while let first = s.first, first == " " || first == "\t" { s = s.dropFirst() }
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }

    fileprivate func trimmingSuffix(_ suffix: Character) -> Substring {
        var s = Substring(self)
        if s.last == suffix { s = s.dropLast() }
        return s
    }
}
