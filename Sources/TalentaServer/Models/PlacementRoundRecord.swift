import FluentKit
import Foundation

/// A placement round of one instansi: what it was computed from (`inputs`, canonical JSON of
/// `PlacementRoundInput`), what it recommends (`recommendation`), the SHA-256 of both, where it is in the
/// workflow, and, once decided, the pimpinan's decision checked against the recommendation (`review`).
final class PlacementRoundRecord: Model, @unchecked Sendable {
    static let schema = "placement_rounds"

    /// draft → presented (to the pimpinan) → consultation (BKN) → decided.
    enum State: String, Codable, CaseIterable, Sendable {
        case draft, presented, consultation, decided
    }

    @ID var id: UUID?
    @Parent(key: "instansi_id") var instansi: Instansi
    @Field(key: "title") var title: String
    @Field(key: "kind") var kind: String
    @Field(key: "state") var stateName: String
    @Field(key: "as_of") var asOf: String
    @Field(key: "inputs") var inputs: String
    @Field(key: "recommendation") var recommendation: String
    @Field(key: "digest") var digest: String
    @OptionalField(key: "review") var review: String?
    @Field(key: "created_at") var createdAt: Double
    @Field(key: "created_by") var createdBy: String
    @OptionalField(key: "presented_at") var presentedAt: Double?
    @OptionalField(key: "presented_by") var presentedBy: String?
    @OptionalField(key: "consulted_at") var consultedAt: Double?
    @OptionalField(key: "consulted_by") var consultedBy: String?
    @OptionalField(key: "decided_at") var decidedAt: Double?
    @OptionalField(key: "decided_by") var decidedBy: String?

    init() {}

    var state: State {
        get { State(rawValue: stateName) ?? .draft }
        set { stateName = newValue.rawValue }
    }
}

/// A comment on one post of a round, written during the BKN consultation.
final class PlacementComment: Model, @unchecked Sendable {
    static let schema = "placement_comments"

    @ID var id: UUID?
    @Parent(key: "round_id") var round: PlacementRoundRecord
    @Field(key: "post_code") var postCode: String
    @Field(key: "body") var body: String
    @Field(key: "author") var author: String
    @Field(key: "role") var role: String
    @Field(key: "created_at") var createdAt: Double

    init() {}
}
