/// The tie rule: among all optimal assignments, the smallest read post by post.
///
/// With optimal duals fixed, the optimal assignments are exactly the matchings that use only pairs
/// of zero reduced cost, leave empty only the posts allowed to be (their "unassigned" reduced cost
/// is zero, or `v = 0` for a post column) and leave free only the candidates allowed to be
/// (complementary slackness). Moving post `p` from its candidate `x` to a tight candidate `c` is
/// therefore possible exactly when an alternating cycle of tight moves leads from `c` back to `x`
/// without touching posts already decided. Nodes of that search are candidates, the posts' "empty"
/// states, and one "release" node that joins a chain ending on a free candidate to a chain that
/// starts by vacating a candidate allowed to be free.
///
/// For each post in index order, the lowest candidate that has such a cycle is taken, and the post
/// is then fixed. Every step keeps the assignment optimal and the duals valid.
extension AssignmentCore {
    /// The pairs of zero reduced cost as one bit set of candidates per post, the same pairs
    /// candidate by candidate, and who may stay unmatched.
    struct TightGraph {
        let wordsPerPost: Int
        var bits: [UInt64]
        var reverseStart: [Int]
        var reversePosts: [Int32]
        var postMayBeEmpty: [Bool]
        var candidateMayBeFree: [Bool]
    }

    /// Whether a (post, candidate) pair is eligible with zero reduced cost.
    func isTight(post: Int, candidate: Int) -> Bool {
        let (row, column) = coordinates(post: post, candidate: candidate)
        return isEligible(row: row, column: column) && reducedCost(row: row, column: column) == 0
    }

    /// - Complexity: O(P · C).
    func tightGraph() -> TightGraph {
        let postCount = transposed ? columnCount : rowCount, candidateCount = transposed ? rowCount : columnCount
        let words = (candidateCount + 63) / 64
        var graph = TightGraph(wordsPerPost: words, bits: [UInt64](repeating: 0, count: postCount * words),
                               reverseStart: [Int](repeating: 0, count: candidateCount + 1), reversePosts: [],
                               postMayBeEmpty: [Bool](repeating: false, count: postCount),
                               candidateMayBeFree: [Bool](repeating: false, count: candidateCount))
        // Post by post over the post-major fits, 64 candidates to a word, without branches:
        // reduced = cost − (dual of the post) − (dual of the candidate) in either orientation.
        let postDual = transposed ? v : u, candidateDual = transposed ? u : v, maxFit = maximumFit
        postMajorFits.withUnsafeBufferPointer { fits in
            candidateDual.withUnsafeBufferPointer { candidateDual in
                graph.bits.withUnsafeMutableBufferPointer { bits in
                    for post in 0 ..< postCount {
                        let offset = maxFit - postDual[post], base = post * candidateCount
                        for word in 0 ..< words {
                            var mask: UInt64 = 0
                            let first = word << 6
                            for bit in 0 ..< min(64, candidateCount - first) {
                                let fit = fits[base + first + bit]
                                let tight = fit >= 0 && offset &- Int64(fit) == candidateDual[first + bit]
                                mask |= UInt64(tight ? 1 : 0) << UInt64(bit)
                            }
                            bits[post * words + word] = mask
                        }
                    }
                }
            }
        }
        for post in 0 ..< postCount {
            for word in 0 ..< words {
                var bitsLeft = graph.bits[post * words + word]
                while bitsLeft != 0 {
                    graph.reverseStart[word << 6 + bitsLeft.trailingZeroBitCount + 1] += 1
                    bitsLeft &= bitsLeft - 1
                }
            }
        }
        for candidate in 0 ..< candidateCount { graph.reverseStart[candidate + 1] += graph.reverseStart[candidate] }
        graph.reversePosts = [Int32](repeating: 0, count: graph.reverseStart[candidateCount])
        var next = graph.reverseStart
        for post in 0 ..< postCount {
            for word in 0 ..< words {
                var bitsLeft = graph.bits[post * words + word]
                while bitsLeft != 0 {
                    let candidate = word << 6 + bitsLeft.trailingZeroBitCount
                    bitsLeft &= bitsLeft - 1
                    graph.reversePosts[next[candidate]] = Int32(post)
                    next[candidate] += 1
                }
            }
        }
        let m = columnCount
        if transposed {
            for column in 0 ..< m { graph.postMayBeEmpty[column] = v[column] == 0 }
            for row in 0 ..< rowCount { graph.candidateMayBeFree[row] = unfilledCost - u[row] == 0 }
        } else {
            for row in 0 ..< rowCount { graph.postMayBeEmpty[row] = unfilledCost - u[row] == 0 }
            for column in 0 ..< m { graph.candidateMayBeFree[column] = v[column] == 0 }
        }
        return graph
    }

