import FluentKit
import Hummingbird

/// Pages and API routes that show what exists: instansi, their posts, officials and the competency
/// dictionary.
struct OrganisationController: Sendable {
    let database: TalentaDatabase

    func addRoutes(to router: Router<BasicRequestContext>, gate: Gate) {
        let office = Access([.superAdmin, .instansiAdmin, .pimpinan], tenant: .instansi("code"))
        router.add(.get, "/", Access(Role.staff), gate: gate, use: landing)
        router.add(.get, "/instansi/{code}", office, gate: gate, use: organisation)
        router.add(.get, "/instansi/{code}/pegawai/{nip}", office, gate: gate, use: official)
        router.add(.get, "/kompetensi", .open, gate: gate, use: dictionary)
        router.add(.get, "/api/instansi", Access([.superAdmin]), gate: gate, use: apiSummaries)
        router.add(.get, "/api/instansi/{code}", office, gate: gate, use: apiOrganisation)
    }

    /// The super admin's list of every instansi; anyone else goes to their own instansi's start page.
    @Sendable func landing(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let principal = Principal.current
        if principal?.role != .superAdmin {
            var target = principal?.role == .nationalViewer ? "/nasional" : "/kompetensi"
            if let id = principal?.instansiID, let instansi = try await Instansi.find(id, on: database.db) {
                target = principal?.role == .proctor ? "/instansi/\(instansi.code)/sesi" : "/instansi/\(instansi.code)"
                if principal?.role == .assessor { target = "/bank" }
            } else if principal?.role == .assessor {
                target = "/bank"
            }
            return Response(status: .seeOther, headers: [.location: target])
        }
        return try LandingPage.render(try await OrganisationQueries.summaries(on: database.db), lang: Language(request: request))
            .response(from: request, context: context)
    }

    @Sendable func organisation(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        let org = try await OrganisationQueries.organisation(of: instansi, on: database.db)
        return OrganisationPage.render(org, lang: Language(request: request))
    }

    @Sendable func official(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let instansi = try await RequestSupport.instansi(context, on: database.db)
        let nip = try context.parameters.require("nip")
        guard let detail = try await OrganisationQueries.official(nip: nip, in: instansi, on: database.db) else {
            throw AppError(.notFound, "no official with NIP \(nip) in \(instansi.name)", field: "nip")
        }
        return OfficialPage.render(detail, instansi: instansi, lang: Language(request: request))
    }

    @Sendable func dictionary(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let rows = try await CompetencyLevel.query(on: database.db).all()
        return CompetencyPage.render(rows, lang: Language(request: request))
    }

    struct SummaryList: ResponseEncodable { let instansi: [OrganisationQueries.InstansiSummary] }

    @Sendable func apiSummaries(_ request: Request, context: BasicRequestContext) async throws -> SummaryList {
        SummaryList(instansi: try await OrganisationQueries.summaries(on: database.db))
    }

    struct OrganisationJSON: ResponseEncodable {
        let instansi: OrganisationQueries.InstansiSummary
        let units: [[String: String]]
        let positions: [OrganisationQueries.PostRow]
        let officials: [OrganisationQueries.OfficialRow]
    }

    @Sendable func apiOrganisation(_ request: Request, context: BasicRequestContext) async throws -> OrganisationJSON {
        let org = try await OrganisationQueries.organisation(of: try await RequestSupport.instansi(context, on: database.db), on: database.db)
        return OrganisationJSON(instansi: org.instansi, units: org.units.map { ["code": $0.code, "name": $0.name] },
                                positions: org.posts, officials: org.officials)
    }
}
