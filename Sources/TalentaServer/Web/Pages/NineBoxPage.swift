import TalentDomain

/// The instansi's nine-box (kotak talenta): performance rows from the top (di atas, sesuai, di bawah) and
/// potential columns from the left (rendah, menengah, tinggi), each box with its count and names linking
/// to the individual reports; then the talent pool and anyone who cannot be placed yet.
enum NineBoxPage {
    /// The boxes as drawn, top row first.
    static let layout: [(PerformanceBand, [Int])] = [(.diAtas, [4, 7, 9]), (.sesuai, [2, 5, 8]), (.diBawah, [1, 3, 6])]

    static func render(_ rows: [TalentQueries.OfficialResult], instansi: Instansi, configuration: TalentConfiguration,
                       lang: Language) -> HTML {
        let base = "/instansi/\(instansi.code)"
        return Layout.page(title: lang.pick("Kotak talenta", "Nine-box") + " — " + instansi.name, lang: lang,
                           path: "\(base)/kotak-talenta") {
            let byBox = Dictionary(grouping: rows.filter { $0.profile.box != nil }, by: { $0.profile.box! })
            var html = "<p class=\"no-print\"><a href=\"\(base)/hasil\">← \(lang.pick("Hasil", "Results")) \(escape(instansi.name))</a></p>"
            html += "<h1>\(lang.pick("Kotak Talenta", "Nine-box")) — \(escape(instansi.name))</h1>"
            html += "<p class=\"muted\">\(lang.pick("Batas potensi", "Potential cut-offs")): \(lang.pick("tinggi", "high")) ≥ \(ResultLabels.number(configuration.nineBox.highPotential, 1)), \(lang.pick("menengah", "medium")) ≥ \(ResultLabels.number(configuration.nineBox.mediumPotential, 1)). <a class=\"no-print\" href=\"\(base)/pengaturan\">\(lang.pick("Ubah pengaturan", "Change settings"))</a></p>"
            html += "<div class=\"ninebox\" role=\"table\" aria-label=\"\(lang.pick("Kotak talenta", "Nine-box"))\">"
            html += "<div class=\"corner\" role=\"columnheader\">\(lang.pick("Kinerja ↓ / Potensi →", "Performance ↓ / Potential →"))</div>"
            for band in PotentialBand.allCases {
                html += "<div class=\"axis-head\" role=\"columnheader\">\(escape(ResultLabels.potential(band, lang)))</div>"
            }
            for (performance, boxes) in layout {
                html += "<div class=\"axis-head\" role=\"rowheader\">\(escape(ResultLabels.performance(performance, lang)))</div>"
                for box in boxes {
                    let people = byBox[box] ?? []
                    let names = people.map { row in
                        "<li><a href=\"\(base)/hasil/\(escape(row.employee.nip))\">\(escape(row.employee.name))</a></li>"
                    }.joined()
                    html += """
                        <div class="box box-\(box)\(NineBox.isTalentPool(box) ? " pool" : "")" role="cell" data-box="\(box)">
                        <div class="box-head"><span class="box-number">\(lang.pick("Kotak", "Box")) \(box)</span><span class="count">\(people.count)</span></div>
                        <ul>\(names)</ul></div>
                        """
                }
            }
            html += "</div>"
            html += "<h2>\(lang.pick("Rekomendasi per kotak", "Actions per box"))</h2>"
            html += Layout.table([lang.pick("Kotak", "Box"), lang.pick("Rekomendasi", "Recommended actions")],
                                 (1...9).reversed().map { [String($0), escape(NineBox.actions($0).joined(separator: "; "))] })
            let pool = rows.filter(\.profile.isTalentPool)
            html += "<h2 id=\"talent-pool\">\(lang.pick("Kelompok rencana suksesi (kotak 7–9)", "Talent pool (boxes 7–9)"))</h2>"
            html += pool.isEmpty ? "<p class=\"muted\">\(lang.pick("Belum ada.", "None yet."))</p>"
                : Layout.table([lang.pick("Nama", "Name"), "NIP", lang.pick("Kotak", "Box"), "JPM", lang.pick("Potensi", "Potential")],
                               pool.sorted { ($0.profile.box!, $0.profile.potentialScore) > ($1.profile.box!, $1.profile.potentialScore) }.map { row in
                                   ["<a href=\"\(base)/hasil/\(escape(row.employee.nip))\">\(escape(row.employee.name))</a>",
                                    escape(NIP.grouped(row.employee.nip)), String(row.profile.box!),
                                    row.profile.current.map { $0.match.display } ?? "—", ResultLabels.number(row.profile.potentialScore)]
                               }, id: "pool")
            let unplaced = rows.filter { $0.profile.box == nil }
            if !unplaced.isEmpty {
                html += "<h2>\(lang.pick("Belum dapat dipetakan (tanpa data kinerja)", "Not placed (no performance data)"))</h2><ul>"
                    + unplaced.map { "<li><a href=\"\(base)/hasil/\(escape($0.employee.nip))\">\(escape($0.employee.name))</a></li>" }.joined() + "</ul>"
            }
            return html
        }
    }

    /// A small 3×3 grid with one box highlighted, for the individual report.
    static func miniGrid(highlight: Int?, lang: Language) -> String {
        var html = "<div class=\"ninebox mini\" aria-label=\"\(lang.pick("Posisi pada kotak talenta", "Position on the nine-box"))\">"
        for (_, boxes) in layout {
            for box in boxes {
                html += "<div class=\"box box-\(box)\(box == highlight ? " here" : "")\">\(box)\(box == highlight ? " ●" : "")</div>"
            }
        }
        return html + "</div>"
    }
}
