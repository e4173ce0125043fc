import FluentKit
import Foundation
import TalentDomain
import TestDelivery

/// Participants for the load harness (`talenta load-seed`, `talenta-load`, bench/load.sh): the instansi
/// "uji-beban", N synthetic officials with valid NIPs, one test session with the standard battery that
/// starts without a proctor's authorization, and a login token for each.
///
/// Idempotent: a second run adds only what is missing (officials, enrolments) and never duplicates a
/// row. Tokens are stored hashed, so every run issues fresh random tokens to all the session's load
/// participants (as printing login cards does) and returns them; earlier tokens stop working.
///
/// Enrolment is written in bulk, in one transaction per run, with one audit entry `session.enrol-bulk`
/// (subject: the session code; detail: how many were enrolled and how many tokens were issued) instead of
/// one `session.enrol` entry per participant: 1,000 serialised audit appends would dominate the seeding.
public struct LoadSeed: Sendable {
    public let database: TalentaDatabase
    let clock: any ServerClock

    public static let instansiCode = "uji-beban"
    public static let defaultSession = "UJI-BEBAN"
    static let actor = "load-seed"

    public init(database: TalentaDatabase) {
        self.database = database
        clock = LiveClock()
    }

    public struct Login: Sendable, Equatable {
        public let nip: String
        public let token: String
    }

    public struct Report: Sendable {
        public let employeesCreated: Int
        public let enrolled: Int
        public let logins: [Login]
    }

