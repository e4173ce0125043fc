import TalentDomain

/// The pimpinan's decision for one post: an official, or none (left vacant), and the written reason
/// required whenever it differs from the recommendation.
public struct PlacementDecision: Sendable, Codable, Equatable {
    public var post: String
    public var candidate: String?
    public var reason: String?

    public init(post: String, candidate: String?, reason: String? = nil) {
        self.post = post
        self.candidate = candidate
        self.reason = reason
    }
}

/// A decided round checked against its recommendation: every decision, the deviations with the fit they
/// lose, and the decree lines.
public struct DecisionReview: Sendable, Codable, Equatable {
    public struct Deviation: Sendable, Codable, Equatable {
        public var post: String
        public var postName: String
        public var recommended: String?
        public var recommendedName: String?
        public var recommendedFit: Double?
        public var decided: String?
        public var decidedName: String?
        public var decidedFit: Double?
        /// recommendedFit − decidedFit (a vacancy counts 0).
        public var fitLost: Double
        public var reason: String
    }

    /// One line of the decree draft: an official and the post they move to, or leave.
    public struct DecreeLine: Sendable, Codable, Equatable {
        public enum Kind: String, Sendable, Codable {
            /// From one JPT post of the round to another.
            case rotasi
            /// Into a JPT post from outside the round's posts.
            case pengangkatan
            /// Their post went to someone else and they get none in this round.
            case dibebastugaskan
        }

        public var kind: Kind
        public var candidate: String
        public var name: String
        public var golongan: Golongan?
        public var fromPost: String?
        public var fromTitle: String?
        public var toPost: String?
        public var toTitle: String?
    }

    /// The decision of every target post, in the recommendation's post order (posts the decision did
    /// not mention keep the recommendation).
    public var decisions: [PlacementDecision]
    public var deviations: [Deviation]
    public var recommendedTotal: Double
    public var decidedTotal: Double
    /// recommendedTotal − decidedTotal.
    public var fitLost: Double
    public var decree: [DecreeLine]

    /// Checks `decisions` against `recommendation`.
    /// - Throws: `DecisionError` naming the post: an unknown post, a post decided twice, an official who may
    ///   not take the post (with the rule they fail), an official given two posts, or a deviation
    ///   without a reason.
    public init(_ decisions: [PlacementDecision], against recommendation: PlacementRecommendation) throws(DecisionError) {
        var byPost: [String: PlacementDecision] = [:]
        for decision in decisions {
            guard recommendation.post(decision.post) != nil else { throw .unknownPost(decision.post) }
            guard byPost.updateValue(decision, forKey: decision.post) == nil else { throw .decidedTwice(decision.post) }
        }
        var final: [PlacementDecision] = []
        var deviations: [Deviation] = []
        var holderOf: [String: String] = [:]
        var decidedUnits = 0
        for post in recommendation.posts {
            let recommended = post.recommended
            var decision = byPost[post.code] ?? PlacementDecision(post: post.code, candidate: recommended?.candidate)
            decision.reason = decision.reason?.trimmed
            if decision.reason?.isEmpty == true { decision.reason = nil }
            if decision.candidate?.trimmed.isEmpty == true { decision.candidate = nil }
            var decidedFit: Double?
            if let candidate = decision.candidate {
                guard let allowed = post.allowed.first(where: { $0.id == candidate }) else {
                    if let ineligible = post.ineligible.first(where: { $0.candidate == candidate }) {
                        throw .notEligible(post: post.code, candidate: candidate, failures: ineligible.failures)
                    }
                    throw .notACandidate(post: post.code, candidate: candidate)
                }
                if let other = holderOf.updateValue(post.code, forKey: candidate) {
                    throw .twoPosts(candidate: candidate, posts: [other, post.code])
                }
                decidedFit = allowed.fit
                decidedUnits += Self.hundredths(allowed.fit)
            }
            if decision.candidate != recommended?.candidate {
                guard let reason = decision.reason else { throw .reasonRequired(post.code) }
                let lost = Self.hundredths(recommended?.breakdown.fit ?? 0) - Self.hundredths(decidedFit ?? 0)
                deviations.append(Deviation(
                    post: post.code, postName: post.name, recommended: recommended?.candidate,
                    recommendedName: recommended?.name, recommendedFit: recommended?.breakdown.fit,
                    decided: decision.candidate, decidedName: decision.candidate.flatMap { id in post.allowed.first { $0.id == id }?.name },
                    decidedFit: decidedFit, fitLost: Double(lost) / 100, reason: reason))
            }
            final.append(decision)
        }
        self.decisions = final
        self.deviations = deviations
        recommendedTotal = recommendation.total
        decidedTotal = Double(decidedUnits) / 100
        fitLost = Double(Self.hundredths(recommendation.total) - decidedUnits) / 100
        decree = Self.decree(final, recommendation: recommendation)
    }

