import FluentKit
import Foundation
import Hummingbird
import TestDelivery

/// The item bank's JSON import and export (for assessors).
struct ItemController: Sendable {
    let database: TalentaDatabase
    let bank: ItemBankStore

    /// The bank is shared by every instansi and holds the answer keys: super admins and assessors only.
    static let access = Access([.superAdmin, .assessor])

    func addRoutes(to router: Router<BasicRequestContext>, gate: Gate) {
        router.add(.get, "/api/items", Self.access, gate: gate, use: export)
        router.add(.post, "/api/items", Self.access, gate: gate, use: importItems)
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

extension ItemController {
    func addPages(to router: Router<BasicRequestContext>, gate: Gate) {
        router.add(.get, "/bank", Self.access, gate: gate, use: bankPage)
        router.add(.get, "/bank/item/{key}", Self.access, gate: gate, use: itemPage)
    }

    @Sendable func bankPage(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        BankPages.bank(try await bank.deliveryBank(), stats: try await statistics(), lang: Language(request: request))
    }

    @Sendable func itemPage(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let key = try context.parameters.require("key")
        guard let record = try await TestItemRecord.query(on: database.db).filter(\.$key == key)
            .sort(\.$version, .descending).first() else {
            throw AppError(.notFound, "no item '\(key)'", field: "key")
        }
        let item = try JSONDecoder().decode(TestItem.self, from: Data(record.body.utf8))
        return BankPages.item(item, stats: try await statistics()[key] ?? .init(), lang: Language(request: request))
    }

    /// Classical statistics from every stored attempt: times given, answered, correct (p) and mean SJT level.
    func statistics() async throws -> [String: BankPages.ItemStatistics] {
        let delivery = try await bank.deliveryBank()
        var stats: [String: BankPages.ItemStatistics] = [:]
        let records = try await AttemptRecord.query(on: database.db).all()
        for attempt in try await AttemptStore.attempts(records, on: database.db).values {
            for key in attempt.sections.flatMap(\.items) {
                stats[key, default: .init()].given += 1
                guard let answer = attempt.answers.answer(for: key), let item = delivery.items[key] else { continue }
                stats[key]!.answered += 1
                if item.correctOption == answer { stats[key]!.correct += 1 }
                if let level = item.options.first(where: { $0.key == answer })?.level { stats[key]!.levelSum += level }
            }
        }
        return stats
    }
}
