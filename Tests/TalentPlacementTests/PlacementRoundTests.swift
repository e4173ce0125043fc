import Foundation
import Testing
import TalentDomain
@testable import TalentPlacement

@Suite("PlacementRound: fit formula, targets and candidates, exact optimum, explanations")
struct PlacementRoundTests {
    @Test func fitFormulaWorkedExample() throws {
        // setup: SKJ level 4 on the nine and T.X 4; achieved 4 on the nine and T.X 2; box 8; Baik then
        // Sangat Baik; the post is the official's second of three choices.
        let post = Fixtures.post("P1", technical: ["T.X": 4])
        var official = Fixtures.official("A", preferences: ["P0", "P1"])
        official.assessment?.technical = ["T.X": 2]
        official.performance = [.baik, .sangatBaik]
        // MUT
        let fit = try #require(FitBreakdown(candidate: official, post: post, weights: FitWeights(), jpmRules: JPMRules(),
                                            performance: PerformanceRules()))
        // validate: JPM 0.75·100 + 0.25·50 = 87.5; box (8−1)/8 = 87.5; performance (2.5−1)/2 = 75;
        // preference (3−2+1)/3 = 66.67; fit 0.6·87.5 + 0.2·87.5 + 0.15·75 + 0.05·66.667 = 84.583 → 84.58
        #expect(fit.jpmManagerial == 100 && fit.jpmTechnical == 50 && fit.jpm == 87.5 && fit.jpmCategory == .ms)
        #expect(fit.boxScore == 87.5 && fit.performanceScore == 75)
        #expect(fit.preferenceRank == 2 && fit.preferenceScore == 66.67)
        #expect(fit.fit == 84.58)
        // A post without technical competencies leaves them out; with weight 0 too.
        let plain = try #require(FitBreakdown(candidate: official, post: Fixtures.post("P2"), weights: FitWeights(),
                                              jpmRules: JPMRules(), performance: PerformanceRules()))
        #expect(plain.jpm == 100 && plain.jpmTechnical == nil && plain.preferenceRank == nil)
        var weights = FitWeights()
        weights.technical = 0
        #expect(FitBreakdown(candidate: official, post: post, weights: weights, jpmRules: JPMRules(),
                             performance: PerformanceRules())?.jpm == 100)
    }

    @Test func vacancyRoundFillsVacantPostsFromTheTalentPool() throws {
        // setup
        let posts = [Fixtures.post("P1", holder: "H"), Fixtures.post("P2"), Fixtures.post("P3", floor: "IV/d")]
        var old = Fixtures.official("OLD", level: 5, box: 9)
        old.birthDate = Fixtures.date("1967-01-01")
        let officials = [Fixtures.official("A", level: 5, box: 9), Fixtures.official("B", level: 4, box: 7),
                         Fixtures.official("C", level: 5, box: 5), Fixtures.official("H", box: 8, holds: "P1"), old]
        // MUT
        let recommendation = try PlacementRound.recommend(Fixtures.input(posts: posts, officials: officials))
        // validate: targets are the vacant posts; C (box 5) is not a candidate; nobody reaches P3's floor IV/d.
        #expect(recommendation.posts.map(\.code) == ["P2", "P3"])
        #expect(recommendation.officials.map(\.candidate) == ["A", "B", "H", "OLD"])
        #expect(recommendation.post("P2")?.recommended?.candidate == "A")
        #expect(recommendation.unfilled == ["P3"] && recommendation.filled == 1)
        #expect(recommendation.total == recommendation.post("P2")?.recommended?.breakdown.fit)
        let p3 = try #require(recommendation.post("P3"))
        #expect(p3.ineligible.count == 4 && p3.ineligible.allSatisfy { $0.failures.contains { $0.rule == .rank } })
        let olds = try #require(recommendation.post("P2")?.ineligible.first { $0.candidate == "OLD" })
        #expect(olds.failures.map(\.rule) == [.age])
        #expect(recommendation.officials.last?.personalFailures.map(\.rule) == [.age])
        // Runner-ups come with their cost: B instead of A loses the difference of their fits.
        let runnerUp = try #require(recommendation.post("P2")?.runnerUps.first)
        #expect(runnerUp.candidate == "H" || runnerUp.candidate == "B")
        #expect(runnerUp.totalChange == runnerUp.breakdown.fit - recommendation.post("P2")!.recommended!.breakdown.fit)
    }

    @Test func rotationNeverReturnsAHolderAndKeepsProtectedPosts() throws {
        // setup: three held posts, one held for only a year.
        let posts = [Fixtures.post("P1", holder: "H1", installed: "2020-01-02"), Fixtures.post("P2", holder: "H2", installed: "2020-01-02"),
                     Fixtures.post("P3", holder: "H3", installed: "2025-01-02"), Fixtures.post("P4")]
        let officials = [Fixtures.official("H1", level: 5, box: 5, holds: "P1"), Fixtures.official("H2", level: 4, box: 6, holds: "P2"),
                         Fixtures.official("H3", level: 5, box: 9, holds: "P3", since: "2025-01-02"), Fixtures.official("T", level: 4, box: 9)]
        // MUT
        let recommendation = try PlacementRound.recommend(Fixtures.input(.rotation, posts: posts, officials: officials))
        // validate
        #expect(recommendation.retained.map(\.post) == ["P3"] && recommendation.retained[0].failure.rule == .rotationTenure)
        #expect(recommendation.posts.map(\.code) == ["P1", "P2", "P4"])
        #expect(recommendation.officials.map(\.candidate) == ["H1", "H2", "T"], "holders of targets join the pool; H3 stays")
        for post in recommendation.posts {
            #expect(post.recommended?.candidate != post.holder)
            if let holder = post.holder {
                #expect(post.ineligible.first { $0.candidate == holder }?.failures.map(\.rule) == [.samePost])
            }
        }
        #expect(recommendation.filled == 3)
    }

    @Test func locksAndExclusionsAreNamedAndRespected() throws {
        let posts = [Fixtures.post("P1"), Fixtures.post("P2")]
        let officials = [Fixtures.official("A", level: 5, box: 9), Fixtures.official("B", level: 4, box: 7)]
        let free = try PlacementRound.recommend(Fixtures.input(posts: posts, officials: officials))
        let locked = try PlacementRound.recommend(Fixtures.input(posts: posts, officials: officials,
                                                                 locks: [PostCandidate(post: "P2", candidate: "A")]))
        #expect(locked.post("P2")?.recommended?.candidate == "A")
        let excluded = try PlacementRound.recommend(Fixtures.input(posts: posts, officials: officials,
                                                                   exclusions: [PostCandidate(post: "P1", candidate: "A")]))
        #expect(excluded.post("P1")?.recommended?.candidate == "B")
        #expect(excluded.post("P1")?.ineligible.first?.failures.map(\.rule) == [.excluded])
        #expect(free.total >= locked.total && free.total >= excluded.total)
        #expect(throws: PlacementRoundError.unknownPost("P9")) {
            try PlacementRound.recommend(Fixtures.input(posts: posts, officials: officials, locks: [PostCandidate(post: "P9", candidate: "A")]))
        }
        #expect(throws: PlacementRoundError.unknownCandidate("Z")) {
            try PlacementRound.recommend(Fixtures.input(posts: posts, officials: officials, locks: [PostCandidate(post: "P1", candidate: "Z")]))
        }
        var old = Fixtures.official("OLD", level: 5, box: 9)
        old.birthDate = Fixtures.date("1960-01-01")
        do {
            _ = try PlacementRound.recommend(Fixtures.input(posts: posts, officials: officials + [old],
                                                            locks: [PostCandidate(post: "P1", candidate: "OLD")]))
            Issue.record("a lock on an ineligible pair must be refused")
        } catch {
            #expect(error.description.hasPrefix("OLD cannot be locked to P1: age (age 65"))
        }
    }

    /// Random rounds: the recommendation is optimal over the allowed pairs (brute force), no ineligible
    /// pair is used, every runner-up's cost is what a re-solve with that lock gives, and the output is
    /// deterministic and survives JSON.
    @Test func randomRoundsAgainstBruteForceAndReSolves() throws {
        var state: UInt64 = 20251130
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        var forcingChecked = 0
        for _ in 0 ..< 60 {
            let postCount = 1 + next(4), officialCount = 1 + next(5)
            let posts = (0 ..< postCount).map { index in
                Fixtures.post("P\(index)", floor: ["IV/a", "IV/b", "IV/c"][next(3)], technical: next(2) == 0 ? [:] : ["T.X": 3 + next(2)])
            }
            let officials = (0 ..< officialCount).map { index -> PlacementCandidate in
                var official = Fixtures.official("N\(index)", level: 2 + next(4), box: 7 + next(3),
                                                 preferences: next(2) == 0 ? [] : ["P\(next(postCount))"])
                official.golongan = Golongan(parsing: ["IV/a", "IV/b", "IV/c"][next(3)])
                official.assessment?.technical = ["T.X": 1 + next(5)]
                official.performance = [[Predikat.baik, .sangatBaik, .butuhPerbaikan][next(3)]]
                return official
            }
            let input = Fixtures.input(posts: posts, officials: officials)
            let recommendation = try PlacementRound.recommend(input)
            // Brute force over the allowed pairs.
            let allowed = recommendation.posts.map { post in Dictionary(uniqueKeysWithValues: post.allowed.map { ($0.id, Int(($0.fit * 100).rounded())) }) }
            func best(_ post: Int, _ used: Set<String>) -> (Int, Int) {
                guard post < allowed.count else { return (0, 0) }
                var result = best(post + 1, used)
                for (id, fit) in allowed[post] where !used.contains(id) {
                    let rest = best(post + 1, used.union([id]))
                    result = max(result, (rest.0 + 1, rest.1 + fit), by: <)
                }
                return result
            }
            func max(_ a: (Int, Int), _ b: (Int, Int), by less: ((Int, Int), (Int, Int)) -> Bool) -> (Int, Int) { less(a, b) ? b : a }
            let optimum = best(0, [])
            #expect(recommendation.filled == optimum.0 && Int((recommendation.total * 100).rounded()) == optimum.1)
            for post in recommendation.posts {
                if let pick = post.recommended {
                    #expect(post.allowed.contains { $0.id == pick.candidate })
                    #expect(!post.ineligible.contains { $0.candidate == pick.candidate })
                }
                #expect(Set(post.allowed.map(\.id)).isDisjoint(with: post.ineligible.map(\.candidate)))
                for runnerUp in post.runnerUps {
                    var forced = input
                    forced.locks = [PostCandidate(post: post.code, candidate: runnerUp.candidate)]
                    let reSolved = try PlacementRound.recommend(forced)
                    #expect(reSolved.filled - recommendation.filled == runnerUp.filledChange)
                    #expect(Int((reSolved.total * 100).rounded()) - Int((recommendation.total * 100).rounded())
                            == Int((runnerUp.totalChange * 100).rounded()))
                    forcingChecked += 1
                }
            }
            #expect(try PlacementRound.recommend(input) == recommendation)
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            let data = try encoder.encode(recommendation)
            #expect(try encoder.encode(JSONDecoder().decode(PlacementRecommendation.self, from: data)) == data)
            #expect(try JSONDecoder().decode(PlacementRoundInput.self, from: encoder.encode(input)) == input)
        }
        #expect(forcingChecked > 50)
    }
}
