import FluentKit
import Foundation
import TestDelivery

/// What the proctor console shows: each enrolled participant's attendance and progress.
enum ProctorQueries {
    struct Row: Codable, Sendable {
        let enrolmentID: UUID
        let nip: String
        let name: String
        let attendance: String
        let attendanceBy: String
        let attendanceAt: Double
        let attemptID: UUID?
        let status: String?
        let section: String?
        let sectionState: String?
        let itemsDone: Int?
        let secondsLeft: Double?
        let lastContact: Double?
        let awaitingAuthorization: Bool
    }

    /// The instansi's sessions, earliest first.
    static func sessions(of instansi: Instansi, on db: any Database) async throws -> [TestSession] {
        try await TestSession.query(on: db).filter(\.$instansi.$id == instansi.requireID()).sort(\.$startsAt).all()
    }

    static func session(instansi: Instansi, code: String, on db: any Database) async throws -> TestSession? {
        try await TestSession.query(on: db).filter(\.$instansi.$id == instansi.requireID()).filter(\.$code == code).first()
    }

    static func rows(session: TestSession, bank: DeliveryBank, now: Double, on db: any Database) async throws -> [Row] {
        let enrolments = try await Enrolment.query(on: db).filter(\.$session.$id == session.requireID())
            .with(\.$employee).all()
        let ids = enrolments.compactMap(\.id)
        let attempts = try await AttemptRecord.query(on: db).filter(\.$enrolment.$id ~~ ids).all()
        let byEnrolment = Dictionary(attempts.map { ($0.$enrolment.id, $0) }) { first, _ in first }
        let merged = try await AttemptStore.attempts(attempts, on: db)
        return try enrolments.sorted { $0.employee.name < $1.employee.name }.map { enrolment in
            let record = byEnrolment[try enrolment.requireID()]
            let attempt = try record.flatMap { merged[try $0.requireID()] }
            let view = attempt.map { AttemptView($0, bank: bank, at: now) }
            return Row(enrolmentID: try enrolment.requireID(), nip: enrolment.employee.nip, name: enrolment.employee.name,
                       attendance: enrolment.attendance, attendanceBy: enrolment.attendanceBy,
                       attendanceAt: enrolment.attendanceAt, attemptID: record?.id, status: attempt?.status.rawValue,
                       section: view?.section?.id, sectionState: view?.section?.state,
                       itemsDone: attempt.map { $0.answers.entries.count },
                       secondsLeft: view?.section?.remainingSeconds, lastContact: record?.lastContact,
                       awaitingAuthorization: attempt?.startAuthorized == false)
        }
    }
}
