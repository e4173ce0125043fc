import Foundation
import TalentDomain
import TalentPlacement

/// The placement pages: the rounds of an instansi, one round with its explanations and workflow, the
/// deviation report, and the printable decree draft.
enum PlacementPages {
    static func state(_ state: PlacementRoundRecord.State, _ lang: Language) -> String {
        switch state {
        case .draft: lang.pick("Draf", "Draft")
        case .presented: lang.pick("Diajukan ke pimpinan", "Presented to the pimpinan")
        case .consultation: lang.pick("Konsultasi BKN", "BKN consultation")
        case .decided: lang.pick("Ditetapkan", "Decided")
        }
    }

    static func kind(_ text: String, _ lang: Language) -> String {
        switch RoundKind(rawValue: text) {
        case .vacancy: lang.pick("Pengisian jabatan lowong", "Filling vacant posts")
        case .rotation: lang.pick("Rotasi JPT", "JPT rotation")
        case nil: text
        }
    }

    static func rule(_ rule: EligibilityRule, _ lang: Language) -> String {
        switch rule {
        case .pns: lang.pick("Status PNS", "Civil servant (PNS)")
        case .education: lang.pick("Pendidikan minimal S1/D-IV", "Education at least S1/D-IV")
        case .age: lang.pick("Usia paling tinggi", "Maximum age")
        case .experience: lang.pick("Pengalaman kerja", "Years of service")
        case .seniorPost: lang.pick("Pengalaman Administrator/Ahli Madya", "Administrator/Ahli Madya experience")
        case .discipline: lang.pick("Hukuman disiplin", "Disciplinary sanction")
        case .rank: lang.pick("Pangkat/golongan minimal", "Minimum rank")
        case .assessment: lang.pick("Hasil uji kompetensi", "Competency result")
        case .rotationTenure: lang.pick("Masa jabatan (rotasi)", "Tenure (rotation)")
        case .retirement: lang.pick("Batas usia pensiun", "Retirement age")
        case .samePost: lang.pick("Tidak kembali ke jabatan yang sama", "Not back to the same post")
        case .excluded: lang.pick("Dikecualikan", "Excluded")
        }
    }

    static func failures(_ list: [EligibilityFailure], _ lang: Language) -> String {
        list.map { "<span class=\"tag\">\(escape(rule($0.rule, lang)))</span> \(escape($0.detail))" }.joined(separator: "<br>")
    }

    static func fit(_ value: Double?) -> String { value.map { ResultLabels.number($0) } ?? "—" }

    // MARK: - List

    static func list(_ rounds: [PlacementRoundRecord], instansi: Instansi, today: CivilDate, lang: Language) -> HTML {
        let base = "/instansi/\(instansi.code)"
        return Layout.page(title: lang.pick("Penempatan", "Placement") + " — " + instansi.name, lang: lang, path: "\(base)/penempatan") {
            var html = "<p class=\"no-print\"><a href=\"\(base)\">← \(escape(instansi.name))</a></p>"
            html += "<h1>\(lang.pick("Penempatan JPT", "JPT placement")) — \(escape(instansi.name))</h1>"
            html += "<p>\(lang.pick("Rekomendasi optimal untuk seluruh organisasi: sebanyak mungkin jabatan terisi, lalu total kecocokan terbesar. Setiap keputusan yang berbeda dari rekomendasi tercatat dengan alasannya.", "An optimal recommendation for the whole organisation: as many posts filled as possible, then the greatest total fit. Every decision that differs from it is recorded with its reason."))</p>"
            html += Layout.table([lang.pick("Putaran", "Round"), lang.pick("Jenis", "Kind"), lang.pick("Tanggal acuan", "As of"),
                                  lang.pick("Status", "State"), lang.pick("Dibuat oleh", "Created by")],
                                 rounds.map { round in
                                     ["<a href=\"\(base)/penempatan/\(round.id?.uuidString ?? "")\">\(escape(round.title))</a>",
                                      escape(kind(round.kind, lang)), escape(CivilDate(parsing: round.asOf)?.indonesian ?? round.asOf),
                                      escape(state(round.state, lang)), escape(round.createdBy)]
                                 }, id: "rounds")
            if rounds.isEmpty { html += "<p class=\"muted\">\(lang.pick("Belum ada putaran penempatan.", "No placement round yet."))</p>" }
            if Principal.current?.role == .instansiAdmin {
                html += """
                    <h2>\(lang.pick("Putaran baru", "New round"))</h2>
                    <form class="stack" method="post" action="\(base)/penempatan">
                    <label>\(lang.pick("Jenis", "Kind"))<select name="kind">
                    <option value="rotasi">\(escape(kind("rotasi", lang)))</option>
                    <option value="pengisian">\(escape(kind("pengisian", lang)))</option></select></label>
                    <label>\(lang.pick("Judul (boleh kosong)", "Title (optional)"))<input name="title" maxlength="200"></label>
                    <label>\(lang.pick("Tanggal acuan aturan", "Date the rules apply on"))<input name="asOf" type="date" value="\(today.iso)"></label>
                    <button type="submit">\(lang.pick("Hitung rekomendasi", "Compute the recommendation"))</button></form>
                    """
            }
            return html
        }
    }

