import FluentKit
import Foundation
import Hummingbird
import TalentDomain

/// The national talent search (issue 7): national viewers (BKN, ministries) and the super admin search the
/// summary profiles of every instansi's released results, and open one. Every search and every profile
/// view is written to the audit log before its answer leaves.
struct NationalController: Sendable {
    let services: AppServices
    var database: TalentaDatabase { services.database }

    func addRoutes(to router: Router<BasicRequestContext>, gate: Gate) {
        let national = Access([.nationalViewer, .superAdmin], tenant: .global)
        router.add(.get, "/nasional", national, gate: gate, use: searchPage)
        router.add(.get, "/nasional/profil/{id}", national, gate: gate, use: profilePage)
        router.add(.get, "/api/national/search", national, gate: gate, use: apiSearch)
        router.add(.get, "/api/national/profiles/{id}", national, gate: gate, use: apiProfile)
    }

    // MARK: - Loading, with the audit

    /// Reads the filter (a 400 names the parameter), then runs the search while the audit entry is written;
    /// nothing is answered unless both succeed.
    private func search(_ request: Request) async throws -> (NationalSearch.Filter, NationalSearch.Page) {
        let filter: NationalSearch.Filter
        do { filter = try NationalSearch.Filter(query: request.uri.query) } catch {
            throw AppError(.badRequest, error.description, field: error.parameter)
        }
        async let audit: Void = services.audit.record("national.search", detail: filter.auditDetail)
        async let page = NationalSearch.run(filter, on: database.db)
        try await audit
        return (filter, try await page)
    }

    /// The profile of the `{id}` path parameter; the view is audited with the official's NIP as subject.
    private func profile(_ context: BasicRequestContext) async throws -> NationalProfile {
        let text = try context.parameters.require("id")
        guard let id = UUID(uuidString: text) else { throw AppError(.badRequest, "'\(text)' is not an id", field: "id") }
        guard let row = try await NationalProfile.find(id, on: database.db) else {
            throw AppError(.notFound, "no national profile \(text)", field: "id")
        }
        try await services.audit.record("national.profile-view", subject: row.nip,
                                        detail: ["profile": text, "instansi": row.instansiCode], instansiID: row.instansiID)
        return row
    }

    /// Today in Western Indonesia (UTC+7), for the validity of results.
    private func today() -> CivilDate {
        CivilDate(dayNumber: Int(((services.clock.now() + 7 * 3600) / 86_400).rounded(.down)))
    }

    // MARK: - Pages

    @Sendable func searchPage(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let (filter, page) = try await search(request)
        let regions = try await NationalSearch.regions(on: database.db)
        return NationalPages.search(page, filter: filter, regions: regions, lang: Language(request: request))
    }

    @Sendable func profilePage(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        let row = try await profile(context)
        return NationalPages.profile(row, today: today(), lang: Language(request: request))
    }

    // MARK: - API

    struct ProfileJSON: Codable {
        let id: UUID
        /// Seeded by `talenta demo --national`: no official or result behind it.
        let synthetic: Bool
        let nip: String
        let name: String
        let instansi: String
        let instansiName: String
        let region: String
        let post: String?
        let jobClass: String?
        let golongan: String?
        let education: String?
        let levels: [String: Int]
        let levelSum: Int
        let jpmClass: String
        let jpm: Double
        let box: Int?
        let talentPool: Bool
        let potential: Double
        let performanceBand: String?
        let testedOn: String
        let validUntil: String

        init(_ row: NationalProfile, jpmClass: JobClass) {
            func rounded(_ value: Double) -> Double { (value * 100).rounded() / 100 }
            id = row.id!
            synthetic = row.isSynthetic
            nip = row.nip
            name = row.name
            instansi = row.instansiCode
            instansiName = row.instansiName
            region = row.region
            post = row.postTitle
            self.jobClass = row.jobClass
            golongan = row.golongan
            education = row.education
            levels = Dictionary(uniqueKeysWithValues: row.levels.map { ($0.key.code, $0.value) })
            levelSum = row.levelSum
            self.jpmClass = jpmClass.rawValue
            jpm = rounded(NationalSearch.jpm(levelSum: row.levelSum, against: jpmClass))
            box = row.box
            talentPool = row.box.map(NineBox.isTalentPool) ?? false
            potential = rounded(row.potential)
            performanceBand = row.performanceBand
            testedOn = row.testedOn
            validUntil = row.validUntil
        }
    }

    struct SearchJSON: ResponseEncodable {
        let total: Int
        let page: Int
        let pageSize: Int
        let pages: Int
        /// The filter as understood (normalised parameters).
        let filter: [String: String]
        let rows: [ProfileJSON]
    }

    @Sendable func apiSearch(_ request: Request, context: BasicRequestContext) async throws -> SearchJSON {
        let (filter, page) = try await search(request)
        return SearchJSON(total: page.total, page: page.page, pageSize: NationalSearch.pageSize, pages: page.pageCount,
                          filter: Dictionary(filter.parameters, uniquingKeysWith: { _, last in last }),
                          rows: page.rows.map { ProfileJSON($0, jpmClass: filter.jpmClass) })
    }

    struct ProfileResponse: ResponseEncodable {
        let profile: ProfileJSON
        /// The JPT Pratama standard level each competency is measured against.
        let standardLevel: Int
        let fillingCategory: String
        let mappingCategory: String
        let gaps: [JobPersonMatch.Gap]
        let validOn: String
        let valid: Bool
    }

    @Sendable func apiProfile(_ request: Request, context: BasicRequestContext) async throws -> ProfileResponse {
        let row = try await profile(context)
        let match = NationalPages.match(row)
        let today = today()
        return ProfileResponse(profile: ProfileJSON(row, jpmClass: .jptPratama), standardLevel: NationalSearch.standardLevel(.jptPratama),
                               fillingCategory: match.filling.rawValue, mappingCategory: match.mapping.rawValue,
                               gaps: match.gaps, validOn: today.iso, valid: today.iso < row.validUntil)
    }
}
