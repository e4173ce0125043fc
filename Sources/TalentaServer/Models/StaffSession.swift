import FluentKit
import Foundation

/// A server-side staff session: the cookie carries a random secret, the table only its SHA-256, with the
/// session's CSRF token and expiry.
final class StaffSession: Model, @unchecked Sendable {
    static let schema = "staff_sessions"

    @ID var id: UUID?
    @Parent(key: "account_id") var account: StaffAccount
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "created_at") var createdAt: Double
    @Field(key: "expires_at") var expiresAt: Double

    init() {}
}