    // MARK: - Round

    static func round(_ round: PlacementRoundRecord, recommendation: PlacementRecommendation, inputs: PlacementRoundInput,
                      review: DecisionReview?, comments: [PlacementComment], instansi: Instansi, lang: Language) -> HTML {
        let base = "/instansi/\(instansi.code)"
        let path = "\(base)/penempatan/\(round.id?.uuidString ?? "")"
        let role = Principal.current?.role
        return Layout.page(title: round.title, lang: lang, path: path) {
            var html = "<p class=\"no-print\"><a href=\"\(base)/penempatan\">← \(lang.pick("Penempatan", "Placement")) \(escape(instansi.name))</a></p>"
            html += "<h1>\(escape(round.title))</h1>"
            let steps: [PlacementRoundRecord.State] = [.draft, .presented, .consultation, .decided]
            html += "<ol class=\"steps\" id=\"workflow\">" + steps.map { step in
                "<li\(step == round.state ? " aria-current=\"step\" class=\"now\"" : "")>\(escape(state(step, lang)))</li>"
            }.joined() + "</ol>"
            let facts: [(String, String)] = [
                (lang.pick("Jenis", "Kind"), kind(round.kind, lang)),
                (lang.pick("Tanggal acuan", "As of"), recommendation.asOf.indonesian),
                (lang.pick("Dibuat oleh", "Created by"), round.createdBy),
                (lang.pick("Diajukan oleh", "Presented by"), round.presentedBy ?? "—"),
                (lang.pick("Dikonsultasikan oleh", "Sent to consultation by"), round.consultedBy ?? "—"),
                (lang.pick("Ditetapkan oleh", "Decided by"), round.decidedBy ?? "—"),
                (lang.pick("Metode", "Method"), "\(recommendation.method), \(recommendation.fitMethod)"),
                ("SHA-256", round.digest),
            ]
            html += "<dl class=\"facts\">" + facts.map { "<dt>\(escape($0.0))</dt><dd>\(escape($0.1))</dd>" }.joined() + "</dl>"
            html += """
                <div class="stats" id="round-stats"><div class="stat"><strong>\(recommendation.posts.count)</strong>\(lang.pick("Jabatan sasaran", "Target posts"))</div>
                <div class="stat"><strong>\(recommendation.filled)</strong>\(lang.pick("Terisi", "Filled"))</div>
                <div class="stat"><strong>\(recommendation.officials.count)</strong>\(lang.pick("Kandidat", "Candidates"))</div>
                <div class="stat"><strong>\(ResultLabels.number(recommendation.total))</strong>\(lang.pick("Total kecocokan", "Total fit"))</div></div>
                """
            html += actions(round, path: path, role: role, review: review, lang: lang)
            let w = inputs.settings.fit
            html += "<p class=\"muted\">\(lang.pick("Kecocokan", "Fit")) = \(ResultLabels.number(w.jpm)) × JPM + \(ResultLabels.number(w.nineBox)) × \(lang.pick("skor kotak", "box score")) + \(ResultLabels.number(w.performance)) × \(lang.pick("skor kinerja", "performance score")) + \(ResultLabels.number(w.preference)) × \(lang.pick("skor preferensi", "preference score")); \(lang.pick("porsi kompetensi teknis dalam JPM", "technical share inside the JPM")) \(ResultLabels.number(w.technical)).</p>"
            if !recommendation.retained.isEmpty {
                html += "<h2>\(lang.pick("Jabatan yang dipertahankan", "Posts kept by their holder"))</h2><ul id=\"retained\">" + recommendation.retained.map {
                    "<li><strong>\(escape($0.post))</strong> — \(failures([$0.failure], lang))</li>"
                }.joined() + "</ul>"
            }
            let names = Dictionary(recommendation.officials.map { ($0.candidate, $0.name) }) { first, _ in first }
            let decided = Dictionary((review?.decisions ?? []).map { ($0.post, $0.candidate) }) { first, _ in first }
            let commentsByPost = Dictionary(grouping: comments, by: \.postCode)
            html += "<h2>\(lang.pick("Rekomendasi per jabatan", "Recommendation per post"))</h2>"
            for post in recommendation.posts {
                html += "<section class=\"card post\" id=\"post-\(escape(post.code))\"><h3>\(escape(post.code)) · \(escape(post.name))</h3>"
                html += "<p class=\"muted\">\(lang.pick("Pemangku saat ini", "Current holder")): \(escape(post.holder.map { names[$0] ?? $0 } ?? lang.pick("lowong", "vacant")))</p>"
                if let pick = post.recommended {
                    html += "<p class=\"recommended\"><strong>\(lang.pick("Rekomendasi", "Recommended")): \(escape(pick.name))</strong> (\(escape(NIP.grouped(pick.candidate)))) — \(lang.pick("kecocokan", "fit")) <strong>\(fit(pick.breakdown.fit))</strong></p>"
                    html += breakdownTable([(pick.name, pick.breakdown)], lang)
                } else {
                    html += "<p class=\"error\">\(lang.pick("Tidak ada kandidat yang memenuhi syarat untuk jabatan ini.", "No eligible candidate for this post."))</p>"
                }
                if let review, let choice = decided[post.code], choice != post.recommended?.candidate {
                    html += "<p class=\"notice\">\(lang.pick("Diputuskan", "Decided")): \(escape(choice.map { names[$0] ?? $0 } ?? lang.pick("dibiarkan lowong", "left vacant"))) — \(escape(review.deviations.first { $0.post == post.code }?.reason ?? ""))</p>"
                }
                if !post.runnerUps.isEmpty {
                    html += "<h4>\(lang.pick("Alternatif", "Runner-ups"))</h4>"
                    html += Layout.table([lang.pick("Nama", "Name"), lang.pick("Kecocokan", "Fit"), lang.pick("Perubahan total bila dipilih", "Change of the total if chosen"),
                                          lang.pick("Perubahan lain", "Other changes")],
                                         post.runnerUps.map { runner in
                                             [escape(runner.name), fit(runner.breakdown.fit),
                                              ResultLabels.number(runner.totalChange) + (runner.filledChange != 0 ? " (\(runner.filledChange) \(lang.pick("jabatan terisi", "posts filled")))" : ""),
                                              runner.moves.isEmpty ? "—" : runner.moves.map { move in
                                                  "\(escape(move.post)): \(escape(move.from.map { names[$0] ?? $0 } ?? "—")) → \(escape(move.to.map { names[$0] ?? $0 } ?? lang.pick("lowong", "vacant")))"
                                              }.joined(separator: "<br>")]
                                         })
                }
                html += "<p><strong>\(lang.pick("Daftar suksesi", "Succession list")):</strong> " + post.succession.enumerated().map {
                    "\($0.offset + 1). \(escape($0.element.name)) (\(fit($0.element.fit)))"
                }.joined(separator: "; ") + "</p>"
                if !post.ineligible.isEmpty {
                    html += "<details><summary>\(lang.pick("Tidak memenuhi syarat", "Not eligible")) (\(post.ineligible.count))</summary>"
                    html += Layout.table([lang.pick("Nama", "Name"), lang.pick("Aturan yang tidak dipenuhi", "Rules failed")],
                                         post.ineligible.map { [escape($0.name), failures($0.failures, lang)] }) + "</details>"
                }
                let postComments = commentsByPost[post.code] ?? []
                if !postComments.isEmpty {
                    html += "<h4>\(lang.pick("Catatan konsultasi BKN", "BKN consultation notes"))</h4><ul class=\"comments\">" + postComments.map {
                        "<li><strong>\(escape($0.author))</strong>: \(escape($0.body))</li>"
                    }.joined() + "</ul>"
                }
                if round.state == .consultation && role == .nationalViewer {
                    html += """
                        <form class="inline no-print" method="post" action="\(path)/komentar"><input type="hidden" name="post" value="\(escape(post.code))">
                        <label>\(lang.pick("Catatan BKN", "BKN note"))<input name="body" required maxlength="4000"></label>
                        <button type="submit">\(lang.pick("Kirim catatan", "Add note"))</button></form>
                        """
                }
                html += "</section>"
            }
            if round.state == .consultation && role == .pimpinan { html += decisionForm(recommendation, path: path, lang: lang) }
            html += "<h2>\(lang.pick("Per pejabat", "Per official"))</h2>"
            let postNames = Dictionary(recommendation.posts.map { ($0.code, $0.name) }) { first, _ in first }
            html += Layout.table([lang.pick("Nama", "Name"), lang.pick("Jabatan sekarang", "Current post"), lang.pick("Rekomendasi", "Recommended"),
                                  lang.pick("Paling cocok", "Fits best"), lang.pick("Tidak memenuhi syarat di semua jabatan", "Fails for every post")],
                                 recommendation.officials.map { official in
                                     [escape(official.name), escape(official.currentTitle ?? official.currentPost ?? "—"),
                                      official.recommendedPost.map { "\(escape(postNames[$0] ?? $0)) (\(fit(official.fit)))" } ?? "—",
                                      official.bestPosts.map { "\(escape($0.id)) (\(fit($0.fit)))" }.joined(separator: ", "),
                                      official.personalFailures.isEmpty ? "—" : failures(official.personalFailures, lang)]
                                 }, id: "officials")
            return html
        }
    }

    static func breakdownTable(_ rows: [(String, FitBreakdown)], _ lang: Language) -> String {
        Layout.table(["", "JPM", lang.pick("Kotak", "Box"), lang.pick("Skor kinerja", "Performance score"),
                      lang.pick("Preferensi", "Preference"), lang.pick("Kecocokan", "Fit")],
                     rows.map { name, b in
                         [escape(name),
                          "\(fit(b.jpm)) (\(b.jpmCategory.rawValue))" + (b.jpmTechnical.map { " · \(lang.pick("manajerial", "managerial")) \(fit(b.jpmManagerial)), \(lang.pick("teknis", "technical")) \(fit($0))" } ?? ""),
                          b.box.map { "\($0) (\(fit(b.boxScore)))" } ?? "—", fit(b.performanceScore),
                          b.preferenceRank.map { "\(lang.pick("pilihan", "choice")) \($0) (\(fit(b.preferenceScore)))" } ?? "—",
                          "<strong>\(fit(b.fit))</strong>"]
                     })
    }

    static func actions(_ round: PlacementRoundRecord, path: String, role: Role?, review: DecisionReview?, lang: Language) -> String {
        var buttons: [String] = []
        func button(_ action: String, _ label: String) -> String {
            "<form class=\"inline\" method=\"post\" action=\"\(path)/\(action)\"><button type=\"submit\">\(escape(label))</button></form>"
        }
        switch (round.state, role) {
        case (.draft, .instansiAdmin?):
            buttons.append(button("hitung-ulang", lang.pick("Hitung ulang dari data terbaru", "Recompute from the latest records")))
            buttons.append(button("ajukan", lang.pick("Ajukan ke pimpinan", "Present to the pimpinan")))
        case (.presented, .pimpinan?):
            buttons.append(button("konsultasi", lang.pick("Kirim untuk konsultasi BKN", "Send to BKN consultation")))
        default: break
        }
        if review != nil {
            buttons.append("<a class=\"button\" href=\"\(path)/penyimpangan\">\(lang.pick("Laporan penyimpangan", "Deviation report"))</a>")
            if role == .pimpinan || role == .instansiAdmin {
                buttons.append("<a class=\"button\" href=\"\(path)/sk\">\(lang.pick("Rancangan SK", "Decree draft"))</a>")
            }
        }
        return buttons.isEmpty ? "" : "<div class=\"no-print actions\">" + buttons.joined() + "</div>"
    }

    static func decisionForm(_ recommendation: PlacementRecommendation, path: String, lang: Language) -> String {
        var html = "<h2 id=\"decide\">\(lang.pick("Keputusan pimpinan", "The pimpinan's decision"))</h2>"
        html += "<p>\(lang.pick("Pilihan lain dari rekomendasi wajib disertai alasan tertulis, dan tercatat di laporan penyimpangan beserta kecocokan yang hilang.", "A choice other than the recommendation needs a written reason, and is listed in the deviation report with the fit it loses."))</p>"
        html += "<form method=\"post\" action=\"\(path)/putusan\" id=\"decision-form\">"
        html += Layout.table([lang.pick("Jabatan", "Post"), lang.pick("Pejabat", "Official"), lang.pick("Alasan (wajib bila berbeda)", "Reason (required if different)")],
                             recommendation.posts.map { post in
                                 let recommended = post.recommended?.candidate
                                 var options = post.allowed.map { entry in
                                     "<option value=\"\(escape(entry.id))\"\(entry.id == recommended ? " selected" : "")>\(escape(entry.name)) — \(fit(entry.fit))\(entry.id == recommended ? " ★" : "")</option>"
                                 }
                                 options.append("<option value=\"\"\(recommended == nil ? " selected" : "")>\(lang.pick("(biarkan lowong)", "(leave vacant)"))</option>")
                                 return ["\(escape(post.code)) · \(escape(post.name))",
                                         "<select name=\"candidate.\(escape(post.code))\" aria-label=\"\(escape(post.code))\">\(options.joined())</select>",
                                         "<input name=\"reason.\(escape(post.code))\" maxlength=\"2000\" aria-label=\"\(lang.pick("Alasan", "Reason")) \(escape(post.code))\">"]
                             })
        html += "<button type=\"submit\">\(lang.pick("Tetapkan keputusan", "Record the decision"))</button></form>"
        return html
    }

    // MARK: - Deviation report

    static func deviations(_ round: PlacementRoundRecord, review: DecisionReview, instansi: Instansi, lang: Language) -> HTML {
        let path = "/instansi/\(instansi.code)/penempatan/\(round.id?.uuidString ?? "")"
        return Layout.page(title: lang.pick("Laporan penyimpangan", "Deviation report") + " — " + round.title, lang: lang, path: "\(path)/penyimpangan") {
            var html = "<p class=\"no-print\"><a href=\"\(path)\">← \(escape(round.title))</a></p>"
            html += "<h1>\(lang.pick("Laporan Penyimpangan dari Rekomendasi", "Deviations from the Recommendation"))</h1>"
            html += "<p>\(escape(instansi.name)) · \(escape(round.title)) · \(lang.pick("ditetapkan oleh", "decided by")) \(escape(round.decidedBy ?? "—"))</p>"
            html += """
                <div class="stats" id="deviation-stats"><div class="stat"><strong>\(review.deviations.count)</strong>\(lang.pick("Keputusan berbeda", "Decisions that differ"))</div>
                <div class="stat"><strong>\(ResultLabels.number(review.recommendedTotal))</strong>\(lang.pick("Total kecocokan rekomendasi", "Recommended total fit"))</div>
                <div class="stat"><strong>\(ResultLabels.number(review.decidedTotal))</strong>\(lang.pick("Total kecocokan keputusan", "Decided total fit"))</div>
                <div class="stat"><strong>\(ResultLabels.number(review.fitLost))</strong>\(lang.pick("Kecocokan yang hilang", "Fit lost"))</div></div>
                """
            if review.deviations.isEmpty {
                html += "<p class=\"ok\">\(lang.pick("Semua keputusan mengikuti rekomendasi.", "Every decision follows the recommendation."))</p>"
            } else {
                html += Layout.table([lang.pick("Jabatan", "Post"), lang.pick("Rekomendasi", "Recommended"), lang.pick("Diputuskan", "Decided"),
                                      lang.pick("Kecocokan hilang", "Fit lost"), lang.pick("Alasan tertulis", "Written reason")],
                                     review.deviations.map { d in
                                         ["\(escape(d.post)) · \(escape(d.postName))",
                                          "\(escape(d.recommendedName ?? "—")) (\(fit(d.recommendedFit)))",
                                          "\(escape(d.decidedName ?? lang.pick("lowong", "vacant"))) (\(fit(d.decidedFit)))",
                                          ResultLabels.number(d.fitLost), escape(d.reason)]
                                     }, id: "deviations")
            }
            return html
        }
    }

    // MARK: - Decree draft

    static func decree(_ round: PlacementRoundRecord, review: DecisionReview, instansi: Instansi, lang: Language) -> HTML {
        let path = "/instansi/\(instansi.code)/penempatan/\(round.id?.uuidString ?? "")"
        let head = instansi.kind == "kota" ? "WALI KOTA" : instansi.kind == "kabupaten" ? "BUPATI" : "GUBERNUR"
        let region = instansi.name.replacingOccurrences(of: "Pemerintah ", with: "").uppercased()
        return Layout.page(title: lang.pick("Rancangan SK", "Decree draft") + " — " + round.title, lang: lang, path: "\(path)/sk") {
            var html = "<p class=\"no-print\"><a href=\"\(path)\">← \(escape(round.title))</a> · \(lang.pick("Cetak halaman ini untuk naskah rancangan.", "Print this page for the draft text."))</p>"
            html += """
                <article class="decree"><p class="notice">\(lang.pick("RANCANGAN — bukan keputusan yang sah sampai ditandatangani.", "DRAFT — not a valid decree until signed."))</p>
                <h1>KEPUTUSAN \(escape(head)) \(escape(region.replacingOccurrences(of: "KOTA ", with: "").replacingOccurrences(of: "KABUPATEN ", with: "")))<br>NOMOR: ....................</h1>
                <h2>TENTANG<br>PENGANGKATAN DAN PEMINDAHAN DALAM JABATAN PIMPINAN TINGGI PRATAMA<br>DI LINGKUNGAN \(escape(instansi.name.uppercased()))</h2>
                <p><strong>Menimbang:</strong> bahwa berdasarkan hasil uji kompetensi, pemetaan talenta, dan rekomendasi penempatan
                putaran “\(escape(round.title))” (SHA-256 \(escape(round.digest))) yang telah dikonsultasikan kepada Badan Kepegawaian Negara,
                perlu menetapkan pengangkatan dan pemindahan pejabat pimpinan tinggi pratama.</p>
                <p><strong>Mengingat:</strong> Undang-Undang Nomor 20 Tahun 2023 tentang Aparatur Sipil Negara; Peraturan Pemerintah Nomor 11 Tahun 2017
                tentang Manajemen Pegawai Negeri Sipil sebagaimana telah diubah; Peraturan Menteri PANRB Nomor 3 Tahun 2020 tentang Manajemen Talenta ASN.</p>
                <p><strong>MEMUTUSKAN</strong> — <strong>Menetapkan:</strong> mengangkat dan memindahkan Pegawai Negeri Sipil yang namanya tercantum dalam
                lampiran keputusan ini dari jabatan lama ke jabatan baru sebagaimana tercantum di dalamnya.</p>
                <h2>LAMPIRAN</h2>
                """
            html += Layout.table(["No", "Nama / NIP", lang.pick("Pangkat/gol.", "Rank"), lang.pick("Jabatan lama", "Former post"),
                                  lang.pick("Jabatan baru", "New post"), lang.pick("Keterangan", "Note")],
                                 review.decree.enumerated().map { index, line in
                                     ["\(index + 1)", "\(escape(line.name))<br>\(escape(NIP.grouped(line.candidate)))",
                                      escape(line.golongan.map { "\($0.pangkat), \($0)" } ?? "—"),
                                      escape(line.fromTitle ?? line.fromPost ?? "—"),
                                      escape(line.toTitle ?? lang.pick("(belum ditempatkan)", "(not placed)")),
                                      escape(line.kind.rawValue.capitalized)]
                                 }, id: "decree")
            html += "<p class=\"signature\">\(escape(head)) \(escape(region.replacingOccurrences(of: "KOTA ", with: "").replacingOccurrences(of: "KABUPATEN ", with: ""))),<br><br><br>(....................)</p></article>"
            return html
        }
    }
}
