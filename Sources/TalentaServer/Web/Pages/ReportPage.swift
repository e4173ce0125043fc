import TalentDomain

/// The individual report (laporan individu): the radar chart, the JPM table against the current post and
/// an optional target post, the categories, the nine-box position, the potential aspects and the
/// development recommendations. One printable page for the pimpinan, and the participant's own report
/// after release.
enum ReportPage {
    /// - Parameters:
    ///   - posts: the instansi's posts a target can be chosen from; empty on the participant's page.
    ///   - staff: false on the participant's page (no staff navigation, no target selector).
    static func render(_ row: TalentQueries.OfficialResult, instansi: Instansi, posts: [Position], target: String?,
                       path: String, lang: Language, staff: Bool = true, certificate: String? = nil) -> HTML {
        let profile = row.profile, e = row.employee
        return Layout.page(title: lang.pick("Laporan individu", "Individual report") + " — " + e.name, lang: lang,
                           path: path, staff: staff) {
            var html = staff
                ? "<p class=\"no-print\"><a href=\"/instansi/\(escape(instansi.code))/hasil\">← \(lang.pick("Hasil", "Results")) \(escape(instansi.name))</a></p>"
                : ""
            html += "<h1>\(lang.pick("Laporan Hasil Penilaian Kompetensi", "Competency Assessment Report"))</h1>"
            if let certificate {
                html += "<p class=\"no-print\"><a class=\"button\" href=\"\(certificate)\">\(lang.pick("Sertifikat bertanda tangan", "Signed certificate"))</a></p>"
            }
            let facts: [(String, String)] = [
                (lang.pick("Nama", "Name"), e.name),
                ("NIP", NIP.grouped(e.nip)),
                (lang.pick("Instansi", "Instansi"), instansi.name),
                (lang.pick("Unit kerja", "Unit"), row.unitName ?? "—"),
                (lang.pick("Jabatan sekarang", "Current post"), profile.current.map { "\($0.post.name) (\($0.post.code))" } ?? e.positionTitle ?? "—"),
                (lang.pick("Tanggal tes", "Test date"), profile.testedOn.indonesian + " · " + row.sessionCode),
                (lang.pick("Berlaku sampai", "Valid until"), profile.validUntil.indonesian),
                (lang.pick("Metode penilaian", "Scoring method"), "\(row.result.method) · \(PotentialComponents.method)"),
                ("SHA-256", row.result.digest),
            ]
            html += "<dl class=\"facts\">" + facts.map { "<dt>\(escape($0.0))</dt><dd>\(escape($0.1))</dd>" }.joined() + "</dl>"

            if let current = profile.current {
                html += "<h2>\(lang.pick("Profil kompetensi terhadap jabatan sekarang", "Competency profile against the current post"))</h2>"
                html += "<div class=\"report-grid\">" + RadarChart.svg(current.rows, lang: lang) + matchSummary(current, lang) + "</div>"
                html += jpmTable(current, lang)
            } else {
                html += "<p class=\"muted\">\(lang.pick("Tidak memangku jabatan struktural di instansi ini; JPM dihitung terhadap standar JPT Pratama.", "Holds no structural post here; the JPM is against the JPT Pratama standard."))</p>"
            }
            for match in profile.targets {
                html += "<h2>\(lang.pick("Terhadap jabatan target", "Against the target post")): \(escape(match.post.name)) (\(escape(match.post.code)))</h2>"
                html += "<div class=\"report-grid\">" + RadarChart.svg(match.rows, lang: lang) + matchSummary(match, lang) + "</div>"
                html += jpmTable(match, lang)
            }
            if staff && !posts.isEmpty {
                let options = posts.map { post in
                    "<option value=\"\(escape(post.code))\"\(post.code == target ? " selected" : "")>\(escape(post.code)) — \(escape(post.name))</option>"
                }.joined()
                html += """
                    <form class="inline no-print" method="get" action="\(escape(path))"><label>\(lang.pick("Bandingkan dengan jabatan target", "Compare with a target post"))
                    <select name="target"><option value="">—</option>\(options)</select></label><button type="submit">\(lang.pick("Tampilkan", "Show"))</button></form>
                    """
            }

            html += "<h2>\(lang.pick("Pemetaan talenta", "Talent mapping"))</h2><div class=\"report-grid\">"
            html += NineBoxPage.miniGrid(highlight: profile.box, lang: lang)
            let performance = row.performance.map { "\($0.year): \($0.predikat)" }.joined(separator: ", ")
            let mapping: [(String, String)] = [
                (lang.pick("Potensi", "Potential"), "\(ResultLabels.number(profile.potentialScore)) (\(ResultLabels.potential(profile.potentialBand, lang)))"),
                (lang.pick("Kinerja", "Performance"), profile.performanceBand.map { ResultLabels.performance($0, lang) } ?? lang.pick("belum ada data kinerja", "no performance data")),
                (lang.pick("Predikat kinerja", "Performance ratings"), performance.isEmpty ? "—" : performance),
                (lang.pick("Kotak talenta", "Nine-box"), profile.box.map { "\(lang.pick("Kotak", "Box")) \($0)" + (profile.isTalentPool ? lang.pick(" · kelompok rencana suksesi", " · talent pool") : "") } ?? "—"),
                (lang.pick("Rekomendasi tindak lanjut", "Recommended actions"), profile.actions.isEmpty ? "—" : profile.actions.joined(separator: "; ")),
            ]
            html += "<dl class=\"facts\">" + mapping.map { "<dt>\(escape($0.0))</dt><dd>\(escape($0.1))</dd>" }.joined() + "</dl></div>"

            html += "<h2>\(lang.pick("Komponen potensi", "Potential components"))</h2>"
            html += Layout.table([lang.pick("Komponen", "Component"), lang.pick("Nilai (0–100)", "Score (0–100)")], [
                [lang.pick("Kompetensi (JPM)", "Competency (JPM)"), ResultLabels.number(profile.competencyComponent)],
                [lang.pick("Aspek potensi (rata-rata)", "Potential aspects (mean)"), ResultLabels.number(profile.potential.aspects)],
                [lang.pick("Kualifikasi (pendidikan, pangkat)", "Qualification (education, rank)"), ResultLabels.number(profile.potential.qualification)],
                [lang.pick("Integritas/moralitas", "Integrity/morality"), ResultLabels.number(profile.potential.integrity)],
                ["<strong>\(lang.pick("Potensi (komposit)", "Potential (composite)"))</strong>", "<strong>\(ResultLabels.number(profile.potentialScore))</strong>"],
            ], id: "components")
            let aspects = PotentialComponents.aspectKeys.map { key in
                [escape(ResultLabels.aspect(key, lang)), profile.potential.aspectScores[key].map { ResultLabels.number($0, 1) } ?? "—"]
            } + [[escape(ResultLabels.aspect("integritas", lang)), row.score.aspectScores["integritas"].map { ResultLabels.number($0, 1) } ?? "—"]]
            html += "<h3>\(lang.pick("Aspek potensi", "Potential aspects"))</h3>"
            html += Layout.table([lang.pick("Aspek", "Aspect"), lang.pick("Nilai (0–100)", "Score (0–100)")], aspects, id: "aspects")
            if let cognitive = row.score.cognitive {
                html += "<p class=\"muted\">\(lang.pick("Tes kognitif adaptif", "Adaptive cognitive test")): θ = \(ResultLabels.number(cognitive.theta)) (SE \(ResultLabels.number(cognitive.standardError))), \(cognitive.itemsAnswered) \(lang.pick("soal dijawab; persentil", "items answered; percentile")) \(ResultLabels.number(PotentialComponents.percentile(cognitive.theta), 0)).</p>"
            }

            let recommendations = (profile.current?.recommendations ?? []) + profile.targets.flatMap(\.recommendations)
            html += "<h2>\(lang.pick("Rekomendasi pengembangan", "Development recommendations"))</h2>"
            if recommendations.isEmpty {
                html += "<p>\(lang.pick("Semua kompetensi memenuhi standar jabatan.", "Every competency meets the post's standard."))</p>"
            } else {
                var seen = Set<String>()
                html += "<ol class=\"recommendations\">" + recommendations.compactMap { r -> String? in
                    guard seen.insert("\(r.competency.code)-\(r.standard)").inserted else { return nil }
                    return "<li><strong>\(escape(r.competency.code)) \(escape(r.competency.name))</strong>: "
                        + lang.pick("dari level \(r.achieved) ke level \(r.standard)", "from level \(r.achieved) to level \(r.standard)")
                        + " — <em>\(escape(r.targetBehaviour))</em><br>" + escape(r.activities.joined(separator: "; ")) + "</li>"
                }.joined() + "</ol>"
            }
            html += "<p class=\"muted\">\(lang.pick("Hasil dihitung ulang dari jawaban yang tersimpan memberi byte yang sama; periksa di", "Re-scoring the stored answers gives the same bytes; check at")) <code>/api/results/\(row.result.id?.uuidString ?? "")/verify</code>.</p>"
            return html
        }
    }

