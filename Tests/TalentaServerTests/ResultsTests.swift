import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import TalentaServer
import TalentDomain
@testable import TestDelivery

@Suite("Results: scoring at the end, verification, release, configuration, reports")
struct ResultsTests {
    let runner = RunnerTests()

    func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    /// Takes the participant through every section of their battery through the runner API, answering
    /// each item with its first option.
    func sitThrough(_ client: some TestClientProtocol, _ me: RunnerTests.Participant) async throws {
        var sequence = 0
        for _ in 0..<20 {
            var (status, state) = try await runner.call(client, me, "/api/runner/state")
            #expect(status == .ok)
            guard let view = state["view"] as? [String: Any], view["status"] as? String != "finished" else { return }
            (status, state) = try await runner.call(client, me, "/api/runner/start-section", "{}")
            #expect(status == .ok)
            var section = runner.section(state)
            if let form = section["form"] as? [[String: Any]] {
                for item in form {
                    sequence += 1
                    let key = item["key"] as! String, option = (item["options"] as! [[String: Any]])[0]["key"] as! String
                    (status, _) = try await runner.call(client, me, "/api/runner/answer",
                                                        #"{"item": "\#(key)", "answer": "\#(option)", "sequence": \#(sequence)}"#)
                    #expect(status == .ok)
                }
                (status, _) = try await runner.call(client, me, "/api/runner/submit-section", "{}")
                #expect(status == .ok)
            } else {
                while let current = section["current"] as? [String: Any] {
                    sequence += 1
                    let key = current["key"] as! String, option = (current["options"] as! [[String: Any]])[0]["key"] as! String
                    (status, state) = try await runner.call(client, me, "/api/runner/answer",
                                                            #"{"item": "\#(key)", "answer": "\#(option)", "sequence": \#(sequence)}"#)
                    #expect(status == .ok)
                    section = runner.section(state)
                    if section["kind"] as? String != "cognitive-adaptive" { break }
                }
            }
        }
    }

    @Test(arguments: TestBackend.all)
    func finishingScoresOnceAndReScoringIsByteIdentical(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let demo = try await runner.practiceLogin(database)
            let app = Application(router: buildRouter(database: database, clock: ManualClock()))
            try await app.test(.router) { client in
                let pimpinan = try await AsStaff.signIn(client, "serang.pimpinan")
                let me = try await runner.login(client, nip: demo.nip, token: demo.token)
                // MUT
                try await sitThrough(client, me)
                // validate: one result, with the method, and re-scoring it gives the same bytes
                let attemptID = try #require(UUID(uuidString: me.attemptID))
                let results = try await AssessmentResult.query(on: database.db).filter(\.$attempt.$id == attemptID).all()
                #expect(results.count == 1)
                let result = try #require(results.first)
                #expect(result.method == AttemptScore.method)
                #expect(result.digest == ResultService.sha256(result.scores))
                let scores = try JSONDecoder().decode(AttemptScore.self, from: Data(result.scores.utf8))
                #expect(scores.cognitive?.itemsAnswered == 5)
                #expect(scores.competencyLevels.count == 9)
                let check = try json(try await pimpinan.execute(uri: "/api/results/\(result.id!)/verify", method: .get))
                let verification = try #require(check["verification"] as? [String: Any])
                #expect(verification["identical"] as? Bool == true)
                #expect(verification["recomputedDigest"] as? String == result.digest)
                let events = try await AttemptEvent.query(on: database.db).filter(\.$attempt.$id == attemptID).all().map(\.type)
                #expect(events.filter { $0 == "scored" }.count == 1)
            }
        }
    }

    @Test(arguments: TestBackend.all)
    func aTamperedResultFailsVerificationAndItemEditsDoNotChangeOldResults(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            _ = try await DemoSeeder(database: database, bcryptCost: 4).seed()
            let services = AppServices(database: database, clock: ManualClock())
            let app = Application(router: buildRouter(services))
            try await app.test(.router) { client in
                let all = try await AssessmentResult.query(on: database.db).sort(\.$digest).all()
                #expect(all.count == 23)
                // An SJT item these officials answered is edited so that its options score differently.
                let versions = try JSONDecoder().decode([String: Int].self, from: Data(all[0].itemVersions.utf8))
                let asesor = try await AsStaff.signIn(client, "asesor")
                let exported = try #require(try json(try await asesor.execute(uri: "/api/items", method: .get))["items"] as? [[String: Any]])
                var item = try #require(exported.first { versions[$0["key"] as! String] != nil && $0["section"] as? String == "sjt" })
                var options = try #require(item["options"] as? [[String: Any]])
                for index in options.indices { options[index]["level"] = 6 - (options[index]["level"] as! Int) }
                item["options"] = options
                let edit = try await asesor.execute(uri: "/api/items", method: .post,
                                                    body: ByteBuffer(data: try JSONSerialization.data(withJSONObject: ["items": [item]])))
                #expect(try json(edit)["newVersions"] as? Int == 1, "\(String(buffer: edit.body))")
                // validate: every stored result still re-scores to the same bytes from its frozen item versions
                for result in all {
                    #expect(try await services.results.verify(result.requireID()).identical)
                }
                // MUT: someone rewrites a stored score in the database
                let victim = all[0]
                let levels = try JSONDecoder().decode(AttemptScore.self, from: Data(victim.scores.utf8)).competencyLevels
                let m01 = try #require(levels["M.01"])
                victim.scores = victim.scores.replacingOccurrences(of: "\"M.01\":\(m01)", with: "\"M.01\":\(m01 == 5 ? 4 : m01 + 1)")
                try await victim.save(on: database.db)
                let verification = try await services.results.verify(victim.requireID())
                #expect(!verification.identical)
                #expect(verification.storedDigest == verification.recomputedDigest) // the digest was not forged, the scores were
            }
        }
    }

