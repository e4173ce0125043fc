/// Starting values for the EM algorithm from the observed category frequencies.
///
/// ```
/// 1PL/2PL/3PL: a = 1, d = 1.3 logit((p − c₀)/(1 − c₀)), c₀ = 0 (0.2 for 3PL)
/// GRM:         a = 1, d_x = 1.3 logit(P(X ≥ x)), forced strictly decreasing
/// GPCM:        a = 1, d_v = log((n_v + ½)/(n_{v−1} + ½))
/// ```
/// The factor 1.3 roughly undoes the attenuation of the marginal logit by a unit-variance
/// ability distribution when a = 1 (the marginal slope is about a / √(1 + 0.35 a²)); starting
/// values only need to be in the right region, EM does the rest.
enum CalibrationStartValues {
    /// Category frequencies per item.
    /// - Complexity: O(persons × items).
    static func frequencies(_ counts: [Int], categoryCounts: [Int]) -> [[Double]] {
        categoryCounts.indices.map { item in
            (0 ..< max(categoryCounts[item], 1)).map { Double(counts[item * 256 + $0]) }
        }
    }

    /// The starting working item for one free item.
    static func item(model: ItemModel, frequencies n: [Double], guessingPrior: BetaPrior) -> WorkingItem {
        let total = n.reduce(0, +)
        func logit(_ p: Double) -> Double {
            let clamped = min(max(p, 0.005), 0.995)
            return _log(clamped / (1 - clamped))
        }
        switch model {
        case .onePL, .twoPL, .threePL:
            let p = (n[1] + 0.5) / (total + 1)
            if model == .threePL {
                let mode = (guessingPrior.alpha - 1) / max(guessingPrior.alpha + guessingPrior.beta - 2, 1e-9)
                let c = min(max(mode, 0.01), 0.4)
                let adjusted = max((p - c) / (1 - c), 0.05)
                return WorkingItem(model: model, categoryCount: 2, xi: [1, 1.3 * logit(adjusted), _log(c / (1 - c))])
            }
            let d = 1.3 * logit(p)
            return WorkingItem(model: model, categoryCount: 2, xi: model == .onePL ? [d] : [1, d])
        case .graded:
            var d: [Double] = []
            var above = total
            for x in 1 ..< n.count {
                above -= n[x - 1]
                var value = 1.3 * logit((above + 0.5) / (total + 1))
                if let last = d.last, value > last - 0.1 { value = last - 0.1 }
                d.append(value)
            }
            return WorkingItem(model: model, categoryCount: n.count, xi: [1] + d)
        case .partialCredit:
            let d = (1 ..< n.count).map { _log((n[$0] + 0.5) / (n[$0 - 1] + 0.5)) }
            return WorkingItem(model: model, categoryCount: n.count, xi: [1] + d)
        }
    }
}
