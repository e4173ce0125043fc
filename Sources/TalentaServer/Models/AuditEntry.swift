import FluentKit
import Foundation

/// One entry of the audit log, chained to the one before by `prevHash` (see `AuditLog`).
final class AuditEntry: Model, @unchecked Sendable {
    static let schema = "audit_log"

    @ID var id: UUID?
    @Field(key: "seq") var seq: Int
    @Field(key: "at") var at: Double
    @Field(key: "actor") var actor: String
    @OptionalField(key: "instansi_id") var instansiID: UUID?
    @Field(key: "action") var action: String
    @Field(key: "subject") var subject: String
    /// Canonical JSON of the event's details.
    @Field(key: "detail") var detail: String
    @Field(key: "prev_hash") var prevHash: String
    @Field(key: "hash") var hash: String

    init() {}

    /// What the hash covers, in canonical JSON (sorted keys).
    private struct Content: Encodable {
        let action: String
        let actor: String
        let at: Double
        let detail: String
        let instansi: String?
        let seq: Int
        let subject: String
    }

    func computedHash() throws -> String {
        let content = try ResultService.canonical(Content(action: action, actor: actor, at: at, detail: detail,
                                                          instansi: instansiID?.uuidString.lowercased(), seq: seq, subject: subject))
        return ResultService.sha256(prevHash + "\n" + content)
    }
}

/// The audit log's head: the last sequence number and hash.
final class AuditHead: Model, @unchecked Sendable {
    static let schema = "audit_head"

    @ID var id: UUID?
    @Field(key: "name") var name: String
    @Field(key: "seq") var seq: Int
    @Field(key: "hash") var hash: String

    init() {}
}
