import FluentKit
import Foundation

/// What the command line does with signing keys and certificates (`talenta keys`, `talenta verify-result --rescore`).
public enum KeyAdmin {
    public struct Invalid: Error, CustomStringConvertible {
        public let description: String
    }

    /// Every key: instansi, key id, public key, created, retired.
    public static func list(database: TalentaDatabase) async throws -> [String] {
        try await SigningKey.query(on: database.db).with(\.$instansi).sort(\.$createdAt).all().map { key in
            let created = Date(timeIntervalSince1970: key.createdAt).ISO8601Format()
            let state = key.retiredAt.map { "retired \(Date(timeIntervalSince1970: $0).ISO8601Format())" } ?? "active"
            return "\(key.instansi.code)\t\(key.keyID)\t\(key.publicKey)\tcreated \(created)\t\(state)"
        }
    }

    /// Retires the instansi's active key and makes a new one; returns the new key's id and public key.
    public static func rotate(database: TalentaDatabase, instansi code: String) async throws -> (keyID: String, publicKey: String) {
        guard let instansi = try await OrganisationQueries.instansi(code: code, on: database.db) else {
            throw Invalid(description: "no instansi with code '\(code)' (see `talenta instansi list`)")
        }
        let key = try await database.transaction { db in
            try await ResultSigning.rotate(instansiID: try instansi.requireID(), at: Date().timeIntervalSince1970, on: db)
        }
        return (key.keyID, key.publicKey)
    }

    /// Re-scores the stored answers of the certificate's result and compares with the signed scores' SHA-256.
    public static func rescore(database: TalentaDatabase, payload: CertificatePayload) async throws -> Bool {
        guard let id = UUID(uuidString: payload.result), try await AssessmentResult.find(id, on: database.db) != nil else {
            throw Invalid(description: "result \(payload.result) is not in this database")
        }
        return try await ResultService(database: database).verify(id).recomputedDigest == payload.scoresSHA256
    }
}
