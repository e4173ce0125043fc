import Foundation
import Testing
import TalentDomain
@testable import TalentPlacement

@Suite("Eligibility: each rule of DOMAIN.md §7 fails on its data and names it")
struct EligibilityTests {
    let checks = Eligibility(rules: EligibilityRules(), asOf: Fixtures.asOf, validityYears: 3, kind: .vacancy)
    let post = Fixtures.post("P1")

    func failures(_ candidate: PlacementCandidate, post: PlacementPost? = nil, rules: EligibilityRules = EligibilityRules(),
                  kind: RoundKind = .vacancy) -> [EligibilityFailure] {
        let post = post ?? self.post
        let checks = Eligibility(rules: rules, asOf: Fixtures.asOf, validityYears: 3, kind: kind)
        let fit = FitBreakdown(candidate: candidate, post: post, weights: FitWeights(), jpmRules: JPMRules(), performance: PerformanceRules())
        return checks.failures(candidate, for: post, jpm: fit?.match)
    }

    @Test func theFixtureOfficialIsEligible() {
        #expect(failures(Fixtures.official("A")).isEmpty)
    }

    @Test func eachRuleFailsOnItsOwnData() {
        var official = Fixtures.official("A")
        official.status = .pppk
        #expect(failures(official).map(\.rule) == [.pns])
        #expect(failures(official)[0].detail.contains("PPPK"))

        official = Fixtures.official("A")
        official.education = .d3
        #expect(failures(official).map(\.rule) == [.education])
        #expect(failures(official)[0].detail == "education D-III is below S1")
        official.education = .d4
        #expect(failures(official).isEmpty, "D-IV counts as S1")
        official.education = nil
        #expect(failures(official)[0].detail == "no education on record")

        official = Fixtures.official("A")
        official.birthDate = Fixtures.date("1968-11-30")   // 57 on 2025-12-01
        #expect(failures(official).map(\.rule) == [.age])
        #expect(failures(official)[0].detail == "age 57 on 2025-12-01 (born 1968-11-30); at most 56")
        official.birthDate = Fixtures.date("1968-12-02")   // 56 until tomorrow
        #expect(failures(official).isEmpty)

        official = Fixtures.official("A")
        official.serviceStart = Fixtures.date("2021-01-01")
        #expect(failures(official).map(\.rule) == [.experience])
        #expect(failures(official)[0].detail.hasPrefix("4.9 years of service since TMT CPNS 2021-01-01"))
        official.serviceStart = Fixtures.date("2020-12-01")   // exactly 5 years
        #expect(failures(official).isEmpty)

        official = Fixtures.official("A")
        official.history = []
        official.currentSince = Fixtures.date("2024-06-01")   // Administrator for 1.5 years only
        #expect(failures(official).map(\.rule) == [.seniorPost])
        #expect(failures(official)[0].detail.hasPrefix("1.5 years as Administrator"))
        official.history = [PositionHistoryEntry(positionCode: nil, title: "Fungsional", jobClass: .ahliMadya,
                                                 start: Fixtures.date("2023-06-01"))]
        #expect(failures(official).isEmpty, "Ahli Madya time counts too")

        official = Fixtures.official("A")
        official.sanctions = [DisciplinaryRecord(level: .ringan, date: Fixtures.date("2025-01-10")),
                              DisciplinaryRecord(level: .sedang, date: Fixtures.date("2024-03-01"))]
        #expect(failures(official).map(\.rule) == [.discipline])
        #expect(failures(official)[0].detail == "hukuman disiplin sedang on 2024-03-01; none since 2023-12-01 is allowed")
        official.sanctions = [DisciplinaryRecord(level: .berat, date: Fixtures.date("2023-11-30"))]
        #expect(failures(official).isEmpty, "older than 2 years")

        official = Fixtures.official("A")
        official.golongan = Golongan(parsing: "III/d")
        #expect(failures(official).map(\.rule) == [.rank])
        #expect(failures(official)[0].detail == "golongan III/d is below the post's floor IV/a")
        #expect(failures(official, post: Fixtures.post("P1", floor: "IV/c")).map(\.rule) == [.rank])

        official = Fixtures.official("A")
        official.assessment = nil
        #expect(failures(official).map(\.rule) == [.assessment])
        official = Fixtures.official("A")
        official.assessment?.testedOn = Fixtures.date("2022-11-30")
        #expect(failures(official)[0].detail == "competency result of 2022-11-30 expired on 2025-11-30")
        official = Fixtures.official("A", level: 2)   // JPM 50 % against level 4: KMS
        #expect(failures(official).map(\.rule) == [.assessment])
        #expect(failures(official)[0].detail == "JPM 50.00% (KMS) for P1; at least MMS is required")
        official = Fixtures.official("A", level: 3)   // 75 %: MMS passes
        #expect(failures(official).isEmpty)

        official = Fixtures.official("A", holds: "P0", since: "2024-07-01")
        #expect(failures(official).map(\.rule) == [.rotationTenure])
        #expect(failures(official)[0].detail == "in P0 since 2024-07-01, under 2 years")

        official = Fixtures.official("A", holds: "P0")
        official.birthDate = Fixtures.date("1966-09-01")   // 59, a JPT holder: the age rule does not apply, retirement does
        #expect(failures(official).map(\.rule) == [.retirement])
        #expect(failures(official)[0].detail == "reaches 60 on 2026-09-01, within 1 year(s) of 2025-12-01")
    }

