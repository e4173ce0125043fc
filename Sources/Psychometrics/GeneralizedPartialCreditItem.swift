/// A polytomous item under Muraki's generalized partial credit model.
///
/// ```
/// P_k(θ) = exp(Σ_{v=1}^{k} a(θ − b_v)) / Σ_{h=0}^{K} exp(Σ_{v=1}^{h} a(θ − b_v)),  k = 0 … K
/// ```
/// (the empty sum for k = 0 is 0). The step parameters `b` need not be ordered.
///
/// Reference: Muraki (1992), "A generalized partial credit model: application of an EM
/// algorithm", Applied Psychological Measurement 16(2).
public struct GeneralizedPartialCreditItem: ItemResponseFunction, Hashable, Codable {
    /// Discrimination `a`.
    public var a: Double
    /// Step difficulties b_1 … b_K.
    public var b: [Double]

    /// Creates an item.
    /// - Parameters:
    ///   - a: discrimination.
    ///   - b: step difficulties.
    public init(a: Double, b: [Double]) {
        self.a = a
        self.b = b
    }

    /// `b.count + 1`.
    public var categoryCount: Int { b.count + 1 }

    /// The category probabilities, computed as a softmax with the maximum subtracted.
    /// - Parameter theta: ability θ.
    /// - Returns: K + 1 probabilities summing to 1.
    /// - Complexity: O(K).
    public func categoryProbabilities(at theta: Double) -> [Double] {
        var z = [Double](repeating: 0, count: categoryCount)
        var running = 0.0
        for k in 0 ..< b.count {
            running += a * (theta - b[k])
            z[k + 1] = running
        }
        let m = z.max() ?? 0
        var sum = 0.0
        for k in z.indices {
            z[k] = _exp(z[k] - m)
            sum += z[k]
        }
        for k in z.indices { z[k] /= sum }
        return z
    }

    /// The category probabilities with their θ-derivatives.
    ///
    /// ```
    /// P_k' = a P_k (k − E[X]),   P_k'' = a P_k' (k − E[X]) − a² P_k Var[X]
    /// ```
    /// - Parameter theta: ability θ.
    /// - Returns: P, dP/dθ, d²P/dθ².
    /// - Complexity: O(K).
    public func categoryDerivatives(at theta: Double) -> (p: [Double], d1: [Double], d2: [Double]) {
        let p = categoryProbabilities(at: theta)
        var mean = 0.0, second = 0.0
        for k in p.indices {
            mean += Double(k) * p[k]
            second += Double(k * k) * p[k]
        }
        let variance = max(second - mean * mean, 0)
        var d1 = p, d2 = p
        for k in p.indices {
            let dev = Double(k) - mean
            d1[k] = a * p[k] * dev
            d2[k] = a * d1[k] * dev - a * a * p[k] * variance
        }
        return (p, d1, d2)
    }

    /// The Fisher information at θ, in closed form.
    ///
    /// ```
    /// I(θ) = a² Var[X | θ]
    /// ```
    /// - Parameter theta: ability θ.
    /// - Returns: the information.
    /// - Complexity: O(K).
    public func information(at theta: Double) -> Double {
        let p = categoryProbabilities(at: theta)
        var mean = 0.0, second = 0.0
        for k in p.indices {
            mean += Double(k) * p[k]
            second += Double(k * k) * p[k]
        }
        return a * a * max(second - mean * mean, 0)
    }
}
