import FluentKit
import Foundation
import TestDelivery

/// Imports bank items from JSON: every bad item is rejected with its position, key, field and reason;
/// every good one is stored. An item version that an attempt has used is never edited in place: a change
/// to it becomes a new version under the same key.
struct ItemImporter: Sendable {
    let database: TalentaDatabase
    let bank: ItemBankStore

    struct Rejection: Codable, Sendable, Equatable {
        let index: Int
        let key: String?
        let field: String
        let reason: String
    }

    struct Report: Codable, Sendable {
        var created = 0
        var updated = 0
        var newVersions = 0
        var unchanged = 0
        var rejected: [Rejection] = []
    }

    /// A JSON value kept as it came, so each item decodes (and fails) on its own.
    private struct Loose: Decodable {
        let items: [LooseItem]
    }

    private struct LooseItem: Decodable {
        let result: Result<TestItem, any Error>
        let key: String?

        private struct KeyOnly: Decodable { let key: String? }

        init(from decoder: any Decoder) throws {
            result = Result { try TestItem(from: decoder) }
            key = try? KeyOnly(from: decoder).key
        }
    }

    func run(_ data: Data) async throws -> Report {
        let loose: Loose
        do { loose = try JSONDecoder().decode(Loose.self, from: data) } catch {
            throw AppError(.badRequest, "expected {\"items\": [...]}: \(describeDecoding(error))", field: "items")
        }
        var valid: [TestItem] = []
        var rejected: [Rejection] = []
        for (index, entry) in loose.items.enumerated() {
            switch entry.result {
            case .failure(let error):
                rejected.append(Rejection(index: index, key: entry.key, field: decodingField(error) ?? "(item)",
                                          reason: describeDecoding(error)))
            case .success(let item):
                if let problem = item.problems().first {
                    rejected.append(Rejection(index: index, key: item.key, field: problem.field, reason: problem.reason))
                } else {
                    valid.append(item)
                }
            }
        }
        let good = valid
        var report: Report = try await database.transaction { db in
            var report = Report()
            for item in good {
                let versions = try await TestItemRecord.query(on: db).filter(\.$key == item.key).sort(\.$version, .descending).all()
                let latest = versions.first
                var stored = item
                if let latest {
                    let current = try JSONDecoder().decode(TestItem.self, from: Data(latest.body.utf8))
                    stored.version = latest.version
                    if current == stored { report.unchanged += 1; continue }
                    if latest.used {
                        stored.version = latest.version + 1
                        try await TestItemRecord(stored).create(on: db)
                        report.newVersions += 1
                        try await audit("item.new-version", stored, on: db)
                    } else {
                        try latest.setBody(stored)
                        try await latest.save(on: db)
                        report.updated += 1
                        try await audit("item.update", stored, on: db)
                    }
                } else {
                    stored.version = max(1, item.version)
                    try await TestItemRecord(stored).create(on: db)
                    report.created += 1
                    try await audit("item.create", stored, on: db)
                }
            }
            return report
        }
        report.rejected = rejected
        bank.invalidate()
        return report
    }

    /// An item change in the audit log: the key, the version and the SHA-256 of the stored item.
    private func audit(_ action: String, _ item: TestItem, on db: any Database) async throws {
        try await AuditLog.append(action, subject: item.key,
                                  detail: ["version": String(item.version), "sha256": ResultService.sha256(try ResultService.canonical(item))],
                                  instansiID: nil, actor: Principal.actorName, at: Date().timeIntervalSince1970, on: db)
    }
}
