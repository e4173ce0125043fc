import Foundation
import Testing
import TableExport

/// Writes sample files for `Tests/export/check_xlsx.sh`, which opens the workbook in LibreOffice and
/// compares each sheet with the CSV export. Runs only when `TABLE_EXPORT_SAMPLE_DIR` names a folder.
///
/// Files: `sample.xlsx` (all tables), and per table N `sheetN.csv` (its CSV export) and `sheetN.kinds`
/// (one line per row, header first, one letter per cell: `t` text, `n` number, `.` no value), so that
/// the check knows what LibreOffice must see as text and as a number without reading the workbook.
@Suite("Sample files for the LibreOffice check")
struct SampleFilesTests {
    static let directory = ProcessInfo.processInfo.environment["TABLE_EXPORT_SAMPLE_DIR"]

    /// Text and numbers that are easy to get wrong, all of which both formats must carry unchanged.
    static var edgeCases: ExportTable {
        ExportTable(
            name: "Kasus: tepi/batas?",
            columns: ["Teks", "Angka", "Bulat"],
            rows: [
                [.text("Ahmad \"Ucok\", S.Kom."), .number(1e-7), .integer(Int(Int32.max))],
                [.text("baris satu\nbaris dua"), .number(1e21), .integer(-42)],
                [.text("R&D <Bidang> 'Khusus'"), .number(-0.0), .integer(0)],
                [.text("kode _x0041_ tetap"), .number(123456.789), .empty],
                [.text("  spasi di tepi  "), .number(.nan), .integer(9_007_199_254_740_992)],
                [.text("0812-3456-7890"), .number(-2.5e-3), .integer(1)],
                [.text("007"), .number(0.30000000000000004), .integer(2)],
                [.text("=SUM(1,2)"), .number(99.99), .integer(3)],
                [.text("🇮🇩 Jakarta — Ibu Kota"), .number(1234567.5), .integer(4)],
            ]
        )
    }

    static func kinds(_ table: ExportTable) -> String {
        let rows = [table.columns.map(ExportCell.text)] + table.rows
        return rows.map { row in
            String(row.map { cell -> Character in
                switch cell {
                case .text(let text): text.isEmpty ? "." : "t"
                case .number(let value): value.isFinite ? "n" : "."
                case .integer: "n"
                case .empty: "."
                }
            })
        }.joined(separator: "\n") + "\n"
    }

    @Test(.enabled(if: directory != nil, "set TABLE_EXPORT_SAMPLE_DIR to write the samples"))
    func writeSamples() throws {
        // setup
        let folder = URL(fileURLWithPath: try #require(Self.directory), isDirectory: true)
        let tables = [ExportTable.mock, .mockVacancies, Self.edgeCases]
        // MUT
        try XLSXExport.data(tables).write(to: folder.appendingPathComponent("sample.xlsx"))
        for (index, table) in tables.enumerated() {
            try CSVExport.data(table).write(to: folder.appendingPathComponent("sheet\(index + 1).csv"))
            try Data(Self.kinds(table).utf8).write(to: folder.appendingPathComponent("sheet\(index + 1).kinds"))
        }
        // validate
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("sample.xlsx").path))
    }
}
