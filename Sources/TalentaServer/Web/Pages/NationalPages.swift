import TalentDomain

/// The national talent search page (filter form, results, pager) and the summary profile page.
enum NationalPages {
    static func search(_ page: NationalSearch.Page, filter: NationalSearch.Filter, regions: [String], lang: Language) -> HTML {
        Layout.page(title: lang.pick("Pencarian Talenta Nasional", "National talent search"), lang: lang, path: "/nasional") {
            var html = "<h1>\(lang.pick("Pencarian Talenta Nasional", "National Talent Search"))</h1>"
            html += "<p class=\"notice\">\(lang.pick("Profil ringkas dari hasil uji kompetensi yang sudah dirilis oleh pimpinan setiap instansi. Setiap pencarian dan setiap profil yang dibuka dicatat dalam log audit.", "Summary profiles from competency test results each instansi's head has released. Every search and every profile opened is written to the audit log."))</p>"
            html += form(filter, regions: regions, lang: lang)
            html += "<h2 id=\"hasil\">\(lang.pick("\(page.total) profil ditemukan", "\(page.total) profiles found"))</h2>"
            let jpmHeader = "JPM (\(filter.jpmClass.rawValue))"
            html += "<div class=\"scroll\">" + Layout.table([lang.pick("Nama", "Name"), "NIP", lang.pick("Instansi", "Instansi"), lang.pick("Provinsi", "Province"),
                                  lang.pick("Jabatan", "Post"), lang.pick("Golongan", "Rank"), lang.pick("Pendidikan", "Education"),
                                  lang.pick("Jumlah level", "Level sum"), jpmHeader, lang.pick("Kotak", "Box"),
                                  lang.pick("Potensi", "Potential"), lang.pick("Kinerja", "Performance"), lang.pick("Berlaku s.d.", "Valid until")],
                                 page.rows.map { row in
                                     let synthetic = row.isSynthetic ? " <span class=\"tag\">\(lang.pick("sintetis", "synthetic"))</span>" : ""
                                     return ["<a href=\"/nasional/profil/\(row.id!.uuidString.lowercased())\">\(escape(row.name))</a>\(synthetic)",
                                             escape(NIP.grouped(row.nip)), escape(row.instansiName), escape(row.region),
                                             escape(row.postTitle ?? "—"), escape(row.golongan ?? "—"), escape(row.education ?? "—"),
                                             "\(row.levelSum)", ResultLabels.number(NationalSearch.jpm(levelSum: row.levelSum, against: filter.jpmClass)),
                                             row.box.map(String.init) ?? "—", ResultLabels.number(row.potential),
                                             row.performanceBand.flatMap(PerformanceBand.init(rawValue:)).map { escape(ResultLabels.performance($0, lang)) } ?? "—",
                                             escape(CivilDate(parsing: row.validUntil)?.indonesian ?? row.validUntil)]
                                 }, id: "national-results") + "</div>"
            html += pager(page, filter: filter, lang: lang)
            return html
        }
    }

