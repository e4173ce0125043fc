import TalentDomain

/// One official's record: identity, rank, education, current post, position history, performance and
/// disciplinary record.
enum OfficialPage {
    static func render(_ detail: OrganisationQueries.OfficialDetail, instansi: Instansi, lang: Language) -> HTML {
        let e = detail.employee
        let path = "/instansi/\(instansi.code)/pegawai/\(e.nip)"
        return Layout.page(title: e.name, lang: lang, path: path) {
            let birth = CivilDate(parsing: e.birthDate)
            let golongan = e.golongan.flatMap(Golongan.init(parsing:))
            let facts: [(String, String)] = [
                ("NIP", NIP.grouped(e.nip)),
                (lang.pick("Instansi", "Instansi"), instansi.name),
                (lang.pick("Tanggal lahir", "Birth date"), birth?.indonesian ?? e.birthDate),
                (lang.pick("Jenis kelamin", "Sex"), e.sex == "L" ? lang.pick("Laki-laki", "Male") : lang.pick("Perempuan", "Female")),
                (lang.pick("Status", "Status"), e.status),
                (lang.pick("Golongan", "Rank"), golongan.map { "\($0) (\($0.pangkat))" } ?? "—"),
                (lang.pick("Pendidikan", "Education"), e.education ?? "—"),
                (lang.pick("Unit kerja", "Unit"), detail.unitName ?? "—"),
                (lang.pick("Jabatan sekarang", "Current post"), detail.heldPost.map { "\($0.name) (\($0.code))" } ?? e.positionTitle ?? "—"),
            ]
            let dl = "<dl class=\"facts\">" + facts.map { "<dt>\(escape($0.0))</dt><dd>\(escape($0.1))</dd>" }.joined() + "</dl>"
            let history = detail.history.map { h in
                [escape(CivilDate(parsing: h.startDate)?.indonesian ?? h.startDate), escape(h.title), escape(h.jobClass ?? "—")]
            }
            let performance = detail.performance.map { [String($0.year), escape($0.predikat)] }
            let sanctions = detail.sanctions.map { s in
                [escape(CivilDate(parsing: s.date)?.indonesian ?? s.date), escape(s.level), escape(s.note)]
            }
            let none = "<p class=\"muted\">\(lang.pick("Tidak ada catatan.", "No records."))</p>"
            return "<p><a href=\"/instansi/\(escape(instansi.code))\">← \(escape(instansi.name))</a></p>"
                + "<h1>\(escape(e.name))</h1>" + dl
                + "<h2>\(lang.pick("Riwayat jabatan", "Position history"))</h2>"
                + (history.isEmpty ? none : Layout.table(["TMT", lang.pick("Jabatan", "Post"), lang.pick("Kelas", "Class")], history))
                + "<h2>\(lang.pick("Predikat kinerja", "Performance rating"))</h2>"
                + (performance.isEmpty ? none : Layout.table([lang.pick("Tahun", "Year"), "Predikat"], performance))
                + "<h2>\(lang.pick("Hukuman disiplin", "Disciplinary record"))</h2>"
                + (sanctions.isEmpty ? none : Layout.table([lang.pick("Tanggal", "Date"), lang.pick("Tingkat", "Level"),
                                                            lang.pick("Keterangan", "Note")], sanctions))
        }
    }
}
