/// A table to hand to a clerk: a name, a header row and data rows.
///
/// The same value feeds both formats: ``CSVExport`` writes one table, ``XLSXExport`` writes one
/// worksheet per table. Rows are expected to have `columns.count` cells; a shorter row simply ends early
/// and a longer one keeps its extra cells.
public struct ExportTable: Sendable, Equatable {
    /// The worksheet name in an XLSX workbook (sanitized there, see ``XLSXExport``). Not used by CSV.
    public var name: String
    /// The header row.
    public var columns: [String]
    /// The data rows, in order, below the header.
    public var rows: [[ExportCell]]

    public init(name: String, columns: [String], rows: [[ExportCell]]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }
}

/// One cell of an ``ExportTable``.
///
/// The case decides how a spreadsheet sees the value, so choose it by meaning, not by look: an
/// identifier made of digits (NIP, NIK, a phone number) is `.text`, never `.integer`, or a spreadsheet
/// turns the 18-digit NIP `198703152010011002` into `1.98703E+17` and loses its last digits.
public enum ExportCell: Sendable, Equatable {
    /// Text, written as a text cell: never reinterpreted as a number, date or formula in XLSX.
    case text(String)
    /// A number such as a score or a JPM percentage, written as a numeric cell so that sums and sorting
    /// work. Written with `.` and the shortest digits that read back as the same `Double` (see
    /// ``PlainNumber``). NaN and ±∞ have no spreadsheet value and are written as an empty cell.
    case number(Double)
    /// A count or rank, written as a numeric cell. Spreadsheets hold numbers as `Double`, so keep it for
    /// quantities: magnitudes above 2^53 do not survive a spreadsheet exactly.
    case integer(Int)
    /// No value: an empty CSV field, an omitted XLSX cell.
    case empty
}

extension ExportCell {
    /// The cell's text as both formats write it (before any quoting or escaping), or nil for no value.
    var plainText: String? {
        switch self {
        case .text(let text): text
        case .number(let value): PlainNumber.text(value)
        case .integer(let value): String(value)
        case .empty: nil
        }
    }
}
