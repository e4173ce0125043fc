import FluentKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
@testable import TalentaServer

@Suite("Accounts: hashing, sessions, CSRF, lockout, resets")
struct AccountTests {
    @Test(arguments: TestBackend.all)
    func passwordsAreBcryptAndCookiesAreLockedDown(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            _ = try await DemoSeeder(database: database, bcryptCost: 4).seed()
            let stored = try #require(try await StaffAccount.query(on: database.db).filter(\.$username == "serang.pimpinan").first())
            #expect(stored.passwordHash.hasPrefix("$2"))
            #expect(!stored.passwordHash.contains("demo-serang-pimpinan"))
            let app = Application(router: buildRouter(database: database, clock: ManualClock()))
            try await app.test(.router) { client in
                let page = try await client.execute(uri: "/masuk", method: .get)
                let csrfCookie = try #require(page.headers[values: .setCookie].first { $0.hasPrefix(Gate.csrfCookie) })
                #expect(csrfCookie.contains("HttpOnly") && csrfCookie.contains("Secure") && csrfCookie.contains("SameSite=Strict"))
                let pre = try #require(AsStaff.cookie(Gate.csrfCookie, in: page))
                let token = try #require(AsStaff.formToken(String(buffer: page.body)))
                let login = try await client.execute(uri: "/masuk", method: .post,
                                                     headers: [.contentType: "application/x-www-form-urlencoded", .cookie: pre],
                                                     body: ByteBuffer(string: "username=serang.pimpinan&password=demo-serang-pimpinan&next=/instansi/kota-serang/hasil&_csrf=\(token)"))
                #expect(login.status == .seeOther)
                #expect(login.headers[.location] == "/instansi/kota-serang/hasil")
                let session = try #require(login.headers[values: .setCookie].first { $0.hasPrefix(Gate.staffCookie) })
                #expect(session.contains("HttpOnly") && session.contains("Secure") && session.contains("SameSite=Strict"))
                // The table keeps only the secret's hash.
                let secret = String(try #require(AsStaff.cookie(Gate.staffCookie, in: login)).split(separator: "=")[1])
                let rows = try await StaffSession.query(on: database.db).all()
                #expect(rows.contains { $0.tokenHash == AccessToken.hash(secret) } && !rows.contains { $0.tokenHash == secret })
                // A login link cannot send anyone off-site.
                #expect(AccountController.safeNext("//evil.example/x") == "/")
                #expect(AccountController.safeNext("https://evil.example") == "/")
                // Without the form's token the login is refused.
                let forged = try await client.execute(uri: "/masuk", method: .post,
                                                      headers: [.contentType: "application/x-www-form-urlencoded"],
                                                      body: ByteBuffer(string: "username=serang.pimpinan&password=demo-serang-pimpinan"))
                #expect(forged.status == .forbidden)
                // Security headers on pages.
                #expect(page.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
                #expect(page.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            }
        }
    }

    @Test(arguments: TestBackend.all)
    func formsAndAPICallsNeedTheSessionsCSRFToken(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            _ = try await DemoSeeder(database: database, bcryptCost: 4).seed()
            let app = Application(router: buildRouter(database: database, clock: ManualClock()))
            try await app.test(.router) { client in
                let pimpinan = try await AsStaff.signIn(client, "serang.pimpinan")
                let release = "/instansi/kota-serang/sesi/\(DemoTestDay.testDay)/rilis"
                // MUT: no token, a wrong token, then the session's token in the form
                let none = try await client.execute(uri: release, method: .post,
                                                    headers: [.cookie: pimpinan.cookie, .contentType: "application/x-www-form-urlencoded"])
                #expect(none.status == .forbidden)
                #expect(String(buffer: none.body).contains("CSRF"))
                let wrong = try await client.execute(uri: release, method: .post,
                                                     headers: [.cookie: pimpinan.cookie, .contentType: "application/x-www-form-urlencoded"],
                                                     body: ByteBuffer(string: "_csrf=0000"))
                #expect(wrong.status == .forbidden)
                #expect(try await ResultRelease.query(on: database.db).count() == 0)
                let right = try await client.execute(uri: release, method: .post,
                                                     headers: [.cookie: pimpinan.cookie, .contentType: "application/x-www-form-urlencoded"],
                                                     body: ByteBuffer(string: "_csrf=\(pimpinan.csrf)"))
                #expect(right.status == .seeOther)
                #expect(try await ResultRelease.query(on: database.db).count() == 1)
                // Every page's post forms carry the token.
                let report = try await pimpinan.execute(uri: "/instansi/kota-serang/pengaturan", method: .get)
                let html = String(buffer: report.body)
                #expect(html.components(separatedBy: "method=\"post\"").count - 1
                        == html.components(separatedBy: "name=\"_csrf\" value=\"\(pimpinan.csrf)\"").count - 1)
            }
        }
    }

    @Test(arguments: TestBackend.all)
    func fiveFailuresLockTheAccountForFifteenMinutes(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            try await Fixtures.createInstansi(database)
            try await AsStaff.make(database, "budi", role: .proctor, instansi: "kota-uji")
            let clock = ManualClock()
            let accounts = AccountService(database: database, clock: clock, cost: 4)
            for _ in 0..<4 {
                await #expect(throws: AccountService.Failure.invalidLogin) { try await accounts.login(username: "budi", password: "wrong-password") }
            }
            await #expect(throws: AccountService.Failure.locked(untilMinutes: 15)) { try await accounts.login(username: "budi", password: "wrong-password") }
            // Locked: even the right password is refused, without a hint that it was right.
            await #expect(throws: AccountService.Failure.locked(untilMinutes: 15)) { try await accounts.login(username: "budi", password: AsStaff.testPassword) }
            clock.advance(by: 14 * 60)
            await #expect(throws: AccountService.Failure.locked(untilMinutes: 1)) { try await accounts.login(username: "budi", password: AsStaff.testPassword) }
            clock.advance(by: 61)
            let (_, account) = try await accounts.login(username: "budi", password: AsStaff.testPassword)
            #expect(account.failedLogins == 0)
            // An unknown user gets the same answer as a wrong password.
            await #expect(throws: AccountService.Failure.invalidLogin) { try await accounts.login(username: "nobody", password: "whatever-it-is") }
        }
    }

    @Test(arguments: TestBackend.all)
    func anAdminResetIssuesATemporaryPasswordThatMustBeChanged(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            _ = try await DemoSeeder(database: database, bcryptCost: 4).seed()
            let app = Application(router: buildRouter(database: database, clock: ManualClock()))
            try await app.test(.router) { client in
                let proctor = try await AsStaff.signIn(client, "serang.pengawas")
                let admin = try await AsStaff.signIn(client, "serang.admin")
                let id = try #require(try await StaffAccount.query(on: database.db).filter(\.$username == "serang.pengawas").first()?.id)
                // MUT
                let reset = try await admin.execute(uri: "/api/accounts/\(id)/reset", method: .post)
                #expect(reset.status == .ok)
                let temporary = try #require((try JSONSerialization.jsonObject(with: Data(buffer: reset.body)) as? [String: String])?["temporaryPassword"])
                // validate: the old session is gone, the old password too
                let old = try await proctor.execute(uri: "/instansi/kota-serang/sesi", method: .get)
                #expect(old.status == .seeOther && old.headers[.location]?.hasPrefix("/masuk") == true)
                let fresh = try await AsStaff.signIn(client, "serang.pengawas", password: temporary)
                let blocked = try await fresh.execute(uri: "/instansi/kota-serang/sesi", method: .get)
                #expect(blocked.headers[.location] == "/akun/sandi")
                let change = try await fresh.execute(uri: "/akun/sandi", method: .post,
                                                     headers: [.contentType: "application/x-www-form-urlencoded"],
                                                     body: ByteBuffer(string: "current=\(temporary)&password=pengawas-baru-2025"))
                #expect(change.status == .seeOther)
                let open = try await fresh.execute(uri: "/instansi/kota-serang/sesi", method: .get)
                #expect(open.status == .ok)
                // An instansi admin cannot reset the super admin's password, nor another instansi's accounts.
                let superID = try #require(try await StaffAccount.query(on: database.db).filter(\.$username == "admin").first()?.id)
                #expect(try await admin.execute(uri: "/api/accounts/\(superID)/reset", method: .post).status == .forbidden)
                let tangerangID = try #require(try await StaffAccount.query(on: database.db).filter(\.$username == "tangerang.pimpinan").first()?.id)
                #expect(try await admin.execute(uri: "/api/accounts/\(tangerangID)/reset", method: .post).status == .forbidden)
                // The instansi admin creates a pimpinan of their own instansi only.
                let created = try await admin.execute(uri: "/instansi/kota-serang/akun", method: .post,
                                                      body: ByteBuffer(string: #"{"username": "wakil.walikota", "role": "pimpinan"}"#))
                #expect(created.status == .created)
                let elevated = try await admin.execute(uri: "/instansi/kota-serang/akun", method: .post,
                                                       body: ByteBuffer(string: #"{"username": "raja", "role": "super-admin"}"#))
                #expect(elevated.status == .badRequest)
                #expect(String(buffer: elevated.body).contains("role must be one of"))
            }
        }
    }
}
