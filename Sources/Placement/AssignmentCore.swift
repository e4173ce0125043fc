/// The solver's state: the matching of rows to columns and the dual potentials.
///
/// Rows are the smaller side: posts, or candidates when there are more posts than candidates
/// (`transposed`), so each search runs over the larger side and the fewest rows need one. Each row
/// has a private "unassigned" column. The objective (filled pairs, then total fit) is the same
/// either way. Costs are derived from fits on the fly (`maxFit − fit`; an ineligible cell costs `forbiddenCost`,
/// more than leaving the post unfilled, so an optimum never uses it). Invariants after `solve()`:
/// ```
/// reduced(i, j) = cost(i, j) − u[i] − v[j] ≥ 0        reduced(i, unfilled) = unfilledCost − u[i] ≥ 0
/// reduced = 0 on every matched pair;   v[j] ≤ 0, and v[j] = 0 for every unmatched candidate
/// ```
/// which proves the matching optimal (linear programming duality).
struct AssignmentCore: Sendable {
    static let unassigned: Int32 = -1
    /// `columnOfRow` value of a post left unfilled (matched to its private column).
    static let unfilled: Int32 = -2

    let rowCount: Int
    let columnCount: Int
    /// Whether rows are candidates and columns posts.
    let transposed: Bool
    /// Row-major fit units; negative = ineligible.
    let fits: [Int32]
    /// The same fits post-major (the caller's matrix; shared, not copied, when rows are posts).
    let postMajorFits: [Int32]
    let maximumFit: Int64
    /// The cost of leaving a post unfilled: more than any total of fits.
    let unfilledCost: Int64
    /// The cost of an ineligible pair: more than leaving the post unfilled.
    let forbiddenCost: Int64
    var u: [Int64]
    var v: [Int64]
    var columnOfRow: [Int32]
    var rowOfColumn: [Int32]

    init(fits matrix: FitMatrix) throws {
        transposed = matrix.postCount > matrix.candidateCount
        if transposed {
            rowCount = matrix.candidateCount
            columnCount = matrix.postCount
            var flipped = [Int32](repeating: FitMatrix.ineligible, count: matrix.units.count)
            let n = matrix.postCount, m = matrix.candidateCount, block = 64
            matrix.units.withUnsafeBufferPointer { source in
                flipped.withUnsafeMutableBufferPointer { target in
                    // In 64 × 64 blocks, so that both sides stay in cache.
                    for postBlock in stride(from: 0, to: n, by: block) {
                        for candidateBlock in stride(from: 0, to: m, by: block) {
                            for post in postBlock ..< min(postBlock + block, n) {
                                for candidate in candidateBlock ..< min(candidateBlock + block, m) {
                                    target[candidate * n + post] = source[post * m + candidate]
                                }
                            }
                        }
                    }
                }
            }
            fits = flipped
        } else {
            rowCount = matrix.postCount
            columnCount = matrix.candidateCount
            fits = matrix.units
        }
        postMajorFits = matrix.units
        maximumFit = Int64(fits.max() ?? 0).clamped(to: 0 ... Int64(FitMatrix.maximumUnits))
        let pairs = Int64(min(rowCount, columnCount))
        let (big, overflowA) = pairs.multipliedReportingOverflow(by: maximumFit)
        unfilledCost = maximumFit + big + 1
        forbiddenCost = 2 * unfilledCost + 1
        // Distances and potentials stay within (rows + 4) · unfilledCost in magnitude.
        let (bound, overflowB) = Int64(rowCount + 4).multipliedReportingOverflow(by: 2 * unfilledCost)
        guard !overflowA, !overflowB, bound < Int64.max / 2 else {
            throw PlacementError.problemTooLarge(posts: rowCount, candidates: columnCount)
        }
        u = Array(repeating: 0, count: rowCount)
        v = Array(repeating: 0, count: columnCount)
        columnOfRow = Array(repeating: Self.unassigned, count: rowCount)
        rowOfColumn = Array(repeating: Self.unassigned, count: columnCount)
    }

    /// The candidate of each post (nil: unfilled), whatever the orientation.
    var candidateOfPost: [Int?] {
        transposed
            ? rowOfColumn.map { $0 >= 0 ? Int($0) : nil }
            : columnOfRow.map { $0 >= 0 ? Int($0) : nil }
    }

    /// The (row, column) of a (post, candidate) pair in this orientation.
    func coordinates(post: Int, candidate: Int) -> (row: Int, column: Int) {
        transposed ? (candidate, post) : (post, candidate)
    }

