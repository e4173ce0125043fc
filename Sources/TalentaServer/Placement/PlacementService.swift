import FluentKit
import Foundation
import TalentDomain
import TalentPlacement

/// Placement rounds: creates them from an instansi's records, moves them through the workflow
/// (draft → presented to the pimpinan → BKN consultation → decided), keeps the consultation's comments,
/// records the decision checked against the recommendation, and re-verifies a round from its stored inputs.
///
/// A round stores the canonical JSON of its inputs and of its recommendation with a SHA-256 of both, so
/// anyone can recompute the recommendation from the inputs (`PlacementRound.recommend`) and compare bytes.
struct PlacementService: Sendable {
    let database: TalentaDatabase
    let results: ResultService
    let clock: any ServerClock
    var audit: AuditLog { AuditLog(database: database, clock: clock) }

    /// Writes a workflow step of `round` to the audit log.
    private func log(_ action: String, _ round: PlacementRoundRecord, _ detail: [String: String] = [:], actor: String? = nil,
                     on db: (any Database)? = nil) async throws {
        var detail = detail
        detail["round"] = try round.requireID().uuidString
        detail["digest"] = round.digest
        try await audit.record(action, subject: round.title, detail: detail, instansiID: round.$instansi.id, actor: actor, on: db)
    }

    /// What creating a round takes: a kind (`pengisian` or `rotasi`), and optionally a title, the date
    /// the rules apply on (default today, WIB), locks and exclusions.
    struct NewRound: Codable, Sendable {
        var kind: String
        var title: String?
        var asOf: String?
        var locks: [PostCandidate]?
        var exclusions: [PostCandidate]?
    }

    /// Today in Western Indonesia (UTC+7), the calendar of the rules.
    func today() -> CivilDate {
        CivilDate(dayNumber: Int(((clock.now() + 7 * 3600) / 86_400).rounded(.down)))
    }

    func create(_ new: NewRound, instansi: Instansi, actor: String) async throws -> PlacementRoundRecord {
        guard let kind = RoundKind(rawValue: new.kind.trimmed.lowercased()) else {
            throw AppError(.badRequest, "kind must be \(RoundKind.allCases.map(\.rawValue).joined(separator: " or ")), not '\(new.kind)'", field: "kind")
        }
        var asOf = today()
        if let text = new.asOf?.trimmed, !text.isEmpty {
            guard let date = CivilDate(parsing: text) else {
                throw AppError(.badRequest, "asOf must be a date such as 2025-12-01, not '\(text)'", field: "asOf")
            }
            asOf = date
        }
        let title = new.title?.trimmed ?? ""
        guard title.count <= 200 else { throw AppError(.badRequest, "title is longer than 200 characters", field: "title") }
        let round = PlacementRoundRecord()
        round.$instansi.id = try instansi.requireID()
        round.title = title.isEmpty ? "\(kind == .rotation ? "Rotasi" : "Pengisian") JPT \(asOf.indonesian)" : title
        round.kind = kind.rawValue
        round.state = .draft
        round.asOf = asOf.iso
        round.createdAt = clock.now()
        round.createdBy = actor
        try await compute(round, instansi: instansi, locks: new.locks ?? [], exclusions: new.exclusions ?? [])
        try await round.create(on: database.db)
        try await log("placement.create", round, ["kind": kind.rawValue, "asOf": asOf.iso], actor: actor)
        return round
    }

    /// Re-reads the records and recomputes a draft (after an import, or new settings); locks and
    /// exclusions stay.
    func recompute(_ round: PlacementRoundRecord, instansi: Instansi) async throws {
        try require(round, in: .draft, to: "recompute")
        let old = try inputs(of: round)
        try await compute(round, instansi: instansi, locks: old.locks, exclusions: old.exclusions)
        try await round.save(on: database.db)
        try await log("placement.recompute", round)
    }

    private func compute(_ round: PlacementRoundRecord, instansi: Instansi, locks: [PostCandidate],
                         exclusions: [PostCandidate]) async throws {
        let configuration = try await results.configuration(for: try instansi.requireID())
        let input = try await PlacementInputs.build(
            instansi: instansi, kind: RoundKind(rawValue: round.kind) ?? .vacancy, asOf: CivilDate(parsing: round.asOf)!,
            configuration: configuration, locks: locks, exclusions: exclusions, on: database.db)
        let recommendation: PlacementRecommendation
        do { recommendation = try PlacementRound.recommend(input) } catch {
            let field = switch error {
            case .unknownPost(let value), .notATarget(let value): exclusions.contains { $0.post == value } ? "exclusions" : "locks"
            case .unknownCandidate(let value): exclusions.contains { $0.candidate == value } ? "exclusions" : "locks"
            default: "locks"
            }
            throw AppError(.badRequest, error.description, field: field)
        }
        round.inputs = try ResultService.canonical(input)
        round.recommendation = try ResultService.canonical(recommendation)
        round.digest = Self.digest(inputs: round.inputs, recommendation: round.recommendation)
    }

    static func digest(inputs: String, recommendation: String) -> String {
        ResultService.sha256(inputs + "\n" + recommendation)
    }

    // MARK: - Reading

    /// The round `id` of `instansi`; a round of another instansi is as missing as one that never existed.
    func round(_ id: String, of instansi: Instansi) async throws -> PlacementRoundRecord {
        guard let uuid = UUID(uuidString: id),
              let round = try await PlacementRoundRecord.query(on: database.db).filter(\.$id == uuid)
                .filter(\.$instansi.$id == instansi.requireID()).first() else {
            throw AppError(.notFound, "no placement round '\(id)' in \(instansi.name)", field: "round")
        }
        return round
    }

