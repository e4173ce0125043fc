import FluentKit
import Foundation
import Hummingbird
import SQLKit
import TestDelivery

/// The proctor console and its API: the live table of a session, attendance, and the actions on an
/// attempt (pause/resume, extra time with a reason, terminate with a reason, irregularity). Each action is
/// logged with actor and time. Actions accept JSON or a plain HTML form (which is sent back to the console).
struct ProctorController: Sendable {
    let database: TalentaDatabase
    let sessions: SessionService
    let attempts: AttemptService

    func addRoutes(to router: Router<BasicRequestContext>, gate: Gate) {
        let room = Access([.superAdmin, .instansiAdmin, .proctor], tenant: .instansi("code"))
        router.add(.get, "/proktor/{code}/{session}", room, gate: gate, use: console)
        router.add(.get, "/api/instansi/{code}/sessions/{session}/participants", room, gate: gate, use: participants)
        router.add(.post, "/api/attempts/{id}/{action}", Access([.superAdmin, .proctor], tenant: .attempt("id")), gate: gate, use: action)
        let record = Access([.superAdmin, .proctor, .assessor], tenant: .attempt("id"))
        router.add(.get, "/api/attempts/{id}/answers", record, gate: gate, use: answers)
        router.add(.get, "/api/attempts/{id}/events", record, gate: gate, use: events)
        router.add(.post, "/api/enrolments/{id}/attendance", Access([.superAdmin, .instansiAdmin, .proctor], tenant: .enrolment("id")),
                   gate: gate, use: attendance)
    }

    @Sendable func console(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let (instansi, session) = try await requireSession(context)
        let rows = try await ProctorQueries.rows(session: session, bank: attempts.bank.deliveryBank(),
                                                 now: attempts.clock.now(), on: database.db)
        return ProctorPage.render(instansi: instansi, session: session, rows: rows, now: attempts.clock.now(),
                                  lang: Language(request: request))
    }

    struct Participants: ResponseEncodable {
        let session: String
        let serverTime: Double
        let participants: [ProctorQueries.Row]
    }

    @Sendable func participants(_ request: Request, context: BasicRequestContext) async throws -> Participants {
        let (_, session) = try await requireSession(context)
        let now = attempts.clock.now()
        return Participants(session: session.code, serverTime: now,
                            participants: try await ProctorQueries.rows(session: session, bank: attempts.bank.deliveryBank(),
                                                                        now: now, on: database.db))
    }

    struct ActionBody: Decodable {
        var reason: String?
        var minutes: Double?
        var note: String?
    }

