import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import TalentaServer
@testable import TestDelivery

@Suite("Test delivery over HTTP: login, runner API, timing, proctor actions, restart")
struct RunnerTests {
    struct Participant {
        let cookie: String
        let attemptID: String
    }

    /// Seeds the demo and returns the practice-session login of the first official.
    func practiceLogin(_ database: TalentaDatabase) async throws -> DemoLogin {
        let (_, logins) = try await DemoSeeder(database: database, bcryptCost: 4).seed()
        return try #require(logins.first { $0.session == DemoTestDay.practice })
    }

    /// Posts the login form as a browser does: the page first, for its CSRF cookie and field.
    func loginResponse(_ client: some TestClientProtocol, nip: String, token: String) async throws -> TestResponse {
        let page = try await client.execute(uri: "/ujian/masuk", method: .get)
        let pre = try #require(AsStaff.cookie(Gate.csrfCookie, in: page))
        let csrf = try #require(AsStaff.formToken(String(buffer: page.body)))
        return try await client.execute(uri: "/ujian/masuk", method: .post,
                                        headers: [.contentType: "application/x-www-form-urlencoded", .cookie: pre],
                                        body: ByteBuffer(string: "nip=\(nip)&token=\(token)&_csrf=\(csrf)"))
    }

    func login(_ client: some TestClientProtocol, nip: String, token: String) async throws -> Participant {
        let response = try await loginResponse(client, nip: nip, token: token)
        #expect(response.status == .seeOther)
        let setCookie = try #require(response.headers[.setCookie])
        let value = try #require(setCookie.split(separator: ";").first).split(separator: "=", maxSplits: 1)[1]
        return Participant(cookie: "\(RunnerController.cookie)=\(value)", attemptID: String(value.split(separator: ".")[0]))
    }

    func call(_ client: some TestClientProtocol, _ participant: Participant, _ path: String,
              _ body: String? = nil) async throws -> (HTTPResponse.Status, [String: Any]) {
        let response = try await client.execute(
            uri: path, method: body == nil ? .get : .post,
            headers: [.cookie: participant.cookie, .contentType: "application/json"],
            body: body.map { ByteBuffer(string: $0) })
        let json = (try? JSONSerialization.jsonObject(with: Data(buffer: response.body))) as? [String: Any] ?? [:]
        return (response.status, json)
    }

    func section(_ json: [String: Any]) -> [String: Any] {
        ((json["view"] as? [String: Any])?["section"] as? [String: Any]) ?? [:]
    }

