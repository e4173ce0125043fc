import TalentDomain

/// One instansi: its units (OPD), its posts with their standard and holder, and its officials.
enum OrganisationPage {
    /// The instansi's pages the role may open (relative paths), so no link leads to a refusal.
    static func links(for role: Role?, lang: Language) -> [(String, String)] {
        var links: [(String, String)] = []
        if role == .pimpinan {
            links += [("hasil", lang.pick("Hasil penilaian", "Assessment results")), ("kotak-talenta", lang.pick("Kotak talenta", "Nine-box"))]
        }
        if role == .pimpinan || role == .instansiAdmin { links.append(("penempatan", lang.pick("Penempatan", "Placement"))) }
        if role == .superAdmin || role == .instansiAdmin || role == .pimpinan { links.append(("sesi", lang.pick("Sesi ujian", "Test sessions"))) }
        if role == .superAdmin || role == .instansiAdmin {
            links += [("impor", lang.pick("Impor data", "Import data")), ("akun", lang.pick("Akun", "Accounts"))]
        }
        if role == .pimpinan || role == .instansiAdmin { links.append(("pengaturan", lang.pick("Pengaturan talenta", "Talent settings"))) }
        return links
    }

    static func render(_ org: OrganisationQueries.Organisation, lang: Language) -> HTML {
        let s = org.instansi
        let path = "/instansi/\(s.code)"
        return Layout.page(title: s.name, lang: lang, path: path) {
            let stats = """
                <div class="stats">
                <div class="stat"><strong>\(s.units)</strong>\(lang.pick("Unit kerja (OPD)", "Units (OPD)"))</div>
                <div class="stat"><strong>\(s.positions)</strong>\(lang.pick("Jabatan", "Posts"))</div>
                <div class="stat"><strong>\(s.officials)</strong>\(lang.pick("Pejabat", "Officials"))</div>
                <div class="stat"><strong>\(s.vacant)</strong>\(lang.pick("Jabatan kosong", "Vacant posts"))</div>
                </div>
                """
            let posts = org.posts.map { post -> [String] in
                var tags = ""
                if post.isCritical { tags += "<span class=\"tag critical\">\(lang.pick("kritikal", "critical"))</span>" }
                if post.isTarget { tags += "<span class=\"tag\">\(lang.pick("target", "target"))</span>" }
                let holder = post.holderNIP.map { nip in
                    "<a href=\"\(path)/pegawai/\(escape(nip))\">\(escape(post.holderName ?? nip))</a>"
                        + (post.installedOn.flatMap(CivilDate.init(parsing:)).map { "<br><span class=\"muted\">TMT \($0.indonesian)</span>" } ?? "")
                } ?? "<span class=\"tag vacant\">\(lang.pick("kosong", "vacant"))</span>"
                return [escape(post.code), escape(post.name) + "<br>" + tags, escape(post.unitName),
                        escape(post.jobClass), escape(post.rankFloor ?? "—"), standardSummary(post.standard), holder]
            }
            let officials = org.officials.map { o -> [String] in
                ["<a href=\"\(path)/pegawai/\(escape(o.nip))\">\(escape(o.name))</a>",
                 escape(NIP.grouped(o.nip)), escape(o.golongan ?? "—"), escape(o.education ?? "—"),
                 escape(o.post ?? "—"), escape(o.latestPerformance ?? "—")]
            }
            let units = org.units.map { [escape($0.code), escape($0.name)] }
            let links = "<p class=\"actions\" id=\"instansi-links\">" + Self.links(for: Principal.current?.role, lang: lang).map { href, label in
                "<a class=\"button\" href=\"\(path)/\(href)\">\(escape(label))</a>"
            }.joined(separator: "\n") + "</p>"
            return "<h1>\(escape(s.name))</h1>" + stats + links
                + "<h2 id=\"jabatan\">\(lang.pick("Jabatan", "Posts"))</h2>"
                + Layout.table([lang.pick("Kode", "Code"), lang.pick("Jabatan", "Post"), lang.pick("Unit kerja", "Unit"),
                                lang.pick("Kelas", "Class"), lang.pick("Gol. min.", "Min. rank"),
                                lang.pick("Standar kompetensi (SKJ)", "Competency standard (SKJ)"),
                                lang.pick("Pemangku", "Holder")], posts, id: "posts")
                + "<h2 id=\"pejabat\">\(lang.pick("Pejabat", "Officials"))</h2>"
                + Layout.table([lang.pick("Nama", "Name"), "NIP", lang.pick("Golongan", "Rank"),
                                lang.pick("Pendidikan", "Education"), lang.pick("Jabatan", "Post"),
                                lang.pick("Kinerja terakhir", "Latest performance")], officials, id: "officials")
                + "<h2 id=\"opd\">\(lang.pick("Unit kerja (OPD)", "Units (OPD)"))</h2>"
                + Layout.table([lang.pick("Kode", "Code"), lang.pick("Nama", "Name")], units, id: "units")
        }
    }

    /// `M.01–SK.01: 4` when uniform, otherwise each level that differs, plus technical competencies.
    static func standardSummary(_ standard: CompetencyStandard) -> String {
        let levels = Competency.allCases.map { standard.level($0) }
        let common = levels.max { a, b in levels.filter { $0 == a }.count < levels.filter { $0 == b }.count } ?? 0
        var parts = ["M.01–SK.01: \(common)"]
        parts += Competency.allCases.filter { standard.level($0) != common }.map { "\($0.code): \(standard.level($0))" }
        parts += standard.technical.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }
        return escape(parts.joined(separator: ", "))
    }
}

extension NIP {
    /// The grouped form of a stored NIP, or the text as it is when it does not parse.
    static func grouped(_ text: String) -> String {
        (try? NIP(text))?.grouped ?? text
    }
}
