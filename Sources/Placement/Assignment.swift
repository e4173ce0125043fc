/// An optimal assignment, with what is needed to explain it.
public struct Assignment: Sendable {
    /// The problem as given.
    public let problem: AssignmentProblem
    /// The candidate placed on each post, or `nil` where the post stays unfilled.
    public let candidates: [Int?]
    /// The number of filled posts (the first objective).
    public let filledCount: Int
    /// The sum of the placed fits in micro-points (the second objective), exact.
    public let totalUnits: Int64
    /// The fits with every forbidden pair (excluded, current holder, against a lock) made ineligible.
    let workingFits: FitMatrix
    /// The solved state: optimal duals for explanations.
    let core: AssignmentCore

    init(problem: AssignmentProblem, workingFits: FitMatrix, core: AssignmentCore) {
        self.problem = problem
        self.workingFits = workingFits
        self.core = core
        candidates = core.candidateOfPost
        var filled = 0, total: Int64 = 0
        for (post, candidate) in candidates.enumerated() {
            guard let candidate, let units = workingFits.fitUnits(post: post, candidate: candidate) else { continue }
            filled += 1
            total += Int64(units)
        }
        filledCount = filled
        totalUnits = total
    }

    /// The sum of the placed fits in points.
    public var total: Double { Double(totalUnits) / Double(FitMatrix.unitsPerPoint) }

    /// The posts left unfilled, in index order.
    public var unfilledPosts: [Int] { candidates.indices.filter { candidates[$0] == nil } }

    /// The post each candidate is placed on, or `nil`.
    /// - Complexity: O(P + C).
    public var postsOfCandidates: [Int?] {
        var posts = [Int?](repeating: nil, count: problem.candidateCount)
        for (post, candidate) in candidates.enumerated() { if let candidate { posts[candidate] = post } }
        return posts
    }
}
