/// The M-step of one item: maximise its expected complete-data log-likelihood.
///
/// ```
/// F(ξ) = Σ_k Σ_x r_{xk} log P_x(θ_k; ξ) + log p(ξ)
/// ```
/// where r_{xk} is the expected number of persons at node k answering in category x and p(ξ)
/// holds the optional priors (Beta on the 3PL c, log-normal on a).
///
/// Reference: Bock & Aitkin (1981), "Marginal maximum likelihood estimation of item
/// parameters: application of an EM algorithm", Psychometrika 46(4).
struct ItemMStep {
    let model: ItemModel
    let categoryCount: Int
    let nodes: [Double]
    /// Expected counts, category-major: `counts[x * nodes.count + k]`.
    let counts: [Double]
    let guessingPrior: BetaPrior
    let slopePrior: LogNormalPrior?

    /// F(ξ), or −∞ when ξ is infeasible.
    func objective(_ xi: [Double]) -> Double {
        let q = nodes.count
        var logP = [Double](repeating: 0, count: categoryCount)
        var total = 0.0
        for k in 0 ..< q {
            guard WorkingItem.logProbabilities(model: model, xi: xi, theta: nodes[k], into: &logP) else { return -.infinity }
            for x in 0 ..< categoryCount {
                let r = counts[x * q + k]
                if r != 0 { total += r * logP[x] }
            }
        }
        return total + logPrior(xi)
    }

    func logPrior(_ xi: [Double]) -> Double {
        var value = 0.0
        if model == .threePL { value += guessingPrior.logDensity(Logistic.value(xi[2])) }
        if let slopePrior, model != .onePL { value += slopePrior.logDensity(xi[0]) }
        return value
    }

    /// Runs Newton iterations from the item's current parameters.
    /// - Returns: the updated working parameters.
    /// - Complexity: O(iterations × p² × nodes × categories); O(iterations × nodes) for 1PL/2PL.
    func maximize(from start: [Double]) -> [Double] {
        if (model == .twoPL || model == .onePL) && slopePrior == nil {
            return maximizeLogistic(from: start)
        }
        return NewtonMaximizer.maximize(start: start, maximumIterations: 30, tolerance: 1e-7, objective)
    }

    /// Closed-form Newton–Raphson for the 1PL/2PL (the objective is concave in (a, d)).
    ///
    /// ```
    /// g_a = Σ_k (r_k − n_k P_k) θ_k,  g_d = Σ_k (r_k − n_k P_k)
    /// H   = −Σ_k n_k P_k Q_k [θ_k², θ_k; θ_k, 1]
    /// ```
    private func maximizeLogistic(from start: [Double]) -> [Double] {
        let q = nodes.count
        let twoParameter = model == .twoPL
        var a = twoParameter ? start[0] : 1
        var d = twoParameter ? start[1] : start[0]
        func value(_ a: Double, _ d: Double) -> Double {
            var total = 0.0
            for k in 0 ..< q {
                let z = a * nodes[k] + d
                total += counts[q + k] * Logistic.logValue(z) + counts[k] * Logistic.logValue(-z)
            }
            return total
        }
        var current = value(a, d)
        for _ in 0 ..< 30 {
            var ga = 0.0, gd = 0.0, haa = 0.0, had = 0.0, hdd = 0.0
            for k in 0 ..< q {
                let theta = nodes[k]
                let r = counts[q + k]
                let n = r + counts[k]
                let p = Logistic.value(a * theta + d)
                let residual = r - n * p
                let w = n * p * (1 - p)
                ga += residual * theta
                gd += residual
                haa += w * theta * theta
                had += w * theta
                hdd += w
            }
            var da = 0.0, dd = 0.0
            if twoParameter {
                let det = haa * hdd - had * had
                guard det > 1e-12 else { break }
                da = (hdd * ga - had * gd) / det
                dd = (haa * gd - had * ga) / det
            } else {
                guard hdd > 1e-12 else { break }
                dd = gd / hdd
            }
            let largest = max(abs(da), abs(dd))
            if largest > 1 { da /= largest; dd /= largest }
            var accepted = false
            for _ in 0 ..< 30 {
                let candidate = value(a + da, d + dd)
                if candidate >= current {
                    a += da; d += dd; current = candidate
                    accepted = true
                    break
                }
                da /= 2; dd /= 2
            }
            if !accepted || max(abs(da), abs(dd)) < 1e-9 { break }
        }
        return twoParameter ? [a, d] : [d]
    }
}
