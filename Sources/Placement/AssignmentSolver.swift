/// The optimal placement of candidates on posts for the whole organisation, not greedily post by post.
///
/// The objective is lexicographic and exact (integer micro-points):
/// ```
/// maximise  filled posts,  then  Σ fit(post, candidate)  over the filled posts
/// ```
/// subject to: each post at most one candidate, each candidate at most one post, ineligible and
/// excluded pairs never assigned, locks always honoured.
///
/// **Ties.** Among all optimal assignments the solver returns the one that is smallest when read
/// post by post in index order: post 0 gets the lowest-indexed candidate it can have in any optimal
/// assignment, then post 1 the lowest it can have given post 0's, and so on (an unfilled post
/// counts as after every candidate). So the result depends only on the problem, and two problems
/// that differ by a permutation give the same pairs once their posts and candidates are put in the
/// same order (the `place` command orders both by id).
///
/// **Method.** Rows are the smaller side (posts, or candidates when posts outnumber them); each row
/// also has a private "unassigned" column costing more than any total of fits, which turns the
/// lexicographic objective into one min-cost assignment:
/// ```
/// cost(row, column) = maxFit − fit          unassigned = maxFit + BIG,   BIG = min(posts, candidates) · maxFit + 1
/// ```
/// A greedy row-minimum start (exact: it keeps the duals feasible), then one shortest augmenting
/// path per remaining post (the Jonker–Volgenant / Crouse form of the Hungarian method, dense
/// Dijkstra over the candidates, rectangular). The tie rule is then applied by alternating cycles
/// of zero reduced cost, which keep the optimum and the duals.
///
/// References: R. Jonker & A. Volgenant (1987), "A shortest augmenting path algorithm for dense and
/// sparse linear assignment problems", Computing 38; D. F. Crouse (2016), "On implementing 2D
/// rectangular assignment algorithms", IEEE Trans. Aerospace and Electronic Systems 52(4).
public enum AssignmentSolver {
    /// Solves the problem exactly.
    /// - Parameter problem: the fits, locks, exclusions and current holders.
    /// - Returns: the optimal assignment under the tie rule above, with what it needs for explanations.
    /// - Throws: `PlacementError` for bad indices, conflicting locks or a lock on a forbidden pair,
    ///   and `problemTooLarge` when 64-bit sums could overflow (beyond about 300,000 × 300,000).
    /// - Complexity: with R = min(P, C) rows and K = max(P, C) columns for P posts and C candidates:
    ///   O(P · C) for the start and the tie rule's tight graph, plus O(K · L) per row the start could
    ///   not place, where L is the number of rows its shortest path visits: O(R² · K) in the worst case; memory O(P · C) (a copy of the fits only when
    ///   there are rules to apply).
    public static func solve(_ problem: AssignmentProblem) throws -> Assignment {
        try problem.validate()
        let fits = problem.locks.isEmpty && problem.exclusions.isEmpty && problem.currentHolders.isEmpty
            ? problem.fits : problem.effectiveFits()
        var core = try AssignmentCore(fits: fits)
        core.solve()
        core.applyTieRule(lockedPosts: Set(problem.locks.keys))
        return Assignment(problem: problem, workingFits: fits, core: core)
    }
}
