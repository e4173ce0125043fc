import FluentKit
import Foundation

/// A staff account: a username, a bcrypt password hash, one role and, for tenant roles, one instansi.
final class StaffAccount: Model, @unchecked Sendable {
    static let schema = "staff_accounts"

    @ID var id: UUID?
    @Field(key: "username") var username: String
    @Field(key: "display_name") var displayName: String
    @Field(key: "password_hash") var passwordHash: String
    @Field(key: "role") var role: String
    @OptionalParent(key: "instansi_id") var instansi: Instansi?
    /// Consecutive failed logins; reset by a successful one.
    @Field(key: "failed_logins") var failedLogins: Int
    /// Server time until which logins are refused, after too many failures.
    @Field(key: "locked_until") var lockedUntil: Double
    /// Set when an admin issued a temporary password: the next login must choose a new one.
    @Field(key: "must_change_password") var mustChangePassword: Bool
    @Field(key: "created_at") var createdAt: Double

    init() {}
}