    @Test func everyRuleCanBeTurnedOffOrChanged() throws {
        var official = Fixtures.official("A")
        official.status = .pppk
        official.birthDate = Fixtures.date("1960-01-01")
        official.sanctions = [DisciplinaryRecord(level: .berat, date: Fixtures.date("2025-01-01"))]
        #expect(Set(failures(official).map(\.rule)) == [.pns, .age, .discipline, .retirement])
        let json = #"{"pns": {"enabled": false}, "age": {"maximumYears": 70}, "discipline": {"levels": ["ringan"]},"#
            + #" "retirement": {"age": 70}}"#
        let rules = try JSONDecoder().decode(EligibilityRules.self, from: Data(json.utf8))
        #expect(failures(official, rules: rules).isEmpty)
        #expect(rules.experience.minimumYears == 5 && rules.seniorPost.minimumYears == 2, "untouched rules keep defaults")
        let strict = try JSONDecoder().decode(EligibilityRules.self, from: Data(#"{"experience": {"minimumYears": 30}}"#.utf8))
        #expect(failures(Fixtures.official("A"), rules: strict).map(\.rule) == [.experience])
        #expect(strict.experience.enabled)
    }

    @Test func aRecentlyInstalledHolderKeepsTheirPostInARotation() {
        let rotation = Eligibility(rules: EligibilityRules(), asOf: Fixtures.asOf, validityYears: 3, kind: .rotation)
        let fresh = Fixtures.post("P1", holder: "H", installed: "2024-12-02")
        #expect(rotation.protectedTenure(fresh)?.rule == .rotationTenure)
        #expect(rotation.protectedTenure(Fixtures.post("P1", holder: "H", installed: "2023-12-01")) == nil)
        #expect(checks.protectedTenure(fresh) == nil, "a vacancy round does not touch held posts")
    }

    @Test func configurationChecksPlacementSettings() throws {
        var configuration = TalentConfiguration()
        configuration.placement.fit.jpm = 0.9
        #expect(configuration.problem() == "placement.fit weights must add up to 1")
        configuration = TalentConfiguration()
        configuration.placement.eligibility.experience.minimumYears = -1
        #expect(configuration.problem() == "placement.eligibility.experience.minimumYears must not be negative")
        let decoded = try JSONDecoder().decode(TalentConfiguration.self, from: Data(#"{"placement": {"runnerUps": 5}}"#.utf8))
        #expect(decoded.placement.runnerUps == 5 && decoded.placement.fit == FitWeights())
    }
}

@Suite("CivilDate day numbers")
struct CivilDateDayNumberTests {
    @Test func dayNumbersRoundTripAndCountDays() {
        #expect(CivilDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(CivilDate(year: 2000, month: 3, day: 1)!.dayNumber - CivilDate(year: 2000, month: 2, day: 28)!.dayNumber == 2)
        #expect(CivilDate(year: 2025, month: 12, day: 1)!.dayNumber == 20423)
        for number in stride(from: -700_000, through: 2_900_000, by: 997) {
            #expect(CivilDate(dayNumber: number).dayNumber == number)
        }
        #expect(CivilDate(dayNumber: 20423) == CivilDate(year: 2025, month: 12, day: 1))
    }
}