    /// The cost of a pair from its stored fit.
    @inline(__always)
    func cost(_ fit: Int32) -> Int64 { fit < 0 ? forbiddenCost : maximumFit - Int64(fit) }

    /// Reduced cost of a pair (≥ 0 once solved).
    func reducedCost(row: Int, column: Int) -> Int64 {
        cost(fits[row * columnCount + column]) - u[row] - v[column]
    }

    /// Reduced cost of leaving a post unfilled.
    func reducedUnfilledCost(row: Int) -> Int64 { unfilledCost - u[row] }

    func isEligible(row: Int, column: Int) -> Bool { fits[row * columnCount + column] >= 0 }

    /// Solves to optimality: greedy row minima, then a shortest augmenting path for every post left.
    /// - Complexity: see `AssignmentSolver.solve`.
    mutating func solve() {
        let left = greedyStart()
        guard !left.isEmpty else { return }
        var search = PathSearch(rowOfColumn: rowOfColumn)
        for row in left { augment(from: row, search: &search) }
    }

    /// Each post takes a free candidate of least cost with `u[post]` = that cost and `v` = 0; a post
    /// whose least-cost candidates are all taken keeps `u` = its row minimum and waits.
    /// - Returns: the posts still unassigned, in index order.
    private mutating func greedyStart() -> [Int] {
        var left: [Int] = []
        let m = columnCount, maxFit = maximumFit, unfilledCost = unfilledCost
        fits.withUnsafeBufferPointer { fits in
            rowOfColumn.withUnsafeMutableBufferPointer { rowOfColumn in
                for row in 0 ..< rowCount {
                    var best: Int32 = -1, free = -1
                    let base = row * m
                    for column in 0 ..< m {
                        let fit = fits[base + column]
                        if fit > best {
                            best = fit
                            free = rowOfColumn[column] < 0 ? column : -1
                        } else if fit == best && free < 0 && fit >= 0 && rowOfColumn[column] < 0 {
                            free = column
                        }
                    }
                    if best < 0 {
                        u[row] = unfilledCost
                        columnOfRow[row] = Self.unfilled
                    } else {
                        u[row] = maxFit - Int64(best)
                        if free >= 0 {
                            columnOfRow[row] = Int32(free)
                            rowOfColumn[free] = Int32(row)
                        } else {
                            left.append(row)
                        }
                    }
                }
            }
        }
        return left
    }

    /// Reusable buffers of one shortest-path search.
    struct PathSearch {
        /// Tentative distance of each candidate (reduced costs), and the post it is reached from.
        var distance: [Int64]
        var previousRow: [Int32]
        /// The search's tie-break and exclusion key: 0 free, 1 taken, + `settledPenalty` once settled.
        var penalty: [Int64]
        var settled: [Int32] = []
        var scannedRows: [Int32] = []
        static let settledPenalty = Int64.max / 2

        init(rowOfColumn: [Int32]) {
            distance = Array(repeating: 0, count: rowOfColumn.count)
            previousRow = Array(repeating: 0, count: rowOfColumn.count)
            penalty = rowOfColumn.map { $0 < 0 ? 0 : 1 }
        }
    }

