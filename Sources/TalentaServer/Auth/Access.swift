import FluentKit
import Foundation
import Hummingbird
import HTTPTypes
import MultipartKit

/// Who is making the request: a staff account (through its session) or a participant (through the
/// attempt cookie). Set by the gate for the duration of the handler.
struct Principal: Sendable {
    enum Identity: Sendable, Equatable {
        case staff(accountID: UUID)
        case participant(attemptID: UUID)
    }

    let identity: Identity
    let role: Role
    let name: String
    let instansiID: UUID?
    /// The staff session's CSRF token; nil for participants.
    let csrfToken: String?
    let mustChangePassword: Bool
    /// The hash of the participant's browser secret, which every write of theirs is guarded by.
    var accessHash: String? = nil

    /// The participant's attempt; nil for staff.
    var attemptID: UUID? {
        if case .participant(let id) = identity { return id }
        return nil
    }

    /// How events and logs name the actor, e.g. `proctor: budi`.
    var actor: String { "\(role.rawValue): \(name)" }

    @TaskLocal static var current: Principal?
    /// The CSRF cookie the request came with (anonymous forms reuse it, so two open tabs both work).
    @TaskLocal static var incomingCSRF: String?

    /// The current principal's actor name, for event and attendance logs.
    static var actorName: String { current?.actor ?? "sistem" }
}

extension Role {
    /// Every staff role (everyone but participants).
    static let staff = Set(Role.allCases).subtracting([.participant])
}

/// Which tenant a route's target belongs to, read from the path.
enum TenantRule: Sendable, Equatable {
    /// No tenant: shared reference data (the dictionary, the item bank) or the account itself.
    case global
    /// `{param}` is an instansi code.
    case instansi(String)
    /// `{param}` is an attempt id.
    case attempt(String)
    /// `{param}` is an enrolment id.
    case enrolment(String)
    /// `{param}` is a result id.
    case result(String)
    /// `{param}` is a staff account id.
    case account(String)
}

/// What a route allows: its roles and how its tenant is found. Every route declares one.
struct Access: Sendable, Equatable {
    let roles: Set<Role>
    let tenant: TenantRule
    let isPublic: Bool

    /// Roles that may reach the route in any instansi (the BKN consultation); the target must still exist.
    let acrossTenants: Set<Role>

    init(_ roles: Set<Role>, tenant: TenantRule = .global, acrossTenants: Set<Role> = []) {
        self.roles = roles
        self.tenant = tenant
        self.acrossTenants = acrossTenants.intersection(roles)
        isPublic = false
    }

    private init(public: Void) {
        roles = []
        tenant = .global
        acrossTenants = []
        isPublic = true
    }

    /// Anyone, signed in or not (login pages, assets, health, the competency dictionary).
    static let open = Access(public: ())
}

/// The one place where access is decided. Every route is registered through `Router.add(_:_:_:use:)`,
/// which records its `Access` here and runs `admit` before the handler:
///
/// 1. find the principal: a staff session cookie, or the participant's attempt cookie;
/// 2. without one, a page redirects to the login and an API answers 401;
/// 3. the principal's role must be among the route's roles (403);
/// 4. a staff account whose password was reset may only change it;
/// 5. a state-changing request must carry the session's CSRF token (form field `_csrf` or header
///    `X-CSRF-Token`); a participant's must be JSON; an anonymous form must echo its CSRF cookie;
/// 6. the target's instansi, read from the path by the route's `TenantRule`, must be the principal's own
///    (a super admin's reaches every instansi); otherwise 403, before the handler reads or writes anything.
final class Gate: @unchecked Sendable {
    struct Entry: Sendable {
        let method: HTTPRequest.Method
        let path: String
        let access: Access
    }

    static let staffCookie = "talenta_staff"
    static let csrfCookie = "talenta_csrf"

    let services: AppServices
    private let lock = NSLock()
    private var registered: [Entry] = []

    init(services: AppServices) {
        self.services = services
    }

    var entries: [Entry] { lock.withLock { registered } }