    /// The filter form: a GET to the same page, so a search is a link that can be shared and repeated.
    private static func form(_ filter: NationalSearch.Filter, regions: [String], lang: Language) -> String {
        func option(_ value: String, _ label: String, selected: Bool) -> String {
            "<option value=\"\(escape(value))\"\(selected ? " selected" : "")>\(escape(label))</option>"
        }
        let any = lang.pick("semua", "any")
        let competencies = Competency.allCases.map { competency in
            let name = NationalProfile.column(competency)
            let chosen = filter.minimumLevels[competency]
            return "<label>\(competency.code) \(escape(competency.name))<select name=\"\(name)\">" + option("", "—", selected: chosen == nil)
                + Competency.levels.map { option("\($0)", "≥ \($0)", selected: chosen == $0) }.joined() + "</select></label>"
        }.joined()
        let boxes = (1...9).map { box in
            "<label><input type=\"checkbox\" name=\"box\" value=\"\(box)\"\(filter.boxes.contains(box) ? " checked" : "")> \(box)</label>"
        }.joined()
        let golongan = option("", any, selected: filter.minimumGolongan == nil) + Golongan.all.map {
            option($0.description, "≥ \($0.description) (\($0.pangkat))", selected: filter.minimumGolongan == $0)
        }.joined()
        let education = option("", any, selected: filter.minimumEducation == nil) + Education.allCases.map {
            option($0.rawValue, "≥ \($0.rawValue)", selected: filter.minimumEducation == $0)
        }.joined()
        let regionOptions = option("", any, selected: filter.region == nil) + regions.map {
            option($0, $0, selected: filter.region == $0)
        }.joined()
        let classes = JobClass.allCases.map {
            option($0.rawValue, "\($0.rawValue) (\(lang.pick("standar", "standard")) \(NationalSearch.standardLevel($0)))", selected: filter.jpmClass == $0)
        }.joined()
        return """
            <form class="inline" method="get" action="/nasional" id="national-filter">
            <fieldset><legend>\(lang.pick("Pejabat", "Official"))</legend>
            <label>\(lang.pick("Nama atau NIP", "Name or NIP"))<input name="q" value="\(escape(filter.text ?? ""))" maxlength="\(NationalSearch.Filter.maxTextLength)"></label>
            <label>\(lang.pick("Kode instansi", "Instansi code"))<input name="instansi" value="\(escape(filter.instansi ?? ""))" maxlength="\(NationalSearch.Filter.maxTextLength)"></label>
            <label>\(lang.pick("Provinsi", "Province"))<select name="region">\(regionOptions)</select></label>
            <label>\(lang.pick("Golongan minimal", "Minimum rank"))<select name="golongan">\(golongan)</select></label>
            <label>\(lang.pick("Pendidikan minimal", "Minimum education"))<select name="education">\(education)</select></label>
            </fieldset>
            <fieldset><legend>\(lang.pick("Kotak talenta", "Nine-box"))</legend><div class="boxes">\(boxes)</div>
            <label>\(lang.pick("JPM terhadap standar kelas jabatan", "JPM against a job class's standard"))<select name="jpmClass">\(classes)</select></label>
            <label>\(lang.pick("JPM minimal (%)", "Minimum JPM (%)"))<input name="jpmMinimum" type="number" min="0" max="100" step="0.01" value="\(filter.jpmMinimum.map { ResultLabels.number($0) } ?? "")"></label>
            </fieldset>
            <fieldset class="levels"><legend>\(lang.pick("Level kompetensi minimal", "Minimum competency levels"))</legend>\(competencies)</fieldset>
            <p><button type="submit">\(lang.pick("Cari", "Search"))</button> <a href="/nasional">\(lang.pick("Atur ulang", "Reset"))</a></p>
            </form>
            """
    }

    private static func pager(_ page: NationalSearch.Page, filter: NationalSearch.Filter, lang: Language) -> String {
        guard page.pageCount > 1 || page.page > 1 else { return "" }
        func link(_ number: Int, _ label: String, rel: String) -> String {
            let query = filter.queryString(page: number)
            return "<a class=\"button\" rel=\"\(rel)\" href=\"/nasional\(query.isEmpty ? "" : "?" + escape(query))#hasil\">\(escape(label))</a>"
        }
        var html = "<nav class=\"pager\" aria-label=\"\(lang.pick("Halaman", "Pages"))\"><p>"
        if page.page > 1 {
            html += link(1, lang.pick("« Pertama", "« First"), rel: "first")
            html += link(min(page.page - 1, page.pageCount), lang.pick("‹ Sebelumnya", "‹ Previous"), rel: "prev")
        }
        html += "<span>\(lang.pick("Halaman \(page.page) dari \(page.pageCount)", "Page \(page.page) of \(page.pageCount)"))</span> "
        if page.page < page.pageCount {
            html += link(page.page + 1, lang.pick("Berikutnya ›", "Next ›"), rel: "next")
            html += link(page.pageCount, lang.pick("Terakhir »", "Last »"), rel: "last")
        }
        return html + "</p></nav>"
    }

    /// The nine levels against the JPT Pratama standard of the national default configuration.
    static func match(_ row: NationalProfile) -> JobPersonMatch {
        let standard = CompetencyStandard(jobClass: .jptPratama, levels: TalentConfiguration.default.standardLevels)
        return JobPersonMatch(achieved: Dictionary(uniqueKeysWithValues: row.levels.map { ($0.key.code, $0.value) }),
                              standard: Dictionary(uniqueKeysWithValues: standard.managerial.map { ($0.key.code, $0.value) }),
                              rules: TalentConfiguration.default.jpm)
    }

