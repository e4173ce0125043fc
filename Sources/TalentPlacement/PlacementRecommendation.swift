import TalentDomain

/// A placement round's recommendation and its explanations (method `talenta-placement/1`). Derived only
/// from a `PlacementRoundInput`: `PlacementRound.recommend(input)` gives the same value every time.
public struct PlacementRecommendation: Sendable, Codable, Equatable {
    public static let method = "talenta-placement/1"

    public var method = PlacementRecommendation.method
    public var fitMethod = FitBreakdown.method
    public var kind: RoundKind
    public var asOf: CivilDate
    /// Sum of the recommended fits.
    public var total: Double
    public var filled: Int
    /// Target posts left without a recommendation, by code.
    public var unfilled: [String]
    /// One entry per target post, in the input's post order.
    public var posts: [PostOutcome]
    /// One entry per candidate, by NIP.
    public var officials: [OfficialOutcome]
    /// Posts kept by their holder (rotation tenure), not targets of this round.
    public var retained: [Retained]

    /// A candidate for a post, with the fit and how it was made.
    public struct Pick: Sendable, Codable, Equatable {
        public var candidate: String
        public var name: String
        public var breakdown: FitBreakdown
    }

    /// A runner-up: their fit and what choosing them instead would do to the whole round.
    public struct RunnerUp: Sendable, Codable, Equatable {
        public var candidate: String
        public var name: String
        public var breakdown: FitBreakdown
        /// Change of the total fit if this official were chosen (0 or negative when the filled count stays).
        public var totalChange: Double
        /// Change of the number of posts filled (0 or negative).
        public var filledChange: Int
        /// The other posts whose recommendation would change, each with its official before and after.
        public var moves: [Move]
    }

    public struct Move: Sendable, Codable, Equatable {
        public var post: String
        public var from: String?
        public var to: String?
    }

    public struct Ineligible: Sendable, Codable, Equatable {
        public var candidate: String
        public var name: String
        public var failures: [EligibilityFailure]
    }

    public struct Ranked: Sendable, Codable, Equatable {
        /// A NIP in a post's list, a post code in an official's.
        public var id: String
        public var name: String
        public var fit: Double
    }

    public struct PostOutcome: Sendable, Codable, Equatable {
        public var code: String
        public var name: String
        public var holder: String?
        public var recommended: Pick?
        public var runnerUps: [RunnerUp]
        public var ineligible: [Ineligible]
        /// The succession list: the best-fitting eligible officials (the recommended one included).
        public var succession: [Ranked]
        /// Every official who may be placed here, by fit (what a decision may choose from).
        public var allowed: [Ranked]
    }

    public struct OfficialOutcome: Sendable, Codable, Equatable {
        public var candidate: String
        public var name: String
        public var golongan: Golongan?
        public var currentPost: String?
        public var currentTitle: String?
        public var recommendedPost: String?
        public var fit: Double?
        public var bestPosts: [Ranked]
        /// Checks failed for every post (age, discipline, no result ...).
        public var personalFailures: [EligibilityFailure]
    }

    public struct Retained: Sendable, Codable, Equatable {
        public var post: String
        public var holder: String?
        public var failure: EligibilityFailure
    }

    public func post(_ code: String) -> PostOutcome? { posts.first { $0.code == code } }
}

import Placement

extension PlacementRecommendation {
    /// The recommendation in `talenta place`'s plan.json form (posts in the round's order).
    public var plan: PlacementPlan {
        func units(_ fit: Double) -> Int64 { Int64((fit * 100).rounded()) * 10_000 }
        let entries = posts.compactMap { post in
            post.recommended.map { PlacementPlan.Entry(post: post.code, candidate: $0.candidate, fitUnits: Int32(units($0.breakdown.fit))) }
        }
        return PlacementPlan(assignments: entries, totalUnits: entries.reduce(0) { $0 + Int64($1.fitUnits) }, unfilled: unfilled)
    }
}