    func record(_ method: HTTPRequest.Method, _ path: String, _ access: Access) {
        lock.withLock { registered.append(Entry(method: method, path: path, access: access)) }
    }

    enum Decision {
        case admit(Principal?)
        case refuse(Response)
    }

    func admit(_ request: inout Request, context: BasicRequestContext, access: Access) async throws -> Decision {
        let principal = try await self.principal(request, participantAllowed: access.roles.contains(.participant) || access.isPublic)
        let isPage = !request.uri.path.hasPrefix("/api/")
        if !access.isPublic {
            guard let principal else {
                if isPage {
                    let target = access.roles == [.participant] ? "/ujian/masuk" : "/masuk?next=\(request.uri.path)"
                    return .refuse(Response(status: .seeOther, headers: [.location: target]))
                }
                throw AppError(.unauthorized, "sign in first", field: nil)
            }
            guard access.roles.contains(principal.role) else {
                throw AppError(.forbidden, "\(principal.role.rawValue) may not use this", field: nil)
            }
        }
        if try await !csrfPasses(&request, principal: principal) {
            throw AppError(.forbidden, "the form is stale or did not come from Talenta (CSRF token missing or wrong); reload the page and try again",
                           field: "_csrf")
        }
        guard !access.isPublic, let principal else { return .admit(principal) }
        if principal.mustChangePassword && request.uri.path != "/akun/sandi" && request.uri.path != "/keluar" {
            if isPage { return .refuse(Response(status: .seeOther, headers: [.location: "/akun/sandi"])) }
            throw AppError(.forbidden, "change your temporary password first", field: "password")
        }
        // A target outside every instansi (e.g. a super admin's account) is the super admin's alone. A role
        // the route opens across tenants only needs the target to exist.
        if principal.role != .superAdmin, case .instansi(let owner) = try await tenant(of: access.tenant, context: context),
           !access.acrossTenants.contains(principal.role) {
            guard let owner, owner == principal.instansiID else {
                throw AppError(.forbidden, "this belongs to another instansi", field: nil)
            }
        }
        return .admit(principal)
    }

    enum Owner { case global, instansi(UUID?) }

    /// The instansi the route's target belongs to. A target that does not exist is a 404.
    private func tenant(of rule: TenantRule, context: BasicRequestContext) async throws -> Owner {
        // Not fetched for `.global`, the rule of every participant route: making the handle took ~1.4 % of the
        // server's time at saturation.
        var db: any Database { services.database.db }
        func id(_ name: String) throws -> UUID {
            let text = try context.parameters.require(name)
            guard let id = UUID(uuidString: text) else { throw AppError(.badRequest, "'\(text)' is not an id", field: name) }
            return id
        }
        func missing(_ what: String) -> AppError { AppError(.notFound, "no \(what)", field: nil) }
        switch rule {
        case .global:
            return .global
        case .instansi(let name):
            let code = try context.parameters.require(name)
            guard let instansi = try await OrganisationQueries.instansi(code: code, on: db) else {
                throw AppError(.notFound, "no instansi with code '\(code)'", field: name)
            }
            return .instansi(instansi.id)
        case .attempt(let name):
            guard let attempt = try await AttemptRecord.query(on: db).filter(\.$id == (try id(name))).with(\.$enrolment, { $0.with(\.$session) }).first()
            else { throw missing("attempt") }
            return .instansi(attempt.enrolment.session.$instansi.id)
        case .enrolment(let name):
            guard let enrolment = try await Enrolment.query(on: db).filter(\.$id == (try id(name))).with(\.$session).first()
            else { throw missing("enrolment") }
            return .instansi(enrolment.session.$instansi.id)
        case .result(let name):
            guard let result = try await AssessmentResult.find(try id(name), on: db) else { throw missing("result") }
            return .instansi(result.$instansi.id)
        case .account(let name):
            guard let account = try await StaffAccount.find(try id(name), on: db) else { throw missing("account") }
            return .instansi(account.$instansi.id)
        }
    }

