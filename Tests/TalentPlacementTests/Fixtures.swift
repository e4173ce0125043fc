import TalentDomain
@testable import TalentPlacement

/// Small hand-made rounds: every official eligible unless a test breaks one rule.
enum Fixtures {
    static let asOf = CivilDate(year: 2025, month: 12, day: 1)!

    static func date(_ text: String) -> CivilDate { CivilDate(parsing: text)! }

    static func levels(_ level: Int) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: Competency.allCases.map { ($0.code, level) })
    }

    static func post(_ code: String, holder: String? = nil, installed: String? = nil, floor: String? = "IV/a",
                     technical: [String: Int] = [:]) -> PlacementPost {
        PlacementPost(code: code, name: "Kepala \(code)", rankFloor: floor.flatMap(Golongan.init(parsing:)),
                      standard: CompetencyStandard(jobClass: .jptPratama, technical: technical),
                      holder: holder, installedOn: installed.map(date))
    }

    /// An eligible official: 50 years old, PNS since 2000, S2, IV/b, Administrator since 2015, tested in
    /// 2025 at `level` on all nine, in box `box`, rated Baik twice.
    static func official(_ id: String, level: Int = 4, box: Int? = 8, holds post: String? = nil, since: String = "2020-01-02",
                         preferences: [String] = []) -> PlacementCandidate {
        PlacementCandidate(
            id: id, name: "Pejabat \(id)", birthDate: date("1975-06-15"), serviceStart: date("2000-03-01"),
            education: .s2, golongan: Golongan(parsing: "IV/b"), currentPost: post, currentTitle: post.map { "Kepala \($0)" },
            currentClass: post == nil ? .administrator : .jptPratama, currentSince: post == nil ? date("2015-01-05") : date(since),
            history: [PositionHistoryEntry(positionCode: nil, title: "Sekretaris Dinas", jobClass: .administrator, start: date("2012-01-02"))],
            performance: [.baik, .baik],
            assessment: .init(testedOn: date("2025-11-23"), levels: levels(level), box: box),
            preferences: preferences)
    }

    static func input(_ kind: RoundKind = .vacancy, posts: [PlacementPost], officials: [PlacementCandidate],
                      configuration: TalentConfiguration = .default, locks: [PostCandidate] = [],
                      exclusions: [PostCandidate] = []) -> PlacementRoundInput {
        PlacementRoundInput(kind: kind, asOf: asOf, configuration: configuration, posts: posts, officials: officials,
                            locks: locks, exclusions: exclusions)
    }
}