    /// Applies the tie rule. Locked posts never move.
    /// - Complexity: O(P · C) to build the graph of tight pairs, then per post O(C/64 + P) plus
    ///   O(C/64) for each node its searches reach.
    mutating func applyTieRule(lockedPosts: Set<Int>) {
        let graph = tightGraph()
        let postCount = graph.postMayBeEmpty.count, candidateCount = graph.candidateMayBeFree.count
        guard postCount > 0, candidateCount > 0 else { return }
        let c = candidateCount, release = candidateCount + postCount, words = graph.wordsPerPost
        var candidateOf: [Int] = candidateOfPost.map { $0 ?? -1 }
        var postOf = [Int](repeating: -1, count: candidateCount)
        for (post, candidate) in candidateOf.enumerated() where candidate >= 0 { postOf[candidate] = post }
        var fixed = [Bool](repeating: false, count: postCount)
        // Candidates not held by a fixed post: the only ones a search may enter.
        var alive = [UInt64](repeating: ~0, count: words)
        func fix(_ post: Int) {
            fixed[post] = true
            if candidateOf[post] >= 0 { alive[candidateOf[post] >> 6] &= ~(1 << UInt64(candidateOf[post] & 63)) }
        }
        for post in lockedPosts { fix(post) }
        // During one post's turn: the live candidates its searches have not reached yet.
        var open = alive
        func close(_ node: Int) {
            if node < c { open[node >> 6] &= ~(1 << UInt64(node & 63)) }
        }
        var mark = [UInt32](repeating: 0, count: release + 1)
        var parent = [Int](repeating: -1, count: release + 1)
        var generation: UInt32 = 0
        var stack: [(node: Int, next: Int)] = []

        /// A candidate node's post, or the post of an "empty" node if that post is empty; -1 if free.
        func occupant(_ node: Int) -> Int {
            node < c ? postOf[node] : (candidateOf[node - c] < 0 ? node - c : -1)
        }
        /// The first open tight candidate of `post` at or after `from`, or nil.
        func nextTight(of post: Int, from: Int) -> Int? {
            var word = from >> 6
            guard word < words else { return nil }
            var bitsLeft = graph.bits[post * words + word] & open[word] & (~0 << UInt64(from & 63))
            while true {
                if bitsLeft != 0 { return word << 6 + bitsLeft.trailingZeroBitCount }
                word += 1
                guard word < words else { return nil }
                bitsLeft = graph.bits[post * words + word] & open[word]
            }
        }

        for post in 0 ..< postCount where !fixed[post] {
            defer { fix(post) }
            let target = candidateOf[post] >= 0 ? candidateOf[post] : c + post
            let targetRank = target < c ? target : Int.max
            let targetReleasable = target >= c || graph.candidateMayBeFree[target]
            func movable(_ other: Int) -> Bool { other >= 0 && other != post && !fixed[other] }
            // A candidate that must stay placed can be left only if another movable post can take it.
            if !targetReleasable
                && !graph.reversePosts[graph.reverseStart[target] ..< graph.reverseStart[target + 1]].reversed()
                    .contains(where: { movable(Int($0)) }) {
                continue
            }
            /// The next out-neighbour of `node` from position `next`, or nil when there is none.
            func neighbour(of node: Int, next: inout Int) -> Int? {
                if node == release {
                    if next == 0 {
                        next = 1
                        if targetReleasable { return target }
                    }
                    while next - 1 < release {
                        let y = next - 1
                        next += 1
                        if y == target { continue }
                        if y < c {
                            if graph.candidateMayBeFree[y] && movable(postOf[y]) { return y }
                        } else if candidateOf[y - c] < 0 && movable(y - c) {
                            return y
                        }
                    }
                    return nil
                }
                let mover = occupant(node)
                if mover < 0 {
                    if next == 0 {
                        next = 1
                        return release
                    }
                    return nil
                }
                guard movable(mover), next >= 0 else { return nil }
                while let candidate = nextTight(of: mover, from: next) {
                    next = candidate + 1
                    if candidate != node { return candidate }
                }
                next = -1
                if graph.postMayBeEmpty[mover] && node != c + mover { return c + mover }
                return nil
            }
            /// Whether the target is one or two fixed steps from a newly found node; if so, links it.
            /// A free node closes through the release node; a movable occupant closes by moving onto
            /// the target, or (when the target may be vacated) by becoming empty.
            func closes(from node: Int) -> Bool {
                let mover = occupant(node)
                if mover < 0 {
                    guard targetReleasable else { return false }
                    parent[release] = node
                    parent[target] = release
                    return true
                }
                guard movable(mover) else { return false }
                if target < c && isTight(post: mover, candidate: target) {
                    parent[target] = node
                    return true
                }
                if targetReleasable && graph.postMayBeEmpty[mover] && node != c + mover {
                    parent[c + mover] = node
                    parent[release] = c + mover
                    parent[target] = release
                    return true
                }
                return false
            }
            /// Depth-first search from `start` to the post's current node; fills `parent` on success.
            func reachesTarget(from start: Int) -> Bool {
                mark[start] = generation
                close(start)
                parent[start] = -1
                if closes(from: start) { return true }
                stack.removeAll(keepingCapacity: true)
                stack.append((start, 0))
                while !stack.isEmpty {
                    let top = stack.count - 1
                    var next = stack[top].next
                    let current = stack[top].node
                    let found = neighbour(of: current, next: &next)
                    stack[top].next = next
                    guard let found else {
                        stack.removeLast()
                        continue
                    }
                    if found == target {
                        parent[target] = current
                        return true
                    }
                    if mark[found] == generation { continue }
                    mark[found] = generation
                    close(found)
                    parent[found] = current
                    if found != release && closes(from: found) { return true }
                    stack.append((found, 0))
                }
                return false
            }

            generation &+= 1
            if generation == 0 {
                for index in mark.indices { mark[index] = 0 }
                generation = 1
            }
            for word in 0 ..< words { open[word] = alive[word] }
            var from = 0
            while let candidate = nextTight(of: post, from: from), candidate < targetRank {
                from = candidate + 1
                if mark[candidate] == generation { continue }
                guard reachesTarget(from: candidate) else { continue }
                // The cycle: post → candidate → … → target. Collect the moves, then apply them.
                var path: [Int] = [target]
                while let last = path.last, last != candidate { path.append(parent[last]) }
                path.reverse()
                var moves: [(post: Int, to: Int)] = [(post, candidate)]
                for (from, to) in zip(path, path.dropFirst()) where from != release && to != release {
                    moves.append((occupant(from), to))
                }
                for move in moves where candidateOf[move.post] >= 0 { postOf[candidateOf[move.post]] = -1 }
                for move in moves {
                    candidateOf[move.post] = move.to < c ? move.to : -1
                    if move.to < c { postOf[move.to] = move.post }
                }
                break
            }
        }
        // Back into this orientation.
        if transposed {
            for (post, candidate) in candidateOf.enumerated() { rowOfColumn[post] = Int32(candidate) }
            for (candidate, post) in postOf.enumerated() { columnOfRow[candidate] = post >= 0 ? Int32(post) : Self.unfilled }
        } else {
            for (post, candidate) in candidateOf.enumerated() { columnOfRow[post] = candidate >= 0 ? Int32(candidate) : Self.unfilled }
            for (candidate, post) in postOf.enumerated() { rowOfColumn[candidate] = Int32(post) }
        }
    }
}
