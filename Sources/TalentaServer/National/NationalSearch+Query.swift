import FluentKit
import FluentSQL
import TalentDomain

extension NationalSearch {
    /// One page of a search and the number of rows that match.
    struct Page: Sendable {
        let total: Int
        let page: Int
        let rows: [NationalProfile]

        var pageCount: Int { max(1, (total + NationalSearch.pageSize - 1) / NationalSearch.pageSize) }
    }

    /// The rows that pass `filter`, unsorted.
    static func query(_ filter: Filter, on db: any Database) -> QueryBuilder<NationalProfile> {
        let query = NationalProfile.query(on: db)
        for (competency, level) in filter.minimumLevels {
            query.filter(FieldKey(stringLiteral: NationalProfile.column(competency)), .greaterThanOrEqual, level)
        }
        if let sum = filter.minimumLevelSum { query.filter(\.$levelSum >= sum) }
        if !filter.boxes.isEmpty { query.filter(\.$box ~~ filter.boxes.sorted()) }
        if let golongan = filter.minimumGolongan, let ordinal = Golongan.all.firstIndex(of: golongan) {
            query.filter(\.$golonganOrdinal >= ordinal)
        }
        if let education = filter.minimumEducation { query.filter(\.$educationLevel >= education.level) }
        if let instansi = filter.instansi { query.filter(\.$instansiCode == instansi) }
        if let region = filter.region { query.filter(\.$region == region) }
        if let prefix = filter.nipPrefix {
            query.filter(.sql(embed: "\(ident: "nip") LIKE \(bind: prefix + "%")"))
        } else if let fragment = filter.nameFragment {
            let escaped = fragment.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
            query.filter(.sql(embed: "LOWER(\(ident: "name")) LIKE \(bind: "%" + escaped + "%") ESCAPE '\\'"))
        }
        return query
    }

    /// Runs a search: one query for the page (by level sum, highest first, then name and NIP) and one count,
    /// side by side. The count is `COUNT(*)`, which the search index answers alone; Fluent's `count()` is
    /// `COUNT(id)`, which reads every matching row for its id (0.4 s instead of 15 ms on SQLite).
    static func run(_ filter: Filter, on db: any Database) async throws -> Page {
        async let total = query(filter, on: db).aggregate(.sql(embed: "COUNT(*) AS \(ident: FieldKey.aggregate.description)"), as: Int.self)
        async let rows = query(filter, on: db)
            .sort(\.$levelSum, .descending).sort(\.$name).sort(\.$nip)
            .offset((filter.page - 1) * pageSize).limit(pageSize).all()
        return Page(total: try await total, page: filter.page, rows: try await rows)
    }

    /// The regions present, for the search form.
    static func regions(on db: any Database) async throws -> [String] {
        try await NationalProfile.query(on: db).unique().all(\.$region).sorted()
    }
}
