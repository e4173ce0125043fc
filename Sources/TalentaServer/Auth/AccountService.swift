import FluentKit
import Foundation
import HummingbirdBcrypt

/// Staff accounts: creation, login with lockout, server-side sessions, logout, and password resets issued
/// by an admin.
///
/// - Passwords are hashed with bcrypt (cost 12 by default; the tests use the minimum to stay fast).
/// - Five consecutive failed logins lock the account for 15 minutes; a locked account is refused without
///   checking the password. An unknown username costs the same bcrypt verification as a known one, and
///   both get the same answer, so the login form does not reveal which usernames exist.
/// - A session cookie holds 256 random bits; the table holds only its SHA-256, the session's CSRF token
///   and an expiry 12 hours on.
struct AccountService: Sendable {
    let database: TalentaDatabase
    let clock: any ServerClock
    var cost: UInt8 = 12
    var audit: AuditLog { AuditLog(database: database, clock: clock) }

    static let maximumFailures = 5
    static let lockSeconds = 15.0 * 60
    static let sessionSeconds = 12.0 * 3600
    static let minimumPasswordLength = 10

    enum Failure: Error, Equatable, CustomStringConvertible {
        case invalidLogin
        case locked(untilMinutes: Int)
        case invalid(field: String, reason: String)

        var description: String {
            switch self {
            case .invalidLogin: "nama pengguna atau kata sandi salah / wrong username or password"
            case .locked(let minutes): "akun terkunci \(minutes) menit karena terlalu banyak percobaan gagal / account locked for \(minutes) min after too many failed attempts"
            case .invalid(let field, let reason): "\(field): \(reason)"
            }
        }
    }

    /// A bcrypt hash nobody's password matches, verified for unknown usernames so they take as long.
    private static let decoy = Bcrypt.hash("talenta-decoy-password", cost: 4)

