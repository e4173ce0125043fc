import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import TalentaServer
@testable import TestDelivery

@Suite("Item bank: JSON import and export, versions of used items")
struct ItemBankTests {
    func items(_ response: TestResponse) throws -> [[String: Any]] {
        try #require((try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])?["items"] as? [[String: Any]])
    }

    func json(_ object: Any) throws -> ByteBuffer {
        ByteBuffer(bytes: try JSONSerialization.data(withJSONObject: object))
    }

    @Test(arguments: TestBackend.all)
    func importRejectsBadItemsKeepsGoodOnesAndVersionsUsedOnes(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            try await ItemBankStore(database: database).seedDemoBank()
            try await AsStaff.make(database, "asesor", role: .assessor)
            let app = Application(router: buildRouter(database: database, clock: ManualClock()))
            try await app.test(.router) { client in
                let client = try await AsStaff.signIn(client, "asesor", password: AsStaff.testPassword)
                let exported = try items(try await client.execute(uri: "/api/items", method: .get))
                #expect(exported.count == 416)
                var edited = try #require(exported.first { $0["key"] as? String == "SJT-M03-01" })
                edited["stem"] = "Situasi yang diperbarui. Apa yang paling mungkin Anda lakukan?"
                var duplicateLevels = edited
                duplicateLevels["key"] = "SJT-M03-99"
                var options = try #require(duplicateLevels["options"] as? [[String: Any]])
                options[1]["level"] = options[0]["level"]
                duplicateLevels["options"] = options
                var fresh = edited
                fresh["key"] = "SJT-M03-07"
                let malformed: [String: Any] = ["key": "X-1", "type": "essay"]
                // MUT
                let response = try await client.execute(uri: "/api/items", method: .post,
                                                        body: try json(["items": [fresh, duplicateLevels, malformed, edited]]))
                // validate
                #expect(response.status == .unprocessableContent)
                let report = try JSONDecoder().decode(ItemImporter.Report.self, from: Data(buffer: response.body))
                #expect((report.created, report.updated, report.newVersions) == (1, 1, 0))
                #expect(report.rejected.map(\.index) == [1, 2])
                #expect(report.rejected[0].field == "options")
                #expect(report.rejected[0].key == "SJT-M03-99")
                #expect(report.rejected[1].key == "X-1")

                // Once an attempt has been given an item, an edit makes a new version.
                var attempt = Attempt(seed: 5, blueprint: .short)
                let bank = try await ItemBankStore(database: database).deliveryBank()
                try attempt.start(at: 0)
                let service = AttemptService(database: database, bank: ItemBankStore(database: database), clock: ManualClock())
                let record = try await Self.storeAttempt(attempt, database)
                _ = try await service.apply(record, actor: "test", event: nil) { attempt, now, bank in
                    try attempt.startSection(at: now, bank: bank)
                }
                let given = try #require(try await service.read(record).0.sections[0].items.first)
                #expect(bank.items[given] != nil)
                let used = try await TestItemRecord.query(on: database.db).filter(\.$key == given).first()
                #expect(used?.used == true)
                var cognitive = try #require(exported.first { $0["key"] as? String == given })
                cognitive["stem"] = "Soal yang diperbaiki"
                let second = try await client.execute(uri: "/api/items", method: .post, body: try json(["items": [cognitive]]))
                let secondReport = try JSONDecoder().decode(ItemImporter.Report.self, from: Data(buffer: second.body))
                #expect(secondReport.newVersions == 1)
                let versions = try items(try await client.execute(uri: "/api/items?all=1", method: .get))
                    .filter { $0["key"] as? String == given }.compactMap { $0["version"] as? Int }
                #expect(versions == [1, 2])
            }
        }
    }

    /// Stores an attempt row directly (an enrolment needs a session and an employee).
    static func storeAttempt(_ attempt: Attempt, _ database: TalentaDatabase) async throws -> UUID {
        try await AttemptRecord.create(enrolmentID: try await storeEnrolment(database), attempt: attempt, accessHash: "x", at: 0,
                                       on: database.db).requireID()
    }

    /// An enrolment of a new official in a new session of a new instansi.
    static func storeEnrolment(_ database: TalentaDatabase) async throws -> UUID {
        try await Fixtures.createInstansi(database)
        let instansi = try #require(try await Instansi.query(on: database.db).first())
        let employee = Employee(instansiID: try instansi.requireID(), nip: try .init("197503152000031002"))
        employee.name = "Peserta Uji"
        employee.birthDate = "1975-03-15"
        employee.sex = "L"
        employee.status = "PNS"
        try await employee.save(on: database.db)
        let sessions = SessionService(database: database, clock: ManualClock())
        let session = try await sessions.session(instansiID: try instansi.requireID(), code: "UJI", title: "Uji",
                                                 startsAt: "2026-01-01T08:00", testCentre: "T", room: "R", proctor: "P",
                                                 blueprint: .short, requiresAuthorization: false)
        let enrolment = try await sessions.enrol(sessionID: try session.requireID(), employeeID: try employee.requireID(),
                                                 token: "TOKEN123", actor: "test")
        return try enrolment.requireID()
    }
}
