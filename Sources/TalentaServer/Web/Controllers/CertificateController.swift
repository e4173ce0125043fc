import FluentKit
import Foundation
import Hummingbird
import TalentDomain
import TestDelivery

/// Signed results: the printable certificate (the pimpinan's, and the participant's own after release),
/// the certificate file, the published keys, and the public verification page, which anyone may use:
/// it checks the signature with the instansi's key and re-scores the stored answers.
struct CertificateController: Sendable {
    let services: AppServices
    var database: TalentaDatabase { services.database }

    func addRoutes(to router: Router<BasicRequestContext>, gate: Gate) {
        router.add(.get, "/verifikasi", .open, gate: gate, use: verifyPage)
        router.add(.post, "/verifikasi", .open, gate: gate, use: verifyUpload)
        router.add(.get, "/api/certificates/{certificate}", .open, gate: gate, use: file)
        router.add(.get, "/api/certificates/{certificate}/verify", .open, gate: gate, use: apiVerify)
        router.add(.get, "/api/keys", .open, gate: gate, use: keys)
        router.add(.get, "/instansi/{code}/hasil/{nip}/sertifikat", Access([.pimpinan], tenant: .instansi("code")), gate: gate,
                   use: pimpinanCertificate)
        router.add(.get, "/ujian/sertifikat", Access([.participant]), gate: gate, use: participantCertificate)
    }

    // MARK: - Lookups

    static func normalise(_ code: String) -> String {
        let letters = code.uppercased().filter { $0.isLetter || $0.isNumber }
        guard letters.count == 12 else { return code.uppercased() }
        return ResultSigning.grouped(letters)
    }

    func certificate(code: String) async throws -> ResultCertificate? {
        try await ResultCertificate.query(on: database.db).filter(\.$code == Self.normalise(code)).first()
    }

    /// Everything the verification page says about a certificate file.
    struct Check: Encodable, Sendable {
        let code: String?
        let signatureValid: Bool
        let problems: [String]
        /// The key the signature was checked with is the instansi's key on record here.
        let keyOnRecord: Bool
        let keyRetired: Bool
        /// Re-scoring the stored answers gives the signed scores (nil: the result is not in this database).
        let rescored: Bool?
        let payload: CertificatePayload?
    }

    func check(_ data: Data) async throws -> Check {
        let embedded = try? JSONDecoder().decode(CertificateFile.self, from: data)
        let key = try await embedded.asyncFlatMap { file in
            try await SigningKey.query(on: database.db).filter(\.$keyID == file.keyId).first()
        }
        let outcome = CertificateVerifier.verify(data, publicKey: key?.publicKey)
        var rescored: Bool?
        if outcome.valid, let payload = outcome.payload, let id = UUID(uuidString: payload.result),
           try await AssessmentResult.find(id, on: database.db) != nil {
            let verification = try await services.results.verify(id)
            rescored = verification.recomputedDigest == payload.scoresSHA256
        }
        var problems = outcome.problems
        if key == nil { problems.append("no key with this id is on record here: the signature was checked with the key in the file only") }
        return Check(code: embedded?.code, signatureValid: outcome.valid, problems: problems, keyOnRecord: key != nil,
                     keyRetired: key?.retiredAt != nil, rescored: rescored, payload: outcome.payload)
    }

    // MARK: - Public

    @Sendable func verifyPage(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let lang = Language(request: request)
        guard let code = request.uri.queryParameters.get("kode"), !code.isEmpty else {
            return CertificatePage.verify(nil, code: nil, lang: lang)
        }
        guard let certificate = try await certificate(code: code) else {
            return CertificatePage.verify(nil, code: code, lang: lang)
        }
        let data = try JSONEncoder().encode(ResultSigning.file(certificate))
        return CertificatePage.verify(try await check(data), code: code, lang: lang)
    }

    struct Upload: Decodable { let certificate: String }

    @Sendable func verifyUpload(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let (upload, _) = try await RequestSupport.jsonOrForm(Upload.self, request, limit: 256 * 1024)
        let result = try await check(Data(upload.certificate.utf8))
        return CertificatePage.verify(result, code: result.code ?? "", lang: Language(request: request))
    }

    private func json(_ value: some Encodable, download: String? = nil) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if let download { headers[.contentDisposition] = "attachment; filename=\"\(download)\"" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    @Sendable func file(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let code = try context.parameters.require("certificate")
        guard let certificate = try await certificate(code: code) else {
            throw AppError(.notFound, "no certificate with code '\(code)'", field: "certificate")
        }
        return try json(ResultSigning.file(certificate), download: "sertifikat-\(certificate.code).json")
    }

    @Sendable func apiVerify(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let code = try context.parameters.require("certificate")
        guard let certificate = try await certificate(code: code) else {
            throw AppError(.notFound, "no certificate with code '\(code)'", field: "certificate")
        }
        return try json(try await check(try JSONEncoder().encode(ResultSigning.file(certificate))))
    }

    struct PublishedKey: Encodable {
        let instansi: String
        let keyId: String
        let publicKey: String
        let createdAt: Double
        let retiredAt: Double?
    }

    @Sendable func keys(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let keys = try await SigningKey.query(on: database.db).with(\.$instansi).sort(\.$createdAt).all()
        return try json(keys.map { PublishedKey(instansi: $0.instansi.code, keyId: $0.keyID, publicKey: $0.publicKey,
                                                createdAt: $0.createdAt, retiredAt: $0.retiredAt) })
    }

    // MARK: - Printable certificates

    @Sendable func pimpinanCertificate(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        let nip = try context.parameters.require("nip")
        guard let employee = try await Employee.query(on: database.db).filter(\.$instansi.$id == instansi.requireID())
            .filter(\.$nip == nip).first(),
              let certificate = try await ResultCertificate.query(on: database.db)
                .join(AssessmentResult.self, on: \ResultCertificate.$result.$id == \AssessmentResult.$id)
                .filter(AssessmentResult.self, \.$employee.$id == employee.requireID())
                .sort(\.$signedAt, .descending).first() else {
            throw AppError(.notFound, "no signed result for NIP \(nip) in \(instansi.name): results are signed when their session is released",
                           field: "nip")
        }
        return CertificatePage.render(certificate, lang: Language(request: request), staff: true)
    }

    @Sendable func participantCertificate(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let lang = Language(request: request)
        guard let attemptID = Principal.current?.attemptID,
              let result = try await AssessmentResult.query(on: database.db).filter(\.$attempt.$id == attemptID).first(),
              let certificate = try await ResultCertificate.query(on: database.db).filter(\.$result.$id == result.requireID()).first() else {
            return try Layout.page(title: lang.pick("Sertifikat", "Certificate"), lang: lang, path: "/ujian/sertifikat", staff: false) {
                "<h1>\(lang.pick("Sertifikat belum tersedia", "No certificate yet"))</h1><p>\(lang.pick("Sertifikat bertanda tangan dibuat saat pimpinan merilis hasil.", "The signed certificate is made when the head of your instansi releases the results."))</p>"
            }.response(from: request, context: context)
        }
        return try CertificatePage.render(certificate, lang: lang, staff: false).response(from: request, context: context)
    }
}

extension Optional {
    fileprivate func asyncFlatMap<T>(_ transform: (Wrapped) async throws -> T?) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
