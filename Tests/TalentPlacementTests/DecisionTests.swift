import Testing
import TalentDomain
@testable import TalentPlacement

@Suite("Decisions: overrides need a reason, deviations and the decree")
struct DecisionTests {
    /// A rotation: H1 holds P1, H2 holds P2, T is a high-potential Administrator, P3 is vacant.
    func recommendation() throws -> PlacementRecommendation {
        let posts = [Fixtures.post("P1", holder: "H1", installed: "2020-01-02"), Fixtures.post("P2", holder: "H2", installed: "2020-01-02"),
                     Fixtures.post("P3")]
        var old = Fixtures.official("OLD", level: 5, box: 9)
        old.birthDate = Fixtures.date("1960-01-01")
        let officials = [Fixtures.official("H1", level: 4, box: 8, holds: "P1"), Fixtures.official("H2", level: 5, box: 9, holds: "P2"),
                         Fixtures.official("T", level: 3, box: 7), old]
        return try PlacementRound.recommend(Fixtures.input(.rotation, posts: posts, officials: officials))
    }

    @Test func followingTheRecommendationNeedsNoReason() throws {
        let recommendation = try recommendation()
        let review = try DecisionReview([], against: recommendation)
        #expect(review.deviations.isEmpty && review.fitLost == 0 && review.decidedTotal == recommendation.total)
        #expect(review.decisions.map(\.candidate) == recommendation.posts.map { $0.recommended?.candidate })
        // Everyone placed moves: H1 and H2 rotate, T is appointed.
        #expect(Set(review.decree.map(\.kind)) == [.rotasi, .pengangkatan])
        #expect(review.decree.count == 3)
    }

    @Test func anOverrideNeedsAReasonAndIsReportedWithTheFitLost() throws {
        let recommendation = try recommendation()
        let p3 = try #require(recommendation.post("P3"))
        let recommended = try #require(p3.recommended)
        let other = try #require(p3.allowed.first { $0.id != recommended.candidate })
        // Moving `other` to P3 frees their recommended post, which is left vacant here.
        let freed = try #require(recommendation.posts.first { $0.recommended?.candidate == other.id })
        let decisions = [PlacementDecision(post: "P3", candidate: other.id, reason: "  "),
                         PlacementDecision(post: freed.code, candidate: nil, reason: "dibiarkan kosong, diisi Plt")]
        #expect(throws: DecisionError.reasonRequired("P3")) { try DecisionReview(decisions, against: recommendation) }
        var withReason = decisions
        withReason[0].reason = "Pengalaman lapangan di bidang kebencanaan"
        let review = try DecisionReview(withReason, against: recommendation)
        #expect(review.deviations.map(\.post).sorted() == ["P3", freed.code].sorted())
        let deviation = try #require(review.deviations.first { $0.post == "P3" })
        #expect(deviation.recommended == recommended.candidate && deviation.decided == other.id)
        #expect(deviation.fitLost == ((recommended.breakdown.fit - other.fit) * 100).rounded() / 100)
        #expect(deviation.reason == "Pengalaman lapangan di bidang kebencanaan")
        #expect(review.fitLost == ((recommendation.total - review.decidedTotal) * 100).rounded() / 100)
        #expect(review.fitLost == review.deviations.map(\.fitLost).reduce(0, +) || abs(review.fitLost - review.deviations.map(\.fitLost).reduce(0, +)) < 1e-9)
        // A holder whose post went to someone else and who got nothing is in the decree.
        if let holder = freed.holder, !review.decisions.contains(where: { $0.candidate == holder }) {
            #expect(review.decree.contains { $0.kind == .dibebastugaskan && $0.candidate == holder })
        }
    }

    @Test func anIneligibleOrDoubleChoiceIsRefusedNamingThePost() throws {
        let recommendation = try recommendation()
        do {
            _ = try DecisionReview([PlacementDecision(post: "P3", candidate: "OLD", reason: "senior")], against: recommendation)
            Issue.record("an ineligible official must be refused")
        } catch {
            #expect(error.post == "P3")
            #expect(error.description.hasPrefix("OLD may not take P3: "))
            #expect(error.description.contains("retirement"))
        }
        #expect(throws: DecisionError.unknownPost("P9")) {
            try DecisionReview([PlacementDecision(post: "P9", candidate: nil)], against: recommendation)
        }
        let h1Post = try #require(recommendation.posts.first { $0.recommended?.candidate == "H1" })
        let elsewhere = try #require(recommendation.posts.first { $0.code != h1Post.code && $0.allowed.contains { $0.id == "H1" } })
        do {
            _ = try DecisionReview([PlacementDecision(post: elsewhere.code, candidate: "H1", reason: "x")], against: recommendation)
            Issue.record("two posts for one official must be refused")
        } catch {
            #expect(error.description.contains("H1 is given two posts"))
        }
        #expect(throws: DecisionError.self) {
            try DecisionReview([PlacementDecision(post: "P1", candidate: "H1", reason: "stays")], against: recommendation)
        }
    }
}
