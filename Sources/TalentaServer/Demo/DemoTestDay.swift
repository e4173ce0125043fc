import FluentKit
import Foundation
import Psychometrics
import TalentDomain
import TestDelivery

/// The Kota Serang test day of the news story: 26 JPT officials scheduled at the UPT BKN Serang, three of
/// them absent (two sick, one without confirmation). The 23 present sat the standard battery: their
/// answers are simulated through the runner's own `Attempt` state machine (`SimulatedCandidate`, seeded by
/// NIP, so the demo is the same every time) and scored like any finished attempt. The three absent are
/// enrolled in a make-up session not yet held, and a short practice session is open for trying the runner.
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
    static let makeup = "CACT-2025-11-23-SUSULAN"
    /// 08:00 WIB on 23 November 2025.
    static let testDayStart = 1_763_859_600.0
    static let proctor = "Pengawas UPT BKN Serang"

    /// Seeds the bank and the sessions; returns the demo logins (practice and make-up). Idempotent.
    func seed() async throws -> [Login] {
        let store = ItemBankStore(database: database)
        try await store.seedDemoBank()
        let db = database.db
        guard let serang = try await Instansi.query(on: db).filter(\.$code == "kota-serang").first(),
              let serangID = serang.id else { return [] }
        let officials = try await Employee.query(on: db).filter(\.$instansi.$id == serangID).sort(\.$nip).all()
        let sessions = SessionService(database: database, clock: clock)
        let testDay = try await sessions.session(
            instansiID: serangID, code: Self.testDay, title: "CACT ProASN JPT Pratama Kota Serang",
            startsAt: "2025-11-23T08:00", testCentre: "UPT BKN Serang", room: "Ruang CAT 1",
            proctor: Self.proctor, blueprint: .standard)
        let practice = try await sessions.session(
            instansiID: serangID, code: Self.practice, title: "Sesi latihan (bagian pendek)",
            startsAt: "2025-11-22T09:00", testCentre: "UPT BKN Serang", room: "Ruang CAT 2",
            proctor: Self.proctor, blueprint: .short, requiresAuthorization: false)
        let absent = Set(officials.suffix(3).compactMap(\.id))
        let bank = try await store.deliveryBank()
        var logins: [Login] = []
        for (index, official) in officials.enumerated() {
            for session in [testDay, practice] {
                let token = AccessToken.demoToken("\(session.code):\(official.nip)")
                let enrolment = try await sessions.enrol(sessionID: try session.requireID(),
                                                         employeeID: try official.requireID(), token: token,
                                                         actor: "demo")
                if session.code == Self.testDay {
                    if let id = official.id, absent.contains(id) {
                        let state: Attendance = index == officials.count - 1 ? .tanpaKonfirmasi : .sakit
                        if enrolment.attendance != state.rawValue {
                            try await sessions.setAttendance(enrolmentID: try enrolment.requireID(), state, actor: "demo",
                                                             note: state == .sakit ? "surat keterangan sakit" : "tidak ada konfirmasi")
                        }
                    } else {
                        try await sit(enrolment, in: testDay, official: official, order: index, bank: bank)
                    }
                }
                if session.code == Self.practice, index < 2 {
                    logins.append(Login(session: session.code, nip: official.nip, name: official.name, token: token))
                }
            }
        }
        let makeup = try await sessions.session(
            instansiID: serangID, code: Self.makeup, title: "Ujian susulan CACT ProASN JPT Pratama Kota Serang",
            startsAt: "2025-11-30T08:00", testCentre: "UPT BKN Serang", room: "Ruang CAT 1",
            proctor: Self.proctor, blueprint: .standard, makeupOf: try testDay.requireID())
        for official in officials where official.id.map(absent.contains) == true {
            let token = AccessToken.demoToken("\(Self.makeup):\(official.nip)")
            _ = try await sessions.enrol(sessionID: try makeup.requireID(), employeeID: try official.requireID(),
                                         token: token, actor: "demo")
            logins.append(Login(session: Self.makeup, nip: official.nip, name: official.name, token: token))
        }
        return logins
    }

    /// One present official sits the battery: checked in at 07:45, a simulated sitting from 08:00 plus a
    /// few minutes by seating order, and the result scored as the runner's finish would. Skipped when the
    /// official already has an attempt, so seeding stays idempotent.
    private func sit(_ enrolment: Enrolment, in session: TestSession, official: Employee, order: Int,
                     bank: DeliveryBank) async throws {
        let enrolmentID = try enrolment.requireID()
        guard try await AttemptRecord.query(on: database.db).filter(\.$enrolment.$id == enrolmentID).first() == nil else {
            return
        }
        try await SessionService(database: database, clock: ManualClock(Self.testDayStart - 15 * 60))
            .setAttendance(enrolmentID: enrolmentID, .hadir, actor: Self.proctor, note: "hadir, identitas diperiksa")
        let seed = UInt64(official.nip) ?? UInt64(order)
        let blueprint = try JSONDecoder().decode(BatteryBlueprint.self, from: Data(session.blueprint.utf8))
        var attempt = Attempt(seed: seed, blueprint: blueprint, requiresAuthorization: true)
        let start = Self.testDayStart + Double(order % 6) * 60
        let end = try Self.candidate(seed: seed).sit(&attempt, bank: bank, start: start, seed: seed)
        let sat = attempt
        try await database.transaction { db in
            let record = try await AttemptRecord.create(enrolmentID: enrolmentID, attempt: sat,
                                                        accessHash: AccessToken.hash(AccessToken.secret()), at: end, on: db)
            let id = try record.requireID()
            try await AttemptService.log(id, type: "logged-in", actor: official.nip, at: start - 120, data: [:], on: db)
            try await AttemptService.log(id, type: "start-authorized", actor: "proctor: \(Self.proctor)", at: start - 60,
                                         data: [:], on: db)
            try await AttemptService.log(id, type: "started", actor: official.nip, at: start, data: ["simulated": "demo"], on: db)
            try await AttemptService.log(id, type: "finished", actor: official.nip, at: end, data: [:], on: db)
            try await AttemptService.freeze(bank.versions(of: sat.sections.flatMap(\.items)), on: db)
            try await ResultService.record(sat, attemptID: id, bank: bank, at: end, on: db)
        }
    }

    /// A plausible official, drawn from `seed`: ability around the population mean, competency levels
    /// mostly 3–4 with some 5s, and agreeable but varied personality scales.
    static func candidate(seed: UInt64) -> SimulatedCandidate {
        var rng = Xoshiro256StarStar(seed: SplitMix64.derive(seed, 7))
        func normal() -> Double {
            let u1 = Double.random(in: Double.ulpOfOne..<1, using: &rng), u2 = Double.random(in: 0..<1, using: &rng)
            return (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2)
        }
        let base = [3, 3, 4, 4, 4, 4, 5][Int.random(in: 0..<7, using: &rng)]
        var levels: [String: Int] = [:]
        for code in Competency.allCases.map(\.code) {
            levels[code] = min(5, max(1, base + [-1, 0, 0, 0, 1][Int.random(in: 0..<5, using: &rng)]))
        }
        let traitBase = 3.4 + Double(base - 3) * 0.4
        var traits: [String: Double] = [:]
        for key in PotentialComponents.aspectKeys + ["integritas"] {
            traits[key] = min(5, max(1, traitBase + normal() * 0.5))
        }
        return SimulatedCandidate(theta: 0.2 + Double(base - 4) * 0.5 + normal() * 0.6, levels: levels, traits: traits,
                                  secondsPerAnswer: 35)
    }
}