    /// The sweep finds the attempt by the time stored with its state, on the server that holds it in its
    /// cache and on one that does not (`cached` false: another server, or one just restarted, sweeps).
    @Test(arguments: TestBackend.all, [true, false])
    func anAttemptWhoseTimeRanOutIsFinishedAndScoredBySweep(_ backend: TestBackend, cached: Bool) async throws {
        try await backend.withDatabase { database in
            let demo = try await runner.practiceLogin(database)
            let clock = ManualClock()
            let services = AppServices(database: database, clock: clock)
            let app = Application(router: buildRouter(services))
            try await app.test(.router) { client in
                let me = try await runner.login(client, nip: demo.nip, token: demo.token)
                // Two sections are submitted; the last one starts and the browser goes away.
                for _ in 0..<2 {
                    _ = try await runner.call(client, me, "/api/runner/start-section", "{}")
                    _ = try await runner.call(client, me, "/api/runner/submit-section", "{}")
                }
                let (status, state) = try await runner.call(client, me, "/api/runner/start-section", "{}")
                #expect(status == .ok)
                #expect(runner.section(state)["id"] as? String == "integritas")
                let attemptID = try #require(UUID(uuidString: me.attemptID))
                let sweeper = cached ? services : AppServices(database: database, clock: clock)
                #expect((sweeper.attempts.cache.entry(attemptID) != nil) == cached)
                #expect(try await sweeper.attempts.closeExpired() == 0)
                clock.advance(by: 5 * 60 + 1)
                #expect(try await sweeper.attempts.closeExpired() == 1)
                #expect(try await AssessmentResult.query(on: database.db).filter(\.$attempt.$id == attemptID).count() == 1)
                #expect(try await sweeper.attempts.closeExpired() == 0)
            }
        }
    }

