import TalentDomain

/// The technical assessment list: one row per official per technical competency.
///
/// Required columns: `nip`, `kode` (a technical competency code such as `T.KEU.01`), `level` (1 to 5) and
/// `tanggal` (the assessment date). The managerial competencies come from the test, not from this sheet.
public enum TechnicalLevelSheet {
    static let columns = [
        Column("nip", ["nip baru", "nip pegawai"], required: true),
        Column("kode", ["kode kompetensi", "kompetensi", "kompetensi teknis", "kode kompetensi teknis", "code"],
               required: true),
        Column("level", ["tingkat", "nilai", "level kompetensi", "tingkat kompetensi"], required: true),
        Column("tanggal", ["tanggal penilaian", "tanggal asesmen", "tgl penilaian", "tgl asesmen", "date"],
               required: true),
    ]

    public static func read(_ table: CSVTable) throws(SheetError) -> ImportOutcome<TechnicalAssessmentRecord> {
        let map = try HeaderMap(header: table.header, columns: columns)
        var firstLine: [String: Int] = [:]
        return SheetRow.readAll(table, map: map) { row in
            let nip = row.nip("nip", required: true)
            let code = row.required("kode", expected: "not a technical competency code; expected e.g. T.KEU.01") { raw in
                PositionSheet.isTechnical(raw) ? raw.trimmed.uppercased() : nil
            }
            let level = row.required("level", expected: "a competency level must be a whole number from 1 to 5") { raw in
                Int(raw).flatMap { Competency.levels.contains($0) ? $0 : nil }
            }
            let assessedOn = row.date("tanggal", required: true)
            guard let nip, let code, let level, let assessedOn else { return nil }
            if assessedOn < nip.birthDate {
                row.fail("tanggal", row.text("tanggal") ?? "",
                         "is before the birth date in the NIP (\(nip.birthDate.indonesian))")
            }
            let key = "\(nip.value)/\(code)"
            if let first = firstLine[key] {
                row.fail("kode", code, "a level for this NIP and competency appears again; first on line \(first)")
            } else if row.issues.isEmpty {
                firstLine[key] = row.line
            }
            return TechnicalAssessmentRecord(nip: nip, code: code, level: level, assessedOn: assessedOn)
        }
    }
}
