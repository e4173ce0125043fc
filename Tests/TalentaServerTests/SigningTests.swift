import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import TalentaServer

@Suite("Signed results: certificates at release, offline verification, re-scoring, key rotation")
struct SigningTests {
    func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    @Test(arguments: TestBackend.all)
    func releasedResultsAreSignedAndAnyoneCanCheckThem(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let (_, logins) = try await DemoSeeder(database: database, bcryptCost: 4).seed()
            let app = Application(router: buildRouter(database: database, clock: ManualClock()))
            try await app.test(.router) { client in
                let pimpinan = try await AsStaff.signIn(client, "serang.pimpinan")
                #expect(try await ResultCertificate.query(on: database.db).count() == 0, "nothing is signed before the release")
                let release = try await pimpinan.execute(uri: "/api/instansi/kota-serang/sessions/\(DemoTestDay.testDay)/release", method: .post)
                #expect(release.status.code < 300)
                let certificates = try await ResultCertificate.query(on: database.db).all()
                let scored = try await AssessmentResult.query(on: database.db).join(TestSession.self, on: \AssessmentResult.$session.$id == \TestSession.$id)
                    .filter(TestSession.self, \.$code == DemoTestDay.testDay).count()
                #expect(certificates.count == scored && scored == 23)
                #expect(Set(certificates.map(\.code)).count == 23)
                #expect(try await AuditEntry.query(on: database.db).filter(\.$action == "result.signed").count() == 23)

                // The published key and the certificate file.
                let keys = try #require(try JSONSerialization.jsonObject(with: Data(buffer: try await client.execute(uri: "/api/keys", method: .get).body)) as? [[String: Any]])
                let published = try #require(keys.first { $0["instansi"] as? String == "kota-serang" }?["publicKey"] as? String)
                let certificate = certificates[0]
                let file = try await client.execute(uri: "/api/certificates/\(certificate.code.lowercased().replacingOccurrences(of: "-", with: ""))", method: .get)
                #expect(file.status == .ok)
                let data = Data(buffer: file.body)
                let outcome = CertificateVerifier.verify(data, publicKey: published)
                #expect(outcome.valid && !outcome.usedEmbeddedKey, "\(outcome.problems)")
                #expect(outcome.payload?.scoresSHA256 == (try await AssessmentResult.find(certificate.$result.id, on: database.db))?.digest)

                // Tampering: another key, an edited payload, a borrowed code.
                let otherKey = "\(Data(repeating: 7, count: 32).base64EncodedString())"
                #expect(!CertificateVerifier.verify(data, publicKey: otherKey).valid)
                var edited = try JSONDecoder().decode(CertificateFile.self, from: data)
                edited.payload = edited.payload.replacingOccurrences(of: "\"name\":\"", with: "\"name\":\"X")
                let editedOutcome = CertificateVerifier.verify(try JSONEncoder().encode(edited), publicKey: published)
                #expect(editedOutcome.problems.contains { $0.contains("signature does not match") })
                var borrowed = try JSONDecoder().decode(CertificateFile.self, from: data)
                borrowed.code = certificates[1].code
                #expect(CertificateVerifier.verify(try JSONEncoder().encode(borrowed), publicKey: published).problems.contains { $0.contains("verification code") })

                // The public page and API: signature with the key on record, and a re-score of the stored answers.
                let page = String(buffer: try await client.execute(uri: "/verifikasi?kode=\(certificate.code)", method: .get).body)
                #expect(page.contains("SAH:"))
                var check = try json(try await client.execute(uri: "/api/certificates/\(certificate.code)/verify", method: .get))
                #expect(check["signatureValid"] as? Bool == true && check["keyOnRecord"] as? Bool == true && check["rescored"] as? Bool == true)
                #expect(try await KeyAdmin.rescore(database: database, payload: try #require(outcome.payload)))
                let unknown = String(buffer: try await client.execute(uri: "/verifikasi?kode=AAAA-BBBB-CCCC", method: .get).body)
                #expect(unknown.contains("AAAA-BBBB-CCCC") && !unknown.contains("SAH:"))

                // Someone rewrites a stored answer: the re-score no longer gives the signed scores.
                let signedResult = try #require(try await AssessmentResult.find(certificate.$result.id, on: database.db))
                let attempt = try #require(try await AttemptStateRecord.find(signedResult.$attempt.id, on: database.db))
                var state = try #require(try JSONSerialization.jsonObject(with: Data(attempt.state.utf8)) as? [String: Any])
                var answers = try #require(state["answers"] as? [String: Any])
                var entries = try #require(answers["entries"] as? [String: Any])
                let likert = try #require(entries.keys.sorted().first { $0.hasPrefix("LIK-") })
                var entry = try #require(entries[likert] as? [String: Any])
                entry["answer"] = (entry["answer"] as? String) == "5" ? "1" : "5"
                entries[likert] = entry
                answers["entries"] = entries
                state["answers"] = answers
                attempt.state = String(decoding: try JSONSerialization.data(withJSONObject: state), as: UTF8.self)
                try await attempt.save(on: database.db)
                check = try json(try await client.execute(uri: "/api/certificates/\(certificate.code)/verify", method: .get))
                #expect(check["signatureValid"] as? Bool == true && check["rescored"] as? Bool == false)

                // Printable certificates: the pimpinan's, and the participant's own.
                let nip = try #require(outcome.payload?.nip)
                let printable = String(buffer: try await pimpinan.execute(uri: "/instansi/kota-serang/hasil/\(nip)/sertifikat", method: .get).body)
                #expect(printable.contains(certificate.code) && printable.contains("talenta verify-result"))
                _ = logins
            }
        }
    }

    @Test(arguments: TestBackend.all)
    func aRotatedKeyLeavesOldCertificatesVerifiable(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            _ = try await DemoSeeder(database: database, bcryptCost: 4).seed()
            let services = AppServices(database: database, clock: ManualClock())
            let session = try #require(try await TestSession.query(on: database.db).filter(\.$code == DemoTestDay.testDay).first())
            try await services.results.release(sessionID: try session.requireID(), actor: "test", at: 1_800_000_000)
            let old = try #require(try await ResultCertificate.query(on: database.db).first())
            let oldKey = old.keyID
            let rotated = try await KeyAdmin.rotate(database: database, instansi: "kota-serang")
            #expect(rotated.keyID != oldKey)
            let keys = try await SigningKey.query(on: database.db).all()
            #expect(keys.count == 2 && keys.filter { $0.retiredAt == nil }.map(\.keyID) == [rotated.keyID])
            let controller = CertificateController(services: services)
            let check = try await controller.check(try JSONEncoder().encode(ResultSigning.file(old)))
            #expect(check.signatureValid && check.keyOnRecord && check.keyRetired && check.rescored == true)
            #expect(try await AuditEntry.query(on: database.db).filter(\.$action == "key.create").count() == 2)
            #expect(try await AuditLog(database: database, clock: LiveClock()).verify().intact)
        }
    }
}
