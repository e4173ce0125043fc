import TableExport
import TalentDomain

/// The results tables a clerk downloads (CSV: the first; XLSX: all): one row per official with the levels,
/// JPM, categories, potential, performance and box; and one row per competency gap with its
/// recommendation. NIPs are text cells so that no spreadsheet turns them into numbers; scores are numbers.
enum ResultsSheets {
    static func tables(_ rows: [TalentQueries.OfficialResult], lang: Language) -> [ExportTable] {
        let codes = Competency.allCases.map(\.code)
        let results = ExportTable(
            name: lang.pick("Hasil", "Results"),
            columns: ["NIP", lang.pick("Nama", "Name"), lang.pick("Unit kerja", "Unit"), lang.pick("Kode jabatan", "Post code"),
                      lang.pick("Jabatan", "Post"), lang.pick("Sesi", "Session"), lang.pick("Tanggal tes", "Test date"),
                      lang.pick("Berlaku sampai", "Valid until")] + codes
                + ["JPM", lang.pick("Kategori pengisian", "Filling category"), lang.pick("Kategori pemetaan", "Mapping category"),
                   "θ", "SE θ", lang.pick("Aspek potensi", "Potential aspects"), lang.pick("Kualifikasi", "Qualification"),
                   lang.pick("Integritas", "Integrity"), lang.pick("Potensi", "Potential"), lang.pick("Band potensi", "Potential band"),
                   lang.pick("Kinerja", "Performance"), lang.pick("Kotak", "Box"), lang.pick("Kelompok suksesi", "Talent pool"),
                   lang.pick("Metode", "Method"), "SHA-256"],
            rows: rows.map { row in
                let p = row.profile, match = p.current?.match
                let levels: [ExportCell] = codes.map { code in row.score.competencyLevels[code].map(ExportCell.integer) ?? .empty }
                let identity: [ExportCell] = [
                    .text(row.employee.nip), .text(row.employee.name), text(row.unitName), text(p.current?.post.code),
                    text(p.current?.post.name ?? row.employee.positionTitle), .text(row.sessionCode), .text(p.testedOn.iso),
                    .text(p.validUntil.iso),
                ]
                let mapping: [ExportCell] = [
                    match.map { .number(rounded($0.percentage)) } ?? .empty, text(match?.filling.rawValue), text(match?.mapping.rawValue),
                    row.score.cognitive.map { .number(rounded($0.theta, 3)) } ?? .empty,
                    row.score.cognitive.map { .number(rounded($0.standardError, 3)) } ?? .empty,
                    .number(rounded(p.potential.aspects)), .number(rounded(p.potential.qualification)),
                    .number(rounded(p.potential.integrity)), .number(rounded(p.potentialScore)), .text(p.potentialBand.rawValue),
                    text(p.performanceBand?.rawValue), p.box.map(ExportCell.integer) ?? .empty,
                    .text(p.isTalentPool ? lang.pick("ya", "yes") : lang.pick("tidak", "no")), .text(row.result.method),
                    .text(row.result.digest),
                ]
                return identity + levels + mapping
            })
        let gaps = ExportTable(
            name: lang.pick("Kesenjangan", "Gaps"),
            columns: ["NIP", lang.pick("Nama", "Name"), lang.pick("Kompetensi", "Competency"), lang.pick("Nama kompetensi", "Competency name"),
                      lang.pick("Standar", "Standard"), lang.pick("Capaian", "Achieved"),
                      lang.pick("Rekomendasi pengembangan", "Development recommendation")],
            rows: rows.flatMap { row in
                (row.profile.current?.recommendations ?? []).map { r -> [ExportCell] in
                    [.text(row.employee.nip), .text(row.employee.name), .text(r.competency.code), .text(r.competency.name),
                     .integer(r.standard), .integer(r.achieved), .text(r.activities.joined(separator: "; "))]
                }
            })
        return [results, gaps]
    }

    private static func text(_ value: String?) -> ExportCell { value.map(ExportCell.text) ?? .empty }

    /// Rounded half away from zero to `digits` decimals, as the reports display it.
    private static func rounded(_ value: Double, _ digits: Int = 2) -> Double {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return (value * scale).rounded() / scale
    }
}
