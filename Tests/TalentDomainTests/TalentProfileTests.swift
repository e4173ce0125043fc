import Testing
@testable import TalentDomain

@Suite("Talent profile: posts, potential components, nine-box, validity")
struct TalentProfileTests {
    static let tested = CivilDate(year: 2025, month: 11, day: 23)!

    func input(levels: [String: Int] = [:], performance: [Predikat] = [.baik, .sangatBaik],
               current: TalentProfile.Post? = post("P1", class: .jptPratama),
               targets: [TalentProfile.Post] = []) -> TalentProfile.Input {
        TalentProfile.Input(
            id: "197001011990031001",
            levels: levels.isEmpty ? Dictionary(uniqueKeysWithValues: Competency.allCases.map { ($0.code, 4) }) : levels,
            scales: Dictionary(uniqueKeysWithValues: PotentialComponents.aspectKeys.map { ($0, 80.0) }).merging(["integritas": 90]) { a, _ in a },
            theta: nil, education: .s2, golongan: Golongan(parsing: "IV/c"), sanctions: [],
            performance: performance, testedOn: Self.tested, currentPost: current, targetPosts: targets)
    }

    static func post(_ code: String, class jobClass: JobClass, overrides: [Competency: Int] = [:]) -> TalentProfile.Post {
        TalentProfile.Post(code: code, name: "Jabatan \(code)",
                           standard: CompetencyStandard(jobClass: jobClass, overrides: overrides))
    }

    @Test func matchesCurrentAndTargetPostsWithGapsAndRecommendations() throws {
        // setup
        var levels = Dictionary(uniqueKeysWithValues: Competency.allCases.map { ($0.code, 4) })
        levels["M.03"] = 3
        levels["M.08"] = 2
        let target = Self.post("T1", class: .jptMadya)
        // MUT
        let profile = TalentProfile(input(levels: levels, targets: [target]))
        // validate
        let current = try #require(profile.current)
        #expect(current.rows.count == 9)
        #expect(current.match.percentage == 33.0 / 36.0 * 100)
        #expect(current.match.filling == .ms && current.match.mapping == .optimal)
        #expect(current.recommendations.map(\.competency) == [.komunikasi, .pengambilanKeputusan])
        #expect(current.recommendations[0].activities.contains("coaching oleh atasan langsung"))
        #expect(current.recommendations[1].activities.contains("mentoring oleh pejabat senior"))
        #expect(current.recommendations[0].targetBehaviour == CompetencyDictionary.entry(.komunikasi).levels[3])
        let madya = try #require(profile.targets.first)
        #expect(madya.match.percentage == 33.0 / 45.0 * 100)
        #expect(madya.recommendations.count == 9)
        #expect(madya.match.filling == .mms && madya.match.mapping == .kurangOptimal)
    }

    @Test func validityIsThreeYearsOrAsConfigured() {
        let profile = TalentProfile(input())
        #expect(profile.validUntil == CivilDate(year: 2028, month: 11, day: 23))
        #expect(profile.isValid(on: CivilDate(year: 2028, month: 11, day: 22)!))
        #expect(!profile.isValid(on: CivilDate(year: 2028, month: 11, day: 23)!))
        var configuration = TalentConfiguration()
        configuration.validityYears = 2
        #expect(TalentProfile(input(), configuration: configuration).validUntil == CivilDate(year: 2027, month: 11, day: 23))
        #expect(CivilDate(year: 2024, month: 2, day: 29)!.adding(years: 3) == CivilDate(year: 2027, month: 2, day: 28))
    }

    @Test func potentialComponentsFollowTheDocumentedMethod() {
        // setup: Likert 80 everywhere, integrity scale 90, S2 (90) and IV/c (80)
        let plain = PotentialComponents(scales: ["kesadaran-diri": 80, "kemampuan-intelektual": 40, "integritas": 90],
                                        theta: nil, education: .s2, golongan: Golongan(parsing: "IV/c"),
                                        sanctions: [], testedOn: Self.tested, lookbackYears: 3)
        #expect(plain.aspects == 60)
        #expect(plain.qualification == 85)
        #expect(plain.integrity == 95)
        // MUT: a cognitive θ replaces the self-reported intellectual ability with 100·Φ(θ)
        let measured = PotentialComponents(scales: ["kesadaran-diri": 80, "kemampuan-intelektual": 40],
                                           theta: 0, education: nil, golongan: nil,
                                           sanctions: [], testedOn: Self.tested, lookbackYears: 3)
        #expect(abs(measured.aspectScores["kemampuan-intelektual"]! - 50) < 1e-12)
        #expect(abs(PotentialComponents.percentile(1.959963985) - 97.5) < 1e-6)
        #expect(measured.qualification == 0)
        #expect(measured.integrity == 100)
    }