    @Test(arguments: TestBackend.all)
    func theTestDayIsSatScoredAndReportedBeforeAndAfterRelease(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let (_, logins) = try await DemoSeeder(database: database, bcryptCost: 4).seed()
            let app = Application(router: buildRouter(database: database, clock: ManualClock()))
            try await app.test(.router) { client in
                let pimpinan = try await AsStaff.signIn(client, "serang.pimpinan")
                let base = "/instansi/kota-serang"
                let report = try await pimpinan.execute(uri: "\(base)/sesi/\(DemoTestDay.testDay)/laporan", method: .get)
                let html = String(buffer: report.body)
                #expect(report.status == .ok)
                for (label, value) in [("Terdaftar", 26), ("Hadir", 23), ("Tidak hadir", 3), ("Selesai", 23), ("Dinilai", 23)] {
                    #expect(html.contains("<strong>\(value)</strong>\(label)"), "\(label)")
                }
                let api = try json(try await pimpinan.execute(uri: "/api/instansi/kota-serang/results", method: .get))
                let rows = try #require(api["results"] as? [[String: Any]])
                #expect(rows.count == 23)
                #expect(rows.allSatisfy { $0["released"] as? Bool == false && $0["box"] is Int })
                #expect(rows.contains { $0["talentPool"] as? Bool == true })

                // Only the pimpinan of Kota Serang sees the results: not the admins, the proctor, another
                // instansi's pimpinan, the national viewer, nor the super admin.
                for username in ["serang.admin", "serang.pengawas", "tangerang.pimpinan", "nasional", "admin", "asesor"] {
                    let other = try await AsStaff.signIn(client, username)
                    for uri in ["\(base)/hasil", "\(base)/kotak-talenta", "/api/instansi/kota-serang/results", "\(base)/hasil.xlsx"] {
                        let response = try await other.execute(uri: uri, method: .get)
                        #expect(response.status == .forbidden, "\(username) \(uri)")
                    }
                }
                // A participant of the test day logs in to the results page: nothing before release.
                let present = try #require(rows.first { $0["nip"] as? String != nil })
                let nip = present["nip"] as! String
                let token = AccessToken.demoToken("\(DemoTestDay.testDay):\(nip)")
                let me = try await runner.login(client, nip: nip, token: token)
                var own = try await client.execute(uri: "/ujian/hasil", method: .get, headers: [.cookie: me.cookie])
                #expect(String(buffer: own.body).contains("Hasil belum dirilis"))
                #expect(!String(buffer: own.body).contains(present["name"] as! String))
                let anonymous = try await client.execute(uri: "/ujian/hasil", method: .get)
                #expect(anonymous.status == .seeOther)

                // MUT: the pimpinan releases the session
                let release = try await pimpinan.execute(uri: "\(base)/sesi/\(DemoTestDay.testDay)/rilis", method: .post)
                #expect(release.status == .seeOther)
                own = try await client.execute(uri: "/ujian/hasil", method: .get, headers: [.cookie: me.cookie])
                let page = String(buffer: own.body)
                #expect(page.contains(present["name"] as! String))
                #expect(page.contains("<svg"))
                // Their own report only: nobody else's name, and no staff navigation.
                let others = rows.filter { $0["nip"] as? String != nip }.compactMap { $0["name"] as? String }
                #expect(others.allSatisfy { !page.contains($0) })
                #expect(!page.contains("/admin/import"))
                _ = logins
            }
        }
    }

    @Test(arguments: TestBackend.all)
    func cutOffsAreSetPerInstansiAndReMapEveryone(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            _ = try await DemoSeeder(database: database, bcryptCost: 4).seed()
            let app = Application(router: buildRouter(database: database, clock: ManualClock()))
            try await app.test(.router) { client in
                let pimpinan = try await AsStaff.signIn(client, "serang.pimpinan")
                func boxes() async throws -> [Int] {
                    let api = try json(try await pimpinan.execute(uri: "/api/instansi/kota-serang/results", method: .get))
                    return (api["results"] as! [[String: Any]]).compactMap { $0["box"] as? Int }
                }
                let before = try await boxes()
                // A bad configuration is refused, naming the field, and changes nothing.
                let bad = try await pimpinan.execute(uri: "/api/instansi/kota-serang/configuration", method: .put,
                                                   body: ByteBuffer(string: #"{"nineBox": {"highPotential": 70, "mediumPotential": 80}}"#))
                #expect(bad.status == .badRequest)
                #expect(String(buffer: bad.body).contains("nineBox.mediumPotential"))
                #expect(try await boxes() == before)
                // MUT: everyone is high potential
                let good = try await pimpinan.execute(uri: "/api/instansi/kota-serang/configuration", method: .put,
                                                    body: ByteBuffer(string: #"{"nineBox": {"highPotential": 1, "mediumPotential": 0.5}}"#))
                #expect(good.status == .ok)
                // validate
                let after = try await boxes()
                #expect(after.count == before.count)
                #expect(Set(after).isSubset(of: [6, 8, 9]))
                let tangerang = try await AsStaff.signIn(client, "tangerang.pimpinan")
                let other = try json(try await tangerang.execute(uri: "/api/instansi/kota-tangerang/configuration", method: .get))
                #expect(((other["configuration"] as? [String: Any])?["nineBox"] as? [String: Any])?["highPotential"] as? Double == 90)
                // The settings form round-trips and names a bad value.
                let form = "highPotential=88&mediumPotential=75&wCompetency=0.4&wAspects=0.25&wQualification=0.2&wIntegrity=0.15&performanceWindow=2&validityYears=3"
                let saved = try await pimpinan.execute(uri: "/instansi/kota-serang/pengaturan", method: .post,
                                                     headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: form))
                #expect(saved.status == .seeOther)
                let page = try await pimpinan.execute(uri: "/instansi/kota-serang/kotak-talenta", method: .get)
                #expect(String(buffer: page.body).contains("tinggi ≥ 88.0, menengah ≥ 75.0"))
                let wrong = try await pimpinan.execute(uri: "/instansi/kota-serang/pengaturan", method: .post,
                                                     headers: [.contentType: "application/x-www-form-urlencoded"],
                                                     body: ByteBuffer(string: form.replacingOccurrences(of: "wIntegrity=0.15", with: "wIntegrity=0.5")))
                #expect(wrong.status == .badRequest)
                #expect(String(buffer: wrong.body).contains("potential weights must add up to 1"))
            }
        }
    }
}

extension ResultsTests {
    @Test(arguments: TestBackend.all)
    func exportsCarryTheResultsTable(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            _ = try await DemoSeeder(database: database, bcryptCost: 4).seed()
            let app = Application(router: buildRouter(database: database, clock: ManualClock()))
            try await app.test(.router) { client in
                let pimpinan = try await AsStaff.signIn(client, "serang.pimpinan")
                let csv = try await pimpinan.execute(uri: "/instansi/kota-serang/hasil.csv", method: .get)
                #expect(csv.status == .ok)
                #expect(csv.headers[.contentDisposition] == "attachment; filename=\"hasil-kota-serang.csv\"")
                let text = String(buffer: csv.body)
                let lines = text.split(separator: "\r\n")
                #expect(lines.count == 24)
                #expect(lines[0].hasPrefix("\u{FEFF}NIP,Nama,Unit kerja"))
                #expect(text.contains("197105251995051021,\"Ade Mulyana, S.IP., M.Si.\""))
                let xlsx = try await pimpinan.execute(uri: "/instansi/kota-serang/hasil.xlsx?lang=en", method: .get)
                #expect(xlsx.status == .ok)
                let bytes = Array(buffer: xlsx.body)
                #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
                let raw = String(decoding: bytes, as: UTF8.self)
                #expect(raw.contains("xl/worksheets/sheet2.xml"))
                #expect(raw.contains("Results") && raw.contains("Gaps"))
                #expect(raw.contains("<is><t>197105251995051021</t></is>"))
            }
        }
    }
}

