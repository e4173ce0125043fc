import TalentDomain

/// What is wrong with one cell of one row: the line, the column, the value and the reason.
public struct RowIssue: Sendable, Equatable, Codable, CustomStringConvertible {
    public let line: Int
    public let column: String
    public let value: String
    public let reason: String

    public init(line: Int, column: String, value: String, reason: String) {
        self.line = line
        self.column = column
        self.value = value
        self.reason = reason
    }

    public var description: String {
        "line \(line), column \(column), value '\(value)': \(reason)"
    }
}

/// A row that passed validation, with the line it came from.
public struct ImportedRow<Record: Sendable>: Sendable {
    public let line: Int
    public let record: Record
}

/// The result of reading one sheet: every good row, and every issue of every bad row.
///
/// A row with any issue is rejected as a whole, and all its issues are listed, so that a clerk can fix a
/// row in one pass. Good rows are never held back by bad ones.
public struct ImportOutcome<Record: Sendable>: Sendable {
    public var accepted: [ImportedRow<Record>]
    public var issues: [RowIssue]
    /// Data rows in the file (blank rows excluded).
    public let rowCount: Int
    /// Header cells that matched no known column; they are reported, not silently used.
    public let ignoredColumns: [String]
    public let notes: [String]

    /// Lines with at least one issue.
    public var rejectedLines: [Int] { Array(Set(issues.map(\.line))).sorted() }
}

/// The file-level failure: nothing could be read, or a required column is missing.
public enum SheetError: Error, Equatable, Sendable, CustomStringConvertible {
    case unreadable(CSVError)
    case missingColumns([String])
    case duplicateColumn(String)

    public var description: String {
        switch self {
        case .unreadable(let error): "the file cannot be read: \(error)"
        case .missingColumns(let names): "required columns are missing: \(names.joined(separator: ", "))"
        case .duplicateColumn(let name): "the column '\(name)' appears twice in the header"
        }
    }
}
