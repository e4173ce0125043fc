import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing
@testable import TalentaServer

@Suite("Audit log: a SHA-256 chain that names the first broken entry")
struct AuditTests {
    /// A seeded demo with its chain, and the raw SQL to tamper with it.
    func seeded(_ database: TalentaDatabase) async throws -> (AuditLog, any SQLDatabase) {
        _ = try await DemoSeeder(database: database, bcryptCost: 4).seed()
        return (AuditLog(database: database, clock: LiveClock()), database.db as! any SQLDatabase)
    }

    @Test(arguments: TestBackend.all)
    func theDemoLeavesAnIntactChainOfWhatMatters(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let (audit, _) = try await seeded(database)
            let verification = try await audit.verify()
            #expect(verification.intact, "\(verification)")
            #expect(verification.entries == verification.headSeq && verification.entries > 100)
            let actions = Set(try await AuditEntry.query(on: database.db).all().map(\.action))
            for action in ["import.positions", "import.employees", "account.create", "session.enrol", "result.scored",
                           "attendance.sakit", "placement.create", "placement.present", "placement.consult", "placement.comment",
                           "placement.decide", "placement.override"] {
                #expect(actions.contains(action), "no \(action) in the log")
            }
            // Sign-ins and refusals through the web are logged with who and what.
            let app = Application(router: buildRouter(database: database, clock: ManualClock()))
            try await app.test(.router) { client in
                _ = try await AsStaff.signIn(client, "serang.pimpinan")
                let page = try await client.execute(uri: "/masuk", method: .get)
                let cookie = try #require(AsStaff.cookie(Gate.csrfCookie, in: page))
                let token = try #require(AsStaff.formToken(String(buffer: page.body)))
                _ = try await client.execute(uri: "/masuk", method: .post,
                                             headers: [.contentType: "application/x-www-form-urlencoded", .cookie: cookie],
                                             body: ByteBuffer(string: "username=serang.pimpinan&password=wrong-password&next=/&_csrf=\(token)"))
                let admin = try await AsStaff.signIn(client, "admin")
                let body = try await admin.execute(uri: "/api/audit/verify", method: .get)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: body.body)) as? [String: Any])
                #expect(json["intact"] as? Bool == true)
            }
            let logins = try await AuditEntry.query(on: database.db).filter(\.$subject == "serang.pimpinan").sort(\.$seq).all()
            #expect(logins.map(\.action) == ["account.create", "login.success", "login.failure"])
            #expect(logins[1].actor == "pimpinan: serang.pimpinan")
            #expect(try await audit.verify().intact)
        }
    }

    @Test(arguments: TestBackend.all)
    func anEditADeletionAReorderAndACutAreEachCaught(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let (audit, sql) = try await seeded(database)
            // An edited entry.
            try await sql.raw("UPDATE audit_log SET subject = 'someone else' WHERE seq = 40").run()
            var result = try await audit.verify()
            #expect(result.brokenAt == 40 && result.reason?.contains("edited") == true, "\(result)")
            // Edited with its hash recomputed: the next entry no longer follows it.
            let entry = try #require(try await AuditEntry.query(on: database.db).filter(\.$seq == 40).first())
            entry.hash = try entry.computedHash()
            try await entry.save(on: database.db)
            result = try await audit.verify()
            #expect(result.brokenAt == 41 && result.reason?.contains("does not follow entry 40") == true, "\(result)")
            try await sql.raw("UPDATE audit_log SET subject = 'x' WHERE seq = 40").run()
            // Fresh chains for the other cases.
            try await restore(database)
            #expect(try await audit.verify().intact)
            try await sql.raw("DELETE FROM audit_log WHERE seq = 55").run()
            result = try await audit.verify()
            #expect(result.brokenAt == 55 && result.reason?.contains("missing") == true, "\(result)")

            try await restore(database)
            try await sql.raw("UPDATE audit_log SET seq = -1 WHERE seq = 60").run()
            try await sql.raw("UPDATE audit_log SET seq = 60 WHERE seq = 61").run()
            try await sql.raw("UPDATE audit_log SET seq = 61 WHERE seq = -1").run()
            result = try await audit.verify()
            #expect(result.brokenAt == 60 && result.reason?.contains("reordered") == true, "\(result)")

            try await restore(database)
            let total = try await audit.verify().entries
            try await sql.raw("DELETE FROM audit_log WHERE seq = \(unsafeRaw: String(total))").run()
            result = try await audit.verify()
            #expect(result.brokenAt == total && result.reason?.contains("the last entries were deleted") == true, "\(result)")
        }
    }

    /// Rebuilds a valid chain from the entries as they are now (as if the log had been written that way).
    func restore(_ database: TalentaDatabase) async throws {
        let sql = database.db as! any SQLDatabase
        let entries = try await AuditEntry.query(on: database.db).sort(\.$seq).all()
        try await AuditEntry.query(on: database.db).delete()
        try await sql.raw("UPDATE audit_head SET seq = 0, hash = \(bind: AuditLog.genesis)").run()
        for entry in entries {
            try await AuditLog.append(entry.action, subject: entry.subject, detail: [:], instansiID: entry.instansiID,
                                      actor: entry.actor, at: entry.at, on: database.db)
        }
    }

    @Test(arguments: TestBackend.all)
    func concurrentAppendsFormOneChain(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let audit = AuditLog(database: database, clock: LiveClock())
            try await withThrowingTaskGroup(of: Void.self) { group in
                for index in 0 ..< 40 {
                    group.addTask { try await audit.record("test.append", subject: "\(index)", actor: "test") }
                }
                try await group.waitForAll()
            }
            let result = try await audit.verify()
            #expect(result.intact && result.entries == 40 && result.headSeq == 40, "\(result)")
            #expect(Set(try await AuditEntry.query(on: database.db).all().map(\.subject)).count == 40)
        }
    }
}
