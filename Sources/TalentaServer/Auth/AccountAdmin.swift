import FluentKit
import Foundation

/// What the command line does with accounts (`talenta account add|reset|list`): the first super admin of
/// a new installation is made this way. Each new or reset account gets a temporary password to be
/// changed at the first sign-in.
public enum AccountAdmin {
    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    /// Creates an account and returns its temporary password.
    public static func add(database: TalentaDatabase, username: String, role roleName: String, instansi code: String?,
                           displayName: String?) async throws -> String {
        guard let role = Role(rawValue: roleName), role != .participant else {
            throw Invalid(description: "--role must be one of \(Role.staff.map(\.rawValue).sorted().joined(separator: ", "))")
        }
        var instansiID: UUID?
        if let code {
            guard let instansi = try await OrganisationQueries.instansi(code: code, on: database.db) else {
                throw Invalid(description: "no instansi with code '\(code)' (see `talenta instansi list`)")
            }
            instansiID = instansi.id
        }
        do {
            return try await AccountService(database: database, clock: LiveClock())
                .createWithTemporaryPassword(username: username, displayName: displayName ?? "", role: role,
                                             instansiID: instansiID).1
        } catch let failure as AccountService.Failure {
            throw Invalid(description: failure.description)
        }
    }

    /// Issues a new temporary password; the account's sessions end and any lock is lifted.
    public static func reset(database: TalentaDatabase, username: String) async throws -> String {
        guard let account = try await StaffAccount.query(on: database.db).filter(\.$username == username.lowercased()).first() else {
            throw Invalid(description: "no account '\(username)'")
        }
        return try await AccountService(database: database, clock: LiveClock()).reset(accountID: try account.requireID())
    }

    /// Every account: username, role, instansi code.
    public static func list(database: TalentaDatabase) async throws -> [(username: String, role: String, instansi: String?)] {
        try await StaffAccount.query(on: database.db).with(\.$instansi).sort(\.$username).all()
            .map { ($0.username, $0.role, $0.instansi?.code) }
    }
}
