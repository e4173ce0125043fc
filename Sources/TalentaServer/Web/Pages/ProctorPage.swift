import Foundation

/// The proctor console: attendance and progress of every participant, with the actions beside each.
enum ProctorPage {
    static func render(instansi: Instansi, session: TestSession, rows: [ProctorQueries.Row], now: Double,
                       lang: Language) -> HTML {
        Layout.page(title: lang.pick("Konsol Pengawas", "Proctor console"), lang: lang,
                    path: "/proktor/\(instansi.code)/\(session.code)", refreshSeconds: 15) {
            let states = Attendance.allCases.map { "<option value=\"\($0.rawValue)\">\(escape($0.label))</option>" }.joined()
            let body = rows.map { row -> [String] in
                let left = row.secondsLeft.map { "\(Int($0) / 60):\(String(format: "%02d", Int($0) % 60))" } ?? "—"
                let contact = row.lastContact.map { "\(Int(now - $0)) \(lang.pick("dtk lalu", "s ago"))" } ?? "—"
                var actions = """
                    <form method="post" action="/api/enrolments/\(row.enrolmentID)/attendance">
                    <select name="state" aria-label="\(lang.pick("Kehadiran", "Attendance"))">\(states)</select>
                    <input name="note" placeholder="\(lang.pick("keterangan", "note"))" size="10">
                    <button type="submit">\(lang.pick("Catat", "Record"))</button></form>
                    """
                if let id = row.attemptID {
                    let a = "/api/attempts/\(id)"
                    if row.awaitingAuthorization {
                        actions += "<form method=\"post\" action=\"\(a)/authorize\"><button type=\"submit\" class=\"primary\">\(lang.pick("Izinkan mulai", "Authorize start"))</button></form>"
                    }
                    actions += """
                        <form method="post" action="\(a)/\(row.sectionState == "paused" ? "resume" : "pause")"><button type="submit">\(row.sectionState == "paused" ? lang.pick("Lanjutkan", "Resume") : lang.pick("Jeda", "Pause"))</button></form>
                        <form method="post" action="\(a)/extra-time"><input name="minutes" type="number" min="1" max="120" size="3" required aria-label="\(lang.pick("menit", "minutes"))"><input name="reason" placeholder="\(lang.pick("alasan", "reason"))" required size="10"><button type="submit">\(lang.pick("Tambah waktu", "Extra time"))</button></form>
                        <form method="post" action="\(a)/irregularity"><input name="note" placeholder="\(lang.pick("kejadian", "irregularity"))" required size="10"><button type="submit">\(lang.pick("Catat kejadian", "Record"))</button></form>
                        <form method="post" action="\(a)/terminate"><input name="reason" placeholder="\(lang.pick("alasan", "reason"))" required size="10"><button type="submit">\(lang.pick("Hentikan", "Terminate"))</button></form>
                        """
                }
                return [escape(row.name) + "<br><span class=\"muted\">\(escape(row.nip))</span>",
                        escape(Attendance(rawValue: row.attendance)?.label ?? row.attendance)
                            + "<br><span class=\"muted\">\(escape(row.attendanceBy))</span>",
                        escape(row.status ?? "—"), escape([row.section, row.sectionState].compactMap { $0 }.joined(separator: " · ")),
                        row.itemsDone.map(String.init) ?? "—", left, contact, actions]
            }
            let absent = rows.filter { Attendance(rawValue: $0.attendance)?.isAbsent == true }.count
            return "<h1>\(lang.pick("Konsol Pengawas", "Proctor console")): \(escape(session.title))</h1>"
                + "<p class=\"muted\">\(escape(session.testCentre)) · \(escape(session.room)) · \(escape(session.startsAt)) · "
                + "\(rows.count) \(lang.pick("peserta", "participants")), \(absent) \(lang.pick("tidak hadir", "absent"))</p>"
                + "<form method=\"post\" action=\"/proktor/\(escape(instansi.code))/\(escape(session.code))/kartu\"><button type=\"submit\">\(lang.pick("Cetak kartu login (token baru)", "Print login cards (new tokens)"))</button></form>"
                + Layout.table([lang.pick("Peserta", "Participant"), lang.pick("Kehadiran", "Attendance"), "Status",
                                lang.pick("Bagian", "Section"), lang.pick("Terjawab", "Answered"), lang.pick("Sisa waktu", "Time left"),
                                lang.pick("Kontak terakhir", "Last contact"), lang.pick("Tindakan", "Actions")], body, id: "participants")
        }
    }
}
