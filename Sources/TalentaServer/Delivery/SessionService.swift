import FluentKit
import Foundation
import TestDelivery

/// Scheduling, enrolment, login tokens, attendance and participant login.
struct SessionService: Sendable {
    let database: TalentaDatabase
    let clock: any ServerClock
    /// The server's cached attempts: a login gives the browser a new secret, so its copy is dropped.
    var cache: AttemptCache? = nil

    enum Failure: Error, Equatable, CustomStringConvertible {
        case invalidLogin
        case notAllowed(String)
        case invalid(field: String, reason: String)

        var description: String {
            switch self {
            case .invalidLogin: "NIP atau token salah / wrong NIP or token"
            case .notAllowed(let reason): reason
            case .invalid(let field, let reason): "\(field): \(reason)"
            }
        }
    }

    /// Creates (or returns) a session of an instansi by its code.
    func session(instansiID: UUID, code: String, title: String, startsAt: String, testCentre: String, room: String,
                 proctor: String, blueprint: BatteryBlueprint, requiresAuthorization: Bool = true,
                 makeupOf: UUID? = nil) async throws -> TestSession {
        if let problem = blueprint.problem() { throw Failure.invalid(field: "blueprint", reason: problem) }
        let db = database.db
        let session = try await TestSession.query(on: db).filter(\.$instansi.$id == instansiID)
            .filter(\.$code == code).first() ?? TestSession()
        session.$instansi.id = instansiID
        session.code = code
        session.title = title
        session.startsAt = startsAt
        session.testCentre = testCentre
        session.room = room
        session.proctor = proctor
        session.blueprint = String(decoding: try JSONEncoder().encode(blueprint), as: UTF8.self)
        session.$makeupOf.id = makeupOf
        session.requiresAuthorization = requiresAuthorization
        try await session.save(on: db)
        return session
    }

    /// Enrols an employee with a login token (returned once, stored hashed). Re-enrolling keeps the row.
    @discardableResult
    func enrol(sessionID: UUID, employeeID: UUID, token: String, actor: String) async throws -> Enrolment {
        let db = database.db
        if let existing = try await Enrolment.query(on: db).filter(\.$session.$id == sessionID)
            .filter(\.$employee.$id == employeeID).first() {
            return existing
        }
        let enrolment = Enrolment()
        enrolment.$session.id = sessionID
        enrolment.$employee.id = employeeID
        enrolment.tokenHash = AccessToken.hash(AccessToken.normalise(token))
        enrolment.attendance = Attendance.terjadwal.rawValue
        enrolment.attendanceBy = actor
        enrolment.attendanceAt = clock.now()
        try await enrolment.create(on: db)
        try await logAttendance(enrolment, .terjadwal, actor: actor, note: "enrolled", on: db)
        if let session = try await TestSession.find(sessionID, on: db), let employee = try await Employee.find(employeeID, on: db) {
            try await AuditLog.append("session.enrol", subject: employee.nip, detail: ["session": session.code],
                                      instansiID: session.$instansi.id, actor: actor, at: clock.now(), on: db)
        }
        return enrolment
    }

    /// Records an attendance state, with who set it and when.
    func setAttendance(enrolmentID: UUID, _ state: Attendance, actor: String, note: String) async throws {
        try await database.transaction { db in
            guard let enrolment = try await Enrolment.find(enrolmentID, on: db) else {
                throw Failure.invalid(field: "enrolment", reason: "not found")
            }
            enrolment.attendance = state.rawValue
            enrolment.attendanceBy = actor
            enrolment.attendanceAt = clock.now()
            try await enrolment.save(on: db)
            try await logAttendance(enrolment, state, actor: actor, note: note, on: db)
            let session = try await enrolment.$session.get(on: db)
            try await AuditLog.append("attendance.\(state.rawValue)", subject: try await enrolment.$employee.get(on: db).nip,
                                      detail: ["session": session.code, "note": note], instansiID: session.$instansi.id,
                                      actor: actor, at: clock.now(), on: db)
        }
    }

    private func logAttendance(_ enrolment: Enrolment, _ state: Attendance, actor: String, note: String,
                               on db: any Database) async throws {
        let entry = AttendanceEntry()
        entry.$enrolment.id = try enrolment.requireID()
        entry.state = state.rawValue
        entry.actor = actor
        entry.at = clock.now()
        entry.note = note
        try await entry.create(on: db)
    }

    /// Participant login with NIP and the card's one-time token: creates or resumes the attempt and
    /// returns its id and a fresh browser secret (any earlier browser loses access).
    func login(nip: String, token: String) async throws -> (attemptID: UUID, secret: String) {
        let db = database.db
        let hash = AccessToken.hash(AccessToken.normalise(token))
        let nipDigits = nip.filter(\.isNumber)
        let candidates = try await Enrolment.query(on: db).filter(\.$tokenHash == hash).with(\.$employee)
            .with(\.$session).all()
        guard let enrolment = candidates.first(where: { $0.employee.nip == nipDigits }),
              let enrolmentID = enrolment.id else { throw Failure.invalidLogin }
        let state = Attendance(rawValue: enrolment.attendance) ?? .terjadwal
        if state == .didiskualifikasi { throw Failure.notAllowed("peserta didiskualifikasi / participant disqualified") }
        let secret = AccessToken.secret()
        let now = clock.now()
        let attemptID: UUID = try await database.transaction { db in
            if let record = try await AttemptRecord.query(on: db).filter(\.$enrolment.$id == enrolmentID).first() {
                record.accessHash = AccessToken.hash(secret)
                record.lastContact = now
                try await record.save(on: db)
                try await AttemptService.log(try record.requireID(), type: "reconnected", actor: nipDigits, at: now,
                                             data: ["via": "login"], on: db)
                return try record.requireID()
            }
            let blueprint = try JSONDecoder().decode(BatteryBlueprint.self, from: Data(enrolment.session.blueprint.utf8))
            var rng = SystemRandomNumberGenerator()
            let attempt = Attempt(seed: rng.next() >> 1, blueprint: blueprint,
                                  requiresAuthorization: enrolment.session.requiresAuthorization)
            let record = try await AttemptRecord.create(enrolmentID: enrolmentID, attempt: attempt,
                                                        accessHash: AccessToken.hash(secret), at: now, on: db)
            try await AttemptService.log(try record.requireID(), type: "logged-in", actor: nipDigits, at: now,
                                         data: [:], on: db)
            return try record.requireID()
        }
        cache?.remove(attemptID)
        if state == .terjadwal || state == .tanpaKonfirmasi {
            try await setAttendance(enrolmentID: enrolmentID, .hadir, actor: "sistem", note: "login")
        }
        return (attemptID, secret)
    }

    /// The attempt id and browser secret a participant's cookie (`ID.SECRET`) carries, unchecked.
    static func parse(cookie: String) -> (attemptID: UUID, secret: String)? {
        guard let dot = cookie.utf8.firstIndex(of: UInt8(ascii: ".")),
              let id = UUID(canonical: cookie[..<dot]) else { return nil }
        let secret = cookie[cookie.index(after: dot)...]
        return secret.isEmpty ? nil : (id, String(secret))
    }
}