    static func profile(_ row: NationalProfile, today: CivilDate, lang: Language) -> HTML {
        let id = row.id!.uuidString.lowercased()
        return Layout.page(title: row.name + " — " + lang.pick("Profil talenta", "Talent profile"), lang: lang, path: "/nasional/profil/\(id)") {
            var html = "<p class=\"no-print\"><a href=\"/nasional\">← \(lang.pick("Pencarian Talenta Nasional", "National talent search"))</a></p>"
            html += "<h1>\(escape(row.name))</h1>"
            if row.isSynthetic {
                html += "<p class=\"notice\" id=\"synthetic\">\(lang.pick("Profil sintetis: dibuat oleh <code>talenta demo --national</code> untuk demonstrasi dan uji beban. Tidak ada pejabat, ujian, maupun hasil di baliknya.", "Synthetic profile: made by <code>talenta demo --national</code> for demonstration and load testing. There is no official, test or result behind it."))</p>"
            }
            let golongan = row.golongan.flatMap(Golongan.init(parsing:)).map { "\($0.description) (\($0.pangkat))" } ?? "—"
            let valid = today.iso < row.validUntil
            let facts: [(String, String)] = [
                ("NIP", NIP.grouped(row.nip)),
                (lang.pick("Instansi", "Instansi"), "\(row.instansiName) (\(row.instansiCode))"),
                (lang.pick("Provinsi", "Province"), row.region),
                (lang.pick("Jabatan", "Post"), [row.postTitle, row.jobClass].compactMap { $0 }.joined(separator: " · ").nonEmpty ?? "—"),
                (lang.pick("Golongan", "Rank"), golongan),
                (lang.pick("Pendidikan", "Education"), row.education ?? "—"),
                (lang.pick("Tanggal tes", "Tested on"), CivilDate(parsing: row.testedOn)?.indonesian ?? row.testedOn),
                (lang.pick("Berlaku s.d.", "Valid until"), (CivilDate(parsing: row.validUntil)?.indonesian ?? row.validUntil)
                    + " — " + (valid ? lang.pick("masih berlaku", "still valid") : lang.pick("kedaluwarsa", "expired"))),
            ]
            html += "<dl class=\"facts\">" + facts.map { "<dt>\(escape($0.0))</dt><dd>\(escape($0.1))</dd>" }.joined() + "</dl>"
            let match = match(row)
            let standard = NationalSearch.standardLevel(.jptPratama)
            html += "<h2>\(lang.pick("Kompetensi terhadap standar JPT Pratama", "Competencies against the JPT Pratama standard"))</h2>"
            html += Layout.table([lang.pick("Kode", "Code"), lang.pick("Kompetensi", "Competency"), lang.pick("Level dicapai", "Achieved"),
                                  lang.pick("Standar", "Standard"), lang.pick("Selisih", "Gap")],
                                 Competency.allCases.map { competency in
                                     let level = row.levels[competency] ?? 0
                                     return [competency.code, escape(competency.name),
                                             level == 0 ? lang.pick("tidak dinilai", "not assessed") : "\(level)", "\(standard)",
                                             level - standard > 0 ? "+\(level - standard)" : "\(level - standard)"]
                                 }, id: "levels")
            html += """
                <div class="stats">
                <div class="stat"><strong>\(row.levelSum) / \(9 * standard)</strong>\(lang.pick("Jumlah level", "Level sum"))</div>
                <div class="stat"><strong>\(match.display)%</strong>JPM · \(match.filling.rawValue) · \(match.mapping.rawValue)</div>
                <div class="stat"><strong>\(row.box.map(String.init) ?? "—")</strong>\(lang.pick("Kotak talenta", "Nine-box"))\(row.box.map(NineBox.isTalentPool) == true ? " · " + lang.pick("kelompok rencana suksesi", "talent pool") : "")</div>
                <div class="stat"><strong>\(ResultLabels.number(row.potential))</strong>\(lang.pick("Potensi (0–100)", "Potential (0–100)"))</div>
                <div class="stat"><strong>\(row.performanceBand.flatMap(PerformanceBand.init(rawValue:)).map { escape(ResultLabels.performance($0, lang)) } ?? "—")</strong>\(lang.pick("Kinerja", "Performance"))</div>
                </div>
                """
            if row.box == nil {
                html += "<p class=\"muted\">\(lang.pick("Tanpa riwayat kinerja, pejabat ini belum ditempatkan pada kotak talenta.", "Without a performance history this official is not placed on the nine-box."))</p>"
            }
            html += "<p class=\"muted\">\(lang.pick("Kotak, potensi dan kinerja mengikuti pengaturan talenta instansi asal; JPM di sini diukur terhadap standar nasional JPT Pratama (level \(standard) untuk setiap kompetensi).", "The box, potential and performance follow the settings of the official's instansi; the JPM here is measured against the national JPT Pratama standard (level \(standard) in every competency)."))</p>"
            return html
        }
    }
}

extension String {
    fileprivate var nonEmpty: String? { isEmpty ? nil : self }
}