    static func matchSummary(_ match: TalentProfile.PostMatch, _ lang: Language) -> String {
        let m = match.match
        return """
            <div class="jpm-summary"><div class="stat"><strong>\(m.display)%</strong>JPM</div>
            <p><span class="tag category">\(m.filling.rawValue)</span> \(escape(ResultLabels.filling(m.filling, lang)))</p>
            <p><span class="tag category">\(m.mapping.rawValue)</span> \(escape(ResultLabels.mapping(m.mapping, lang)))</p></div>
            """
    }

    static func jpmTable(_ match: TalentProfile.PostMatch, _ lang: Language) -> String {
        let rows = match.rows.map { r -> [String] in
            let gap = r.gap
            let gapText = gap < 0 ? "<span class=\"error\">\(gap)</span>" : gap == 0 ? "0" : "+\(gap)"
            return [escape(r.competency.code), escape(r.competency.name), String(r.standard),
                    r.achieved.map(String.init) ?? "—", gapText]
        } + [["", "<strong>\(lang.pick("Jumlah", "Total"))</strong>",
              "<strong>\(match.rows.map(\.standard).reduce(0, +))</strong>",
              "<strong>\(match.rows.compactMap(\.achieved).reduce(0, +))</strong>", "<strong>JPM \(match.match.display)%</strong>"]]
        return Layout.table([lang.pick("Kode", "Code"), lang.pick("Kompetensi", "Competency"), lang.pick("Standar", "Standard"),
                             lang.pick("Capaian", "Achieved"), lang.pick("Selisih", "Gap")], rows, id: "jpm-\(match.post.code)")
    }
}
