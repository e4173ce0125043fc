/// The home page: what exists — each instansi with its units, posts and officials.
enum LandingPage {
    static func render(_ summaries: [OrganisationQueries.InstansiSummary], lang: Language) -> HTML {
        Layout.page(title: lang.pick("Beranda", "Home"), lang: lang, path: "/") {
            let intro = lang.pick(
                "Talenta memetakan kompetensi dan potensi pejabat, menempatkan mereka pada kotak talenta, dan merekomendasikan siapa cocok di jabatan mana — secara objektif dan dapat diverifikasi.",
                "Talenta maps officials' competencies and potential, places them on the nine-box, and recommends who fits which post — objectively and verifiably.")
            let cards = summaries.map { s in
                """
                <article class="card">
                <h2><a href="/instansi/\(escape(s.code))">\(escape(s.name))</a></h2>
                <p class="muted">\(escape(s.kind.capitalized)) · \(escape(lang.pick("Provinsi", "Province"))) \(escape(s.region))</p>
                <div class="stats">
                <div class="stat"><strong>\(s.units)</strong>\(lang.pick("Unit kerja (OPD)", "Units (OPD)"))</div>
                <div class="stat"><strong>\(s.positions)</strong>\(lang.pick("Jabatan", "Posts"))</div>
                <div class="stat"><strong>\(s.officials)</strong>\(lang.pick("Pejabat", "Officials"))</div>
                <div class="stat"><strong>\(s.vacant)</strong>\(lang.pick("Jabatan kosong", "Vacant posts"))</div>
                </div>
                </article>
                """
            }.joined(separator: "\n")
            let empty = "<p>" + lang.pick("Belum ada instansi. Jalankan <code>talenta demo</code> atau impor data.",
                                          "No instansi yet. Run <code>talenta demo</code> or import data.") + "</p>"
            return "<h1>\(lang.pick("Manajemen Talenta ASN", "Civil-service talent management"))</h1>"
                + "<p>\(escape(intro))</p>"
                + "<h2>\(lang.pick("Instansi", "Government bodies"))</h2>"
                + (summaries.isEmpty ? empty : "<div class=\"cards\">\(cards)</div>")
        }
    }
}
