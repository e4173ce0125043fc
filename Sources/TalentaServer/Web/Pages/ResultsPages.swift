import TalentDomain

/// The pimpinan's results table, the session report (attendance and completion) and the talent settings.
enum ResultsPages {
    static func results(_ rows: [TalentQueries.OfficialResult], instansi: Instansi, sessions: [TestSession],
                        lang: Language) -> HTML {
        let base = "/instansi/\(instansi.code)"
        return Layout.page(title: lang.pick("Hasil penilaian", "Assessment results") + " — " + instansi.name, lang: lang,
                           path: "\(base)/hasil") {
            var html = "<p class=\"no-print\"><a href=\"\(base)\">← \(escape(instansi.name))</a></p>"
            html += "<h1>\(lang.pick("Hasil Penilaian Kompetensi", "Competency Assessment Results")) — \(escape(instansi.name))</h1>"
            html += "<p class=\"notice\">\(lang.pick("Rahasia: hasil ini untuk pimpinan instansi. Peserta melihat laporannya sendiri setelah hasil sesi dirilis.", "Confidential: these results are for the head of the instansi. Participants see their own report once the session's results are released."))</p>"
            let pool = rows.filter(\.profile.isTalentPool).count
            html += """
                <div class="stats"><div class="stat"><strong>\(rows.count)</strong>\(lang.pick("Pejabat dinilai", "Officials assessed"))</div>
                <div class="stat"><strong>\(rows.filter { $0.profile.current?.match.filling == .ms }.count)</strong>\(lang.pick("Memenuhi Syarat", "Meet requirements"))</div>
                <div class="stat"><strong>\(pool)</strong>\(lang.pick("Kelompok rencana suksesi", "Talent pool"))</div></div>
                <p class="no-print actions"><a class="button" href="\(base)/kotak-talenta">\(lang.pick("Kotak talenta", "Nine-box"))</a>
                <a class="button" href="\(base)/hasil.xlsx">XLSX</a> <a class="button" href="\(base)/hasil.csv">CSV</a>
                <a href="\(base)/pengaturan">\(lang.pick("Pengaturan talenta", "Talent settings"))</a></p>
                """
            html += Layout.table([lang.pick("Nama", "Name"), "NIP", lang.pick("Jabatan", "Post"), "JPM",
                                  lang.pick("Kategori", "Category"), lang.pick("Potensi", "Potential"),
                                  lang.pick("Kinerja", "Performance"), lang.pick("Kotak", "Box"), lang.pick("Berlaku s.d.", "Valid until")],
                                 rows.map { row in
                                     let p = row.profile
                                     return ["<a href=\"\(base)/hasil/\(escape(row.employee.nip))\">\(escape(row.employee.name))</a>",
                                             escape(NIP.grouped(row.employee.nip)),
                                             escape(p.current?.post.name ?? row.employee.positionTitle ?? "—"),
                                             p.current.map { $0.match.display } ?? "—",
                                             p.current.map { "\($0.match.filling.rawValue) · \($0.match.mapping.rawValue)" } ?? "—",
                                             "\(ResultLabels.number(p.potentialScore)) (\(escape(ResultLabels.potential(p.potentialBand, lang))))",
                                             p.performanceBand.map { escape(ResultLabels.performance($0, lang)) } ?? "—",
                                             p.box.map(String.init) ?? "—", escape(p.validUntil.indonesian)]
                                 }, id: "results")
            if !sessions.isEmpty {
                html += "<h2>\(lang.pick("Laporan sesi", "Session reports"))</h2><ul>" + sessions.map { session in
                    "<li><a href=\"\(base)/sesi/\(escape(session.code))/laporan\">\(escape(session.code))</a> — \(escape(session.title))</li>"
                }.joined() + "</ul>"
            }
            return html
        }
    }

