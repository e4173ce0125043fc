import SpreadsheetImport

/// The kinds of spreadsheet Talenta imports.
///
/// `technical` is the technical assessment (levels of `T.…` competencies) and `preferences` the officials'
/// ranked career preferences; both feed the placement fit.
public enum RecordKind: String, CaseIterable, Codable, Sendable {
    case employees, positions, performance, technical, preferences

    /// The kinds for a message: "employees, positions, performance, technical or preferences".
    public static var choices: String {
        let names = allCases.map(\.rawValue)
        return names.dropLast().joined(separator: ", ") + " or " + names.last!
    }
}

/// What an import did (or, in a dry run, would do): counts, every rejected row's issues, and notes.
public struct ImportReport: Codable, Sendable, Equatable {
    public let kind: RecordKind
    public let instansi: String
    public let dryRun: Bool
    /// Data rows in the file, blank rows excluded.
    public var rows: Int
    /// Rows taken: created plus updated.
    public var imported: Int { created + updated }
    public var created: Int
    public var updated: Int
    /// Rows rejected (each has at least one issue).
    public var rejected: Int { Set(issues.map(\.line)).count }
    public var issues: [RowIssue]
    public var ignoredColumns: [String]
    public var notes: [String]

    /// True when every row was taken: the CLI exits 0, otherwise 2.
    public var allTaken: Bool { issues.isEmpty }

    init(kind: RecordKind, instansi: String, dryRun: Bool) {
        self.kind = kind
        self.instansi = instansi
        self.dryRun = dryRun
        rows = 0
        created = 0
        updated = 0
        issues = []
        ignoredColumns = []
        notes = []
    }

    enum CodingKeys: String, CodingKey {
        case kind, instansi, dryRun, rows, imported, created, updated, rejected, issues, ignoredColumns, notes
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(instansi, forKey: .instansi)
        try c.encode(dryRun, forKey: .dryRun)
        try c.encode(rows, forKey: .rows)
        try c.encode(imported, forKey: .imported)
        try c.encode(created, forKey: .created)
        try c.encode(updated, forKey: .updated)
        try c.encode(rejected, forKey: .rejected)
        try c.encode(issues, forKey: .issues)
        try c.encode(ignoredColumns, forKey: .ignoredColumns)
        try c.encode(notes, forKey: .notes)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(RecordKind.self, forKey: .kind)
        instansi = try c.decode(String.self, forKey: .instansi)
        dryRun = try c.decode(Bool.self, forKey: .dryRun)
        rows = try c.decode(Int.self, forKey: .rows)
        created = try c.decode(Int.self, forKey: .created)
        updated = try c.decode(Int.self, forKey: .updated)
        issues = try c.decode([RowIssue].self, forKey: .issues)
        ignoredColumns = try c.decode([String].self, forKey: .ignoredColumns)
        notes = try c.decode([String].self, forKey: .notes)
    }

    /// Sorts issues by line, then column, so reports read top to bottom.
    mutating func sortIssues() {
        issues.sort { ($0.line, $0.column) < ($1.line, $1.column) }
    }
}