    /// The staff session's principal, else (where participants may come) the attempt cookie's.
    func principal(_ request: Request, participantAllowed: Bool) async throws -> Principal? {
        if let secret = request.cookie(Self.staffCookie),
           let (session, account) = try await services.accounts.session(secret: secret),
           let role = Role(rawValue: account.role) {
            return Principal(identity: .staff(accountID: try account.requireID()), role: role, name: account.username,
                             instansiID: account.$instansi.id, csrfToken: session.csrfToken,
                             mustChangePassword: account.mustChangePassword)
        }
        if participantAllowed, let cookie = request.cookie(RunnerController.cookie),
           let (attemptID, secret) = SessionService.parse(cookie: cookie) {
            let accessHash = AccessToken.hash(secret)
            if let entry = try await services.attempts.admitted(attemptID, accessHash: accessHash) {
                return Principal(identity: .participant(attemptID: attemptID), role: .participant, name: entry.nip,
                                 instansiID: entry.instansiID, csrfToken: nil, mustChangePassword: false,
                                 accessHash: accessHash)
            }
        }
        return nil
    }

    private func csrfPasses(_ request: inout Request, principal: Principal?) async throws -> Bool {
        guard ![.get, .head, .options].contains(request.method) else { return true }
        // The runner sends JSON, which another site's form cannot send without a CORS preflight.
        if principal?.role == .participant, request.headers[.contentType]?.hasPrefix("application/json") == true { return true }
        // A staff session has its token; anyone else's form echoes the cookie it was served with.
        let expected = principal?.csrfToken ?? request.cookie(Self.csrfCookie)
        guard let expected, !expected.isEmpty else { return false }
        if let header = request.headers[HTTPField.Name("X-CSRF-Token")!] { return header == expected }
        return try await formToken(&request) == expected
    }

    private struct TokenField: Decodable { let _csrf: String? }

    /// The `_csrf` field of a URL-encoded or multipart form body (the body stays readable for the handler).
    private func formToken(_ request: inout Request) async throws -> String? {
        let contentType = request.headers[.contentType] ?? ""
        if contentType.hasPrefix("application/x-www-form-urlencoded") {
            let body = try await request.collectBody(upTo: 1024 * 1024)
            return (try? URLEncodedFormDecoder().decode(TokenField.self, from: String(buffer: body)))?._csrf
        }
        if contentType.hasPrefix("multipart/form-data"),
           let boundary = contentType.split(separator: ";").lazy.map({ $0.trimmingCharacters(in: .whitespaces) })
            .first(where: { $0.hasPrefix("boundary=") })?.dropFirst("boundary=".count) {
            let body: ByteBuffer
            do { body = try await request.collectBody(upTo: ImportController.maxFileSize) } catch {
                throw AppError(.contentTooLarge, "the upload is larger than \(ImportController.maxFileSize / 1024 / 1024) MB", field: "file")
            }
            return (try? FormDataDecoder().decode(TokenField.self, from: body,
                                                  boundary: String(boundary).trimmingCharacters(in: CharacterSet(charactersIn: "\""))))?._csrf
        }
        return nil
    }
}

extension Router where Context == BasicRequestContext {
    /// Registers a route with the roles it allows; the gate admits or refuses every request before the
    /// handler runs, and the handler runs with `Principal.current` set.
    func add<Output: ResponseGenerator>(_ method: HTTPRequest.Method, _ path: String, _ access: Access, gate: Gate,
                                        use handler: @escaping @Sendable (Request, BasicRequestContext) async throws -> Output) {
        gate.record(method, path, access)
        on(RouterPath(path), method: method) { request, context -> Response in
            var request = request
            switch try await gate.admit(&request, context: context, access: access) {
            case .refuse(let response):
                return response
            case .admit(let principal):
                let admitted = request
                return try await Principal.$incomingCSRF.withValue(admitted.cookie(Gate.csrfCookie)) {
                    try await Principal.$current.withValue(principal) {
                        try await handler(admitted, context).response(from: admitted, context: context)
                    }
                }
            }
        }
    }
}