/// HTML snapshots of the leader's pages on the demo data, which is deterministic. Ids are replaced by a
/// placeholder. `TALENTA_UPDATE_SNAPSHOTS=1 swift test --filter Snapshot` rewrites the files in
/// Tests/TalentaServerTests/Snapshots; review the diff before committing it.
@Suite("Report snapshots")
struct ReportSnapshotTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")

    static func normalised(_ html: String) -> String {
        html.replacingOccurrences(of: #"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"#,
                                  with: "00000000-0000-0000-0000-000000000000", options: .regularExpression)
            .replacingOccurrences(of: #"name="_csrf" value="[0-9a-f]+""#, with: #"name="_csrf" value="CSRF""#, options: .regularExpression)
    }

    @Test(arguments: TestBackend.all)
    func leaderPagesMatchTheirSnapshots(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            _ = try await DemoSeeder(database: database, bcryptCost: 4).seed()
            let app = Application(router: buildRouter(database: database, clock: ManualClock()))
            try await app.test(.router) { client in
                let pimpinan = try await AsStaff.signIn(client, "serang.pimpinan")
                let pages = [
                    ("report-197105251995051021.html", "/instansi/kota-serang/hasil/197105251995051021"),
                    ("report-197105251995051021-en.html", "/instansi/kota-serang/hasil/197105251995051021?lang=en&target=SRG-INSP"),
                    ("ninebox-kota-serang.html", "/instansi/kota-serang/kotak-talenta"),
                    ("session-report.html", "/instansi/kota-serang/sesi/\(DemoTestDay.testDay)/laporan"),
                ]
                for (file, uri) in pages {
                    let response = try await pimpinan.execute(uri: uri, method: .get)
                    #expect(response.status == .ok, "\(uri)")
                    let html = Self.normalised(String(buffer: response.body))
                    let url = Self.directory.appendingPathComponent(file)
                    if ProcessInfo.processInfo.environment["TALENTA_UPDATE_SNAPSHOTS"] == "1" || !FileManager.default.fileExists(atPath: url.path) {
                        try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
                        try html.write(to: url, atomically: true, encoding: .utf8)
                        Issue.record("snapshot \(file) written; review it and run the tests again")
                        continue
                    }
                    let expected = try String(contentsOf: url, encoding: .utf8)
                    if html != expected {
                        let lines = zip(html.split(separator: "\n", omittingEmptySubsequences: false),
                                        expected.split(separator: "\n", omittingEmptySubsequences: false))
                        let first = lines.enumerated().first { $0.element.0 != $0.element.1 }
                        Issue.record("\(file) differs from its snapshot at line \((first?.offset ?? 0) + 1): \(first.map { "got \($0.element.0) expected \($0.element.1)" } ?? "length")")
                    }
                }
            }
        }
    }
}