    static func hundredths(_ value: Double) -> Int { Int((value * 100).rounded()) }

    /// Who moves where: every official placed in a post other than their own, then every holder of a
    /// target post who lost it and got none, each group by post order.
    static func decree(_ decisions: [PlacementDecision], recommendation: PlacementRecommendation) -> [DecreeLine] {
        let officials = Dictionary(recommendation.officials.map { ($0.candidate, $0) }) { first, _ in first }
        let postNames = Dictionary(recommendation.posts.map { ($0.code, $0.name) }) { first, _ in first }
        let targetCodes = Set(postNames.keys)
        var lines: [DecreeLine] = []
        var placed = Set<String>()
        for decision in decisions {
            guard let candidate = decision.candidate, let official = officials[candidate] else { continue }
            placed.insert(candidate)
            guard official.currentPost != decision.post else { continue }
            let rotating = official.currentPost.map(targetCodes.contains) ?? false
            lines.append(DecreeLine(kind: rotating ? .rotasi : .pengangkatan, candidate: candidate, name: official.name,
                                    golongan: official.golongan, fromPost: official.currentPost, fromTitle: official.currentTitle,
                                    toPost: decision.post, toTitle: postNames[decision.post]))
        }
        for decision in decisions {
            guard let holder = recommendation.post(decision.post)?.holder, holder != decision.candidate,
                  !placed.contains(holder) else { continue }
            let official = officials[holder]
            lines.append(DecreeLine(kind: .dibebastugaskan, candidate: holder, name: official?.name ?? holder,
                                    golongan: official?.golongan, fromPost: decision.post, fromTitle: postNames[decision.post],
                                    toPost: nil, toTitle: nil))
        }
        return lines
    }
}

/// Why a set of decisions cannot be recorded; each names the post.
public enum DecisionError: Error, Equatable, CustomStringConvertible {
    case unknownPost(String)
    case decidedTwice(String)
    case notEligible(post: String, candidate: String, failures: [EligibilityFailure])
    case notACandidate(post: String, candidate: String)
    case twoPosts(candidate: String, posts: [String])
    case reasonRequired(String)

    /// The post the error is about, for the `field` of an error response.
    public var post: String {
        switch self {
        case .unknownPost(let post), .decidedTwice(let post), .reasonRequired(let post): post
        case .notEligible(let post, _, _), .notACandidate(let post, _): post
        case .twoPosts(_, let posts): posts.last ?? ""
        }
    }

    public var description: String {
        switch self {
        case .unknownPost(let post): "'\(post)' is not a post of this round"
        case .decidedTwice(let post): "post \(post) is decided twice"
        case .notEligible(let post, let candidate, let failures):
            "\(candidate) may not take \(post): " + failures.map { "\($0.rule.rawValue) (\($0.detail))" }.joined(separator: "; ")
        case .notACandidate(let post, let candidate): "\(candidate) is not a candidate of this round for \(post)"
        case .twoPosts(let candidate, let posts): "\(candidate) is given two posts: \(posts.joined(separator: " and "))"
        case .reasonRequired(let post): "post \(post): a decision other than the recommendation needs a written reason"
        }
    }
}
