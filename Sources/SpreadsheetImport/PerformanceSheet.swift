import TalentDomain

/// The yearly performance list: one row per official per year.
///
/// Required columns: `nip`, `tahun`, `predikat` (Sangat Baik, Baik, Butuh Perbaikan, Kurang,
/// Sangat Kurang).
public enum PerformanceSheet {
    static let columns = [
        Column("nip", ["nip baru", "nip pegawai"], required: true),
        Column("tahun", ["year", "periode"], required: true),
        Column("predikat", ["predikat kinerja", "nilai kinerja", "rating"], required: true),
    ]

    /// The years accepted in the `tahun` column.
    public static let years = 1980...2100

    public static func read(_ table: CSVTable) throws(SheetError) -> ImportOutcome<PerformanceRecord> {
        let map = try HeaderMap(header: table.header, columns: columns)
        var firstLine: [String: Int] = [:]
        return SheetRow.readAll(table, map: map) { row in
            let nip = row.nip("nip", required: true)
            let year = row.required("tahun", expected: "expected a year such as 2024") { raw in
                Int(raw).flatMap { years.contains($0) ? $0 : nil }
            }
            let predikat = row.required(
                "predikat", expected: "expected Sangat Baik, Baik, Butuh Perbaikan, Kurang or Sangat Kurang",
                Predikat.init(parsing:))
            guard let nip, let year, let predikat else { return nil }
            let key = "\(nip.value)/\(year)"
            if let first = firstLine[key] {
                row.fail("tahun", String(year), "a predikat for this NIP and year appears again; first on line \(first)")
            } else if row.issues.isEmpty {
                firstLine[key] = row.line
            }
            return PerformanceRecord(nip: nip, year: year, predikat: predikat)
        }
    }
}
