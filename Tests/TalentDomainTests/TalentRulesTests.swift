import Testing
@testable import TalentDomain

@Suite("JPM, potential, performance and the nine-box")
struct TalentRulesTests {
    let rules = JPMRules()

    @Test(arguments: [(67.99, FillingCategory.kms), (68.0, .mms), (79.99, .mms), (80.0, .ms), (100.0, .ms), (0.0, .kms)])
    func fillingBoundaries(_ jpm: Double, _ expected: FillingCategory) {
        #expect(rules.filling(jpm) == expected)
    }

    @Test(arguments: [(77.99, MappingCategory.kurangOptimal), (78.0, .cukupOptimal), (89.99, .cukupOptimal),
                      (90.0, .optimal)])
    func mappingBoundaries(_ jpm: Double, _ expected: MappingCategory) {
        #expect(rules.mapping(jpm) == expected)
    }

    @Test func categoriesUseTheUnroundedValue() {
        // 79.995 displays as 80.00 but is still MMS.
        #expect(rules.filling(79.995) == .mms)
        let match = JobPersonMatch(achieved: ["M.01": 3], standard: ["M.01": 4])
        #expect(match.percentage == 75)
        #expect(match.display == "75.00")
    }

    @Test func jpmSumsCapsAndGaps() {
        let standard = Dictionary(uniqueKeysWithValues: Competency.allCases.map { ($0.code, 4) })
        var achieved = standard
        achieved["M.04"] = 3
        achieved["M.07"] = 3
        let match = JobPersonMatch(achieved: achieved, standard: standard)
        #expect(abs(match.percentage - 34.0 / 36.0 * 100) < 1e-12)
        #expect(match.filling == .ms && match.mapping == .optimal)
        #expect(match.gaps.map(\.competency) == ["M.04", "M.07"])
        #expect(match.display == "94.44")

        // Above-standard levels count unless capped, and the total never passes 100.
        let over = JobPersonMatch(achieved: ["M.01": 5, "M.02": 3], standard: ["M.01": 4, "M.02": 4])
        #expect(over.percentage == 100)
        var capped = JPMRules()
        capped.capAtStandard = true
        #expect(JobPersonMatch(achieved: ["M.01": 5, "M.02": 3], standard: ["M.01": 4, "M.02": 4], rules: capped).percentage == 87.5)
        // A competency of the standard that was not assessed counts as 0.
        #expect(JobPersonMatch(achieved: [:], standard: ["M.01": 4]).percentage == 0)
    }

    @Test func technicalCompetenciesAreWeightedWhenConfigured() {
        var weighted = JPMRules()
        weighted.technicalWeight = 0.25
        let match = JobPersonMatch(achieved: ["M.01": 4], standard: ["M.01": 4], technicalAchieved: ["T.KES.01": 2],
                                   technicalStandard: ["T.KES.01": 4], rules: weighted)
        #expect(match.percentage == 0.75 * 100 + 0.25 * 50)
        #expect(match.gaps.map(\.competency) == ["T.KES.01"])
        #expect(JobPersonMatch(achieved: ["M.01": 4], standard: ["M.01": 4], technicalAchieved: ["T.KES.01": 2],
                               technicalStandard: ["T.KES.01": 4]).percentage == 100)
    }

    @Test func potentialComposite() {
        let w = PotentialWeights()
        #expect(abs(w.composite(competency: 75, aspects: 70, qualification: 60, integrity: 80) - 71.5) < 1e-12)
    }

    @Test func performanceBands() {
        let p = PerformanceRules()
        #expect(p.band([.baik, .sangatBaik]) == .diAtas)   // 2.5
        #expect(p.band([.baik, .baik]) == .sesuai)          // 2
        #expect(p.band([.butuhPerbaikan, .baik]) == .sesuai) // 1.5
        #expect(p.band([.kurang, .sangatKurang]) == .diBawah)
        #expect(p.band([.kurang, .sangatBaik, .sangatBaik]) == .diAtas) // only the last two years count
        #expect(p.band([]) == nil)
    }

    @Test(arguments: [
        (PerformanceBand.diAtas, PotentialBand.rendah, 4), (.diAtas, .menengah, 7), (.diAtas, .tinggi, 9),
        (.sesuai, .rendah, 2), (.sesuai, .menengah, 5), (.sesuai, .tinggi, 8),
        (.diBawah, .rendah, 1), (.diBawah, .menengah, 3), (.diBawah, .tinggi, 6),
    ])
    func allNineBoxes(_ performance: PerformanceBand, _ potential: PotentialBand, _ box: Int) {
        #expect(NineBox.box(performance: performance, potential: potential) == box)
        #expect(!NineBox.actions(box).isEmpty)
        #expect(NineBox.isTalentPool(box) == (box >= 7))
    }

    @Test func cutOffsAreConfigurable() {
        let input = TalentEvaluation.Input(id: "x", levels: ["M.01": 4], standard: ["M.01": 4], potential: .score(85),
                                           performance: [.baik, .sangatBaik])
        #expect(TalentEvaluation(input).box == 7)
        var configuration = TalentConfiguration()
        configuration.nineBox.highPotential = 85
        #expect(TalentEvaluation(input, configuration: configuration).box == 9)
        configuration.nineBox.mediumPotential = 86
        configuration.nineBox.highPotential = 95
        #expect(TalentEvaluation(input, configuration: configuration).box == 4)
    }

    @Test func configurationProblemsNameTheField() {
        var configuration = TalentConfiguration()
        #expect(configuration.problem() == nil)
        configuration.potential.aspects = 0.3
        #expect(configuration.problem() == "potential weights must add up to 1")
        configuration = TalentConfiguration()
        configuration.nineBox.mediumPotential = 95
        #expect(configuration.problem()?.contains("nineBox.mediumPotential") == true)
    }
}
