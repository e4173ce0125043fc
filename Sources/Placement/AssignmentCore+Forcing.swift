/// The cheapest way to force one pair onto an optimal assignment.
///
/// Moving row `r` from column `x` to column `c` must be closed by a chain of moves back to `x`: the
/// holder of `c` moves on, and so on, until some move lands on `x`, or a chain ending on a free
/// column joins (through a "release" node) one that vacates a column. A lock is symmetric, so the
/// same search serves either orientation (rows = posts, or rows = candidates). With the optimal
/// duals as node potentials (`v` for columns, 0 for the unassigned columns and the release node)
/// every arc has a non-negative reduced cost, and the reduced cost of a cycle equals its true cost change, so
/// Dijkstra from `c` to `x` finds the cheapest cycle: the optimum with the lock, minus the optimum.
extension AssignmentCore {
    /// The moves `(row, to)` of the cheapest cycle that puts `row` on `column`; `to ≥ columnCount`
    /// means unfilled. `fixedRows` (locks) never move.
    /// - Complexity: O(K log(R + K)) per settled column held by a movable row (R rows, K columns).
    func cheapestCycle(row pinned: Int, column start: Int, fixedRows: Set<Int>) -> [(row: Int, to: Int)] {
        let n = rowCount, m = columnCount, release = m + n
        func occupant(_ node: Int) -> Int {
            node < m ? Int(rowOfColumn[node]) : (columnOfRow[node - m] == Self.unfilled ? node - m : -1)
        }
        func movable(_ row: Int) -> Bool { row >= 0 && row != pinned && !fixedRows.contains(row) }
        let target = columnOfRow[pinned] == Self.unfilled ? m + pinned : Int(columnOfRow[pinned])
        var distance = [Int64](repeating: .max, count: m + n + 1)
        var parent = [Int](repeating: -1, count: m + n + 1)
        var settled = [Bool](repeating: false, count: m + n + 1)
        var heap = MinHeap()
        distance[start] = reducedCost(row: pinned, column: start)
        heap.push(distance[start], start)
        func relax(_ from: Int, _ to: Int, _ weight: Int64) {
            let d = distance[from] + weight
            if d < distance[to] {
                distance[to] = d
                parent[to] = from
                heap.push(d, to)
            }
        }
        while let (d, node) = heap.pop() {
            if settled[node] || d > distance[node] { continue }
            settled[node] = true
            if node == target { break }
            if node == release {
                for y in 0 ..< m where y == target || movable(Int(rowOfColumn[y])) { relax(node, y, -v[y]) }
                for q in 0 ..< n where columnOfRow[q] == Self.unfilled && (m + q == target || movable(q)) { relax(node, m + q, 0) }
                continue
            }
            let row = occupant(node)
            if row < 0 {
                relax(node, release, node < m ? v[node] : 0)
                continue
            }
            guard movable(row) else { continue }
            for column in 0 ..< m where column != node && isEligible(row: row, column: column) {
                relax(node, column, reducedCost(row: row, column: column))
            }
            if node != m + row { relax(node, m + row, reducedUnfilledCost(row: row)) }
        }
        var path: [Int] = [target]
        while let last = path.last, last != start { path.append(parent[last]) }
        path.reverse()
        var moves: [(row: Int, to: Int)] = [(pinned, start)]
        for (from, to) in zip(path, path.dropFirst()) where from != release && to != release {
            moves.append((occupant(from), to < m ? to : m))
        }
        return moves
    }
}

/// A binary min-heap of (key, node), ties by node.
struct MinHeap {
    private var items: [(key: Int64, node: Int)] = []

    private static func less(_ a: (key: Int64, node: Int), _ b: (key: Int64, node: Int)) -> Bool {
        a.key < b.key || (a.key == b.key && a.node < b.node)
    }

    mutating func push(_ key: Int64, _ node: Int) {
        items.append((key, node))
        var child = items.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.less(items[child], items[parent]) else { break }
            items.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (Int64, Int)? {
        guard let first = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var parent = 0
            while true {
                let left = 2 * parent + 1, right = left + 1
                var smallest = parent
                if left < items.count && Self.less(items[left], items[smallest]) { smallest = left }
                if right < items.count && Self.less(items[right], items[smallest]) { smallest = right }
                if smallest == parent { break }
                items.swapAt(parent, smallest)
                parent = smallest
            }
        }
        return (first.key, first.node)
    }
}