    @Test func onlySanctionsInsideTheWindowCount() {
        let old = DisciplinaryRecord(level: .berat, date: CivilDate(year: 2022, month: 11, day: 22)!)
        let recent = DisciplinaryRecord(level: .ringan, date: CivilDate(year: 2024, month: 1, day: 5)!)
        let components = PotentialComponents(scales: [:], theta: nil, education: nil, golongan: nil,
                                             sanctions: [old, recent], testedOn: Self.tested, lookbackYears: 3)
        #expect(components.integrity == 60)
        let heavy = DisciplinaryRecord(level: .berat, date: CivilDate(year: 2022, month: 11, day: 23)!)
        #expect(PotentialComponents(scales: ["integritas": 80], theta: nil, education: nil, golongan: nil,
                                    sanctions: [heavy, recent], testedOn: Self.tested, lookbackYears: 3).integrity == 40)
    }

    @Test func compositeUsesTheCurrentPostOrTheJPTPratamaStandard() {
        let profile = TalentProfile(input())
        // JPM 100, aspects 80, qualification 85, integrity 95 (scale 90, clean record 100)
        #expect(abs(profile.potentialScore - (0.40 * 100 + 0.25 * 80 + 0.20 * 85 + 0.15 * 95)) < 1e-9)
        #expect(profile.potentialBand == .tinggi)
        let noPost = TalentProfile(input(current: nil))
        #expect(noPost.current == nil)
        #expect(noPost.competencyComponent == 100)
        #expect(noPost.potentialScore == profile.potentialScore)
    }

    @Test func withoutPerformanceThereIsNoBox() {
        let profile = TalentProfile(input(performance: []))
        #expect(profile.performanceBand == nil && profile.box == nil && profile.actions.isEmpty)
        #expect(!profile.isTalentPool)
    }

    @Test func allNineBoxesAndACutOffChange() {
        // Potential 40·JPM/100 + 0.25·80 + 0.20·85 + 0.15·95 = 0.4·JPM + 51.25
        var seen = Set<Int>()
        for level in [2, 4] {
            for performance: [Predikat] in [[.kurang, .kurang], [.baik, .baik], [.sangatBaik, .sangatBaik]] {
                let levels = Dictionary(uniqueKeysWithValues: Competency.allCases.map { ($0.code, level) })
                if let box = TalentProfile(input(levels: levels, performance: performance)).box { seen.insert(box) }
            }
        }
        // A JPM of 75 gives 81.25: medium
        var levels = Dictionary(uniqueKeysWithValues: Competency.allCases.map { ($0.code, 3) })
        levels["M.01"] = 3
        for performance: [Predikat] in [[.kurang, .kurang], [.baik, .baik], [.sangatBaik, .sangatBaik]] {
            let profile = TalentProfile(input(levels: levels, performance: performance))
            #expect(profile.potentialBand == .menengah)
            if let box = profile.box { seen.insert(box) }
        }
        #expect(seen == Set(1...9))
        // MUT: the same official moves when the instansi raises its medium cut-off above 81.25
        let sangatBaik = TalentProfile(input(levels: levels, performance: [.sangatBaik, .sangatBaik]))
        #expect(sangatBaik.box == 7 && sangatBaik.isTalentPool)
        var configuration = TalentConfiguration()
        configuration.nineBox.mediumPotential = 82
        let moved = TalentProfile(input(levels: levels, performance: [.sangatBaik, .sangatBaik]), configuration: configuration)
        #expect(moved.box == 4 && !moved.isTalentPool)
        #expect(moved.actions == NineBox.actions(4))
    }
}
