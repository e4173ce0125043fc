/// The tie rule: among all optimal assignments, the smallest read post by post.
///
/// With optimal duals fixed, the optimal assignments are exactly the matchings that use only pairs
/// of zero reduced cost, keep every candidate with `v < 0` placed, and fill the same posts'
/// count (complementary slackness). Moving post `p` from its candidate `x` to a tight candidate `c`
/// is therefore possible exactly when an alternating cycle of tight moves leads from `c` back to
/// `x` without touching posts already decided. Nodes of that search are candidates, the posts'
/// "unfilled" columns, and one "release" node that joins a chain ending on a free candidate to a
/// chain starting by vacating a candidate with `v = 0`.
///
/// For each post in index order, the lowest candidate that has such a cycle is taken, and the post
/// is then fixed. Every step keeps the assignment optimal and the duals valid.
extension AssignmentCore {
    /// Applies the tie rule. `fixedRows` (locked posts) never move.
    /// - Complexity: O(P · C) to build the graph of tight pairs, then per post O(C + P + tight pairs
    ///   reached by its searches).
    mutating func applyTieRule(fixedRows: Set<Int>) {
        let n = rowCount, m = columnCount
        guard n > 0, m > 0 else { return }
        // The tight pairs, post by post, candidates ascending.
        var tightStart = [Int](repeating: 0, count: n + 1)
        var tightColumns: [Int32] = []
        var unfilledTight = [Bool](repeating: false, count: n)
        fits.withUnsafeBufferPointer { fits in
            for row in 0 ..< n {
                let ur = u[row], base = row * m
                for column in 0 ..< m {
                    let fit = fits[base + column]
                    if fit >= 0 && maximumFit - Int64(fit) - ur - v[column] == 0 { tightColumns.append(Int32(column)) }
                }
                tightStart[row + 1] = tightColumns.count
                unfilledTight[row] = unfilledCost - ur == 0
            }
        }
        var fixed = [Bool](repeating: false, count: n)
        for row in fixedRows { fixed[row] = true }
        let release = m + n
        var mark = [UInt32](repeating: 0, count: m + n + 1)
        var parent = [Int](repeating: -1, count: m + n + 1)
        var generation: UInt32 = 0
        var stack: [(node: Int, next: Int)] = []

        func occupant(_ node: Int) -> Int {
            node < m ? Int(rowOfColumn[node]) : (columnOfRow[node - m] == Self.unfilled ? node - m : -1)
        }
        func node(ofRow row: Int) -> Int {
            columnOfRow[row] == Self.unfilled ? m + row : Int(columnOfRow[row])
        }

        for post in 0 ..< n where !fixed[post] {
            defer { fixed[post] = true }
            let target = node(ofRow: post)
            let targetRank = target < m ? target : Int.max
            let targetReleasable = target >= m || v[target] == 0
            func movable(_ row: Int) -> Bool { row >= 0 && row != post && !fixed[row] }
            /// The next out-neighbour of `node` from position `next`, or nil when there is none.
            func neighbour(of node: Int, next: inout Int) -> Int? {
                if node == release {
                    if next == 0 {
                        next = 1
                        if targetReleasable { return target }
                    }
                    while next - 1 < m + n {
                        let y = next - 1
                        next += 1
                        if y == target { continue }
                        if y < m {
                            if v[y] == 0 && movable(Int(rowOfColumn[y])) { return y }
                        } else if columnOfRow[y - m] == Self.unfilled && movable(y - m) {
                            return y
                        }
                    }
                    return nil
                }
                let row = occupant(node)
                if row < 0 {
                    if next == 0 {
                        next = 1
                        return release
                    }
                    return nil
                }
                guard movable(row) else { return nil }
                let start = tightStart[row], count = tightStart[row + 1] - start
                while next < count {
                    let column = Int(tightColumns[start + next])
                    next += 1
                    if column != node { return column }
                }
                if next == count {
                    next += 1
                    if unfilledTight[row] && node != m + row { return m + row }
                }
                return nil
            }
            /// Depth-first search from `start` to the post's current node; fills `parent` on success.
            func reachesTarget(from start: Int) -> Bool {
                mark[start] = generation
                parent[start] = -1
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
                    parent[found] = current
                    stack.append((found, 0))
                }
                return false
            }

            generation &+= 1
            if generation == 0 {
                for index in mark.indices { mark[index] = 0 }
                generation = 1
            }
            for index in tightStart[post] ..< tightStart[post + 1] {
                let column = Int(tightColumns[index])
                if column >= targetRank { break }
                if mark[column] == generation { continue }
                guard reachesTarget(from: column) else { continue }
                // The cycle: post → column → … → target. Collect the moves, then apply them.
                var path: [Int] = [target]
                while let last = path.last, last != column { path.append(parent[last]) }
                path.reverse()
                var moves: [(row: Int, to: Int)] = [(post, column)]
                for (from, to) in zip(path, path.dropFirst()) where from != release && to != release {
                    moves.append((occupant(from), to))
                }
                for move in moves where columnOfRow[move.row] >= 0 { rowOfColumn[Int(columnOfRow[move.row])] = Self.unassigned }
                for move in moves {
                    if move.to < m {
                        columnOfRow[move.row] = Int32(move.to)
                        rowOfColumn[move.to] = Int32(move.row)
                    } else {
                        columnOfRow[move.row] = Self.unfilled
                    }
                }
                break
            }
        }
    }
}
