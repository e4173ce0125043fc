import TalentDomain

/// The officials' career preferences: up to three posts each, ranked (1 is the first choice).
///
/// Required columns: `nip`, `kode_jabatan` (a position code of the instansi) and `urutan` (1 to 3). An
/// official may give each rank once and each post once.
public enum PreferenceSheet {
    static let columns = [
        Column("nip", ["nip baru", "nip pegawai"], required: true),
        Column("kode_jabatan", ["jabatan", "kode jabatan", "jabatan pilihan", "position", "position code"],
               required: true),
        Column("urutan", ["pilihan", "pilihan ke", "rank", "prioritas", "peringkat"], required: true),
    ]

    public static func read(_ table: CSVTable) throws(SheetError) -> ImportOutcome<CareerPreferenceRecord> {
        let map = try HeaderMap(header: table.header, columns: columns)
        var rankLine: [String: Int] = [:]
        var postLine: [String: Int] = [:]
        return SheetRow.readAll(table, map: map) { row in
            let nip = row.nip("nip", required: true)
            let code = row.required("kode_jabatan")
            let rank = row.required("urutan", expected: "expected a choice from 1 to 3 (1 is the first choice)") { raw in
                Int(raw).flatMap { CareerPreferenceRecord.ranks.contains($0) ? $0 : nil }
            }
            guard let nip, let code, let rank else { return nil }
            let rankKey = "\(nip.value)/\(rank)"
            let postKey = "\(nip.value)/\(code.uppercased())"
            if let first = rankLine[rankKey] {
                row.fail("urutan", String(rank), "this NIP already has a choice \(rank); first on line \(first)")
            }
            if let first = postLine[postKey] {
                row.fail("kode_jabatan", code, "this NIP already chose this post; first on line \(first)")
            }
            if row.issues.isEmpty {
                rankLine[rankKey] = row.line
                postLine[postKey] = row.line
            }
            return CareerPreferenceRecord(nip: nip, positionCode: code, rank: rank)
        }
    }
}
