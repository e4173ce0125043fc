/// Explanations of an assignment: what forcing a runner-up would cost, where a candidate fits best,
/// and who could succeed to a post.
extension Assignment {
    /// What a change of one post does to the optimum.
    public struct ForcingCost: Sendable, Equatable {
        /// Filled posts in the best assignment with the lock, minus now (0 or negative).
        public let filledChange: Int
        /// Total fit in the best assignment with the lock, minus now, in micro-points (0 or
        /// negative when `filledChange` is 0).
        public let fitChangeUnits: Int64
        /// The posts whose candidate changes, in post order, each with its candidate before and after.
        public let reassignments: [Reassignment]

        /// `fitChangeUnits` in points.
        public var fitChange: Double { Double(fitChangeUnits) / Double(FitMatrix.unitsPerPoint) }
    }

    /// One post's candidate before and after (nil: unfilled).
    public struct Reassignment: Sendable, Equatable {
        public let post: Int
        public let from: Int?
        public let to: Int?
    }

    /// A post or candidate ranked by fit.
    public struct RankedFit: Sendable, Equatable {
        /// The post or candidate index.
        public let index: Int
        public let fitUnits: Int32
        public var fit: Double { Double(fitUnits) / Double(FitMatrix.unitsPerPoint) }
    }

    /// The exact cost of forcing `candidate` onto `post` instead of the optimum:
    /// ```
    /// optimum(problem + lock(post, candidate)) − optimum(problem)      (filled, then fit)
    /// ```
    /// computed as the cheapest alternating cycle through the pair in the residual graph, by
    /// Dijkstra over reduced costs from the optimal duals (no re-solve). The problem's own locks
    /// stay in force.
    /// - Returns: `nil` when the pair may not be assigned (ineligible, excluded, the current holder,
    ///   or against a lock); zero change when the candidate already holds the post.
    /// - Complexity: O(C log(P + C)) per post the search reaches; O(P · C log(P + C)) at worst.
    public func costOfForcing(candidate: Int, onto post: Int) -> ForcingCost? {
        guard post >= 0, post < problem.postCount, candidate >= 0, candidate < problem.candidateCount,
              workingFits.fitUnits(post: post, candidate: candidate) != nil else { return nil }
        if candidates[post] == candidate { return ForcingCost(filledChange: 0, fitChangeUnits: 0, reassignments: []) }
        let (row, column) = core.coordinates(post: post, candidate: candidate)
        let fixedRows = core.transposed ? Set(problem.locks.values) : Set(problem.locks.keys)
        let moves = core.cheapestCycle(row: row, column: column, fixedRows: fixedRows)
        var changed = core
        for move in moves where changed.columnOfRow[move.row] >= 0 {
            changed.rowOfColumn[Int(changed.columnOfRow[move.row])] = AssignmentCore.unassigned
        }
        for move in moves {
            if move.to < core.columnCount {
                changed.columnOfRow[move.row] = Int32(move.to)
                changed.rowOfColumn[move.to] = Int32(move.row)
            } else {
                changed.columnOfRow[move.row] = AssignmentCore.unfilled
            }
        }
        let after = changed.candidateOfPost
        var filledChange = 0, fitChange: Int64 = 0, reassignments: [Reassignment] = []
        for post in candidates.indices where after[post] != candidates[post] {
            reassignments.append(Reassignment(post: post, from: candidates[post], to: after[post]))
            if let from = candidates[post] {
                filledChange -= 1
                fitChange -= Int64(workingFits.fitUnits(post: post, candidate: from)!)
            }
            if let to = after[post] {
                filledChange += 1
                fitChange += Int64(workingFits.fitUnits(post: post, candidate: to)!)
            }
        }
        return ForcingCost(filledChange: filledChange, fitChangeUnits: fitChange, reassignments: reassignments)
    }

    /// The posts a candidate fits best: allowed pairs only, by fit descending, then post index.
    /// - Complexity: O(P log P).
    public func bestPosts(forCandidate candidate: Int, limit: Int) -> [RankedFit] {
        ranked((0 ..< problem.postCount).compactMap { post in
            workingFits.fitUnits(post: post, candidate: candidate).map { RankedFit(index: post, fitUnits: $0) }
        }, limit: limit)
    }

    /// A post's succession list: the allowed candidates by fit descending, then candidate index
    /// (the placed candidate included).
    /// - Complexity: O(C log C).
    public func succession(forPost post: Int, limit: Int) -> [RankedFit] {
        ranked((0 ..< problem.candidateCount).compactMap { candidate in
            workingFits.fitUnits(post: post, candidate: candidate).map { RankedFit(index: candidate, fitUnits: $0) }
        }, limit: limit)
    }

    private func ranked(_ entries: [RankedFit], limit: Int) -> [RankedFit] {
        Array(entries.sorted { ($0.fitUnits, -$0.index) > ($1.fitUnits, -$1.index) }.prefix(max(0, limit)))
    }
}
