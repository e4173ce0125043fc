import FluentKit
import Foundation
import Hummingbird
import TableExport
import TalentDomain
import TestDelivery

/// Results: the pimpinan's pages (results table, nine-box, individual reports, session reports, settings),
/// the release workflow, exports, re-score verification, and the participant's own report after release.
///
/// Until staff accounts exist (issue 7) the staff pages are open to whoever reaches the server, which
/// binds to 127.0.0.1 by default; the participant's report is gated by the attempt cookie and the release.
struct ResultsController: Sendable {
    let services: AppServices
    var database: TalentaDatabase { services.database }
    var results: ResultService { services.results }

    /// Results are seen first by the pimpinan of the instansi alone; after a release each participant
    /// sees their own report. The talent settings are the pimpinan's and the instansi admin's.
    func addRoutes(to router: Router<BasicRequestContext>, gate: Gate) {
        let pimpinan = Access([.pimpinan], tenant: .instansi("code"))
        let settings = Access([.pimpinan, .instansiAdmin], tenant: .instansi("code"))
        router.add(.get, "/instansi/{code}/hasil", pimpinan, gate: gate, use: resultsPage)
        router.add(.get, "/instansi/{code}/hasil/{nip}", pimpinan, gate: gate, use: reportPage)
        router.add(.get, "/instansi/{code}/hasil.csv", pimpinan, gate: gate, use: exportCSV)
        router.add(.get, "/instansi/{code}/hasil.xlsx", pimpinan, gate: gate, use: exportXLSX)
        router.add(.get, "/instansi/{code}/kotak-talenta", pimpinan, gate: gate, use: nineBoxPage)
        router.add(.get, "/instansi/{code}/sesi/{session}/laporan", settings, gate: gate, use: sessionPage)
        router.add(.post, "/instansi/{code}/sesi/{session}/rilis", pimpinan, gate: gate, use: releaseForm)
        router.add(.get, "/instansi/{code}/pengaturan", settings, gate: gate, use: settingsPage)
        router.add(.post, "/instansi/{code}/pengaturan", settings, gate: gate, use: saveSettings)
        router.add(.get, "/api/instansi/{code}/results", pimpinan, gate: gate, use: apiResults)
        router.add(.get, "/api/instansi/{code}/configuration", settings, gate: gate, use: apiConfiguration)
        router.add(.put, "/api/instansi/{code}/configuration", settings, gate: gate, use: apiSetConfiguration)
        router.add(.post, "/api/instansi/{code}/sessions/{session}/release", pimpinan, gate: gate, use: apiRelease)
        router.add(.get, "/api/results/{id}/verify", Access([.pimpinan, .superAdmin], tenant: .result("id")), gate: gate, use: verify)
        router.add(.get, "/api/audit/verify", Access([.superAdmin]), gate: gate) { _, _ in
            try await AuditVerificationJSON(services.audit.verify())
        }
        router.add(.get, "/ujian/hasil", Access([.participant]), gate: gate, use: participantReport)
    }

    // MARK: - Pimpinan pages

    /// The instansi of the path, its settings, and its officials' profiles.
    private func load(_ context: BasicRequestContext) async throws -> (Instansi, TalentConfiguration, [TalentQueries.OfficialResult]) {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        let (configuration, rows) = try await profiles(of: instansi)
        return (instansi, configuration, rows)
    }

    /// The profiles of `instansi` under its own settings (see `TalentQueries.results` for the filters).
    private func profiles(of instansi: Instansi, nip: String? = nil, result: UUID? = nil, target: Position? = nil)
        async throws -> (TalentConfiguration, [TalentQueries.OfficialResult]) {
        let configuration = try await results.configuration(for: try instansi.requireID())
        let rows = try await TalentQueries.results(of: instansi, nip: nip, result: result, target: target,
                                                   configuration: configuration, on: database.db)
        return (configuration, rows)
    }

    @Sendable func resultsPage(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let (instansi, _, rows) = try await load(context)
        let sessions = try await ProctorQueries.sessions(of: instansi, on: database.db)
        return ResultsPages.results(rows, instansi: instansi, sessions: sessions, lang: Language(request: request))
    }

    @Sendable func reportPage(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let nip = try context.parameters.require("nip")
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        let posts = try await Position.query(on: database.db).filter(\.$instansi.$id == instansi.requireID()).sort(\.$code).all()
        var target: Position?
        if let code = request.uri.queryParameters.get("target"), !code.isEmpty {
            guard let post = posts.first(where: { $0.code == code }) else {
                throw AppError(.notFound, "no post '\(code)' in \(instansi.name)", field: "target")
            }
            target = post
        }
        let (_, rows) = try await profiles(of: instansi, nip: nip, target: target)
        guard let row = rows.first else {
            throw AppError(.notFound, "no result for NIP \(nip) in \(instansi.name)", field: "nip")
        }
        return ReportPage.render(row, instansi: instansi, posts: posts, target: target?.code,
                                 path: "/instansi/\(instansi.code)/hasil/\(nip)", lang: Language(request: request),
                                 certificate: row.released ? "/instansi/\(instansi.code)/hasil/\(nip)/sertifikat" : nil)
    }