    func rounds(of instansi: Instansi) async throws -> [PlacementRoundRecord] {
        try await PlacementRoundRecord.query(on: database.db).filter(\.$instansi.$id == instansi.requireID())
            .sort(\.$createdAt, .descending).all()
    }

    func inputs(of round: PlacementRoundRecord) throws -> PlacementRoundInput {
        try JSONDecoder().decode(PlacementRoundInput.self, from: Data(round.inputs.utf8))
    }

    func recommendation(of round: PlacementRoundRecord) throws -> PlacementRecommendation {
        try JSONDecoder().decode(PlacementRecommendation.self, from: Data(round.recommendation.utf8))
    }

    func review(of round: PlacementRoundRecord) throws -> DecisionReview? {
        try round.review.map { try JSONDecoder().decode(DecisionReview.self, from: Data($0.utf8)) }
    }

    func comments(of round: PlacementRoundRecord) async throws -> [PlacementComment] {
        try await PlacementComment.query(on: database.db).filter(\.$round.$id == round.requireID()).sort(\.$createdAt).all()
    }

    // MARK: - Workflow

    private func require(_ round: PlacementRoundRecord, in state: PlacementRoundRecord.State, to action: String) throws {
        guard round.state == state else {
            throw AppError(.conflict, "cannot \(action): the round is \(round.state.rawValue), not \(state.rawValue)", field: "state")
        }
    }

    /// The instansi admin hands the draft to the pimpinan.
    func present(_ round: PlacementRoundRecord, actor: String) async throws {
        try require(round, in: .draft, to: "present it to the pimpinan")
        round.state = .presented
        round.presentedAt = clock.now()
        round.presentedBy = actor
        try await round.save(on: database.db)
        try await log("placement.present", round, actor: actor)
    }

    /// The pimpinan sends the round to BKN for consultation.
    func consult(_ round: PlacementRoundRecord, actor: String) async throws {
        try require(round, in: .presented, to: "send it to BKN consultation")
        round.state = .consultation
        round.consultedAt = clock.now()
        round.consultedBy = actor
        try await round.save(on: database.db)
        try await log("placement.consult", round, actor: actor)
    }

    struct NewComment: Codable, Sendable {
        var post: String
        var body: String
    }

    /// A BKN comment on one post, during the consultation.
    func comment(_ new: NewComment, on round: PlacementRoundRecord, author: String, role: String) async throws {
        try require(round, in: .consultation, to: "comment")
        let recommendation = try recommendation(of: round)
        guard recommendation.post(new.post) != nil else {
            throw AppError(.badRequest, "'\(new.post)' is not a post of this round", field: "post")
        }
        let body = new.body.trimmed
        guard !body.isEmpty else { throw AppError(.badRequest, "the comment is empty", field: "body") }
        guard body.count <= 4000 else { throw AppError(.badRequest, "the comment is longer than 4000 characters", field: "body") }
        let comment = PlacementComment()
        comment.$round.id = try round.requireID()
        comment.postCode = new.post
        comment.body = body
        comment.author = author
        comment.role = role
        comment.createdAt = clock.now()
        try await comment.create(on: database.db)
        try await log("placement.comment", round, ["post": new.post, "body": body], actor: "\(role): \(author)")
    }

    /// The pimpinan's decision, after the consultation: any post not mentioned keeps the recommendation;
    /// any other choice needs a written reason and is listed in the deviation report.
    func decide(_ decisions: [PlacementDecision], on round: PlacementRoundRecord, actor: String) async throws -> DecisionReview {
        try require(round, in: .consultation, to: "decide")
        let recommendation = try recommendation(of: round)
        let review: DecisionReview
        do { review = try DecisionReview(decisions, against: recommendation) } catch {
            throw AppError(.badRequest, error.description, field: "decisions.\(error.post)")
        }
        round.review = try ResultService.canonical(review)
        round.state = .decided
        round.decidedAt = clock.now()
        round.decidedBy = actor
        try await database.transaction { db in
            try await round.save(on: db)
            try await log("placement.decide", round, ["decisions": String(review.decisions.count), "deviations": String(review.deviations.count),
                                                      "fitLost": String(review.fitLost), "reviewSHA256": ResultService.sha256(round.review ?? "")],
                          actor: actor, on: db)
            for deviation in review.deviations {
                try await log("placement.override", round, ["post": deviation.post, "recommended": deviation.recommended ?? "",
                                                            "decided": deviation.decided ?? "", "fitLost": String(deviation.fitLost),
                                                            "reason": deviation.reason], actor: actor, on: db)
            }
        }
        return review
    }

    // MARK: - Verification

    struct Verification: Codable, Sendable {
        let round: UUID
        let digest: String
        /// The digest of the stored inputs and recommendation matches the stored digest.
        let digestMatches: Bool
        /// Recomputing from the stored inputs gives the stored recommendation, byte for byte.
        let reproduced: Bool
        let method: String
    }

    func verify(_ round: PlacementRoundRecord) throws -> Verification {
        let recomputed = try ResultService.canonical(PlacementRound.recommend(try inputs(of: round)))
        return Verification(round: try round.requireID(), digest: round.digest,
                            digestMatches: Self.digest(inputs: round.inputs, recommendation: round.recommendation) == round.digest,
                            reproduced: recomputed == round.recommendation, method: PlacementRecommendation.method)
    }
}
