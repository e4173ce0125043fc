/// Errors raised by the placement solver and its score-sheet reader.
///
/// Every case carries the data a caller needs to explain the problem to a person.
public enum PlacementError: Error, Sendable, Hashable {
    /// A fit is not a number from 0 to 100.
    case fitOutOfRange(post: Int, candidate: Int, value: Double)
    /// A post or candidate index is outside the matrix.
    case indexOutOfRange(kind: String, index: Int, count: Int)
    /// A lock names a pair that is ineligible or excluded (including a rotation back to the current post).
    case lockOnForbiddenPair(post: Int, candidate: Int)
    /// Two locks give one post two candidates, or one candidate two posts.
    case conflictingLocks(post: Int, candidate: Int)
    /// The problem is too large for exact 64-bit sums (more than about 300,000 posts and candidates both).
    case problemTooLarge(posts: Int, candidates: Int)
    /// A score sheet has bad cells or lines; every problem found, in file order.
    case badScores([ScoreSheetProblem])
}

/// One problem in a score sheet: the 1-based line, the post column when it is about one cell, and why.
public struct ScoreSheetProblem: Sendable, Hashable, CustomStringConvertible {
    public let line: Int
    public let post: String?
    public let reason: String

    public init(line: Int, post: String? = nil, reason: String) {
        self.line = line
        self.post = post
        self.reason = reason
    }

    public var description: String {
        "line \(line)" + (post.map { ", post \($0)" } ?? "") + ": " + reason
    }
}

extension PlacementError: CustomStringConvertible {
    public var description: String {
        switch self {
        case let .fitOutOfRange(post, candidate, value):
            return "the fit of candidate \(candidate) for post \(post) is \(value), not a number from 0 to 100"
        case let .indexOutOfRange(kind, index, count):
            return "\(kind) index \(index) is outside 0..<\(count)"
        case let .lockOnForbiddenPair(post, candidate):
            return "candidate \(candidate) is locked to post \(post) but is ineligible or excluded there"
        case let .conflictingLocks(post, candidate):
            return "the lock of candidate \(candidate) to post \(post) conflicts with another lock"
        case let .problemTooLarge(posts, candidates):
            return "\(posts) posts × \(candidates) candidates is too large for exact sums"
        case let .badScores(problems):
            let shown = problems.prefix(20).map(\.description).joined(separator: "\n  ")
            let more = problems.count > 20 ? "\n  … and \(problems.count - 20) more" : ""
            return "\(problems.count) problem\(problems.count == 1 ? "" : "s") in the scores:\n  \(shown)\(more)"
        }
    }
}