    static func session(_ rows: [TalentQueries.SessionRow], session: TestSession, instansi: Instansi, released: ResultRelease?,
                        lang: Language) -> HTML {
        let base = "/instansi/\(instansi.code)"
        let path = "\(base)/sesi/\(session.code)/laporan"
        return Layout.page(title: lang.pick("Laporan sesi", "Session report") + " — " + session.code, lang: lang, path: path) {
            var html = "<p class=\"no-print\"><a href=\"\(base)/hasil\">← \(lang.pick("Hasil", "Results")) \(escape(instansi.name))</a></p>"
            html += "<h1>\(lang.pick("Laporan Sesi", "Session Report")): \(escape(session.title))</h1>"
            let facts: [(String, String)] = [
                (lang.pick("Kode sesi", "Session code"), session.code),
                (lang.pick("Waktu", "Time"), session.startsAt.replacingOccurrences(of: "T", with: " ")),
                (lang.pick("Tempat", "Venue"), "\(session.testCentre), \(session.room)"),
                (lang.pick("Pengawas", "Proctor"), session.proctor),
            ]
            html += "<dl class=\"facts\">" + facts.map { "<dt>\(escape($0.0))</dt><dd>\(escape($0.1))</dd>" }.joined() + "</dl>"
            let attendance = Dictionary(grouping: rows, by: \.enrolment.attendance).mapValues(\.count)
            let finished = rows.filter { $0.attemptStatus == "finished" }.count
            let absent = rows.filter { Attendance(rawValue: $0.enrolment.attendance)?.isAbsent == true }.count
            html += """
                <div class="stats" id="session-stats"><div class="stat"><strong>\(rows.count)</strong>\(lang.pick("Terdaftar", "Enrolled"))</div>
                <div class="stat"><strong>\(rows.count - absent)</strong>\(lang.pick("Hadir", "Present"))</div>
                <div class="stat"><strong>\(absent)</strong>\(lang.pick("Tidak hadir", "Absent"))</div>
                <div class="stat"><strong>\(finished)</strong>\(lang.pick("Selesai", "Finished"))</div>
                <div class="stat"><strong>\(rows.filter(\.scored).count)</strong>\(lang.pick("Dinilai", "Scored"))</div></div>
                """
            html += "<p>" + attendance.sorted { $0.key < $1.key }.map {
                "<span class=\"tag\">\(escape(Attendance(rawValue: $0.key)?.label ?? $0.key)): \($0.value)</span>"
            }.joined() + "</p>"
            html += Layout.table([lang.pick("Nama", "Name"), "NIP", lang.pick("Kehadiran", "Attendance"),
                                  lang.pick("Status ujian", "Attempt"), lang.pick("Hasil", "Result")],
                                 rows.map { row in
                                     [escape(row.enrolment.employee.name), escape(NIP.grouped(row.enrolment.employee.nip)),
                                      escape(Attendance(rawValue: row.enrolment.attendance)?.label ?? row.enrolment.attendance), escape(row.attemptStatus ?? lang.pick("belum mulai", "not started")),
                                      row.scored ? "<a href=\"\(base)/hasil/\(escape(row.enrolment.employee.nip))\">\(lang.pick("laporan", "report"))</a>" : "—"]
                                 }, id: "participants")
            html += "<h2>\(lang.pick("Rilis hasil", "Release of results"))</h2>"
            if let released {
                html += "<p class=\"ok\">\(lang.pick("Hasil sesi ini sudah dirilis kepada peserta", "This session's results were released to the participants")) (\(escape(released.releasedBy))).</p>"
            } else {
                html += """
                    <p>\(lang.pick("Hasil baru terlihat oleh pimpinan instansi. Setelah dirilis, setiap peserta dapat melihat laporannya sendiri di halaman ujian.", "Only the head of the instansi sees the results so far. Once released, each participant can see their own report on the test pages."))</p>
                    <form method="post" action="\(base)/sesi/\(escape(session.code))/rilis" class="no-print"><button type="submit">\(lang.pick("Rilis hasil kepada peserta", "Release results to participants"))</button></form>
                    """
            }
            return html
        }
    }

