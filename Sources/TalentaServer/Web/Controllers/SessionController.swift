import FluentKit
import Foundation
import Hummingbird
import TalentDomain
import TestDelivery

/// Scheduling: sessions, enrolment, printable login cards, and make-up sessions for the absent.
struct SessionController: Sendable {
    let database: TalentaDatabase
    let sessions: SessionService

    func addRoutes(to router: Router<BasicRequestContext>, gate: Gate) {
        let admins = Access([.superAdmin, .instansiAdmin], tenant: .instansi("code"))
        router.add(.get, "/instansi/{code}/sesi", Access([.superAdmin, .instansiAdmin, .proctor, .pimpinan], tenant: .instansi("code")),
                   gate: gate, use: list)
        router.add(.post, "/api/instansi/{code}/sessions", admins, gate: gate, use: create)
        router.add(.post, "/api/instansi/{code}/sessions/{session}/enrolments", admins, gate: gate, use: enrol)
        router.add(.post, "/api/instansi/{code}/sessions/{session}/makeup", admins, gate: gate, use: makeup)
        router.add(.post, "/proktor/{code}/{session}/kartu", Access([.superAdmin, .instansiAdmin, .proctor], tenant: .instansi("code")),
                   gate: gate, use: loginCards)
    }

    /// The instansi's sessions, each with the links the viewer's role can use.
    @Sendable func list(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        let sessions = try await ProctorQueries.sessions(of: instansi, on: database.db)
        return SessionListPage.render(sessions, instansi: instansi, role: Principal.current?.role, lang: Language(request: request))
    }

    struct SessionBody: Decodable {
        let code: String
        let title: String
        let startsAt: String
        let testCentre: String
        let room: String
        let proctor: String
        var blueprint: BatteryBlueprint?
        var requiresAuthorization: Bool?
    }

    struct Created: ResponseEncodable {
        let id: UUID
        let code: String
        let makeupOf: String?
        let enrolled: Int
    }

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        let body = try await RequestSupport.json(SessionBody.self, request)
        let session = try await save(body, instansi: instansi, makeupOf: nil)
        return try await created(Created(id: try session.requireID(), code: session.code, makeupOf: nil, enrolled: 0),
                                 request, context)
    }

    struct EnrolBody: Decodable { let nips: [String] }

    struct EnrolReport: ResponseEncodable {
        struct Rejected: Codable { let nip: String; let reason: String }
        var enrolled: [String] = []
        var rejected: [Rejected] = []
    }

    /// Enrols officials of the instansi by NIP; unknown NIPs are listed with the reason, the others enrolled.
    @Sendable func enrol(_ request: Request, context: BasicRequestContext) async throws -> EnrolReport {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        let session = try await RequestSupport.session(instansi, context, on: database.db)
        let body = try await RequestSupport.json(EnrolBody.self, request)
        var report = EnrolReport()
        for nip in body.nips {
            guard let employee = try await Employee.query(on: database.db).filter(\.$instansi.$id == instansi.requireID())
                .filter(\.$nip == nip.filter(\.isNumber)).first() else {
                report.rejected.append(.init(nip: nip, reason: "no official with this NIP in \(instansi.name)"))
                continue
            }
            try await sessions.enrol(sessionID: try session.requireID(), employeeID: try employee.requireID(),
                                     token: AccessToken.loginToken(), actor: Principal.actorName)
            report.enrolled.append(employee.nip)
        }
        return report
    }

    /// A make-up session for everyone absent from `session` (sakit, izin, tanpa konfirmasi).
    @Sendable func makeup(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        let original = try await RequestSupport.session(instansi, context, on: database.db)
        var body = try await RequestSupport.json(SessionBody.self, request)
        if body.blueprint == nil {
            body.blueprint = try JSONDecoder().decode(BatteryBlueprint.self, from: Data(original.blueprint.utf8))
        }
        let session = try await save(body, instansi: instansi, makeupOf: try original.requireID())
        let absent = try await Enrolment.query(on: database.db).filter(\.$session.$id == original.requireID()).all()
            .filter { Attendance(rawValue: $0.attendance)?.isAbsent == true }
        for enrolment in absent {
            try await sessions.enrol(sessionID: try session.requireID(), employeeID: enrolment.$employee.id,
                                     token: AccessToken.loginToken(), actor: Principal.actorName)
        }
        return try await created(Created(id: try session.requireID(), code: session.code, makeupOf: original.code,
                                         enrolled: absent.count), request, context)
    }

    /// Printable login cards: issues a fresh token to each participant who has not started, and shows it once.
    @Sendable func loginCards(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        let session = try await RequestSupport.session(instansi, context, on: database.db)
        let enrolments = try await Enrolment.query(on: database.db).filter(\.$session.$id == session.requireID())
            .with(\.$employee).all().sorted { $0.employee.name < $1.employee.name }
        let started = Set(try await AttemptRecord.query(on: database.db)
            .filter(\.$enrolment.$id ~~ enrolments.compactMap(\.id)).all().map(\.$enrolment.id))
        var cards: [(name: String, nip: String, token: String)] = []
        for enrolment in enrolments where !started.contains(try enrolment.requireID()) {
            let token = AccessToken.loginToken()
            enrolment.tokenHash = AccessToken.hash(token)
            try await enrolment.save(on: database.db)
            cards.append((enrolment.employee.name, enrolment.employee.nip, token))
        }
        return LoginCardsPage.render(instansi: instansi, session: session, cards: cards, lang: Language(request: request))
    }

    // MARK: - Shared

    private func save(_ body: SessionBody, instansi: Instansi, makeupOf: UUID?) async throws -> TestSession {
        for (field, value) in [("code", body.code), ("title", body.title), ("testCentre", body.testCentre),
                               ("room", body.room), ("proctor", body.proctor)] where value.trimmingCharacters(in: .whitespaces).isEmpty {
            throw AppError(.badRequest, "\(field) is required", field: field)
        }
        let parts = body.startsAt.split(separator: "T")
        guard parts.count == 2, CivilDate(parsing: String(parts[0]))?.iso == String(parts[0]),
              Self.isTime(String(parts[1])) else {
            throw AppError(.badRequest, "startsAt must be yyyy-mm-ddThh:mm, got '\(body.startsAt)'", field: "startsAt")
        }
        do {
            return try await sessions.session(instansiID: try instansi.requireID(), code: body.code, title: body.title,
                                              startsAt: body.startsAt, testCentre: body.testCentre, room: body.room,
                                              proctor: body.proctor, blueprint: body.blueprint ?? .standard,
                                              requiresAuthorization: body.requiresAuthorization ?? true, makeupOf: makeupOf)
        } catch let failure as SessionService.Failure {
            if case .invalid(let field, let reason) = failure { throw AppError(.badRequest, reason, field: field) }
            throw failure
        }
    }

    /// `hh:mm`, 00:00 to 23:59.
    static func isTime(_ text: String) -> Bool {
        let p = text.split(separator: ":").compactMap { Int($0) }
        return p.count == 2 && text.count == 5 && (0...23).contains(p[0]) && (0...59).contains(p[1])
    }

    private func created(_ value: Created, _ request: Request, _ context: BasicRequestContext) async throws -> Response {
        var response = try value.response(from: request, context: context)
        response.status = .created
        return response
    }
}
