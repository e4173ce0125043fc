import FluentKit
import TestDelivery

/// The Kota Serang test day of the news story: 26 JPT officials scheduled at the UPT BKN Serang, three of
/// them absent (two sick, one without confirmation), plus a short practice session for trying the runner.
struct DemoTestDay {
    let database: TalentaDatabase
    let clock: any ServerClock

    struct Login: Sendable {
        let session: String
        let nip: String
        let name: String
        let token: String
    }

    static let testDay = "CACT-2025-11-23"
    static let practice = "LATIHAN"

    /// Seeds the bank and both sessions; returns a few demo logins. Idempotent.
    func seed() async throws -> [Login] {
        try await ItemBankStore(database: database).seedDemoBank()
        let db = database.db
        guard let serang = try await Instansi.query(on: db).filter(\.$code == "kota-serang").first(),
              let serangID = serang.id else { return [] }
        let officials = try await Employee.query(on: db).filter(\.$instansi.$id == serangID).sort(\.$nip).all()
        let sessions = SessionService(database: database, clock: clock)
        let testDay = try await sessions.session(
            instansiID: serangID, code: Self.testDay, title: "CACT ProASN JPT Pratama Kota Serang",
            startsAt: "2025-11-23T08:00", testCentre: "UPT BKN Serang", room: "Ruang CAT 1",
            proctor: "Pengawas UPT BKN Serang", blueprint: .standard)
        let practice = try await sessions.session(
            instansiID: serangID, code: Self.practice, title: "Sesi latihan (bagian pendek)",
            startsAt: "2025-11-22T09:00", testCentre: "UPT BKN Serang", room: "Ruang CAT 2",
            proctor: "Pengawas UPT BKN Serang", blueprint: .short, requiresAuthorization: false)
        var logins: [Login] = []
        for (index, official) in officials.enumerated() {
            for session in [testDay, practice] {
                let token = AccessToken.demoToken("\(session.code):\(official.nip)")
                let enrolment = try await sessions.enrol(sessionID: try session.requireID(),
                                                         employeeID: try official.requireID(), token: token,
                                                         actor: "demo")
                if session.code == Self.testDay, index >= officials.count - 3 {
                    let state: Attendance = index == officials.count - 1 ? .tanpaKonfirmasi : .sakit
                    if enrolment.attendance != state.rawValue {
                        try await sessions.setAttendance(enrolmentID: try enrolment.requireID(), state, actor: "demo",
                                                         note: state == .sakit ? "surat keterangan sakit" : "tidak ada konfirmasi")
                    }
                }
                if index < 2 { logins.append(Login(session: session.code, nip: official.nip, name: official.name, token: token)) }
            }
        }
        return logins
    }
}
