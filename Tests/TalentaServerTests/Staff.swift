import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import Testing
@testable import TalentaServer

/// A test client signed in as one of the demo's staff accounts: every request carries the session
/// cookie and the session's CSRF token (header `X-CSRF-Token`).
struct AsStaff: Sendable {
    let client: any TestClientProtocol
    let cookie: String
    let csrf: String

    /// The `_csrf` value of the first form in `html`.
    static func formToken(_ html: String) -> String? {
        html.components(separatedBy: "name=\"_csrf\" value=\"").dropFirst().first?.components(separatedBy: "\"").first
    }

    /// The `name=value` of a Set-Cookie header named `name`.
    static func cookie(_ name: String, in response: TestResponse) -> String? {
        response.headers[values: .setCookie].lazy.compactMap { header -> String? in
            let pair = String(header.split(separator: ";")[0])
            return pair.hasPrefix("\(name)=") ? pair : nil
        }.first
    }

    /// Signs in through the login form, as a browser does (CSRF cookie and field included).
    static func signIn(_ client: some TestClientProtocol, _ username: String, password: String? = nil) async throws -> AsStaff {
        let secret = try #require(password ?? DemoSeeder.staff.first { $0.username == username }?.password)
        let page = try await client.execute(uri: "/masuk", method: .get)
        let pre = try #require(cookie(Gate.csrfCookie, in: page))
        let token = try #require(formToken(String(buffer: page.body)))
        let login = try await client.execute(
            uri: "/masuk", method: .post,
            headers: [.contentType: "application/x-www-form-urlencoded", .cookie: pre],
            body: ByteBuffer(string: "username=\(username)&password=\(secret)&next=/&_csrf=\(token)"))
        #expect(login.status == .seeOther, "sign-in of \(username)")
        let session = try #require(cookie(Gate.staffCookie, in: login))
        let account = try await client.execute(uri: "/akun/sandi", method: .get, headers: [.cookie: session])
        let csrf = try #require(formToken(String(buffer: account.body)))
        return AsStaff(client: client, cookie: session, csrf: csrf)
    }

    static let testPassword = "test-password-123"

    /// Creates an account (bcrypt cost 4) whose password is `testPassword`.
    static func make(_ database: TalentaDatabase, _ username: String, role: Role, instansi code: String? = nil) async throws {
        var instansiID: UUID?
        if let code { instansiID = try await OrganisationQueries.instansi(code: code, on: database.db)?.requireID() }
        try await AccountService(database: database, clock: LiveClock(), cost: 4)
            .create(username: username, displayName: username, password: testPassword, role: role, instansiID: instansiID)
    }

    func headers(_ extra: HTTPFields) -> HTTPFields {
        var headers = extra
        headers[.cookie] = cookie
        headers[HTTPField.Name("X-CSRF-Token")!] = csrf
        if headers[.contentType] == nil { headers[.contentType] = "application/json" }
        return headers
    }

    func execute(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil) async throws -> TestResponse {
        try await client.execute(uri: uri, method: method, headers: self.headers(headers), body: body)
    }

    @discardableResult
    func execute<Return>(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil,
                         testCallback: (TestResponse) async throws -> Return) async throws -> Return {
        try await testCallback(try await execute(uri: uri, method: method, headers: headers, body: body))
    }
}
