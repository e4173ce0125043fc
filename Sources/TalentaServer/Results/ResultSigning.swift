import Crypto
import FluentKit
import Foundation

/// What a certificate signs: the result as released, in canonical JSON (sorted keys). The scores and item
/// versions are carried as the exact canonical strings stored with the result, so their SHA-256 can be
/// checked offline byte for byte.
public struct CertificatePayload: Codable, Sendable, Equatable {
    public static let format = "talenta-certificate/1"

    public var format = CertificatePayload.format
    public var instansi: String
    public var instansiName: String
    public var nip: String
    public var name: String
    public var session: String
    public var testedOn: String
    public var result: String
    public var method: String
    /// The stored canonical scores JSON, verbatim.
    public var scores: String
    public var scoresSHA256: String
    /// The stored canonical item versions JSON, verbatim.
    public var itemVersions: String
    public var keyId: String
    /// ISO 8601, UTC.
    public var signedAt: String
}

/// The certificate as a file anyone can keep and check: the payload text, its signature, the code
/// printed on paper, and the signing key (whose id the instansi publishes at `/api/keys`).
public struct CertificateFile: Codable, Sendable, Equatable {
    public var format = CertificatePayload.format
    public var code: String
    public var keyId: String
    /// Raw Ed25519 public key, base64.
    public var publicKey: String
    /// Ed25519 signature of the UTF-8 bytes of `payload`, base64.
    public var signature: String
    /// Canonical JSON of `CertificatePayload`.
    public var payload: String
}

/// Signs released results with the instansi's Ed25519 key (swift-crypto), and manages the keys.
enum ResultSigning {
    /// The key id: the first 16 hex digits of the SHA-256 of the raw public key.
    static func keyID(_ publicKey: Data) -> String { String(sha256Hex(bytes: publicKey).prefix(16)) }

    /// The short code printed on a certificate, derived from its signature: `XXXX-XXXX-XXXX`.
    static func code(signature: Data) -> String {
        grouped(AccessToken.derived(from: SHA256.hash(data: signature), count: 12))
    }

    /// Twelve characters as the printed code's three groups of four.
    static func grouped(_ letters: some StringProtocol) -> String {
        [0, 4, 8].map { String(letters.dropFirst($0).prefix(4)) }.joined(separator: "-")
    }

    /// The instansi's active key, made on first use.
    static func activeKey(instansiID: UUID, at now: Double, on db: any Database) async throws -> SigningKey {
        if let key = try await SigningKey.query(on: db).filter(\.$instansi.$id == instansiID).filter(\.$retiredAt == nil)
            .sort(\.$createdAt, .descending).first() {
            return key
        }
        return try await newKey(instansiID: instansiID, at: now, on: db)
    }

    /// Retires the active key (it stays to identify older certificates) and makes a new one.
    static func rotate(instansiID: UUID, at now: Double, on db: any Database) async throws -> SigningKey {
        for key in try await SigningKey.query(on: db).filter(\.$instansi.$id == instansiID).filter(\.$retiredAt == nil).all() {
            key.retiredAt = now
            try await key.save(on: db)
        }
        return try await newKey(instansiID: instansiID, at: now, on: db)
    }

    private static func newKey(instansiID: UUID, at now: Double, on db: any Database) async throws -> SigningKey {
        let privateKey = Curve25519.Signing.PrivateKey()
        let key = SigningKey()
        key.$instansi.id = instansiID
        key.keyID = keyID(privateKey.publicKey.rawRepresentation)
        key.publicKey = privateKey.publicKey.rawRepresentation.base64EncodedString()
        key.privateKey = privateKey.rawRepresentation.base64EncodedString()
        key.createdAt = now
        try await key.create(on: db)
        try await AuditLog.append("key.create", subject: key.keyID, detail: ["publicKey": key.publicKey], instansiID: instansiID,
                                  actor: Principal.actorName, at: now, on: db)
        return key
    }

