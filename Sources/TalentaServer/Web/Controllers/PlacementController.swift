import FluentKit
import Foundation
import Hummingbird
import TalentDomain
import TalentPlacement

/// Placement rounds: the pages and the API of the workflow draft → presented → BKN consultation → decided.
///
/// - The instansi admin creates and recomputes drafts and presents them to the pimpinan.
/// - The pimpinan sends a round to BKN consultation and decides it.
/// - National viewers (BKN) read rounds in consultation or decided in any instansi, and comment per post
///   during the consultation.
/// Forms post to the page paths and are redirected back; the same handlers answer JSON under `/api/`.
struct PlacementController: Sendable {
    let services: AppServices
    var database: TalentaDatabase { services.database }
    var placements: PlacementService { services.placements }

    func addRoutes(to router: Router<BasicRequestContext>, gate: Gate) {
        let readers = Access([.instansiAdmin, .pimpinan, .nationalViewer], tenant: .instansi("code"), acrossTenants: [.nationalViewer])
        let admin = Access([.instansiAdmin], tenant: .instansi("code"))
        let pimpinan = Access([.pimpinan], tenant: .instansi("code"))
        let bkn = Access([.nationalViewer], tenant: .instansi("code"), acrossTenants: [.nationalViewer])
        let office = Access([.instansiAdmin, .pimpinan], tenant: .instansi("code"))
        for (page, api) in [("/instansi/{code}/penempatan", "/api/instansi/{code}/placement-rounds")] {
            router.add(.get, page, readers, gate: gate, use: listPage)
            router.add(.post, page, admin, gate: gate, use: create)
            router.add(.get, api, readers, gate: gate, use: apiList)
            router.add(.post, api, admin, gate: gate, use: create)
        }
        let page = "/instansi/{code}/penempatan/{round}", api = "/api/instansi/{code}/placement-rounds/{round}"
        router.add(.get, page, readers, gate: gate, use: roundPage)
        router.add(.get, "\(page)/penyimpangan", readers, gate: gate, use: deviationsPage)
        router.add(.get, "\(page)/sk", office, gate: gate, use: decreePage)
        router.add(.get, api, readers, gate: gate, use: apiRound)
        router.add(.get, "\(api)/plan", readers, gate: gate, use: apiPlan)
        router.add(.get, "\(api)/verify", readers, gate: gate, use: apiVerify)
        for (suffix, apiSuffix, access, handler) in [
            ("hitung-ulang", "recompute", admin, recompute), ("ajukan", "present", admin, present),
            ("konsultasi", "consult", pimpinan, consult), ("komentar", "comments", bkn, comment),
            ("putusan", "decide", pimpinan, decide),
        ] as [(String, String, Access, @Sendable (Request, BasicRequestContext) async throws -> Response)] {
            router.add(.post, "\(page)/\(suffix)", access, gate: gate, use: handler)
            router.add(.post, "\(api)/\(apiSuffix)", access, gate: gate, use: handler)
        }
    }

    // MARK: - Loading

    private var isNationalViewer: Bool { Principal.current?.role == .nationalViewer }

    /// BKN sees a round from the consultation on; before that it is the instansi's own draft.
    private func visible(_ round: PlacementRoundRecord) -> Bool {
        !isNationalViewer || round.state == .consultation || round.state == .decided
    }

    private func load(_ context: BasicRequestContext) async throws -> (Instansi, PlacementRoundRecord) {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        let id = try context.parameters.require("round")
        let round = try await placements.round(id, of: instansi)
        guard visible(round) else {
            throw AppError(.notFound, "placement round '\(id)' is not open to BKN consultation yet", field: "round")
        }
        return (instansi, round)
    }

    private func isAPI(_ request: Request) -> Bool { request.uri.path.hasPrefix("/api/") }

    private func back(_ instansi: Instansi, _ round: PlacementRoundRecord, anchor: String = "") throws -> Response {
        Response(status: .seeOther, headers: [.location: "/instansi/\(instansi.code)/penempatan/\(try round.requireID())\(anchor)"])
    }

