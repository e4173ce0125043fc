import FluentKit
import Testing
@testable import TalentaServer
import TalentDomain

@Suite("Demo data")
struct DemoTests {
    @Test(arguments: TestBackend.all)
    func seedsKotaSerangAndTwoMoreTenantsIdempotently(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            // MUT: twice
            let first = try await DemoSeeder(database: database, bcryptCost: 4).seed().reports
            let second = try await DemoSeeder(database: database, bcryptCost: 4).seed().reports
            // validate
            #expect(first.allSatisfy(\.allTaken) && second.allSatisfy(\.allTaken))
            #expect(second.map(\.created).reduce(0, +) == 0)
            let summaries = try await OrganisationQueries.summaries(on: database.db)
            #expect(Set(summaries.map(\.code)) == ["kota-serang", "prov-banten", "kota-tangerang"])
            let serang = try #require(summaries.first { $0.code == "kota-serang" })
            #expect(serang.officials == 26)
            #expect(serang.units == 26)
            #expect(serang.positions == 32)
            #expect(serang.vacant == 6)
            let instansi = try #require(try await OrganisationQueries.instansi(code: "kota-serang", on: database.db))
            let org = try await OrganisationQueries.organisation(of: instansi, on: database.db)
            #expect(org.posts.allSatisfy { $0.jobClass == "JPT Pratama" })
            #expect(org.officials.allSatisfy { $0.latestPerformance != nil })
            let performance = try await PerformanceEntry.query(on: database.db)
                .filter(\.$instansi.$id == instansi.id!).count()
            #expect(performance == 52)
            #expect(try await DisciplinaryEntry.query(on: database.db).count() >= 1)
            // every official has the previous Administrator post and the current one
            #expect(try await PositionHistory.query(on: database.db).count() == (26 + 5 + 4) * 2)
        }
    }
}

extension DemoTests {
    @Test func demoNIPsAreValidAndNationallyUnique() throws {
        let nips = DemoSeeder.organisations.flatMap { $0.officials.map(\.nip) }
        #expect(Set(nips).count == nips.count)
        for nip in nips { _ = try NIP(nip) }
    }
}