    /// Signs every result of a session that has no certificate yet (called when the session is released).
    static func signSession(_ session: TestSession, at now: Double, on db: any Database) async throws -> Int {
        let instansi = try await session.$instansi.get(on: db)
        let results = try await AssessmentResult.query(on: db).filter(\.$session.$id == session.requireID()).with(\.$employee).all()
        let signed = Set(try await ResultCertificate.query(on: db).filter(\.$result.$id ~~ results.compactMap(\.id)).all().map(\.$result.id))
        let key = try await activeKey(instansiID: try instansi.requireID(), at: now, on: db)
        guard let raw = Data(base64Encoded: key.privateKey) else {
            throw AppError(.internalServerError, "the signing key \(key.keyID) is unreadable", field: nil)
        }
        let privateKey = try Curve25519.Signing.PrivateKey(rawRepresentation: raw)
        var count = 0
        for result in results where !signed.contains(try result.requireID()) {
            let payload = CertificatePayload(
                instansi: instansi.code, instansiName: instansi.name, nip: result.employee.nip, name: result.employee.name,
                session: session.code, testedOn: result.testedOn, result: try result.requireID().uuidString.lowercased(),
                method: result.method, scores: result.scores, scoresSHA256: result.digest, itemVersions: result.itemVersions,
                keyId: key.keyID, signedAt: Date(timeIntervalSince1970: now).ISO8601Format())
            let text = try ResultService.canonical(payload)
            let signature = try privateKey.signature(for: Data(text.utf8))
            let certificate = ResultCertificate()
            certificate.$result.id = try result.requireID()
            certificate.$instansi.id = try instansi.requireID()
            certificate.code = code(signature: signature)
            certificate.keyID = key.keyID
            certificate.publicKey = key.publicKey
            certificate.payload = text
            certificate.signature = signature.base64EncodedString()
            certificate.signedAt = now
            try await certificate.create(on: db)
            try await AuditLog.append("result.signed", subject: result.employee.nip,
                                      detail: ["code": certificate.code, "keyId": key.keyID, "digest": result.digest],
                                      instansiID: instansi.id, actor: Principal.actorName, at: now, on: db)
            count += 1
        }
        return count
    }

    static func file(_ certificate: ResultCertificate) -> CertificateFile {
        CertificateFile(code: certificate.code, keyId: certificate.keyID, publicKey: certificate.publicKey,
                        signature: certificate.signature, payload: certificate.payload)
    }
}

/// Checks a certificate file offline: the Ed25519 signature over the payload's bytes, the code and key id
/// derived from them, and the SHA-256 of the scores it carries. `talenta verify-result` and the public
/// verification page both use it.
public enum CertificateVerifier {
    public struct Outcome: Sendable {
        /// Every check passed.
        public var valid: Bool { problems.isEmpty }
        public var problems: [String]
        public var payload: CertificatePayload?
        /// The key the signature was checked with came from the file itself (proves integrity, not origin).
        public var usedEmbeddedKey: Bool
        public var keyId: String?
    }

    /// - Parameter publicKey: the instansi's published key (base64 of the raw 32 bytes); nil uses the file's.
    public static func verify(_ data: Data, publicKey: String?) -> Outcome {
        var outcome = Outcome(problems: [], payload: nil, usedEmbeddedKey: publicKey == nil, keyId: nil)
        guard let file = try? JSONDecoder().decode(CertificateFile.self, from: data) else {
            outcome.problems = ["not a Talenta certificate file (JSON with format, code, keyId, publicKey, signature, payload)"]
            return outcome
        }
        if file.format != CertificatePayload.format { outcome.problems.append("unknown format '\(file.format)'") }
        let keyText = publicKey ?? file.publicKey
        guard let keyBytes = Data(base64Encoded: keyText.trimmingCharacters(in: .whitespacesAndNewlines)),
              let key = try? Curve25519.Signing.PublicKey(rawRepresentation: keyBytes) else {
            outcome.problems.append("the public key is not a base64 Ed25519 key")
            return outcome
        }
        outcome.keyId = ResultSigning.keyID(keyBytes)
        guard let signature = Data(base64Encoded: file.signature) else {
            outcome.problems.append("the signature is not base64")
            return outcome
        }
        if !key.isValidSignature(signature, for: Data(file.payload.utf8)) {
            outcome.problems.append("the signature does not match the payload under key \(outcome.keyId!): the certificate was altered or signed by another key")
        }
        if ResultSigning.code(signature: signature) != file.code {
            outcome.problems.append("the verification code \(file.code) does not belong to this signature")
        }
        guard let payload = try? JSONDecoder().decode(CertificatePayload.self, from: Data(file.payload.utf8)) else {
            outcome.problems.append("the payload is not a certificate payload")
            return outcome
        }
        outcome.payload = payload
        if payload.keyId != outcome.keyId { outcome.problems.append("the payload names key \(payload.keyId), not \(outcome.keyId!)") }
        if sha256Hex(payload.scores) != payload.scoresSHA256 {
            outcome.problems.append("the scores do not match their SHA-256 \(payload.scoresSHA256)")
        }
        return outcome
    }
}
