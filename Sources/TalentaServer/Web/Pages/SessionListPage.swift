/// An instansi's test sessions, with the links each role can use: the proctor console and login cards, the
/// session report and release.
enum SessionListPage {
    static func render(_ sessions: [TestSession], instansi: Instansi, role: Role?, lang: Language) -> HTML {
        let base = "/instansi/\(instansi.code)"
        return Layout.page(title: lang.pick("Sesi ujian", "Test sessions") + " — " + instansi.name, lang: lang, path: "\(base)/sesi") {
            let rows = sessions.map { session -> [String] in
                var links: [String] = []
                if role == .proctor || role == .instansiAdmin || role == .superAdmin {
                    links.append("<a href=\"/proktor/\(escape(instansi.code))/\(escape(session.code))\">\(lang.pick("konsol pengawas", "proctor console"))</a>")
                }
                if role == .pimpinan || role == .instansiAdmin {
                    links.append("<a href=\"\(base)/sesi/\(escape(session.code))/laporan\">\(lang.pick("laporan sesi", "session report"))</a>")
                }
                return [escape(session.code), escape(session.title), escape(session.startsAt.replacingOccurrences(of: "T", with: " ")),
                        escape("\(session.testCentre), \(session.room)"), links.joined(separator: " · ")]
            }
            return "<h1>\(lang.pick("Sesi ujian", "Test sessions")) — \(escape(instansi.name))</h1>"
                + Layout.table([lang.pick("Kode", "Code"), lang.pick("Judul", "Title"), lang.pick("Waktu", "Time"),
                                lang.pick("Tempat", "Venue"), ""], rows, id: "sessions")
        }
    }
}