    static func settings(_ configuration: TalentConfiguration, instansi: Instansi, lang: Language, saved: Bool,
                         problem: String? = nil) -> HTML {
        let base = "/instansi/\(instansi.code)"
        return Layout.page(title: lang.pick("Pengaturan talenta", "Talent settings") + " — " + instansi.name, lang: lang,
                           path: "\(base)/pengaturan") {
            func field(_ name: String, _ label: String, _ value: Double, step: String = "0.01") -> String {
                "<label>\(escape(label))<input name=\"\(name)\" type=\"number\" step=\"\(step)\" value=\"\(ResultLabels.number(value, step == "1" ? 0 : 2))\" required></label>"
            }
            let c = configuration
            var html = "<p><a href=\"\(base)/hasil\">← \(lang.pick("Hasil", "Results")) \(escape(instansi.name))</a></p>"
            html += "<h1>\(lang.pick("Pengaturan Talenta", "Talent Settings")) — \(escape(instansi.name))</h1>"
            if saved { html += "<p class=\"ok\">\(lang.pick("Tersimpan. Semua profil dipetakan ulang dengan pengaturan ini.", "Saved. Every profile is re-mapped with these settings."))</p>" }
            if let problem { html += "<p class=\"error\" role=\"alert\">\(escape(problem))</p>" }
            html += """
                <form class="stack" method="post" action="\(base)/pengaturan">
                <fieldset><legend>\(lang.pick("Batas kotak talenta (potensi 0–100)", "Nine-box cut-offs (potential 0–100)"))</legend>
                \(field("highPotential", lang.pick("Tinggi mulai", "High from"), c.nineBox.highPotential))
                \(field("mediumPotential", lang.pick("Menengah mulai", "Medium from"), c.nineBox.mediumPotential))</fieldset>
                <fieldset><legend>\(lang.pick("Bobot potensi (jumlah 1)", "Potential weights (sum to 1)"))</legend>
                \(field("wCompetency", lang.pick("Kompetensi (JPM)", "Competency (JPM)"), c.potential.competency))
                \(field("wAspects", lang.pick("Aspek potensi", "Potential aspects"), c.potential.aspects))
                \(field("wQualification", lang.pick("Kualifikasi", "Qualification"), c.potential.qualification))
                \(field("wIntegrity", lang.pick("Integritas/moralitas", "Integrity/morality"), c.potential.integrity))</fieldset>
                <fieldset><legend>\(lang.pick("Kinerja dan masa berlaku", "Performance and validity"))</legend>
                \(field("performanceWindow", lang.pick("Jumlah tahun kinerja", "Years of performance"), Double(c.performance.window), step: "1"))
                \(field("validityYears", lang.pick("Masa berlaku hasil (tahun)", "Result validity (years)"), Double(c.validityYears), step: "1"))</fieldset>
                <fieldset><legend>\(lang.pick("Bobot kecocokan penempatan (jumlah 1)", "Placement fit weights (sum to 1)"))</legend>
                \(field("fitJPM", "JPM", c.placement.fit.jpm))
                \(field("fitNineBox", lang.pick("Kotak talenta", "Nine-box"), c.placement.fit.nineBox))
                \(field("fitPerformance", lang.pick("Kinerja", "Performance"), c.placement.fit.performance))
                \(field("fitPreference", lang.pick("Preferensi karier", "Career preference"), c.placement.fit.preference))
                \(field("fitTechnical", lang.pick("Porsi kompetensi teknis dalam JPM", "Technical share inside the JPM"), c.placement.fit.technical))</fieldset>
                <button type="submit">\(lang.pick("Simpan", "Save"))</button></form>
                <p class="muted">\(lang.pick("Ambang JPM dan lainnya dapat diatur lewat API", "JPM thresholds and the rest can be set through the API")) <code>PUT /api/instansi/\(escape(instansi.code))/configuration</code>.</p>
                """
            return html
        }
    }
}
