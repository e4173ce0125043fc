import FluentKit
import Foundation
import Hummingbird
import HTTPTypes
import HummingbirdTesting
import TalentDomain
import Testing
@testable import TalentaServer

@Suite("Load-test participants: talenta load-seed and attempt-answers")
struct LoadSeedTests {
    @Test(arguments: TestBackend.all)
    func seedIsIdempotentAndItsTokensLogIn(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let seeder = LoadSeed(database: database)
            let first = try await seeder.seed(participants: 5, session: "UJI-1")
            #expect(first.employeesCreated == 5)
            #expect(first.enrolled == 5)
            #expect(first.logins.count == 5)
            for login in first.logins { #expect((try? NIP(login.nip)) != nil) }
            #expect(Set(first.logins.map(\.nip)).count == 5)

            // A second run adds nothing and issues fresh tokens; a larger one adds only the difference.
            let second = try await seeder.seed(participants: 5, session: "UJI-1")
            #expect(second.employeesCreated == 0)
            #expect(second.enrolled == 0)
            #expect(second.logins.map(\.nip) == first.logins.map(\.nip))
            let db = database.db
            let instansi = try #require(try await Instansi.query(on: db).filter(\.$code == LoadSeed.instansiCode).first())
            #expect(try await Instansi.query(on: db).filter(\.$code == LoadSeed.instansiCode).count() == 1)
            #expect(try await Employee.query(on: db).filter(\.$instansi.$id == instansi.requireID()).count() == 5)
            #expect(try await Enrolment.query(on: db).count() == 5)
            #expect(try await TestSession.query(on: db).filter(\.$code == "UJI-1").count() == 1)
            #expect(try await AuditEntry.query(on: db).filter(\.$action == "session.enrol-bulk").count() == 2)
            #expect(try await AuditAdmin.verify(database: database).intact)
            let third = try await seeder.seed(participants: 7, session: "UJI-1")
            #expect(third.employeesCreated == 2)
            #expect(third.enrolled == 2)
            #expect(LoadSeed.csv(third.logins).hasPrefix("nip,token\n\(third.logins[0].nip),\(third.logins[0].token)\n"))

            let app = Application(router: buildRouter(database: database, clock: ManualClock()))
            try await app.test(.router) { client in
                // The tokens of the latest run log in (the way talenta-load does: the anonymous form's CSRF
                // cookie echoed in a header); the replaced ones do not.
                func login(_ nip: String, _ token: String) async throws -> TestResponse {
                    try await client.execute(uri: "/ujian/masuk", method: .post,
                                             headers: [.contentType: "application/x-www-form-urlencoded",
                                                       .cookie: "talenta_csrf=abc123", HTTPField.Name("X-CSRF-Token")!: "abc123"],
                                             body: ByteBuffer(string: "nip=\(nip)&token=\(token)"))
                }
                #expect(try await login(first.logins[0].nip, first.logins[0].token).status == .unauthorized)
                var cookies: [String] = []
                for entry in third.logins {
                    let response = try await login(entry.nip, entry.token)
                    #expect(response.status == .seeOther)
                    let setCookie = try #require(response.headers[.setCookie])
                    cookies.append(String(try #require(setCookie.split(separator: ";").first)))
                }

                // One answer, read back through `storedAnswers` (the crash checker's database path).
                let runner = RunnerTests()
                let me = RunnerTests.Participant(cookie: cookies[0], attemptID: "")
                let (status, json) = try await runner.call(client, me, "/api/runner/start-section", "{}")
                #expect(status == .ok)
                #expect(runner.section(json)["kind"] as? String == "cognitive-adaptive")
                let item = try #require((runner.section(json)["current"] as? [String: Any])?["key"] as? String)
                let (answered, _) = try await runner.call(client, me, "/api/runner/answer",
                                                           #"{"item": "\#(item)", "answer": "A", "sequence": 4}"#)
                #expect(answered == .ok)
                let stored = try await storedAnswers(session: "UJI-1", database: database)
                #expect(stored == [StoredAnswer(nip: third.logins[0].nip, item: item, answer: "A", sequence: 4)])
            }
        }
    }
}
