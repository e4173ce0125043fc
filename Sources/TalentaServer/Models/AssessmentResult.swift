import FluentKit
import Foundation

/// The scored result of one finished attempt: the scores as canonical JSON (sorted keys) with the scoring
/// method, the exact item versions scored, and the SHA-256 of the scores, so that anyone can re-score the
/// stored answers and compare bytes.
final class AssessmentResult: Model, @unchecked Sendable {
    static let schema = "results"

    @ID var id: UUID?
    @Parent(key: "attempt_id") var attempt: AttemptRecord
    @Parent(key: "employee_id") var employee: Employee
    @Parent(key: "instansi_id") var instansi: Instansi
    @Parent(key: "session_id") var session: TestSession
    /// The scoring method and version, e.g. `talenta-scoring/1`.
    @Field(key: "method") var method: String
    /// `AttemptScore` as JSON with sorted keys.
    @Field(key: "scores") var scores: String
    /// Item key → version of every item the attempt was given, as JSON with sorted keys.
    @Field(key: "item_versions") var itemVersions: String
    /// Lower-case hex SHA-256 of `scores`.
    @Field(key: "digest") var digest: String
    /// The test date, `yyyy-mm-dd`.
    @Field(key: "tested_on") var testedOn: String
    @Field(key: "scored_at") var scoredAt: Double

    init() {}
}
