import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import TalentaServer
import TalentDomain
import TalentPlacement

@Suite("Placement rounds: workflow, decisions, deviation report, decree, verification")
struct PlacementTests {
    static let api = "/api/instansi/kota-serang/placement-rounds"

    func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any], "\(String(buffer: response.body))")
    }

    func field(_ response: TestResponse) throws -> String? {
        (try json(response)["error"] as? [String: Any])?["field"] as? String
    }

    @Test(arguments: TestBackend.all)
    func theDemoRoundIsDecidedWithOneOverrideAndReproduces(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            _ = try await DemoSeeder(database: database, bcryptCost: 4).seed()
            let round = try #require(try await PlacementRoundRecord.query(on: database.db).filter(\.$title == DemoPlacement.title).first())
            let id = try round.requireID().uuidString
            let app = Application(router: buildRouter(database: database, clock: ManualClock()))
            try await app.test(.router) { client in
                let pimpinan = try await AsStaff.signIn(client, "serang.pimpinan")
                let body = try json(try await pimpinan.execute(uri: "\(Self.api)/\(id)", method: .get))
                #expect(body["state"] as? String == "decided")
                let review = try #require(body["review"] as? [String: Any])
                let deviations = try #require(review["deviations"] as? [[String: Any]])
                #expect(deviations.count == 2, "one override: two officials swap posts")
                #expect(deviations.allSatisfy { $0["reason"] as? String == DemoPlacement.reason })
                let lost = deviations.map { $0["fitLost"] as! Double }.reduce(0, +)
                #expect(abs(lost - (review["fitLost"] as! Double)) < 0.005)
                #expect((body["comments"] as? [Any])?.count == 1)
                let recommendation = try #require(body["recommendation"] as? [String: Any])
                #expect((recommendation["retained"] as? [Any])?.isEmpty == false)
                #expect((recommendation["posts"] as? [[String: Any]])?.allSatisfy { ($0["holder"] as? String) != ($0["recommended"] as? [String: Any])?["candidate"] as? String || $0["holder"] == nil } == true)

                let report = try await pimpinan.execute(uri: "/instansi/kota-serang/penempatan/\(id)/penyimpangan", method: .get)
                #expect(report.status == .ok)
                #expect(String(buffer: report.body).contains(DemoPlacement.reason))
                let decree = try await pimpinan.execute(uri: "/instansi/kota-serang/penempatan/\(id)/sk", method: .get)
                let decreeText = String(buffer: decree.body)
                #expect(decree.status == .ok && decreeText.contains("RANCANGAN") && decreeText.contains("WALI KOTA SERANG"))
                let lines = try #require((review["decree"] as? [[String: Any]]))
                #expect(!lines.isEmpty && lines.allSatisfy { decreeText.contains(escape($0["name"] as! String)) })
                let page = String(buffer: try await pimpinan.execute(uri: "/instansi/kota-serang/penempatan/\(id)", method: .get).body)
                #expect(page.contains("id=\"post-SRG-ASS1\"") && page.contains(escape(DemoPlacement.reason)))

                let verify = try json(try await pimpinan.execute(uri: "\(Self.api)/\(id)/verify", method: .get))
                #expect(verify["reproduced"] as? Bool == true && verify["digestMatches"] as? Bool == true)
                let plan = try json(try await pimpinan.execute(uri: "\(Self.api)/\(id)/plan", method: .get))
                #expect((plan["assignments"] as? [Any])?.count == (recommendation["filled"] as? Int))
            }
            let (_, message) = try await PlacementAdmin.run(database: database, roundID: id)
            #expect(message.contains("reproduced byte for byte"))
            // Tampering with the stored recommendation is caught.
            round.recommendation = round.recommendation.replacingOccurrences(of: "\"filled\":", with: "\"filled\":1")
            try await round.save(on: database.db)
            await #expect(throws: PlacementAdmin.Invalid.self) { try await PlacementAdmin.run(database: database, roundID: id) }
        }
    }

    @Test(arguments: TestBackend.all)
    func theWorkflowThroughTheAPIAndTheForms(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            _ = try await DemoSeeder(database: database, bcryptCost: 4).seed()
            let app = Application(router: buildRouter(database: database, clock: ManualClock()))
            try await app.test(.router) { client in
                let admin = try await AsStaff.signIn(client, "serang.admin")
                let pimpinan = try await AsStaff.signIn(client, "serang.pimpinan")
                let bkn = try await AsStaff.signIn(client, "nasional")
                // Bad input names its field.
                var response = try await admin.execute(uri: Self.api, method: .post, body: ByteBuffer(string: #"{"kind": "promosi"}"#))
                #expect(try response.status == .badRequest && field(response) == "kind")
                response = try await admin.execute(uri: Self.api, method: .post, body: ByteBuffer(string: #"{"kind": "rotasi", "asOf": "31-02-2025"}"#))
                #expect(try response.status == .badRequest && field(response) == "asOf")
                response = try await admin.execute(uri: Self.api, method: .post,
                                                   body: ByteBuffer(string: #"{"kind": "rotasi", "locks": [{"post": "SRG-NOPE", "candidate": "x"}]}"#))
                #expect(try response.status == .badRequest && field(response) == "locks")
                // A draft.
                response = try await admin.execute(uri: Self.api, method: .post, body: ByteBuffer(string: #"{"kind": "rotasi", "asOf": "2025-12-20"}"#))
                #expect(response.status == .created)
                let id = try #require(try json(response)["id"] as? String)
                let round = "\(Self.api)/\(id)"
                #expect(try json(response)["state"] as? String == "draft")
                // BKN does not see a draft; the pimpinan cannot decide it yet.
                #expect(try await bkn.execute(uri: round, method: .get).status == .notFound)
                response = try await pimpinan.execute(uri: "\(round)/decide", method: .post, body: ByteBuffer(string: #"{"decisions": []}"#))
                #expect(try response.status == .conflict && field(response) == "state")
                #expect(try await admin.execute(uri: "\(round)/recompute", method: .post).status == .ok)
                #expect(try json(try await admin.execute(uri: "\(round)/present", method: .post))["state"] as? String == "presented")
                #expect(try await admin.execute(uri: "\(round)/present", method: .post).status == .conflict)
                #expect(try json(try await pimpinan.execute(uri: "\(round)/consult", method: .post))["state"] as? String == "consultation")
                // BKN comments per post.
                let body = try json(try await bkn.execute(uri: round, method: .get))
                let recommendation = try #require(body["recommendation"] as? [String: Any])
                let posts = try #require(recommendation["posts"] as? [[String: Any]])
                let filled = try #require(posts.first { $0["recommended"] is [String: Any] })
                let post = try #require(filled["code"] as? String)
                response = try await bkn.execute(uri: "\(round)/comments", method: .post, body: ByteBuffer(string: #"{"post": "SRG-NOPE", "body": "x"}"#))
                #expect(try response.status == .badRequest && field(response) == "post")
                response = try await bkn.execute(uri: "\(round)/comments", method: .post,
                                                 body: ByteBuffer(string: #"{"post": "\#(post)", "body": "Sesuai."}"#))
                #expect((try json(response)["comments"] as? [Any])?.count == 1)
                // An override without a reason, or to an ineligible official, is refused naming the post.
                let recommended = try #require((filled["recommended"] as? [String: Any])?["candidate"] as? String)
                let fit = try #require(((filled["recommended"] as? [String: Any])?["breakdown"] as? [String: Any])?["fit"] as? Double)
                response = try await pimpinan.execute(uri: "\(round)/decide", method: .post,
                                                      body: ByteBuffer(string: #"{"decisions": [{"post": "\#(post)", "candidate": null}]}"#))
                #expect(try response.status == .badRequest && field(response) == "decisions.\(post)")
                if let ineligible = (filled["ineligible"] as? [[String: Any]])?.first, let nip = ineligible["candidate"] as? String {
                    response = try await pimpinan.execute(uri: "\(round)/decide", method: .post,
                                                          body: ByteBuffer(string: #"{"decisions": [{"post": "\#(post)", "candidate": "\#(nip)", "reason": "x"}]}"#))
                    #expect(try response.status == .badRequest && field(response) == "decisions.\(post)")
                }
                // The form: every post as recommended, but one left vacant with a reason.
                var form = posts.compactMap { entry -> String? in
                    guard let code = entry["code"] as? String, code != post else { return nil }
                    let candidate = (entry["recommended"] as? [String: Any])?["candidate"] as? String ?? ""
                    return "candidate.\(code)=\(candidate)"
                }
                form.append("candidate.\(post)=")
                form.append("reason.\(post)=Diisi+melalui+seleksi+terbuka%2C+bukan+rotasi")
                form.append("_csrf=\(pimpinan.csrf)")
                response = try await client.execute(uri: "/instansi/kota-serang/penempatan/\(id)/putusan", method: .post,
                                                    headers: [.cookie: pimpinan.cookie, .contentType: "application/x-www-form-urlencoded"],
                                                    body: ByteBuffer(string: form.joined(separator: "&")))
                #expect(response.status == .seeOther)
                let decided = try json(try await pimpinan.execute(uri: round, method: .get))
                #expect(decided["state"] as? String == "decided")
                let review = try #require(decided["review"] as? [String: Any])
                let deviations = try #require(review["deviations"] as? [[String: Any]])
                #expect(deviations.count == 1)
                #expect(deviations.first?["post"] as? String == post && deviations.first?["recommended"] as? String == recommended)
                #expect(deviations.first?["reason"] as? String == "Diisi melalui seleksi terbuka, bukan rotasi")
                #expect(deviations.first?["fitLost"] as? Double == fit)
                #expect(try await pimpinan.execute(uri: "\(round)/decide", method: .post, body: ByteBuffer(string: #"{"decisions": []}"#)).status == .conflict)
                // BKN reads it now, but is not the office that prints the decree.
                #expect(try await bkn.execute(uri: "/instansi/kota-serang/penempatan/\(id)/penyimpangan", method: .get).status == .ok)
                #expect(try await bkn.execute(uri: "/instansi/kota-serang/penempatan/\(id)/sk", method: .get).status == .forbidden)
            }
        }
    }

    @Test(arguments: TestBackend.all)
    func roundsStayInTheirInstansiAndFollowItsSettings(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            _ = try await DemoSeeder(database: database, bcryptCost: 4).seed()
            let services = AppServices(database: database, clock: ManualClock())
            let tangerang = try #require(try await OrganisationQueries.instansi(code: "kota-tangerang", on: database.db))
            let foreign = try await services.placements.create(.init(kind: "pengisian"), instansi: tangerang, actor: "test")
            let app = Application(router: buildRouter(services))
            try await app.test(.router) { client in
                let pimpinan = try await AsStaff.signIn(client, "serang.pimpinan")
                let id = try foreign.requireID().uuidString
                #expect(try await pimpinan.execute(uri: "/instansi/kota-serang/penempatan/\(id)", method: .get).status == .notFound)
                #expect(try await pimpinan.execute(uri: "\(Self.api)/\(id)/verify", method: .get).status == .notFound)
                // Fit weights are the instansi's setting.
                let settings = #"{"placement": {"fit": {"jpm": 0.7, "nineBox": 0.1, "performance": 0.15, "preference": 0.05}}}"#
                #expect(try await pimpinan.execute(uri: "/api/instansi/kota-serang/configuration", method: .put, body: ByteBuffer(string: settings)).status == .ok)
                let bad = #"{"placement": {"fit": {"jpm": 0.9}}}"#
                let refused = try await pimpinan.execute(uri: "/api/instansi/kota-serang/configuration", method: .put, body: ByteBuffer(string: bad))
                #expect(refused.status == .badRequest)
                #expect(String(buffer: refused.body).contains("placement.fit weights must add up to 1"))
            }
            let serang = try #require(try await OrganisationQueries.instansi(code: "kota-serang", on: database.db))
            let round = try await services.placements.create(.init(kind: "rotasi", asOf: "2025-12-20"), instansi: serang, actor: "test")
            let inputs = try services.placements.inputs(of: round)
            #expect(inputs.settings.fit.jpm == 0.7 && inputs.settings.fit.nineBox == 0.1)
            // The records reach the inputs: technical levels and preferences from the demo's sheets.
            #expect(inputs.officials.contains { !($0.assessment?.technical.isEmpty ?? true) })
            #expect(inputs.officials.contains { !$0.preferences.isEmpty })
            #expect(inputs.posts.count == 32 && inputs.kind == .rotation)
        }
    }
}
