import Testing
@testable import TalentaServer

@Suite("Instansi registry")
struct InstansiRegistryTests {
    @Test(arguments: TestBackend.all)
    func addsUpdatesAndRejectsWithTheField(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let registry = InstansiRegistry(database: database)
            // MUT
            let first = try await registry.save(code: "kota-contoh", name: "Pemerintah Kota Contoh", kind: "kota",
                                                region: "Banten")
            let second = try await registry.save(code: "kota-contoh", name: "Pemkot Contoh", kind: "Kota",
                                                 region: "Banten")
            // validate
            #expect(first.created && !second.created)
            #expect(try await registry.list().map(\.name) == ["Pemkot Contoh"])
            await #expect(throws: InstansiRegistry.Invalid(field: "code", value: "Kota Contoh",
                                                           reason: "use 1 to 64 characters a-z, 0-9 and -")) {
                try await registry.save(code: "Kota Contoh", name: "x", kind: "kota", region: "Banten")
            }
            await #expect(throws: InstansiRegistry.Invalid.self) {
                try await registry.save(code: "desa", name: "x", kind: "desa", region: "Banten")
            }
            await #expect(throws: InstansiRegistry.Invalid.self) {
                try await registry.save(code: "kosong", name: "  ", kind: "kota", region: "Banten")
            }
        }
    }
}