    @Sendable func action(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = try requireUUID(context, "id")
        let name = try context.parameters.require("action")
        let (body, isForm) = try await RequestSupport.jsonOrForm(ActionBody.self, request)
        func required(_ value: String?, _ field: String) throws -> String {
            guard let value, !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw AppError(.badRequest, "\(field) is required for \(name)", field: field)
            }
            return value
        }
        let change: @Sendable (inout Attempt, Double, DeliveryBank) throws -> Void
        var data: [String: String] = [:]
        switch name {
        case "authorize": change = { attempt, _, _ in attempt.authorizeStart() }
        case "pause": change = { attempt, now, _ in attempt.pause(at: now) }
        case "resume": change = { attempt, now, _ in attempt.resume(at: now) }
        case "extra-time":
            let reason = try required(body.reason, "reason")
            guard let minutes = body.minutes, minutes > 0, minutes <= 120 else {
                throw AppError(.badRequest, "minutes must be a number from 1 to 120", field: "minutes")
            }
            data = ["minutes": String(minutes), "reason": reason]
            change = { attempt, now, _ in attempt.addExtraTime(minutes * 60, at: now) }
        case "terminate":
            data = ["reason": try required(body.reason, "reason")]
            change = { attempt, now, _ in attempt.terminate(at: now) }
        case "irregularity":
            data = ["note": try required(body.note, "note")]
            change = { _, _, _ in }
        default:
            throw AppError(.notFound, "unknown action '\(name)'; use authorize, pause, resume, extra-time, terminate or irregularity",
                           field: "action")
        }
        let event = name == "pause" ? "paused" : name == "resume" ? "resumed" : name == "authorize" ? "start-authorized" : name
        let actor = Principal.actorName
        do {
            _ = try await attempts.apply(id, actor: actor, event: event, data: data, change)
        } catch AttemptService.Failure.notFound {
            throw AppError(.notFound, "no attempt \(id)", field: "id")
        }
        let instansiID = try await AttemptRecord.query(on: database.db).filter(\.$id == id)
            .with(\.$enrolment, { $0.with(\.$session) }).first()?.enrolment.session.$instansi.id
        var auditDetail = data
        auditDetail["attempt"] = id.uuidString
        try await AuditLog(database: database, clock: attempts.clock).record("proctor.\(name)", subject: id.uuidString,
                                                                             detail: auditDetail, instansiID: instansiID, actor: actor)
        if name == "terminate" {
            let record = try await AttemptRecord.find(id, on: database.db)
            if let enrolmentID = record?.$enrolment.id {
                try await sessions.setAttendance(enrolmentID: enrolmentID, .didiskualifikasi, actor: actor,
                                                 note: data["reason"] ?? "")
            }
        }
        return isForm ? backToConsole(request) : Response(status: .noContent)
    }

    struct AnswerRow: Codable, Sendable {
        let item: String
        let answer: String
        let sequence: Int
        let savedAt: Double
    }

    struct AnswerList: ResponseEncodable {
        let attempt: UUID
        let status: String
        let answers: [AnswerRow]
    }

    /// The stored answers of an attempt (for assessors and the tests): one per item, the latest by sequence.
    @Sendable func answers(_ request: Request, context: BasicRequestContext) async throws -> AnswerList {
        let id = try requireUUID(context, "id")
        guard let (attempt, _) = try? await attempts.read(id) else { throw AppError(.notFound, "no attempt \(id)", field: "id") }
        return AnswerList(attempt: id, status: attempt.status.rawValue, answers: attempt.answers.entries.values
            .sorted { $0.sequence < $1.sequence }
            .map { AnswerRow(item: $0.itemID, answer: $0.answer, sequence: $0.sequence, savedAt: $0.savedAt) })
    }

    /// The event log of an attempt, close to xAPI statements: actor, verb, object, timestamp, result.
    struct Statement: Codable, Sendable {
        let actor: String
        let verb: String
        let object: String
        let timestamp: String
        let result: [String: String]
    }

    struct EventExport: ResponseEncodable {
        let attempt: UUID
        let statements: [Statement]
    }

    /// The attempt's events in time order: the rows of `attempt_events`, and the answer saves whose rows of
    /// `attempt_answers` are their log entries (verb "answered", as before migration 010), an event before a
    /// save at the same instant.
    @Sendable func events(_ request: Request, context: BasicRequestContext) async throws -> EventExport {
        let id = try requireUUID(context, "id")
        let rows = try await AttemptEvent.query(on: database.db).filter(\.$attempt.$id == id).sort(\.$at).all()
        let saves = try await database.sql.select()
            .columns("attempt_id", "sequence", "item", "answer", "saved_at", "outcome")
            .from(AttemptAnswer.schema)
            .where("attempt_id", .equal, id)
            .where("outcome", .isNot, SQLLiteral.null)
            .orderBy("saved_at").orderBy("sequence")
            .all(decoding: AttemptAnswer.Row.self)
        var logged: [(at: Double, actor: String, verb: String, data: [String: String])] = rows.map { event in
            (event.at, event.actor, event.type, (try? JSONDecoder().decode([String: String].self, from: Data(event.data.utf8))) ?? [:])
        }
        logged += saves.compactMap { save in
            save.outcome.map { outcome in
                (save.saved_at, "participant", "answered",
                 ["item": save.item, "answer": save.answer, "sequence": String(save.sequence), "outcome": outcome])
            }
        }
        // Stable: each source is in time order already, events first.
        let ordered = logged.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return EventExport(attempt: id, statements: ordered.map { entry in
            Statement(actor: entry.actor, verb: entry.verb, object: entry.data["item"].map { "item:\($0)" } ?? "attempt:\(id)",
                      timestamp: formatter.string(from: Date(timeIntervalSince1970: entry.at)), result: entry.data)
        })
    }

    struct AttendanceBody: Decodable {
        let state: String
        var note: String?
    }

    @Sendable func attendance(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let id = try requireUUID(context, "id")
        let (body, isForm) = try await RequestSupport.jsonOrForm(AttendanceBody.self, request)
        guard let state = Attendance(rawValue: body.state) else {
            throw AppError(.badRequest, "unknown attendance '\(body.state)'; use \(Attendance.allCases.map(\.rawValue).joined(separator: ", "))",
                           field: "state")
        }
        do {
            try await sessions.setAttendance(enrolmentID: id, state, actor: Principal.actorName, note: body.note ?? "")
        } catch SessionService.Failure.invalid {
            throw AppError(.notFound, "no enrolment \(id)", field: "id")
        }
        return isForm ? backToConsole(request) : Response(status: .noContent)
    }

    // MARK: - Shared

    private func requireSession(_ context: BasicRequestContext) async throws -> (Instansi, TestSession) {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        return (instansi, try await RequestSupport.session(instansi, context, on: database.db))
    }

    private func requireUUID(_ context: BasicRequestContext, _ name: String) throws -> UUID {
        let text = try context.parameters.require(name)
        guard let id = UUID(uuidString: text) else { throw AppError(.badRequest, "'\(text)' is not an id", field: name) }
        return id
    }

    private func backToConsole(_ request: Request) -> Response {
        let back = request.headers[.referer].flatMap { URL(string: $0)?.path } ?? "/"
        return Response(status: .seeOther, headers: [.location: back.hasPrefix("/proktor/") ? back : "/"])
    }
}