    @Test(arguments: TestBackend.all)
    func loginAnswerRetryAndTime(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let demo = try await practiceLogin(database)
            let clock = ManualClock()
            let app = Application(router: buildRouter(database: database, clock: clock))
            try await app.test(.router) { client in
                // A wrong token is refused.
                let wrong = try await loginResponse(client, nip: demo.nip, token: "WRONG123")
                #expect(wrong.status == .unauthorized)
                let me = try await login(client, nip: demo.nip, token: demo.token.lowercased())
                // Without the cookie nothing is reachable.
                let anonymous = try await client.execute(uri: "/api/runner/state", method: .get)
                #expect(anonymous.status == .unauthorized)
                let anonymousAnswer = try await client.execute(uri: "/api/runner/answer", method: .post,
                                                               body: ByteBuffer(string: "{}"))
                #expect(anonymousAnswer.status == .unauthorized)

                var (status, json) = try await call(client, me, "/api/runner/state")
                #expect(status == .ok)
                #expect(section(json)["state"] as? String == "pending")
                (status, json) = try await call(client, me, "/api/runner/start-section", "{}")
                #expect(section(json)["state"] as? String == "running")
                let first = try #require((section(json)["current"] as? [String: Any])?["key"] as? String)
                #expect(section(json)["current"].map { "\($0)" }?.contains("correctOption") == false)

                // Answer, then the same request again: stored once, and no extra item administered.
                let body = #"{"item": "\#(first)", "answer": "A", "sequence": 1}"#
                (status, json) = try await call(client, me, "/api/runner/answer", body)
                #expect(json["outcome"] as? String == "stored")
                let second = try #require((section(json)["current"] as? [String: Any])?["key"] as? String)
                (status, json) = try await call(client, me, "/api/runner/answer", body)
                #expect(status == .ok)
                #expect(json["outcome"] as? String == "duplicate")
                #expect((section(json)["current"] as? [String: Any])?["key"] as? String == second)

                // Bad requests name the field.
                (status, json) = try await call(client, me, "/api/runner/answer", #"{"item": "\#(second)", "answer": "A"}"#)
                #expect(status == .badRequest)
                #expect((json["error"] as? [String: Any])?["field"] as? String == "sequence")
                (status, json) = try await call(client, me, "/api/runner/answer", #"{"item": "\#(second)", "answer": "Q", "sequence": 2}"#)
                #expect(status == .conflict)
                #expect((json["error"] as? [String: Any])?["field"] as? String == "answer")

                // The section's ten minutes run out on the server while nobody asks.
                clock.advance(by: 11 * 60)
                (status, json) = try await call(client, me, "/api/runner/answer", #"{"item": "\#(second)", "answer": "B", "sequence": 3}"#)
                #expect(status == .conflict)
                (status, json) = try await call(client, me, "/api/runner/state")
                #expect(section(json)["id"] as? String == "manajerial")
                #expect(section(json)["state"] as? String == "pending")

                let proctor = try await AsStaff.signIn(client, "serang.pengawas")
                let answers = try await proctor.execute(uri: "/api/attempts/\(me.attemptID)/answers", method: .get)
                let list = try JSONSerialization.jsonObject(with: Data(buffer: answers.body)) as? [String: Any]
                #expect((list?["answers"] as? [Any])?.count == 1)
            }
        }
    }

    @Test(arguments: TestBackend.all)
    func proctorPauseExtraTimeAndARestartedServer(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let demo = try await practiceLogin(database)
            let clock = ManualClock()
            let me: Participant = try await Application(router: buildRouter(database: database, clock: clock)).test(.router) { client in
                let participant = try await login(client, nip: demo.nip, token: demo.token)
                let proctor = try await AsStaff.signIn(client, "serang.pengawas")
                _ = try await call(client, participant, "/api/runner/start-section", "{}")
                clock.advance(by: 60)
                let pause = try await proctor.execute(uri: "/api/attempts/\(participant.attemptID)/pause", method: .post)
                #expect(pause.status == .noContent)
                clock.advance(by: 300)
                var (_, json) = try await call(client, participant, "/api/runner/state")
                #expect(section(json)["state"] as? String == "paused")
                #expect(section(json)["remainingSeconds"] as? Double == 540)
                _ = try await proctor.execute(uri: "/api/attempts/\(participant.attemptID)/resume", method: .post)
                let noReason = try await proctor.execute(uri: "/api/attempts/\(participant.attemptID)/extra-time", method: .post,
                                                        body: ByteBuffer(string: #"{"minutes": 5}"#))
                #expect(noReason.status == .badRequest)
                let extra = try await proctor.execute(uri: "/api/attempts/\(participant.attemptID)/extra-time", method: .post,
                                                     body: ByteBuffer(string: #"{"minutes": 5, "reason": "listrik padam"}"#))
                #expect(extra.status == .noContent)
                (_, json) = try await call(client, participant, "/api/runner/state")
                #expect(section(json)["remainingSeconds"] as? Double == 840)
                return participant
            }
            // The server restarts: the database is closed and opened again (the same SQLite file or the same
            // PostgreSQL schema), with a new router and new caches.
            clock.advance(by: 30)
            let reopened = try TalentaDatabase(database.configuration, connectionsPerLoop: TestBackend.connectionsPerLoop)
            do {
                try await reopened.migrate()
                try await afterRestart(reopened, clock: clock, participant: me)
            } catch {
                await reopened.shutdown()
                throw error
            }
            await reopened.shutdown()
        }
    }

    func afterRestart(_ reopened: TalentaDatabase, clock: ManualClock, participant me: Participant) async throws {
        try await Application(router: buildRouter(database: reopened, clock: clock)).test(.router) { client in
            let participant = me
            let proctor = try await AsStaff.signIn(client, "serang.pengawas")
            let (status, json) = try await call(client, participant, "/api/runner/state")
            #expect(status == .ok)
            #expect(section(json)["state"] as? String == "running")
            #expect(section(json)["remainingSeconds"] as? Double == 810)
            let events = try await proctor.execute(uri: "/api/attempts/\(participant.attemptID)/events", method: .get)
            let verbs = ((try JSONSerialization.jsonObject(with: Data(buffer: events.body)) as? [String: Any])?["statements"]
                as? [[String: Any]])?.compactMap { $0["verb"] as? String } ?? []
            #expect(verbs.contains("paused") && verbs.contains("resumed") && verbs.contains("extra-time"))
            #expect(verbs.contains("section-started") && verbs.contains("started") && verbs.contains("logged-in"))
            let actors = ((try JSONSerialization.jsonObject(with: Data(buffer: events.body)) as? [String: Any])?["statements"]
                as? [[String: Any]])?.compactMap { $0["actor"] as? String } ?? []
            #expect(actors.contains("proctor: serang.pengawas"))
        }
    }

    @Test(arguments: TestBackend.all)
    func theTestDayAndTheProctorConsole(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let (_, logins) = try await DemoSeeder(database: database, bcryptCost: 4).seed()
            // The 23 present have sat the test day; the three absent wait for the make-up session.
            let makeup = try #require(logins.first { $0.session == DemoTestDay.makeup })
            let app = Application(router: buildRouter(database: database, clock: ManualClock()))
            try await app.test(.router) { client in
                let proctor = try await AsStaff.signIn(client, "serang.pengawas")
                let response = try await proctor.execute(uri: "/api/instansi/kota-serang/sessions/\(DemoTestDay.testDay)/participants",
                                                        method: .get)
                let rows = try #require((try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])?["participants"]
                    as? [[String: Any]])
                #expect(rows.count == 26)
                let attendance = rows.compactMap { $0["attendance"] as? String }
                #expect(attendance.filter { $0 == "sakit" }.count == 2)
                #expect(attendance.filter { $0 == "tanpa-konfirmasi" }.count == 1)
                try await proctor.execute(uri: "/proktor/kota-serang/\(DemoTestDay.testDay)", method: .get) { page in
                    let html = String(buffer: page.body)
                    #expect(page.status == .ok)
                    #expect(html.contains("Konsol Pengawas"))
                    #expect(html.contains("3 tidak hadir"))
                }
                let bad = try await proctor.execute(uri: "/api/enrolments/\(rows[0]["enrolmentID"] as! String)/attendance",
                                                   method: .post, body: ByteBuffer(string: #"{"state": "liburan"}"#))
                #expect(bad.status == .badRequest)

                // At the make-up session, as on the test day, the proctor authorizes each start.
                let me = try await login(client, nip: makeup.nip, token: makeup.token)
                var (status, json) = try await call(client, me, "/api/runner/start-section", "{}")
                #expect(status == .conflict)
                #expect((json["error"] as? [String: Any])?["message"] as? String == "the proctor has not yet authorized the start")
                let authorize = try await proctor.execute(uri: "/api/attempts/\(me.attemptID)/authorize", method: .post)
                #expect(authorize.status == .noContent)
                (status, json) = try await call(client, me, "/api/runner/start-section", "{}")
                #expect(status == .ok)
                #expect(section(json)["id"] as? String == "kognitif")
                #expect(section(json)["remainingSeconds"] as? Double == 4_500.0)
            }
        }
    }
}
