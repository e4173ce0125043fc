import FluentKit
import Foundation
import TalentDomain
import TestDelivery

/// Scores finished attempts, stores and re-verifies their results, and keeps each instansi's talent
/// configuration and result releases.
///
/// Scoring runs inside the transaction that finishes the attempt (the last answer, a submit, the adaptive
/// engine's stop, or the sweep that closes attempts whose time ran out), so a finished attempt always has
/// its result. A terminated attempt is not scored.
struct ResultService: Sendable {
    let database: TalentaDatabase

    /// Canonical JSON: sorted keys, no whitespace. The bytes that are hashed and compared.
    static func canonical(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func sha256(_ text: String) -> String { sha256Hex(text) }

    /// Scores `attempt` and stores its result, once per attempt, on `db` (the caller's transaction).
    static func record(_ attempt: Attempt, attemptID: UUID, bank: DeliveryBank, at now: Double,
                       on db: any Database) async throws {
        guard attempt.status == .finished,
              try await AssessmentResult.query(on: db).filter(\.$attempt.$id == attemptID).first() == nil,
              let record = try await AttemptRecord.find(attemptID, on: db) else { return }
        let enrolment = try await record.$enrolment.get(on: db)
        let session = try await enrolment.$session.get(on: db)
        let score = try AttemptScore(attempt, bank: bank)
        var versions: [String: Int] = [:]
        for key in attempt.sections.flatMap(\.items) {
            if let item = bank.items[key] { versions[key] = item.version }
        }
        let result = AssessmentResult()
        result.$attempt.id = attemptID
        result.$employee.id = enrolment.$employee.id
        result.$instansi.id = session.$instansi.id
        result.$session.id = try session.requireID()
        result.method = score.method
        result.scores = try canonical(score)
        result.itemVersions = try canonical(versions)
        result.digest = sha256(result.scores)
        result.testedOn = String(session.startsAt.prefix(10))
        result.scoredAt = now
        try await result.create(on: db)
        try await AttemptService.log(attemptID, type: "scored", actor: "sistem", at: now,
                                     data: ["method": score.method, "digest": result.digest], on: db)
        let employee = try await enrolment.$employee.get(on: db)
        try await AuditLog.append("result.scored", subject: employee.nip,
                                  detail: ["result": try result.requireID().uuidString, "session": session.code,
                                           "method": score.method, "digest": result.digest],
                                  instansiID: session.$instansi.id, actor: "sistem", at: now, on: db)
    }

    /// The outcome of re-scoring a stored result from its attempt's stored answers.
    struct Verification: Codable, Sendable {
        let result: UUID
        let method: String
        let storedDigest: String
        let recomputedDigest: String
        let identical: Bool
    }

    /// Re-scores the attempt behind `resultID` from its stored answers and the exact item versions it was
    /// given, and compares the bytes with the stored scores.
    func verify(_ resultID: UUID) async throws -> Verification {
        let db = database.db
        guard let result = try await AssessmentResult.find(resultID, on: db) else {
            throw AppError(.notFound, "no result \(resultID)", field: "id")
        }
        let record = try await result.$attempt.get(on: db)
        let attempt = try await AttemptStore.attempt(record, on: db)
        let versions = try JSONDecoder().decode([String: Int].self, from: Data(result.itemVersions.utf8))
        let decoder = JSONDecoder()
        var items: [TestItem] = []
        for (key, version) in versions.sorted(by: { $0.key < $1.key }) {
            guard let row = try await TestItemRecord.query(on: db).filter(\.$key == key).filter(\.$version == version).first() else {
                throw AppError(.conflict, "item \(key) version \(version) of this result is no longer stored", field: "item")
            }
            var item = try decoder.decode(TestItem.self, from: Data(row.body.utf8))
            item.status = .active
            items.append(item)
        }
        let rescored = try Self.canonical(AttemptScore(attempt, bank: try DeliveryBank(items: items)))
        let digest = Self.sha256(rescored)
        return Verification(result: resultID, method: result.method, storedDigest: result.digest,
                            recomputedDigest: digest, identical: rescored == result.scores && digest == result.digest)
    }

    // MARK: - Configuration

    /// The instansi's talent configuration, or the defaults.
    func configuration(for instansiID: UUID) async throws -> TalentConfiguration {
        guard let row = try await InstansiSettings.query(on: database.db).filter(\.$instansi.$id == instansiID).first() else {
            return .default
        }
        return try JSONDecoder().decode(TalentConfiguration.self, from: Data(row.configuration.utf8))
    }

    /// Stores a configuration after checking it; the error names the inconsistent field.
    func setConfiguration(_ configuration: TalentConfiguration, for instansiID: UUID, actor: String) async throws {
        if let problem = configuration.problem() { throw AppError(.badRequest, problem, field: problem.split(separator: " ").first.map(String.init)) }
        let row = try await InstansiSettings.query(on: database.db).filter(\.$instansi.$id == instansiID).first()
            ?? InstansiSettings()
        row.$instansi.id = instansiID
        row.configuration = try Self.canonical(configuration)
        row.updatedAt = Date().timeIntervalSince1970
        row.updatedBy = actor
        try await row.save(on: database.db)
        try await AuditLog(database: database, clock: LiveClock()).record(
            "settings.update", subject: "talent configuration", detail: ["sha256": Self.sha256(row.configuration)],
            instansiID: instansiID, actor: actor)
        try await NationalProfiles(database: database).refresh(instansiID: instansiID)  // the box may change
    }

    // MARK: - Release

    func release(sessionID: UUID, actor: String, at now: Double) async throws {
        guard try await ResultRelease.query(on: database.db).filter(\.$session.$id == sessionID).first() == nil else { return }
        guard let session = try await TestSession.find(sessionID, on: database.db) else { return }
        try await database.transaction { db in
            let release = ResultRelease()
            release.$session.id = sessionID
            release.releasedAt = now
            release.releasedBy = actor
            try await release.create(on: db)
            let signed = try await ResultSigning.signSession(session, at: now, on: db)
            try await AuditLog.append("result.release", subject: session.code, detail: ["signed": String(signed)],
                                      instansiID: session.$instansi.id, actor: actor, at: now, on: db)
        }
        try await NationalProfiles(database: database).refresh(sessionID: sessionID)  // now searchable nationally
    }

    func isReleased(sessionID: UUID) async throws -> Bool {
        try await ResultRelease.query(on: database.db).filter(\.$session.$id == sessionID).first() != nil
    }
}