    @Sendable func nineBoxPage(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let (instansi, configuration, rows) = try await load(context)
        return NineBoxPage.render(rows, instansi: instansi, configuration: configuration, lang: Language(request: request))
    }

    @Sendable func sessionPage(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        let session = try await RequestSupport.session(instansi, context, on: database.db)
        let rows = try await TalentQueries.sessionReport(session, on: database.db)
        let release = try await ResultRelease.query(on: database.db).filter(\.$session.$id == session.requireID()).first()
        return ResultsPages.session(rows, session: session, instansi: instansi, released: release, lang: Language(request: request))
    }

    @Sendable func releaseForm(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        let session = try await RequestSupport.session(instansi, context, on: database.db)
        try await results.release(sessionID: session.requireID(), actor: Principal.actorName, at: services.clock.now())
        return Response(status: .seeOther, headers: [.location: "/instansi/\(instansi.code)/sesi/\(session.code)/laporan"])
    }

    // MARK: - Exports

    @Sendable func exportCSV(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (instansi, _, rows) = try await load(context)
        let table = ResultsSheets.tables(rows, lang: Language(request: request))[0]
        return download(CSVExport.data(table), type: "text/csv; charset=utf-8", name: "hasil-\(instansi.code).csv")
    }

    @Sendable func exportXLSX(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let (instansi, _, rows) = try await load(context)
        return download(XLSXExport.data(ResultsSheets.tables(rows, lang: Language(request: request))),
                        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name: "hasil-\(instansi.code).xlsx")
    }

    private func download(_ data: Data, type: String, name: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .contentDisposition: "attachment; filename=\"\(name)\""],
                 body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    // MARK: - Settings

    @Sendable func settingsPage(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        let configuration = try await results.configuration(for: try instansi.requireID())
        return ResultsPages.settings(configuration, instansi: instansi, lang: Language(request: request),
                                     saved: request.uri.queryParameters.get("saved") != nil)
    }

    struct SettingsForm: Decodable {
        let highPotential: Double
        let mediumPotential: Double
        let wCompetency: Double
        let wAspects: Double
        let wQualification: Double
        let wIntegrity: Double
        let performanceWindow: Int
        let validityYears: Int
        /// Placement fit weights (optional: a form without them leaves them as they are).
        let fitJPM: Double?
        let fitNineBox: Double?
        let fitPerformance: Double?
        let fitPreference: Double?
        let fitTechnical: Double?
    }

    /// The settings form: a bad value re-renders the form with the problem named and nothing saved.
    @Sendable func saveSettings(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        let (form, _) = try await RequestSupport.jsonOrForm(SettingsForm.self, request)
        var configuration = try await results.configuration(for: try instansi.requireID())
        configuration.nineBox.highPotential = form.highPotential
        configuration.nineBox.mediumPotential = form.mediumPotential
        configuration.potential.competency = form.wCompetency
        configuration.potential.aspects = form.wAspects
        configuration.potential.qualification = form.wQualification
        configuration.potential.integrity = form.wIntegrity
        configuration.performance.window = form.performanceWindow
        configuration.validityYears = form.validityYears
        configuration.placement.fit.jpm = form.fitJPM ?? configuration.placement.fit.jpm
        configuration.placement.fit.nineBox = form.fitNineBox ?? configuration.placement.fit.nineBox
        configuration.placement.fit.performance = form.fitPerformance ?? configuration.placement.fit.performance
        configuration.placement.fit.preference = form.fitPreference ?? configuration.placement.fit.preference
        configuration.placement.fit.technical = form.fitTechnical ?? configuration.placement.fit.technical
        if let problem = configuration.problem() {
            let lang = Language(request: request)
            var response = try ResultsPages.settings(configuration, instansi: instansi, lang: lang, saved: false, problem: problem)
                .response(from: request, context: context)
            response.status = .badRequest
            return response
        }
        try await results.setConfiguration(configuration, for: instansi.requireID(), actor: Principal.actorName)
        return Response(status: .seeOther, headers: [.location: "/instansi/\(instansi.code)/pengaturan?saved=1"])
    }

    // MARK: - API

    /// The audit chain's verification, for the super admin (the CLI's `talenta verify` does the same).
    struct AuditVerificationJSON: ResponseEncodable {
        let intact: Bool
        let entries: Int
        let headSeq: Int
        let headHash: String
        let brokenAt: Int?
        let reason: String?

