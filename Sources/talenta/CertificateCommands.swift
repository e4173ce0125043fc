import ArgumentParser
import Foundation
import OfflineCommands
import TalentaServer

/// `talenta verify-result FILE`: checks a signed result certificate offline.
struct VerifyResult: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify-result",
        abstract: "Check a signed result certificate (the JSON file from /api/certificates/CODE) offline.",
        discussion: """
            Checks the Ed25519 signature over the payload, the verification code and key id derived from it, and \
            the SHA-256 of the scores. Give the instansi's published key with --public-key (base64, as listed at \
            /api/keys or by `talenta keys list`); without it the key inside the file is used, which proves the \
            file is intact but not who signed it. --rescore also re-scores the stored answers in the configured \
            database and compares them with the signed scores. Exit status 0 when every check passes.
            """)

    @Argument(help: "The certificate file.")
    var file: String

    @Option(help: "The instansi's public key: base64 of the raw 32-byte Ed25519 key, or a file holding it.")
    var publicKey: String?

    @Flag(help: "Re-score the stored answers in the configured database and compare.")
    var rescore = false

    func run() async throws {
        guard let data = FileManager.default.contents(atPath: file) else { throw CommandFailure("cannot read the file '\(file)'") }
        var key = publicKey
        if let given = publicKey, let contents = FileManager.default.contents(atPath: given) {
            key = String(decoding: contents, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let outcome = CertificateVerifier.verify(data, publicKey: key)
        if let payload = outcome.payload {
            print("certificate: \(payload.name), NIP \(payload.nip), \(payload.instansiName), tested \(payload.testedOn), method \(payload.method)")
            print("scores SHA-256: \(payload.scoresSHA256); key \(outcome.keyId ?? "?"); signed \(payload.signedAt)")
        }
        if outcome.usedEmbeddedKey {
            print("note: checked with the key inside the file; compare key \(outcome.keyId ?? "?") with the instansi's published key")
        }
        var valid = outcome.valid
        for problem in outcome.problems { print("FAILED: \(problem)") }
        if rescore, valid, let payload = outcome.payload {
            let configuration = try loadConfiguration()
            let same = try await withDatabase(configuration) { database in
                do { return try await KeyAdmin.rescore(database: database, payload: payload) } catch let error as KeyAdmin.Invalid {
                    throw CommandFailure(error.description)
                }
            }
            print(same ? "re-scoring the stored answers gives the signed scores exactly"
                       : "FAILED: re-scoring the stored answers gives different scores")
            valid = valid && same
        }
        print(valid ? "VALID" : "NOT VALID")
        if !valid { throw ExitCode(1) }
    }
}

/// `talenta keys list|rotate`: the instansi signing keys.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "List or rotate the instansi keys that sign released results.",
        subcommands: [List.self, Rotate.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print every key: instansi, key id, public key, created, state.")

        func run() async throws {
            let configuration = try loadConfiguration()
            let lines = try await withDatabase(configuration) { try await KeyAdmin.list(database: $0) }
            print(lines.isEmpty ? "no keys yet: an instansi's key is made when it first releases results" : lines.joined(separator: "\n"))
        }
    }

    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Retire the instansi's active key and make a new one (older certificates stay verifiable).")

        @Option(help: "The instansi code.")
        var instansi: String

        func run() async throws {
            let configuration = try loadConfiguration()
            let key = try await withDatabase(configuration) { database in
                do { return try await KeyAdmin.rotate(database: database, instansi: instansi) } catch let error as KeyAdmin.Invalid {
                    throw CommandFailure(error.description)
                }
            }
            print("new key \(key.keyID) for \(instansi): \(key.publicKey)")
        }
    }
}
