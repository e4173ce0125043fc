import FluentKit
import Foundation

/// An instansi's Ed25519 signing key. The active one signs released results; retired ones stay to
/// identify the key of older certificates. The private key is kept in this table (see README, "Signed
/// results": protect the database and its backups as you would the key).
final class SigningKey: Model, @unchecked Sendable {
    static let schema = "signing_keys"

    @ID var id: UUID?
    @Parent(key: "instansi_id") var instansi: Instansi
    /// The first 16 hex digits of the SHA-256 of the raw public key.
    @Field(key: "key_id") var keyID: String
    /// Raw 32-byte keys, base64.
    @Field(key: "public_key") var publicKey: String
    @Field(key: "private_key") var privateKey: String
    @Field(key: "created_at") var createdAt: Double
    @OptionalField(key: "retired_at") var retiredAt: Double?

    init() {}
}

/// A released result's signed certificate: the canonical payload, its Ed25519 signature, and the short
/// verification code printed on it.
final class ResultCertificate: Model, @unchecked Sendable {
    static let schema = "result_certificates"

    @ID var id: UUID?
    @Parent(key: "result_id") var result: AssessmentResult
    @Parent(key: "instansi_id") var instansi: Instansi
    @Field(key: "code") var code: String
    @Field(key: "key_id") var keyID: String
    @Field(key: "public_key") var publicKey: String
    @Field(key: "payload") var payload: String
    @Field(key: "signature") var signature: String
    @Field(key: "signed_at") var signedAt: Double

    init() {}
}
