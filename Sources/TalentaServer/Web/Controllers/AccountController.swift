import FluentKit
import Foundation
import Hummingbird

/// Staff sign-in and sign-out, changing one's password, and the admins' account pages: the super admin's
/// (every account) and each instansi admin's (the accounts of their instansi), with password resets.
struct AccountController: Sendable {
    let services: AppServices
    var accounts: AccountService { services.accounts }
    var database: TalentaDatabase { services.database }

    func addRoutes(to router: Router<BasicRequestContext>, gate: Gate) {
        router.add(.get, "/masuk", .open, gate: gate, use: loginPage)
        router.add(.post, "/masuk", .open, gate: gate, use: login)
        router.add(.post, "/keluar", Access(Role.staff), gate: gate, use: logout)
        router.add(.get, "/akun/sandi", Access(Role.staff), gate: gate, use: passwordPage)
        router.add(.post, "/akun/sandi", Access(Role.staff), gate: gate, use: changePassword)
        router.add(.get, "/admin/akun", Access([.superAdmin]), gate: gate, use: globalAccounts)
        router.add(.post, "/admin/akun", Access([.superAdmin]), gate: gate, use: createGlobal)
        let admins = Access([.superAdmin, .instansiAdmin], tenant: .instansi("code"))
        router.add(.get, "/instansi/{code}/akun", admins, gate: gate, use: instansiAccounts)
        router.add(.post, "/instansi/{code}/akun", admins, gate: gate, use: createInInstansi)
        router.add(.post, "/api/accounts/{id}/reset", Access([.superAdmin, .instansiAdmin], tenant: .account("id")),
                   gate: gate, use: reset)
    }

    // MARK: - Sign in and out

    @Sendable func loginPage(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        AccountPages.login(lang: Language(request: request), next: Self.safeNext(request.uri.queryParameters.get("next")), error: nil)
    }

    struct LoginForm: Decodable {
        let username: String
        let password: String
        let next: String?
    }

    @Sendable func login(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let lang = Language(request: request)
        let (form, _) = try await RequestSupport.jsonOrForm(LoginForm.self, request)
        let next = Self.safeNext(form.next)
        do {
            let (secret, account) = try await accounts.login(username: form.username, password: form.password)
            var response = Response(status: .seeOther, headers: [.location: account.mustChangePassword ? "/akun/sandi" : next])
            response.setCookie(.init(name: Gate.staffCookie, value: secret, path: "/", secure: CookiePolicy.secure,
                                     httpOnly: true, sameSite: .strict))
            return response
        } catch let failure as AccountService.Failure {
            var response = try AccountPages.login(lang: lang, next: next, error: failure.description).response(from: request, context: context)
            response.status = .unauthorized
            return response
        }
    }

