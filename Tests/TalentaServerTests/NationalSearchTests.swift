import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Psychometrics
import Testing
@testable import TalentaServer
import TalentDomain
import TestDelivery

/// The filter on its own: parameters, their errors, and JPM as a level sum.
@Suite("National search: the filter")
struct NationalSearchFilterTests {
    typealias Filter = NationalSearch.Filter

    @Test func everyParameterIsRead() throws {
        // MUT
        let filter = try Filter(query: "m01=3&M.08=4&sk1=2&box=7&box=8,9&golongan=IV%2Fa&education=s2&instansi=kota-serang"
                                + "&region=Jawa+Barat&q=Siti&page=2&lang=en&jpmClass=Administrator&jpmMinimum=80")
        // validate
        #expect(filter.minimumLevels == [.integritas: 3, .pengambilanKeputusan: 4, .perekatBangsa: 2])
        #expect(filter.boxes == [7, 8, 9])
        #expect(filter.minimumGolongan == Golongan(parsing: "IV/a"))
        #expect(filter.minimumEducation == .s2)
        #expect(filter.instansi == "kota-serang" && filter.region == "Jawa Barat" && filter.text == "Siti")
        #expect(filter.page == 2 && filter.jpmClass == .administrator && filter.jpmMinimum == 80)
        #expect(filter.nameFragment == "siti" && filter.nipPrefix == nil)
    }

    @Test func emptyValuesAreNoFilter() throws {
        #expect(try Filter(query: "m01=&box=&q=+&golongan=&page=&jpmMinimum=") == Filter())
        #expect(try Filter(query: nil) == Filter())
    }

    @Test func aNIPPrefixIsDigits() throws {
        let filter = try Filter(query: "q=1971+0525")
        #expect(filter.nipPrefix == "19710525" && filter.nameFragment == nil)
        #expect(try Filter(query: "q=1").nipPrefix == nil, "one digit is too short to be a NIP prefix")
    }

    @Test func theNormalisedQueryReadsBackTheSame() throws {
        // setup
        let filter = try Filter(query: "m03=4&box=9,7&golongan=iv/b&education=D4&region=Nusa+Tenggara+Barat&q=Dr.+Siti%26&jpmMinimum=72.5")
        // MUT
        let again = try Filter(query: filter.queryString(page: 3))
        // validate
        var expected = filter
        expected.page = 3
        #expect(again == expected)
        #expect(filter.auditDetail["box"] == "7,9" && filter.auditDetail["page"] == "1" && filter.auditDetail["golongan"] == "IV/b")
    }

    /// `JPM ≥ m  ⇔  level_sum ≥ ⌈m × 9 × L / 100⌉`, exact at the boundaries.
    @Test(arguments: [
        (JobClass.jptPratama, 80.0, 29), (.jptPratama, 75, 27), (.jptPratama, 100, 36), (.jptPratama, 0.01, 1),
        (.administrator, 68, 19), (.jptUtama, 90, 41), (.pelaksana, 100, 9), (.ahliMadya, 77.78, 22),
    ])
    func aMinimumJPMIsAMinimumLevelSum(_ jobClass: JobClass, _ minimum: Double, _ sum: Int) throws {
        var filter = Filter()
        filter.jpmClass = jobClass
        filter.jpmMinimum = minimum
        #expect(filter.minimumLevelSum == sum)
        #expect(NationalSearch.jpm(levelSum: sum, against: jobClass) >= minimum)
        #expect(NationalSearch.jpm(levelSum: sum - 1, against: jobClass) < minimum)
    }

    @Test func noMinimumJPMIsNoLevelSum() {
        var filter = Filter()
        filter.jpmMinimum = 0
        #expect(filter.minimumLevelSum == nil)
        #expect(Filter().minimumLevelSum == nil)
    }

    @Test(arguments: [
        ("m01=6", "m01"), ("M.02=x", "M.02"), ("sk01=0", "sk01"), ("box=10", "box"), ("box=7,x", "box"),
        ("golongan=V%2Fa", "golongan"), ("education=PhD", "education"), ("jpmMinimum=120", "jpmMinimum"),
        ("jpmMinimum=abc", "jpmMinimum"), ("jpmClass=Menteri", "jpmClass"), ("page=0", "page"), ("page=two", "page"),
        ("foo=1", "foo"), ("m09=3", "m09"), ("q=" + String(repeating: "a", count: 101), "q"),
    ])
    func aBadValueNamesItsParameter(_ query: String, _ parameter: String) {
        let error = #expect(throws: NationalSearch.FilterError.self) { try Filter(query: query) }
        #expect(error?.parameter == parameter)
    }
}

