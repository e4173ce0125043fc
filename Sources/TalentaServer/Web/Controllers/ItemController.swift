import FluentKit
import Foundation
import Hummingbird
import TestDelivery

/// The item bank's JSON import and export (for assessors).
struct ItemController: Sendable {
    let database: TalentaDatabase
    let bank: ItemBankStore

    func addRoutes(to router: Router<BasicRequestContext>) {
        router.get("/api/items", use: export)
        router.post("/api/items", use: importItems)
    }

    struct Export: ResponseEncodable {
        let items: [TestItem]
    }

    /// Every stored version (`?all=1`) or the newest version of each key.
    @Sendable func export(_ request: Request, context: BasicRequestContext) async throws -> Export {
        let all = request.uri.queryParameters.get("all") == "1"
        let records = try await TestItemRecord.query(on: database.db).sort(\.$key).sort(\.$version).all()
        var items = try records.map { try JSONDecoder().decode(TestItem.self, from: Data($0.body.utf8)) }
        if !all {
            var newest: [String: TestItem] = [:]
            for item in items { newest[item.key] = item }
            items = newest.values.sorted { $0.key < $1.key }
        }
        return Export(items: items)
    }

    @Sendable func importItems(_ request: Request, context: BasicRequestContext) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: 16 * 1024 * 1024)
        let report = try await ItemImporter(database: database, bank: bank).run(Data(buffer: body))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return Response(status: report.rejected.isEmpty ? .ok : .unprocessableContent,
                        headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(report))))
    }
}