        init(_ verification: AuditLog.Verification) {
            intact = verification.intact
            entries = verification.entries
            headSeq = verification.headSeq
            headHash = verification.headHash
            brokenAt = verification.brokenAt
            reason = verification.reason
        }
    }

    struct ResultJSON: Codable {
        struct Match: Codable {
            let post: String
            let jpm: Double
            let fillingCategory: String
            let mappingCategory: String
            let gaps: [JobPersonMatch.Gap]
        }

        let id: UUID
        let nip: String
        let name: String
        let session: String
        let testedOn: String
        let validUntil: String
        let method: String
        let digest: String
        let released: Bool
        let levels: [String: Int]
        let current: Match?
        let potentialScore: Double
        let potentialBand: String
        let performanceBand: String?
        let box: Int?
        let talentPool: Bool
        let actions: [String]
    }

    struct ResultList: ResponseEncodable { let results: [ResultJSON] }

    @Sendable func apiResults(_ request: Request, context: BasicRequestContext) async throws -> ResultList {
        let (_, _, rows) = try await load(context)
        return ResultList(results: rows.map { row in
            let p = row.profile
            return ResultJSON(
                id: row.result.id!, nip: row.employee.nip, name: row.employee.name, session: row.sessionCode,
                testedOn: p.testedOn.iso, validUntil: p.validUntil.iso, method: row.result.method, digest: row.result.digest,
                released: row.released, levels: row.score.competencyLevels,
                current: p.current.map { ResultJSON.Match(post: $0.post.code, jpm: $0.match.percentage, fillingCategory: $0.match.filling.rawValue,
                                               mappingCategory: $0.match.mapping.rawValue, gaps: $0.match.gaps) },
                potentialScore: p.potentialScore, potentialBand: p.potentialBand.rawValue,
                performanceBand: p.performanceBand?.rawValue, box: p.box, talentPool: p.isTalentPool, actions: p.actions)
        })
    }

    struct ConfigurationJSON: ResponseEncodable { let configuration: TalentConfiguration }

    @Sendable func apiConfiguration(_ request: Request, context: BasicRequestContext) async throws -> ConfigurationJSON {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        return ConfigurationJSON(configuration: try await results.configuration(for: try instansi.requireID()))
    }

    /// Replaces the configuration; keys left out take DOMAIN.md's defaults.
    @Sendable func apiSetConfiguration(_ request: Request, context: BasicRequestContext) async throws -> ConfigurationJSON {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        let configuration = try await RequestSupport.json(TalentConfiguration.self, request)
        try await results.setConfiguration(configuration, for: instansi.requireID(), actor: Principal.actorName)
        return ConfigurationJSON(configuration: configuration)
    }

    @Sendable func apiRelease(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        let session = try await RequestSupport.session(instansi, context, on: database.db)
        try await results.release(sessionID: session.requireID(), actor: Principal.actorName, at: services.clock.now())
        return Response(status: .noContent)
    }

    struct VerificationJSON: ResponseEncodable { let verification: ResultService.Verification }

    @Sendable func verify(_ request: Request, context: BasicRequestContext) async throws -> VerificationJSON {
        let text = try context.parameters.require("id")
        guard let id = UUID(uuidString: text) else { throw AppError(.badRequest, "'\(text)' is not an id", field: "id") }
        return VerificationJSON(verification: try await results.verify(id))
    }

    // MARK: - Participant

    /// The participant's own report, once their session's results are released; before that a notice.
    @Sendable func participantReport(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let lang = Language(request: request)
        guard let attemptID = Principal.current?.attemptID else {
            return Response(status: .seeOther, headers: [.location: "/ujian/masuk"])
        }
        let db = database.db
        guard let result = try await AssessmentResult.query(on: db).filter(\.$attempt.$id == attemptID).first(),
              try await results.isReleased(sessionID: result.$session.id) else {
            return try Layout.page(title: lang.pick("Hasil ujian", "Test result"), lang: lang, path: "/ujian/hasil", staff: false) {
                "<h1>\(lang.pick("Hasil belum dirilis", "Results not released yet"))</h1><p>\(lang.pick("Hasil Anda akan tampil di sini setelah pimpinan instansi merilisnya.", "Your result will appear here once the head of your instansi releases it."))</p>"
            }.response(from: request, context: context)
        }
        let instansi = try await result.$instansi.get(on: db)
        let employee = try await result.$employee.get(on: db)
        guard let row = try await profiles(of: instansi, nip: employee.nip, result: result.id).1.first else {
            throw AppError(.notFound, "no result", field: nil)
        }
        return try ReportPage.render(row, instansi: instansi, posts: [], target: nil, path: "/ujian/hasil", lang: lang, staff: false,
                                     certificate: "/ujian/sertifikat")
            .response(from: request, context: context)
    }
}