    @discardableResult
    func create(username: String, displayName: String, password: String, role: Role, instansiID: UUID?,
                mustChangePassword: Bool = false) async throws -> StaffAccount {
        let name = username.trimmingCharacters(in: .whitespaces).lowercased()
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || "._-@".contains($0) }) else {
            throw Failure.invalid(field: "username", reason: "letters, digits and . _ - @ only")
        }
        guard role != .participant else { throw Failure.invalid(field: "role", reason: "participants log in with NIP and token") }
        if role.needsInstansi && instansiID == nil { throw Failure.invalid(field: "instansi", reason: "\(role.rawValue) belongs to an instansi") }
        if (role == .superAdmin || role == .nationalViewer) && instansiID != nil {
            throw Failure.invalid(field: "instansi", reason: "\(role.rawValue) belongs to no instansi")
        }
        try Self.check(password: password)
        if try await StaffAccount.query(on: database.db).filter(\.$username == name).first() != nil {
            throw Failure.invalid(field: "username", reason: "'\(name)' is taken")
        }
        let account = StaffAccount()
        account.username = name
        account.displayName = displayName.isEmpty ? name : displayName
        account.passwordHash = Bcrypt.hash(password, cost: cost)
        account.role = role.rawValue
        account.$instansi.id = instansiID
        account.failedLogins = 0
        account.lockedUntil = 0
        account.mustChangePassword = mustChangePassword
        account.createdAt = clock.now()
        try await account.create(on: database.db)
        try await audit.record("account.create", subject: name, detail: ["role": role.rawValue], instansiID: instansiID)
        return account
    }

    /// A temporary password for an admin to hand over: two login-card tokens, e.g. `K7MQ2XPA-9RTB4HNC`.
    static func temporaryPassword() -> String {
        AccessToken.loginToken() + "-" + AccessToken.loginToken()
    }

    /// Creates an account whose first password is a temporary one, to be changed at the first sign-in;
    /// returns the account and that password.
    func createWithTemporaryPassword(username: String, displayName: String, role: Role,
                                     instansiID: UUID?) async throws -> (StaffAccount, String) {
        let temporary = Self.temporaryPassword()
        let account = try await create(username: username, displayName: displayName, password: temporary, role: role,
                                       instansiID: instansiID, mustChangePassword: true)
        return (account, temporary)
    }

    static func check(password: String) throws(Failure) {
        guard password.count >= minimumPasswordLength else {
            throw .invalid(field: "password", reason: "at least \(minimumPasswordLength) characters")
        }
    }

    /// Checks the password and opens a session; returns the cookie secret and the account.
    func login(username: String, password: String) async throws -> (secret: String, account: StaffAccount) {
        let now = clock.now()
        let name = username.trimmingCharacters(in: .whitespaces).lowercased()
        guard let account = try await StaffAccount.query(on: database.db).filter(\.$username == name).first() else {
            _ = Bcrypt.verify(password, hash: Self.decoy)
            try await audit.record("login.failure", subject: name, detail: ["reason": "unknown username"], actor: "anonymous")
            throw Failure.invalidLogin
        }
        let actor = "\(account.role): \(account.username)"
        if account.lockedUntil > now {
            try await audit.record("login.refused", subject: name, detail: ["reason": "locked"], instansiID: account.$instansi.id, actor: actor)
            throw Failure.locked(untilMinutes: Int(((account.lockedUntil - now) / 60).rounded(.up)))
        }
        guard Bcrypt.verify(password, hash: account.passwordHash) else {
            account.failedLogins += 1
            let locks = account.failedLogins >= Self.maximumFailures
            if locks {
                account.lockedUntil = now + Self.lockSeconds
                account.failedLogins = 0
            }
            try await account.save(on: database.db)
            try await audit.record(locks ? "login.locked" : "login.failure", subject: name, detail: ["reason": "wrong password"],
                                   instansiID: account.$instansi.id, actor: actor)
            throw account.lockedUntil > now ? Failure.locked(untilMinutes: Int(Self.lockSeconds / 60)) : Failure.invalidLogin
        }
        account.failedLogins = 0
        try await account.save(on: database.db)
        try await audit.record("login.success", subject: name, instansiID: account.$instansi.id, actor: actor)
        let secret = AccessToken.secret()
        let session = StaffSession()
        session.$account.id = try account.requireID()
        session.tokenHash = AccessToken.hash(secret)
        session.csrfToken = AccessToken.secret()
        session.createdAt = now
        session.expiresAt = now + Self.sessionSeconds
        try await session.create(on: database.db)
        return (secret, account)
    }

    /// The live session a cookie secret opens, with its account.
    func session(secret: String) async throws -> (StaffSession, StaffAccount)? {
        guard let session = try await StaffSession.query(on: database.db).filter(\.$tokenHash == AccessToken.hash(secret))
            .with(\.$account).first(), session.expiresAt > clock.now() else { return nil }
        return (session, session.account)
    }

    func logout(secret: String) async throws {
        try await StaffSession.query(on: database.db).filter(\.$tokenHash == AccessToken.hash(secret)).delete()
    }

    /// An admin issues a temporary password: every session of the account ends, any lock is lifted, and
    /// the next login must choose a new password. Returns the temporary password to hand over.
    func reset(accountID: UUID) async throws -> String {
        guard let account = try await StaffAccount.find(accountID, on: database.db) else {
            throw Failure.invalid(field: "id", reason: "no such account")
        }
        let temporary = Self.temporaryPassword()
        account.passwordHash = Bcrypt.hash(temporary, cost: cost)
        account.mustChangePassword = true
        account.failedLogins = 0
        account.lockedUntil = 0
        try await account.save(on: database.db)
        try await StaffSession.query(on: database.db).filter(\.$account.$id == accountID).delete()
        try await audit.record("account.reset", subject: account.username, instansiID: account.$instansi.id)
        return temporary
    }

    /// The account holder sets a new password (after a reset, or at will).
    func changePassword(accountID: UUID, current: String, new: String) async throws {
        guard let account = try await StaffAccount.find(accountID, on: database.db) else { throw Failure.invalidLogin }
        guard Bcrypt.verify(current, hash: account.passwordHash) else {
            throw Failure.invalid(field: "current", reason: "the current password is wrong")
        }
        try Self.check(password: new)
        guard new != current else { throw Failure.invalid(field: "password", reason: "choose a different password") }
        account.passwordHash = Bcrypt.hash(new, cost: cost)
        account.mustChangePassword = false
        try await account.save(on: database.db)
        try await audit.record("account.password-change", subject: account.username, instansiID: account.$instansi.id)
    }
}