    /// Only a local path: a login link cannot send anyone to another site.
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return "/" }
        return next
    }

    @Sendable func logout(_ request: Request, context: BasicRequestContext) async throws -> Response {
        if let secret = request.cookie(Gate.staffCookie) { try await accounts.logout(secret: secret) }
        var response = Response(status: .seeOther, headers: [.location: "/masuk"])
        response.setCookie(.init(name: Gate.staffCookie, value: "", maxAge: 0, path: "/", secure: CookiePolicy.secure,
                                 httpOnly: true, sameSite: .strict))
        return response
    }

    @Sendable func passwordPage(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        AccountPages.password(lang: Language(request: request), error: nil, done: request.uri.queryParameters.get("ok") != nil)
    }

    struct PasswordForm: Decodable {
        let current: String
        let password: String
    }

    @Sendable func changePassword(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (form, _) = try await RequestSupport.jsonOrForm(PasswordForm.self, request)
        guard case .staff(let id) = Principal.current?.identity else { throw AppError(.forbidden, "staff only") }
        do {
            try await accounts.changePassword(accountID: id, current: form.current, new: form.password)
        } catch let failure as AccountService.Failure {
            var response = try AccountPages.password(lang: Language(request: request), error: failure.description, done: false)
                .response(from: request, context: context)
            response.status = .badRequest
            return response
        }
        return Response(status: .seeOther, headers: [.location: "/akun/sandi?ok=1"])
    }

    // MARK: - Admin pages

    @Sendable func globalAccounts(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let all = try await StaffAccount.query(on: database.db).with(\.$instansi).sort(\.$username).all()
        let instansi = try await Instansi.query(on: database.db).sort(\.$name).all()
        return AccountPages.list(all, instansi: nil, choices: instansi, lang: Language(request: request), message: nil)
    }

    @Sendable func instansiAccounts(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        let all = try await StaffAccount.query(on: database.db).filter(\.$instansi.$id == instansi.requireID())
            .with(\.$instansi).sort(\.$username).all()
        return AccountPages.list(all, instansi: instansi, choices: [], lang: Language(request: request), message: nil)
    }

    struct NewAccount: Decodable {
        let username: String
        let displayName: String?
        let role: String
        let instansi: String?
    }

    /// The super admin creates any account; the instansi's code comes from the form.
    @Sendable func createGlobal(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (form, isForm) = try await RequestSupport.jsonOrForm(NewAccount.self, request)
        var instansiID: UUID?
        if let code = form.instansi, !code.isEmpty {
            guard let found = try await OrganisationQueries.instansi(code: code, on: database.db) else {
                throw AppError(.badRequest, "no instansi with code '\(code)'", field: "instansi")
            }
            instansiID = found.id
        }
        return try await create(form, instansiID: instansiID, allowed: Set(Role.staff), isForm: isForm, back: "/admin/akun",
                                request: request, context: context)
    }

    /// An instansi admin creates accounts of their own instansi, for its own roles only.
    @Sendable func createInInstansi(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        let (form, isForm) = try await RequestSupport.jsonOrForm(NewAccount.self, request)
        return try await create(form, instansiID: try instansi.requireID(), allowed: [.instansiAdmin, .assessor, .proctor, .pimpinan],
                                isForm: isForm, back: "/instansi/\(instansi.code)/akun", request: request, context: context)
    }

    private func create(_ form: NewAccount, instansiID: UUID?, allowed: Set<Role>, isForm: Bool, back: String,
                        request: Request, context: BasicRequestContext) async throws -> Response {
        guard let role = Role(rawValue: form.role), allowed.contains(role) else {
            throw AppError(.badRequest, "role must be one of \(allowed.map(\.rawValue).sorted().joined(separator: ", "))", field: "role")
        }
        do {
            let (account, temporary) = try await accounts.createWithTemporaryPassword(
                username: form.username, displayName: form.displayName ?? "", role: role, instansiID: instansiID)
            let body = try JSONEncoder().encode(["id": try account.requireID().uuidString, "username": account.username,
                                                 "temporaryPassword": temporary])
            if isForm {
                return try AccountPages.created(username: account.username, temporary: temporary, back: back,
                                                lang: Language(request: request)).response(from: request, context: context)
            }
            return Response(status: .created, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: body)))
        } catch let failure as AccountService.Failure {
            guard case .invalid(let field, let reason) = failure else { throw failure }
            throw AppError(.badRequest, "\(field): \(reason)", field: field)
        }
    }

    /// An admin issues a temporary password; the account's sessions end.
    @Sendable func reset(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let text = try context.parameters.require("id")
        guard let id = UUID(uuidString: text) else { throw AppError(.badRequest, "'\(text)' is not an id", field: "id") }
        let temporary = try await accounts.reset(accountID: id)
        let body = try JSONEncoder().encode(["temporaryPassword": temporary])
        if request.headers[.contentType]?.hasPrefix("application/x-www-form-urlencoded") == true {
            let account = try await StaffAccount.find(id, on: database.db)
            return try AccountPages.created(username: account?.username ?? "", temporary: temporary,
                                            back: request.headers[.referer].flatMap { URL(string: $0)?.path } ?? "/",
                                            lang: Language(request: request)).response(from: request, context: context)
        }
        return Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
