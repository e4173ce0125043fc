import FluentKit
import Hummingbird

/// Pages and API routes that show what exists: instansi, their posts, officials and the competency
/// dictionary.
struct OrganisationController: Sendable {
    let database: TalentaDatabase

    func addRoutes(to router: Router<BasicRequestContext>) {
        router.get("/", use: landing)
        router.get("/instansi/{code}", use: organisation)
        router.get("/instansi/{code}/pegawai/{nip}", use: official)
        router.get("/kompetensi", use: dictionary)
        router.get("/api/instansi", use: apiSummaries)
        router.get("/api/instansi/{code}", use: apiOrganisation)
    }

    @Sendable func landing(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        LandingPage.render(try await OrganisationQueries.summaries(on: database.db), lang: Language(request: request))
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
