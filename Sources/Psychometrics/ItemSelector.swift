/// Exact top-k maximum-information selection from precomputed top-M lists.
///
/// With θ between grid points t_g and t_{g+1} (weight w), the interpolated information of item j is
/// ```
/// f_j(θ) = (1 − w) I_j(t_g) + w I_j(t_{g+1})
/// ```
/// The two grid points' lists are walked in rank order. After rank r every item not yet seen has
/// f_j(θ) ≤ T_r = (1 − w) v_g[r] + w v_{g+1}[r] (v = the listed values), so the walk stops as soon
/// as the k-th best eligible item seen reaches T_r. If the lists run out first, every eligible item
/// is scanned. The answer is therefore always the exact top k of f over the eligible items (ties
/// broken towards the lower bank index), usually after a few dozen look-ups.
///
/// Reference: Fagin, Lotem & Naor (2003), "Optimal aggregation algorithms for middleware",
/// Journal of Computer and System Sciences 66(4) (the threshold algorithm).
enum ItemSelector {
    /// The up to `count` most informative eligible items, best first.
    /// - Complexity: O(r · count) for a walk of depth r ≤ M; O(bank · count) in the fallback.
    static func top(bank: AdaptiveItemBank, count: Int, row: Int, weight: Double, scratch: inout AdaptiveScratch) -> [Int] {
        var heap = TopHeap(capacity: count)
        let m = bank.topCount
        let second = weight > 0
        var exact = false
        bank.top.withUnsafeBufferPointer { top in
        bank.topValue.withUnsafeBufferPointer { value in
            let base0 = row * m, base1 = (row + 1) * m
            for rank in 0 ..< m {
                let j0 = Int(top[base0 + rank])
                if scratch.isEligible(j0, area: bank.itemArea[j0]) {
                    heap.offerUnique(bank.interpolatedInformation(j0, row: row, weight: weight), j0)
                }
                var threshold = value[base0 + rank]
                if second {
                    let j1 = Int(top[base1 + rank])
                    if scratch.isEligible(j1, area: bank.itemArea[j1]) {
                        heap.offerUnique(bank.interpolatedInformation(j1, row: row, weight: weight), j1)
                    }
                    threshold = (1 - weight) * threshold + weight * value[base1 + rank]
                }
                if heap.count == count, let minimum = heap.minimum, minimum.value >= threshold {
                    exact = true
                    break
                }
            }
        }}
        if !exact && m < bank.count {
            heap.removeAll()
            for j in 0 ..< bank.count where scratch.isEligible(j, area: bank.itemArea[j]) {
                heap.offer(bank.interpolatedInformation(j, row: row, weight: weight), j)
            }
        }
        return heap.sortedDescending().map(\.index)
    }
}

extension TopHeap {
    /// Offers an entry unless its index is already kept.
    mutating func offerUnique(_ value: Double, _ index: Int) {
        if containsIndex(index) { return }
        offer(value, index)
    }
}
