import FluentKit
import Foundation

/// The release of a session's results to its participants. Until a session has a row here, its results
/// are visible only to the pimpinan's pages of the instansi; after, each participant sees their own report.
final class ResultRelease: Model, @unchecked Sendable {
    static let schema = "result_releases"

    @ID var id: UUID?
    @Parent(key: "session_id") var session: TestSession
    @Field(key: "released_at") var releasedAt: Double
    @Field(key: "released_by") var releasedBy: String

    init() {}
}