/// The synthetic national demo, without a database: reproducible, valid, and shaped as promised.
@Suite("National search: the synthetic demo's generator")
struct NationalDemoGeneratorTests {
    func generate() -> ([NationalDemo.Body], [NationalProfile]) {
        var rng = SplitMix64(seed: NationalDemo.randomSeed)
        let bodies = NationalDemo.instansi(count: 120, excluding: ["prov-banten"], using: &rng)
        return (bodies, NationalDemo.profiles(count: 5_000, across: bodies, using: &rng))
    }

    @Test func theSameSeedGivesTheSameRows() {
        let (bodiesA, rowsA) = generate()
        let (bodiesB, rowsB) = generate()
        #expect(bodiesA.map(\.instansi.code) == bodiesB.map(\.instansi.code))
        #expect(rowsA.map { "\($0.id!) \($0.nip) \($0.name) \($0.levelSum) \($0.box ?? 0) \($0.potential)" }
                == rowsB.map { "\($0.id!) \($0.nip) \($0.name) \($0.levelSum) \($0.box ?? 0) \($0.potential)" })
    }

    @Test func rowsAreValidAndSpreadOverEveryProvince() throws {
        let (bodies, rows) = generate()
        #expect(rows.count == 5_000)
        #expect(Set(bodies.map(\.instansi.code)).count == bodies.count && !bodies.contains { $0.instansi.code == "prov-banten" })
        #expect(Set(bodies.map(\.instansi.region)) == Set(NationalDemo.provinces))
        #expect(Set(rows.map(\.nip)).count == rows.count, "NIPs are unique")
        for row in rows {
            _ = try NIP(row.nip)
            #expect(row.isSynthetic && row.employeeID == nil)
            #expect(row.levelSum == row.levels.values.reduce(0, +))
            #expect(row.golonganOrdinal == row.golongan.flatMap(Golongan.init(parsing:)).flatMap { Golongan.all.firstIndex(of: $0) })
            #expect(row.educationLevel == row.education.flatMap(Education.init(parsing:))?.level)
        }
        let boxes = Dictionary(grouping: rows.compactMap(\.box), by: { $0 }).mapValues(\.count)
        #expect(boxes.keys.count >= 7, "most boxes are populated: \(boxes)")
        #expect(rows.contains { $0.box == nil } && rows.contains { $0.sk01 == 0 })
    }
}

/// The search over a database: released results only, each filter against counts computed from the rows,
/// paging, errors, access, the audit, and the rows following settings and imports.
@Suite("National search: released results, filters, audit, access")
struct NationalSearchTests {
    static let release = "/api/instansi/kota-serang/sessions/\(DemoTestDay.testDay)/release"

