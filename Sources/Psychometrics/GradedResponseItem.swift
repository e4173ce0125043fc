/// A polytomous item under Samejima's graded response model.
///
/// ```
/// P*_k(θ) = 1 / (1 + exp(−a(θ − b_k))),  k = 1 … K,   P*_0 = 1, P*_{K+1} = 0
/// P_k(θ)  = P*_k(θ) − P*_{k+1}(θ),       k = 0 … K
/// ```
/// Thresholds `b` must be strictly increasing; the item has `K + 1` categories.
///
/// Reference: Samejima (1969), "Estimation of latent ability using a response pattern of
/// graded scores", Psychometrika Monograph 17.
public struct GradedResponseItem: ItemResponseFunction, Hashable, Codable {
    /// Discrimination `a`.
    public var a: Double
    /// Category boundaries b_1 < … < b_K.
    public var b: [Double]

    /// Creates an item.
    /// - Parameters:
    ///   - a: discrimination.
    ///   - b: strictly increasing thresholds.
    public init(a: Double, b: [Double]) {
        self.a = a
        self.b = b
    }

    /// `b.count + 1`.
    public var categoryCount: Int { b.count + 1 }

    /// Whether the thresholds are strictly increasing and the slope is finite.
    public var isValid: Bool {
        guard a.isFinite, !b.isEmpty else { return false }
        for k in 1 ..< b.count where !(b[k] > b[k - 1]) { return false }
        return b.allSatisfy(\.isFinite)
    }

    /// The category probabilities.
    /// - Parameter theta: ability θ.
    /// - Returns: K + 1 probabilities (not clamped; non-negative when thresholds increase).
    /// - Complexity: O(K).
    public func categoryProbabilities(at theta: Double) -> [Double] {
        var p = [Double](repeating: 0, count: categoryCount)
        var upper = 1.0
        for k in 0 ..< b.count {
            let lower = Logistic.value(a * (theta - b[k]))
            p[k] = upper - lower
            upper = lower
        }
        p[b.count] = upper
        return p
    }

    /// The category probabilities with their θ-derivatives.
    ///
    /// ```
    /// P*' = a P*(1 − P*),   P*'' = a² P*(1 − P*)(1 − 2P*),   P_k' = P*_k' − P*_{k+1}'
    /// ```
    /// - Parameter theta: ability θ.
    /// - Returns: P, dP/dθ, d²P/dθ².
    /// - Complexity: O(K).
    public func categoryDerivatives(at theta: Double) -> (p: [Double], d1: [Double], d2: [Double]) {
        let n = categoryCount
        var p = [Double](repeating: 0, count: n)
        var d1 = p
        var d2 = p
        var up = 1.0, up1 = 0.0, up2 = 0.0
        for k in 0 ..< b.count {
            let s = Logistic.value(a * (theta - b[k]))
            let s1 = a * s * (1 - s)
            let s2 = a * s1 * (1 - 2 * s)
            p[k] = up - s
            d1[k] = up1 - s1
            d2[k] = up2 - s2
            up = s; up1 = s1; up2 = s2
        }
        p[n - 1] = up
        d1[n - 1] = up1
        d2[n - 1] = up2
        return (p, d1, d2)
    }
}