    private func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
    }

    // MARK: - Pages

    @Sendable func listPage(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        let rounds = try await placements.rounds(of: instansi).filter(visible)
        return PlacementPages.list(rounds, instansi: instansi, today: placements.today(), lang: Language(request: request))
    }

    @Sendable func roundPage(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let (instansi, round) = try await load(context)
        return PlacementPages.round(round, recommendation: try placements.recommendation(of: round),
                                    inputs: try placements.inputs(of: round), review: try placements.review(of: round),
                                    comments: try await placements.comments(of: round), instansi: instansi,
                                    lang: Language(request: request))
    }

    @Sendable func deviationsPage(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let (instansi, round) = try await load(context)
        guard let review = try placements.review(of: round) else {
            throw AppError(.notFound, "the round is not decided yet, so there is no deviation report", field: "round")
        }
        return PlacementPages.deviations(round, review: review, instansi: instansi, lang: Language(request: request))
    }

    @Sendable func decreePage(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let (instansi, round) = try await load(context)
        guard let review = try placements.review(of: round) else {
            throw AppError(.notFound, "the round is not decided yet, so there is no decree draft", field: "round")
        }
        return PlacementPages.decree(round, review: review, instansi: instansi, lang: Language(request: request))
    }

    // MARK: - Actions

    @Sendable func create(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        let (new, isForm) = try await RequestSupport.jsonOrForm(PlacementService.NewRound.self, request)
        let round = try await placements.create(new, instansi: instansi, actor: Principal.actorName)
        return isForm ? try back(instansi, round) : try json(RoundJSON(round, placements: placements, comments: []), status: .created)
    }

    @Sendable func recompute(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (instansi, round) = try await load(context)
        try await placements.recompute(round, instansi: instansi)
        return try await done(request, instansi, round)
    }

    @Sendable func present(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (instansi, round) = try await load(context)
        try await placements.present(round, actor: Principal.actorName)
        return try await done(request, instansi, round)
    }

    @Sendable func consult(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (instansi, round) = try await load(context)
        try await placements.consult(round, actor: Principal.actorName)
        return try await done(request, instansi, round)
    }

    @Sendable func comment(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (instansi, round) = try await load(context)
        let (new, isForm) = try await RequestSupport.jsonOrForm(PlacementService.NewComment.self, request)
        try await placements.comment(new, on: round, author: Principal.current?.name ?? "?", role: Principal.current?.role.rawValue ?? "?")
        return isForm ? try back(instansi, round, anchor: "#post-\(new.post)") : try await done(request, instansi, round)
    }

    struct Decisions: Codable { let decisions: [PlacementDecision] }

    @Sendable func decide(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (instansi, round) = try await load(context)
        let decisions: [PlacementDecision]
        if isAPI(request) {
            decisions = try await RequestSupport.json(Decisions.self, request).decisions
        } else {
            // The form: `candidate.POST` (a NIP, or empty to leave the post vacant) and `reason.POST`.
            let fields = try await RequestSupport.formFields(request)
            decisions = try placements.recommendation(of: round).posts.compactMap { post in
                guard let candidate = fields["candidate.\(post.code)"] else { return nil }
                return PlacementDecision(post: post.code, candidate: candidate.isEmpty ? nil : candidate,
                                         reason: fields["reason.\(post.code)"])
            }
        }
        _ = try await placements.decide(decisions, on: round, actor: Principal.actorName)
        return try await done(request, instansi, round)
    }

    /// A form goes back to the round's page; the API answers with the round.
    private func done(_ request: Request, _ instansi: Instansi, _ round: PlacementRoundRecord) async throws -> Response {
        guard isAPI(request) else { return try back(instansi, round) }
        return try json(RoundJSON(round, placements: placements, comments: try await placements.comments(of: round)))
    }

    // MARK: - API reads

    /// A round as the API shows it.
    struct RoundJSON: Encodable {
        struct Comment: Encodable {
            let post: String
            let body: String
            let author: String
            let role: String
            let createdAt: Double
        }

        let id: UUID
        let title: String
        let kind: String
        let state: String
        let asOf: String
        let digest: String
        let createdBy: String
        let presentedBy: String?
        let consultedBy: String?
        let decidedBy: String?
        let recommendation: PlacementRecommendation
        let review: DecisionReview?
        let comments: [Comment]

        init(_ round: PlacementRoundRecord, placements: PlacementService, comments: [PlacementComment]) throws {
            id = try round.requireID()
            title = round.title
            kind = round.kind
            state = round.state.rawValue
            asOf = round.asOf
            digest = round.digest
            createdBy = round.createdBy
            presentedBy = round.presentedBy
            consultedBy = round.consultedBy
            decidedBy = round.decidedBy
            recommendation = try placements.recommendation(of: round)
            review = try placements.review(of: round)
            self.comments = comments.map { Comment(post: $0.postCode, body: $0.body, author: $0.author, role: $0.role, createdAt: $0.createdAt) }
        }
    }

    struct RoundSummary: Encodable {
        let id: UUID
        let title: String
        let kind: String
        let state: String
        let asOf: String
        let digest: String
    }

    @Sendable func apiList(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        return try json(try await placements.rounds(of: instansi).filter(visible).map { round in
            RoundSummary(id: try round.requireID(), title: round.title, kind: round.kind, state: round.state.rawValue,
                         asOf: round.asOf, digest: round.digest)
        })
    }

    @Sendable func apiRound(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (_, round) = try await load(context)
        return try json(RoundJSON(round, placements: placements, comments: try await placements.comments(of: round)))
    }

    /// The recommendation as `talenta place`'s plan.json.
    @Sendable func apiPlan(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (_, round) = try await load(context)
        return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: try placements.recommendation(of: round).plan.jsonData())))
    }

    @Sendable func apiVerify(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (_, round) = try await load(context)
        return try json(try placements.verify(round))
    }
}
