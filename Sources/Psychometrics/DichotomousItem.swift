/// A right/wrong item under the 1PL, 2PL or 3PL model.
///
/// ```
/// P(θ) = c + (1 − c) / (1 + exp(−a(θ − b)))
/// ```
/// The logistic metric is used without the 1.702 scaling constant. The Rasch/1PL model is
/// `a = 1, c = 0`; the 2PL model is `c = 0`.
///
/// Reference: Birnbaum (1968), in Lord & Novick, *Statistical Theories of Mental Test Scores*.
public struct DichotomousItem: ItemResponseFunction, Hashable, Codable {
    /// Discrimination `a`.
    public var a: Double
    /// Difficulty `b`.
    public var b: Double
    /// Lower asymptote (pseudo-guessing) `c`, in [0, 1).
    public var c: Double

    /// Creates an item.
    /// - Parameters:
    ///   - a: discrimination (1 for Rasch).
    ///   - b: difficulty.
    ///   - c: lower asymptote (0 for 1PL/2PL).
    public init(a: Double = 1, b: Double, c: Double = 0) {
        self.a = a
        self.b = b
        self.c = c
    }

    /// Always 2.
    public var categoryCount: Int { 2 }

    /// The probability of a correct response.
    ///
    /// ```
    /// P(θ) = c + (1 − c) σ(a(θ − b))
    /// ```
    /// - Parameter theta: ability θ.
    /// - Returns: P(θ).
    /// - Complexity: O(1).
    @inlinable
    public func probabilityCorrect(at theta: Double) -> Double {
        c + (1 - c) * Logistic.value(a * (theta - b))
    }

    /// The probabilities of categories 0 and 1.
    /// - Parameter theta: ability θ.
    /// - Returns: `[1 − P(θ), P(θ)]`.
    /// - Complexity: O(1).
    public func categoryProbabilities(at theta: Double) -> [Double] {
        let p = probabilityCorrect(at: theta)
        return [1 - p, p]
    }

    /// The probabilities of categories 0 and 1 with their θ-derivatives.
    ///
    /// ```
    /// P' = (1 − c) a L (1 − L),   P'' = (1 − c) a² L (1 − L)(1 − 2L),   L = σ(a(θ − b))
    /// ```
    /// - Parameter theta: ability θ.
    /// - Returns: P, dP/dθ, d²P/dθ² for categories 0 and 1.
    /// - Complexity: O(1).
    public func categoryDerivatives(at theta: Double) -> (p: [Double], d1: [Double], d2: [Double]) {
        let l = Logistic.value(a * (theta - b))
        let p = c + (1 - c) * l
        let d1 = (1 - c) * a * l * (1 - l)
        let d2 = d1 * a * (1 - 2 * l)
        return ([1 - p, p], [-d1, d1], [-d2, d2])
    }

    /// The Fisher information at θ, in closed form.
    ///
    /// ```
    /// I(θ) = a² (Q / P) ((P − c) / (1 − c))²
    /// ```
    /// - Parameter theta: ability θ.
    /// - Returns: the information.
    /// - Complexity: O(1).
    ///
    /// Reference: Lord (1980), *Applications of Item Response Theory*, eq. 5-12 (with D = 1).
    @inlinable
    public func information(at theta: Double) -> Double {
        let l = Logistic.value(a * (theta - b))
        if c == 0 { return a * a * l * (1 - l) }
        let p = c + (1 - c) * l
        guard p > 0 else { return 0 }
        let ratio = (p - c) / (1 - c)
        return a * a * ((1 - p) / p) * ratio * ratio
    }
}
