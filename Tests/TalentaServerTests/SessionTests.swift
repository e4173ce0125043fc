import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import TalentaServer

@Suite("Scheduling: sessions, enrolment, login cards, make-up sessions")
struct SessionTests {
    @Test(arguments: TestBackend.all)
    func scheduleEnrolPrintCardsAndMakeUp(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            _ = try await DemoSeeder(database: database, bcryptCost: 4).seed()
            let app = Application(router: buildRouter(database: database, clock: ManualClock()))
            try await app.test(.router) { client in
                let staff = try await AsStaff.signIn(client, "serang.admin")
                let base = "/api/instansi/kota-serang/sessions"
                let bad = try await staff.execute(uri: base, method: .post, body: ByteBuffer(string:
                    #"{"code": "S2", "title": "Sesi 2", "startsAt": "2025-02-30T08:00", "testCentre": "UPT BKN Serang", "room": "R1", "proctor": "P"}"#))
                #expect(bad.status == .badRequest)
                #expect(String(buffer: bad.body).contains("\"field\":\"startsAt\""))
                let missing = try await staff.execute(uri: base, method: .post, body: ByteBuffer(string: #"{"code": "S2"}"#))
                #expect(missing.status == .badRequest)
                #expect(String(buffer: missing.body).contains("\"field\":\"title\""))
                let array = try await staff.execute(uri: base, method: .post, body: ByteBuffer(string: "[]"))
                #expect(String(buffer: array.body).contains("the body must be a JSON object"))
                let null = try await staff.execute(uri: base, method: .post, body: ByteBuffer(string: "null"))
                #expect(null.status == .badRequest)
                #expect(String(buffer: null.body).contains("the body must be a JSON object"))

                let created = try await staff.execute(uri: base, method: .post, body: ByteBuffer(string:
                    #"{"code": "S2", "title": "Sesi 2", "startsAt": "2025-12-01T08:00", "testCentre": "UPT BKN Serang", "room": "R1", "proctor": "P", "requiresAuthorization": false}"#))
                #expect(created.status == .created)
                let nip = try #require(try await Employee.query(on: database.db).sort(\.$nip).first()?.nip)
                let enrol = try await staff.execute(uri: "\(base)/S2/enrolments", method: .post,
                                                     body: ByteBuffer(string: #"{"nips": ["\#(nip)", "199901012020011001"]}"#))
                let report = try #require(try JSONSerialization.jsonObject(with: Data(buffer: enrol.body)) as? [String: Any])
                #expect((report["enrolled"] as? [String]) == [nip])
                #expect(((report["rejected"] as? [[String: Any]])?.first?["reason"] as? String)?.contains("no official") == true)

                // Login cards issue fresh tokens that work.
                let cards = try await staff.execute(uri: "/proktor/kota-serang/S2/kartu", method: .post)
                let html = String(buffer: cards.body)
                let token = try #require(html.components(separatedBy: "<dd class=\"token\">").dropFirst().first?
                    .components(separatedBy: "<").first)
                let login = try await RunnerTests().loginResponse(client, nip: nip, token: token)
                #expect(login.status == .seeOther)

                // The three absent officials of the test day get a make-up session.
                let makeup = try await staff.execute(uri: "\(base)/\(DemoTestDay.testDay)/makeup", method: .post, body: ByteBuffer(string:
                    #"{"code": "SUSULAN-1", "title": "Ujian susulan", "startsAt": "2025-11-30T08:00", "testCentre": "UPT BKN Serang", "room": "R2", "proctor": "P"}"#))
                #expect(makeup.status == .created)
                let made = try #require(try JSONSerialization.jsonObject(with: Data(buffer: makeup.body)) as? [String: Any])
                #expect(made["enrolled"] as? Int == 3)
                #expect(made["makeupOf"] as? String == DemoTestDay.testDay)
            }
        }
    }
}