    /// The NIP of load participant `index` (0-based): born on one of 999 days from 1 January 1970, appointed
    /// in March 2000, sex alternating, and a sequence number that keeps every NIP distinct (valid up to
    /// 998,001 participants).
    public static func nip(_ index: Int) -> String {
        precondition(index >= 0 && index < 999 * 999, "at most 998,001 load participants")
        let birth = CivilDate(dayNumber: index % 999)
        let sequence = index / 999 + 1
        let sex = index % 2 + 1
        func digits(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return digits(birth.year, 4) + digits(birth.month, 2) + digits(birth.day, 2) + "200003" + String(sex) + digits(sequence, 3)
    }

    /// Seeds `participants` officials and the session `code`; returns a token for each.
    public func seed(participants: Int, session code: String = defaultSession,
                     blueprint: BatteryBlueprint = .standard) async throws -> Report {
        guard participants > 0 else { throw LoadSeedError("--participants must be at least 1") }
        try await ItemBankStore(database: database).seedDemoBank()
        try await InstansiRegistry(database: database).save(code: Self.instansiCode, name: "Instansi Uji Beban (load test)",
                                                            kind: "lembaga", region: "DKI Jakarta")
        let db = database.db
        guard let instansi = try await Instansi.query(on: db).filter(\.$code == Self.instansiCode).first() else {
            throw LoadSeedError("instansi \(Self.instansiCode) was not saved")
        }
        let instansiID = try instansi.requireID()
        let session = try await SessionService(database: database, clock: clock).session(
            instansiID: instansiID, code: code, title: "Uji beban \(code)", startsAt: "2026-01-01T08:00",
            testCentre: "Loopback", room: "127.0.0.1", proctor: "talenta-load", blueprint: blueprint,
            requiresAuthorization: false)
        let sessionID = try session.requireID()
        let nips = (0..<participants).map(Self.nip)
        let now = clock.now()

        return try await db.transaction { db in
            // Officials: create the missing ones, in chunks (SQLite binds at most 32,766 values per statement).
            var employees: [String: UUID] = [:]
            for chunk in nips.chunked(500) {
                for employee in try await Employee.query(on: db).filter(\.$instansi.$id == instansiID)
                    .filter(\.$nip ~~ chunk).all() {
                    employees[employee.nip] = try employee.requireID()
                }
            }
            var created = 0
            for chunk in nips.filter({ employees[$0] == nil }).chunked(500) {
                let rows = try chunk.map { text -> Employee in
                    let nip = try NIP(text)
                    let employee = Employee(instansiID: instansiID, nip: nip)
                    employee.id = UUID()
                    employee.name = "Peserta Uji \(text.suffix(6))"
                    employee.birthDate = nip.birthDate.iso
                    employee.sex = nip.sex.rawValue
                    employee.status = EmploymentStatus.pns.rawValue
                    return employee
                }
                try await rows.create(on: db)
                for row in rows { employees[row.nip] = try row.requireID() }
                created += rows.count
            }

            // Enrolments: the missing ones are created; every one gets a fresh token.
            var enrolments: [UUID: Enrolment] = [:]
            let employeeIDs = nips.compactMap { employees[$0] }
            for chunk in employeeIDs.chunked(500) {
                for enrolment in try await Enrolment.query(on: db).filter(\.$session.$id == sessionID)
                    .filter(\.$employee.$id ~~ chunk).all() {
                    enrolments[enrolment.$employee.id] = enrolment
                }
            }
            var logins: [Login] = []
            var fresh: [Enrolment] = []
            for nip in nips {
                guard let employeeID = employees[nip] else { continue }
                let token = AccessToken.loginToken()
                logins.append(Login(nip: nip, token: token))
                if let existing = enrolments[employeeID] {
                    existing.tokenHash = AccessToken.hash(AccessToken.normalise(token))
                    try await existing.save(on: db)
                    continue
                }
                let enrolment = Enrolment()
                enrolment.id = UUID()
                enrolment.$session.id = sessionID
                enrolment.$employee.id = employeeID
                enrolment.tokenHash = AccessToken.hash(AccessToken.normalise(token))
                enrolment.attendance = Attendance.terjadwal.rawValue
                enrolment.attendanceBy = Self.actor
                enrolment.attendanceAt = now
                fresh.append(enrolment)
            }
            for chunk in fresh.chunked(500) {
                try await chunk.create(on: db)
                let entries = try chunk.map { enrolment -> AttendanceEntry in
                    let entry = AttendanceEntry()
                    entry.$enrolment.id = try enrolment.requireID()
                    entry.state = Attendance.terjadwal.rawValue
                    entry.actor = Self.actor
                    entry.at = now
                    entry.note = "enrolled"
                    return entry
                }
                try await entries.create(on: db)
            }
            try await AuditLog.append("session.enrol-bulk", subject: code,
                                      detail: ["enrolled": String(fresh.count), "tokensIssued": String(logins.count)],
                                      instansiID: instansiID, actor: Self.actor, at: now, on: db)
            return Report(employeesCreated: created, enrolled: fresh.count, logins: logins)
        }
    }

    /// The logins as the harness reads them: a `nip,token` header and one line per participant.
    public static func csv(_ logins: [Login]) -> String {
        "nip,token\n" + logins.map { "\($0.nip),\($0.token)\n" }.joined()
    }
}

/// One stored answer of an attempt, as the crash and two-instance checkers compare it with the
/// harness's acknowledgements.
public struct StoredAnswer: Sendable, Equatable {
    public let nip: String
    public let item: String
    public let answer: String
    public let sequence: Int
}

/// Every answer stored for the attempts of session `code` (of any instansi), read from the database,
/// not through the server. This is the one place that knows how answers are stored: each attempt's state
/// row merged with the answers appended to `attempt_answers` since (`AttemptStore`), whose
/// `answers.entries` hold the latest answer per item.
public func storedAnswers(session code: String, database: TalentaDatabase) async throws -> [StoredAnswer] {
    let db = database.db
    let sessionIDs = try await TestSession.query(on: db).filter(\.$code == code).all().compactMap(\.id)
    guard !sessionIDs.isEmpty else { throw LoadSeedError("no session with code '\(code)'") }
    let enrolments = try await Enrolment.query(on: db).filter(\.$session.$id ~~ sessionIDs).with(\.$employee).all()
    let nipByEnrolment = Dictionary(uniqueKeysWithValues: try enrolments.map { (try $0.requireID(), $0.employee.nip) })
    var result: [StoredAnswer] = []
    for chunk in Array(nipByEnrolment.keys).chunked(500) {
        let records = try await AttemptRecord.query(on: db).filter(\.$enrolment.$id ~~ chunk).all()
        let attempts = try await AttemptStore.attempts(records, on: db)
        for record in records {
            guard let attempt = attempts[try record.requireID()] else { continue }
            let nip = nipByEnrolment[record.$enrolment.id] ?? "?"
            for entry in attempt.answers.entries.values {
                result.append(StoredAnswer(nip: nip, item: entry.itemID, answer: entry.answer, sequence: entry.sequence))
            }
        }
    }
    return result.sorted { ($0.nip, $0.item) < ($1.nip, $1.item) }
}

public struct LoadSeedError: Error, CustomStringConvertible {
    public let description: String
    init(_ description: String) { self.description = description }
}

extension Array {
    /// Consecutive slices of at most `size` elements.
    func chunked(_ size: Int) -> [[Element]] {
        stride(from: 0, to: count, by: size).map { Array(self[$0..<Swift.min($0 + size, count)]) }
    }
}