    /// One Dijkstra over reduced costs from a free post to the nearest free candidate or unfilled
    /// column, then the dual update and the augmentation (Crouse 2016, algorithm 1, with each post's
    /// unfilled column handled implicitly). Each scan of a post is one branch-free pass over all
    /// candidates: a settled candidate cannot improve (its distance is at most the current minimum
    /// and reduced costs are ≥ 0), and its key carries a penalty that keeps it from being chosen
    /// again. Among candidates at the least distance a free one is taken, then the lowest index.
    /// - Complexity: O(C) per post visited on the way.
    mutating func augment(from start: Int, search: inout PathSearch) {
        let m = columnCount
        var minimum: Int64 = 0
        var bestUnfilled = Int64.max, bestUnfilledRow = -1
        var sink = -1
        var scannedRows: [Int32] = [], settled: [Int32] = []
        swap(&scannedRows, &search.scannedRows)
        swap(&settled, &search.settled)
        scannedRows.removeAll(keepingCapacity: true)
        settled.removeAll(keepingCapacity: true)
        defer {
            swap(&scannedRows, &search.scannedRows)
            swap(&settled, &search.settled)
        }
        let maxFit = maximumFit, forbidden = forbiddenCost, unfilledCost = unfilledCost
        let settledPenalty = PathSearch.settledPenalty
        fits.withUnsafeBufferPointer { fits in
        v.withUnsafeBufferPointer { v in
        rowOfColumn.withUnsafeBufferPointer { rowOfColumn in
        search.distance.withUnsafeMutableBufferPointer { distance in
        search.previousRow.withUnsafeMutableBufferPointer { previousRow in
        search.penalty.withUnsafeMutableBufferPointer { penalty in
            var row = start
            while true {
                scannedRows.append(Int32(row))
                let ur = u[row]
                let throughUnfilled = minimum + unfilledCost - ur
                if throughUnfilled < bestUnfilled {
                    bestUnfilled = throughUnfilled
                    bestUnfilledRow = row
                }
                var bestKey = Int64.max, bestColumn = -1
                let offset = minimum &- ur, row32 = Int32(row)
                let rowFits = UnsafeBufferPointer(rebasing: fits[(row * m) ..< (row * m + m)])
                if row == start {
                    for column in 0 ..< m {
                        let fit = rowFits[column]
                        let reduced = offset &+ (fit < 0 ? forbidden : maxFit &- Int64(fit)) &- v[column]
                        distance[column] = reduced
                        previousRow[column] = row32
                        let key = reduced &+ reduced &+ penalty[column]
                        if key < bestKey { bestKey = key; bestColumn = column }
                    }
                } else {
                    for column in 0 ..< m {
                        let fit = rowFits[column]
                        let reduced = offset &+ (fit < 0 ? forbidden : maxFit &- Int64(fit)) &- v[column]
                        let old = distance[column]
                        let better = reduced < old
                        let d = better ? reduced : old
                        distance[column] = d
                        previousRow[column] = better ? row32 : previousRow[column]
                        let key = d &+ d &+ penalty[column]
                        if key < bestKey { bestKey = key; bestColumn = column }
                    }
                }
                let found = bestColumn >= 0 && bestKey < settledPenalty
                let lowest = found ? distance[bestColumn] : Int64.max
                if !found || bestUnfilled < lowest || (bestUnfilled == lowest && penalty[bestColumn] != 0) {
                    minimum = bestUnfilled
                    break
                }
                minimum = lowest
                settled.append(Int32(bestColumn))
                penalty[bestColumn] &+= settledPenalty
                let owner = rowOfColumn[bestColumn]
                if owner < 0 {
                    sink = bestColumn
                    break
                }
                row = Int(owner)
            }
            for column in settled { penalty[Int(column)] &-= settledPenalty }
            if sink >= 0 { penalty[sink] = 1 }
        }}}}}}
        // Dual update: scanned posts and settled candidates.
        u[start] += minimum
        for scanned in scannedRows where Int(scanned) != start {
            let row = Int(scanned)
            u[row] += minimum - search.distance[Int(columnOfRow[row])]
        }
        for settledColumn in settled {
            let column = Int(settledColumn)
            v[column] -= minimum - search.distance[column]
        }
        // Augment back to the start.
        var column: Int
        if sink >= 0 {
            column = sink
        } else {
            column = Int(columnOfRow[bestUnfilledRow])
            columnOfRow[bestUnfilledRow] = Self.unfilled
            if bestUnfilledRow == start { return }
        }
        while true {
            let row = Int(search.previousRow[column])
            rowOfColumn[column] = Int32(row)
            let previous = Int(columnOfRow[row])
            columnOfRow[row] = Int32(column)
            if row == start { break }
            column = previous
        }
    }
}

extension Comparable {
    func clamped(to range: ClosedRange<Self>) -> Self { min(max(self, range.lowerBound), range.upperBound) }
}

extension AssignmentCore {
    /// Whether the duals prove the matching optimal: every reduced cost ≥ 0, zero on matched pairs
    /// and on the unfilled columns in use, `v ≤ 0`, and `v = 0` on unmatched candidates; and the
    /// matching is consistent and uses no ineligible pair.
    /// - Complexity: O(P · C).
    func certifiesOptimality() -> Bool {
        for column in 0 ..< columnCount {
            guard v[column] <= 0 else { return false }
            let row = Int(rowOfColumn[column])
            if row < 0 { guard v[column] == 0 else { return false } } else {
                guard columnOfRow[row] == Int32(column), isEligible(row: row, column: column) else { return false }
            }
        }
        for row in 0 ..< rowCount {
            guard reducedUnfilledCost(row: row) >= 0 else { return false }
            for column in 0 ..< columnCount where reducedCost(row: row, column: column) < 0 { return false }
            switch columnOfRow[row] {
            case Self.unfilled: guard reducedUnfilledCost(row: row) == 0 else { return false }
            case let column where column >= 0:
                guard rowOfColumn[Int(column)] == Int32(row), reducedCost(row: row, column: Int(column)) == 0 else { return false }
            default: return false
            }
        }
        return true
    }
}
