import FluentKit
import Foundation

/// A scheduled sitting at a test centre.
final class TestSession: Model, @unchecked Sendable {
    static let schema = "test_sessions"

    @ID var id: UUID?
    @Parent(key: "instansi_id") var instansi: Instansi
    @Field(key: "code") var code: String
    @Field(key: "title") var title: String
    /// Local date and time, `yyyy-mm-ddThh:mm`.
    @Field(key: "starts_at") var startsAt: String
    @Field(key: "test_centre") var testCentre: String
    @Field(key: "room") var room: String
    @Field(key: "proctor") var proctor: String
    /// The battery blueprint as JSON.
    @Field(key: "blueprint") var blueprint: String
    @OptionalParent(key: "makeup_of") var makeupOf: TestSession?
    /// Whether each participant waits for the proctor's authorization before starting.
    @Field(key: "requires_authorization") var requiresAuthorization: Bool

    init() {}
}