    func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any], "\(String(buffer: response.body))")
    }

    func search(_ staff: AsStaff, _ query: String) async throws -> [String: Any] {
        let response = try await staff.execute(uri: "/api/national/search?\(query)", method: .get)
        #expect(response.status == .ok, "\(query): \(String(buffer: response.body))")
        return try json(response)
    }

    /// Every page of a search, in order.
    func allPages(_ staff: AsStaff, _ query: String) async throws -> (total: Int, rows: [[String: Any]]) {
        var rows: [[String: Any]] = [], page = 1, total = 0
        repeat {
            let body = try await search(staff, "\(query)&page=\(page)")
            total = body["total"] as! Int
            rows += body["rows"] as! [[String: Any]]
            page += 1
        } while rows.count < total && page < 100
        return (total, rows)
    }

    @Test(arguments: TestBackend.all)
    func onlyReleasedResultsAppearAndEveryFilterNarrowsCorrectly(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            // setup: the demo, 3,000 synthetic profiles, and a scored but unreleased result in Kota Tangerang
            _ = try await DemoSeeder(database: database, bcryptCost: 4).seed()
            let seeded = try await NationalDemo(database: database).seed(profiles: 3_000, instansi: 60)
            #expect(seeded.created == 3_000)
            let services = AppServices(database: database, clock: ManualClock())
            _ = try await AccessMatrixTests.foreignTenant(services)
            let app = Application(router: buildRouter(services))
            try await app.test(.router) { client in
                let bkn = try await AsStaff.signIn(client, "nasional")
                let pimpinan = try await AsStaff.signIn(client, "serang.pimpinan")
                #expect(try await search(bkn, "instansi=kota-serang")["total"] as? Int == 0, "nothing before the release")
                #expect(try await search(bkn, "")["total"] as? Int == 3_000)

                // MUT: the pimpinan releases the test day
                #expect(try await pimpinan.execute(uri: Self.release, method: .post).status == .noContent)

                // validate: the 23 scored officials are searchable, with their own levels; Tangerang's is not
                let serang = try await search(bkn, "instansi=kota-serang")
                #expect(serang["total"] as? Int == 23)
                let results = try await AssessmentResult.query(on: database.db).with(\.$employee).with(\.$session)
                    .filter(\.$instansi.$id == (try #require(try await OrganisationQueries.instansi(code: "kota-serang", on: database.db))).requireID())
                    .all().filter { $0.session.code == DemoTestDay.testDay }
                #expect(Set((serang["rows"] as! [[String: Any]]).map { $0["nip"] as! String }) == Set(results.map(\.employee.nip)))
                #expect(try await search(bkn, "instansi=kota-tangerang")["total"] as? Int == 0, "an unreleased instansi stays out")
                let first = try #require((serang["rows"] as! [[String: Any]]).first)
                let result = try #require(results.first { $0.employee.nip == first["nip"] as? String })
                let score = try JSONDecoder().decode(AttemptScore.self, from: Data(result.scores.utf8))
                #expect(first["levels"] as? [String: Int] == score.competencyLevels.merging(
                    Competency.allCases.map { ($0.code, 0) }, uniquingKeysWith: { level, _ in level }))
                #expect(first["synthetic"] as? Bool == false)

                // Each filter, against a count computed from the rows themselves.
                let rows = try await NationalProfile.query(on: database.db).all()
                #expect(rows.count == 3_023)
                let iva = Golongan(parsing: "IV/a")!
                let cases: [(String, (NationalProfile) -> Bool)] = [
                    ("m03=4", { $0.m03 >= 4 }),
                    ("sk01=5", { $0.sk01 >= 5 }),
                    ("jpmMinimum=80", { Double($0.levelSum) / 36 * 100 >= 80 }),
                    ("jpmMinimum=75", { Double($0.levelSum) / 36 * 100 >= 75 }),
                    ("jpmClass=Administrator&jpmMinimum=100", { Double($0.levelSum) / 27 * 100 >= 100 }),
                    ("box=7,8,9", { [7, 8, 9].contains($0.box ?? 0) }),
                    ("box=1&box=5", { [1, 5].contains($0.box ?? 0) }),
                    ("golongan=IV%2Fa", { $0.golongan.flatMap(Golongan.init(parsing:)).map { $0 >= iva } ?? false }),
                    ("education=S2", { $0.education.flatMap(Education.init(parsing:)).map { $0 >= .s2 } ?? false }),
                    ("education=S1", { ["S1", "D-IV", "S2", "S3"].contains($0.education ?? "") }),
                    ("instansi=kota-serang", { $0.instansiCode == "kota-serang" }),
                    ("region=Banten", { $0.region == "Banten" }),
                    ("q=siti", { $0.name.lowercased().contains("siti") }),
                    ("q=" + String((first["nip"] as! String).prefix(8)), { $0.nip.hasPrefix(String((first["nip"] as! String).prefix(8))) }),
                    ("box=7,8,9&education=S2&golongan=IV%2Fa&m08=3&region=Jawa+Barat", { row in
                        [7, 8, 9].contains(row.box ?? 0) && (row.educationLevel ?? -1) >= 7
                            && (row.golongan.flatMap(Golongan.init(parsing:)).map { $0 >= iva } ?? false) && row.m08 >= 3 && row.region == "Jawa Barat"
                    }),
                ]
                for (query, predicate) in cases {
                    let expected = rows.filter(predicate)
                    let body = try await search(bkn, query)
                    #expect(body["total"] as? Int == expected.count, "\(query)")
                    #expect((body["rows"] as? [Any])?.count == min(50, expected.count), "\(query)")
                    #expect(expected.count < rows.count, "\(query) narrows")
                }

                // Paging: every row once, by level sum from the highest.
                let (total, paged) = try await allPages(bkn, "region=Banten")
                let banten = rows.filter { $0.region == "Banten" }
                #expect(total == banten.count && total > 50)
                #expect(paged.map { $0["id"] as! String }.sorted() == banten.map { $0.id!.uuidString }.sorted())
                let sums = paged.map { $0["levelSum"] as! Int }
                #expect(sums == sums.sorted(by: >))
                #expect((try await search(bkn, "region=Banten&page=99")["rows"] as? [Any])?.isEmpty == true)

                // Bad parameters: 400, naming the parameter, on the API and the page.
                for (query, parameter) in [("m01=6", "m01"), ("box=10", "box"), ("golongan=X", "golongan"), ("education=PhD", "education"),
                                           ("jpmMinimum=101", "jpmMinimum"), ("jpmClass=Raja", "jpmClass"), ("page=0", "page"), ("nama=x", "nama")] {
                    let response = try await bkn.execute(uri: "/api/national/search?\(query)", method: .get)
                    #expect(response.status == .badRequest, "\(query)")
                    #expect((try json(response)["error"] as? [String: Any])?["field"] as? String == parameter, "\(query)")
                }
                let page = try await bkn.execute(uri: "/nasional?box=10", method: .get)
                #expect(page.status == .badRequest && String(buffer: page.body).contains("box=10"))

                // Another instansi's release brings its results in, and only theirs.
                let tangerang = try await AsStaff.signIn(client, "tangerang.pimpinan")
                #expect(try await tangerang.execute(uri: "/api/instansi/kota-tangerang/sessions/TNG-1/release", method: .post).status == .noContent)
                #expect(try await search(bkn, "instansi=kota-tangerang")["total"] as? Int == 1)
                #expect(try await search(bkn, "")["total"] as? Int == 3_024)
            }
        }
    }

    @Test(arguments: TestBackend.all)
    func searchesAndViewsAreAuditedOthersAreRefusedAndRowsFollowSettingsAndImports(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            // setup
            _ = try await DemoSeeder(database: database, bcryptCost: 4).seed()
            _ = try await NationalDemo(database: database).seed(profiles: 500, instansi: 40)
            let services = AppServices(database: database, clock: ManualClock())
            let app = Application(router: buildRouter(services))
            @Sendable func entries(_ action: String) async throws -> [AuditEntry] {
                try await AuditEntry.query(on: database.db).filter(\.$action == action).sort(\.$seq).all()
            }
            try await app.test(.router) { client in
                let bkn = try await AsStaff.signIn(client, "nasional")
                let admin = try await AsStaff.signIn(client, "admin")
                let pimpinan = try await AsStaff.signIn(client, "serang.pimpinan")
                #expect(try await pimpinan.execute(uri: Self.release, method: .post).status == .noContent)

                // MUT: a search through the API and the page, and a profile view through both
                let searchesBefore = try await entries("national.search").count
                let body = try await search(bkn, "box=7,8,9&instansi=kota-serang")
                #expect(try await admin.execute(uri: "/nasional?q=a", method: .get).status == .ok)
                let row = try #require((body["rows"] as? [[String: Any]])?.first, "Kota Serang has a talent pool")
                let id = try #require(row["id"] as? String)
                let profile = try json(try await bkn.execute(uri: "/api/national/profiles/\(id)", method: .get))
                let page = try await bkn.execute(uri: "/nasional/profil/\(id)", method: .get)

                // validate: one entry per search and per view, with the filter and the NIP; the chain holds
                let searches = try await entries("national.search")
                #expect(searches.count == searchesBefore + 2)
                let detail = try #require(searches.dropLast().last?.detail)
                #expect(detail == #"{"box":"7,8,9","instansi":"kota-serang","page":"1"}"#)
                #expect(searches.dropLast().last?.actor == "national-viewer: nasional" && searches.last?.actor == "super-admin: admin")
                let views = try await entries("national.profile-view")
                #expect(views.count == 2 && views.allSatisfy { $0.subject == row["nip"] as? String })
                #expect(views.first?.instansiID == (try await OrganisationQueries.instansi(code: "kota-serang", on: database.db))?.id)
                #expect(try await services.audit.verify().intact)
                #expect((profile["profile"] as? [String: Any])?["nip"] as? String == row["nip"] as? String)
                #expect(profile["standardLevel"] as? Int == 4)
                let html = String(buffer: page.body)
                #expect(page.status == .ok && html.contains("JPT Pratama") && !html.contains("id=\"synthetic\""))
                #expect(!String(buffer: try await bkn.execute(uri: "/nasional", method: .get).body).isEmpty)
                #expect(try await bkn.execute(uri: "/nasional/profil/\(UUID())", method: .get).status == .notFound)
                #expect(try await bkn.execute(uri: "/api/national/profiles/x", method: .get).status == .badRequest)

                // A synthetic profile says so.
                let synthetic = try #require(try await NationalProfile.query(on: database.db).filter(\.$resultID == nil).first())
                let syntheticPage = String(buffer: try await bkn.execute(uri: "/nasional/profil/\(synthetic.id!)", method: .get).body)
                #expect(syntheticPage.contains("id=\"synthetic\"") && syntheticPage.contains("Profil sintetis"))

                // Only national viewers and the super admin: everyone else is refused, and nothing is audited.
                let auditBefore = try await AuditEntry.query(on: database.db).filter(\.$action ~~ ["national.search", "national.profile-view"]).count()
                for username in ["serang.pimpinan", "serang.admin", "serang.pengawas", "asesor", "banten.admin"] {
                    let other = try await AsStaff.signIn(client, username)
                    for uri in ["/nasional", "/nasional/profil/\(id)", "/api/national/search", "/api/national/profiles/\(id)"] {
                        #expect(try await other.execute(uri: uri, method: .get).status == .forbidden, "\(username) \(uri)")
                    }
                }
                #expect(try await client.execute(uri: "/api/national/search", method: .get).status == .unauthorized)
                #expect(try await client.execute(uri: "/nasional", method: .get).status == .seeOther)
                #expect(try await AuditEntry.query(on: database.db).filter(\.$action ~~ ["national.search", "national.profile-view"]).count() == auditBefore)

                // The nav links the search for the national viewer.
                #expect(String(buffer: try await bkn.execute(uri: "/kompetensi", method: .get).body).contains("href=\"/nasional\""))

                // Rows follow the instansi's settings and imports: each Serang row equals its profile.
                func matchesProfiles() async throws -> Bool {
                    guard let serang = try await OrganisationQueries.instansi(code: "kota-serang", on: database.db) else { return false }
                    let configuration = try await services.results.configuration(for: serang.requireID())
                    let profiles = try await TalentQueries.results(of: serang, releasedOnly: true, configuration: configuration, on: database.db)
                    let rows = try await NationalProfile.query(on: database.db).filter(\.$instansiCode == "kota-serang").all()
                    let byNIP = Dictionary(uniqueKeysWithValues: rows.map { ($0.nip, $0) })
                    return rows.count == profiles.count && profiles.allSatisfy { official in
                        guard let row = byNIP[official.employee.nip] else { return false }
                        return row.box == official.profile.box && row.potential == official.profile.potentialScore
                            && row.performanceBand == official.profile.performanceBand?.rawValue
                    }
                }
                let boxesBefore = try await NationalProfile.query(on: database.db).filter(\.$instansiCode == "kota-serang").sort(\.$nip).all().map(\.box)
                #expect(try await matchesProfiles())
                let settings = try await pimpinan.execute(uri: "/api/instansi/kota-serang/configuration", method: .put,
                                                          body: ByteBuffer(string: #"{"nineBox": {"highPotential": 70, "mediumPotential": 50}}"#))
                #expect(settings.status == .ok)
                let boxesAfter = try await NationalProfile.query(on: database.db).filter(\.$instansiCode == "kota-serang").sort(\.$nip).all().map(\.box)
                #expect(boxesAfter != boxesBefore, "lower cut-offs move officials up")
                #expect(try await matchesProfiles())
                let nip = try #require(row["nip"] as? String)
                let report = try await RecordImporter(database: database).run(
                    kind: .performance, bytes: Array("nip;tahun;predikat\n\(nip);2024;Sangat Kurang\n\(nip);2025;Sangat Kurang\n".utf8),
                    instansiCode: "kota-serang", dryRun: false)
                #expect(report.allTaken)
                let moved = try #require(try await NationalProfile.query(on: database.db).filter(\.$nip == nip).first())
                #expect(moved.performanceBand == PerformanceBand.diBawah.rawValue)
                #expect(try await matchesProfiles())
            }
            // The synthetic demo is seeded once.
            let again = try await NationalDemo(database: database).seed(profiles: 500, instansi: 40)
            #expect(again.created == 0 && again.existing == 500)
            #expect(try await NationalProfile.query(on: database.db).filter(\.$resultID == nil).count() == 500)
        }
    }
}
