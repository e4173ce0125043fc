import TalentDomain

/// A named column of a sheet and the header spellings it answers to.
struct Column: Sendable {
    let name: String
    let aliases: [String]
    let required: Bool

    init(_ name: String, _ aliases: [String] = [], required: Bool = false) {
        self.name = name
        self.aliases = ([name] + aliases).map(\.looseKey)
        self.required = required
    }
}

/// Maps a header onto known columns, reporting unknown, duplicated and missing ones.
struct HeaderMap {
    var index: [String: Int] = [:]
    var ignored: [String] = []
    /// Extra columns that a sheet interprets itself (competency levels, technical competencies).
    var extra: [(header: String, index: Int)] = []

    init(header: [String], columns: [Column],
         acceptsExtra: (String) -> Bool = { _ in false }) throws(SheetError) {
        for (position, cell) in header.enumerated() where !cell.isEmpty {
            let key = cell.looseKey
            if let column = columns.first(where: { $0.aliases.contains(key) }) {
                guard index[column.name] == nil else { throw .duplicateColumn(cell) }
                index[column.name] = position
            } else if acceptsExtra(cell) {
                guard !extra.contains(where: { $0.header.looseKey == key }) else { throw .duplicateColumn(cell) }
                extra.append((cell, position))
            } else {
                ignored.append(cell)
            }
        }
        let missing = columns.filter { $0.required && index[$0.name] == nil }.map(\.name)
        guard missing.isEmpty else { throw .missingColumns(missing) }
    }
}

/// One data row being validated: reads typed cells and collects every issue.
struct SheetRow {
    let line: Int
    let cells: [String]
    let map: HeaderMap
    private(set) var issues: [RowIssue] = []

    init(_ row: CSVTable.Row, map: HeaderMap) {
        self.line = row.line
        self.cells = row.cells
        self.map = map
    }

    func text(_ column: String) -> String? {
        guard let position = map.index[column] else { return nil }
        return cell(at: position)
    }

    func cell(at position: Int) -> String? {
        guard position < cells.count else { return nil }
        let value = cells[position].trimmed
        return value.isEmpty ? nil : value
    }

    mutating func fail(_ column: String, _ value: String, _ reason: String) {
        issues.append(RowIssue(line: line, column: column, value: value, reason: reason))
    }

    /// A required text cell.
    mutating func required(_ column: String) -> String? {
        guard let value = text(column) else {
            fail(column, "", "is required")
            return nil
        }
        return value
    }

    /// An optional cell parsed by `parse`; an unparseable value is an issue with `expected` as reason.
    mutating func optional<T>(_ column: String, expected: String, _ parse: (String) -> T?) -> T? {
        guard let raw = text(column) else { return nil }
        guard let value = parse(raw) else {
            fail(column, raw, expected)
            return nil
        }
        return value
    }

    /// A required cell parsed by `parse`.
    mutating func required<T>(_ column: String, expected: String, _ parse: (String) -> T?) -> T? {
        guard text(column) != nil else {
            fail(column, "", "is required")
            return nil
        }
        return optional(column, expected: expected, parse)
    }

    mutating func nip(_ column: String, required isRequired: Bool) -> NIP? {
        guard let raw = isRequired ? required(column) : text(column) else { return nil }
        do { return try NIP(raw) } catch {
            fail(column, raw, error.description)
            return nil
        }
    }

    mutating func date(_ column: String, required isRequired: Bool = false) -> CivilDate? {
        let expected = "not a date; use dd-mm-yyyy, dd/mm/yyyy or yyyy-mm-dd"
        return isRequired
            ? required(column, expected: expected, CivilDate.init(parsing:))
            : optional(column, expected: expected, CivilDate.init(parsing:))
    }

    /// A yes/no flag: ya/tidak, y/t, yes/no, 1/0, true/false. Empty is no.
    mutating func flag(_ column: String) -> Bool {
        optional(column, expected: "expected ya or tidak") { raw in
            switch raw.looseKey {
            case "ya", "y", "yes", "1", "true", "benar": true
            case "tidak", "t", "no", "n", "0", "false", "salah": false
            default: nil
            }
        } ?? false
    }

    /// A row with more non-empty cells than the header has columns.
    mutating func checkWidth(headerCount: Int) {
        guard cells.count > headerCount else { return }
        let extra = cells[headerCount...].filter { !$0.trimmed.isEmpty }
        if let first = extra.first {
            fail("(column \(headerCount + 1))", first,
                 "the row has \(headerCount + cells[headerCount...].count) cells but the header has \(headerCount)")
        }
    }
}

extension SheetRow {
    /// Reads every row of `table` with `read`, collecting the good records and all issues.
    static func readAll<Record: Sendable>(
        _ table: CSVTable, map: HeaderMap,
        read: (inout SheetRow) -> Record?
    ) -> ImportOutcome<Record> {
        var accepted: [ImportedRow<Record>] = []
        var issues: [RowIssue] = []
        for row in table.rows {
            var sheetRow = SheetRow(row, map: map)
            sheetRow.checkWidth(headerCount: table.header.count)
            let record = read(&sheetRow)
            if sheetRow.issues.isEmpty, let record {
                accepted.append(ImportedRow(line: row.line, record: record))
            }
            issues += sheetRow.issues
        }
        return ImportOutcome(accepted: accepted, issues: issues, rowCount: table.rows.count,
                             ignoredColumns: map.ignored, notes: table.notes)
    }
}
