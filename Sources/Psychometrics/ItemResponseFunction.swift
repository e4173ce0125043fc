/// The category probabilities of an item, as a function of ability θ, and their derivatives.
///
/// Categories are numbered `0 ..< categoryCount`; a dichotomous item has categories 0 (wrong)
/// and 1 (right).
public protocol ItemResponseFunction: Sendable {
    /// The number of response categories (2 for dichotomous items).
    var categoryCount: Int { get }

    /// The probability of each category at `theta`.
    /// - Parameter theta: ability θ.
    /// - Returns: `categoryCount` probabilities summing to 1.
    /// - Complexity: O(categoryCount).
    func categoryProbabilities(at theta: Double) -> [Double]

    /// The probability of each category and its first and second derivatives with respect to θ.
    /// - Parameter theta: ability θ.
    /// - Returns: three arrays of `categoryCount` values: P, dP/dθ, d²P/dθ².
    /// - Complexity: O(categoryCount).
    func categoryDerivatives(at theta: Double) -> (p: [Double], d1: [Double], d2: [Double])
}

extension ItemResponseFunction {
    /// The log-likelihood of one response.
    ///
    /// ```
    /// ℓ(θ) = log P_x(θ)
    /// ```
    /// - Parameters:
    ///   - response: the observed category `x`.
    ///   - theta: ability θ.
    /// - Returns: log P_x(θ), floored at log(1e-300) so it stays finite.
    /// - Complexity: O(categoryCount).
    public func logLikelihood(response: Int, at theta: Double) -> Double {
        _log(max(categoryProbabilities(at: theta)[response], 1e-300))
    }

    /// The log-likelihood of one response and its first two derivatives in θ.
    ///
    /// ```
    /// ℓ' = P'_x / P_x,   ℓ'' = P''_x / P_x − (P'_x / P_x)²
    /// ```
    /// - Parameters:
    ///   - response: the observed category `x`.
    ///   - theta: ability θ.
    /// - Returns: (ℓ, ℓ', ℓ'').
    /// - Complexity: O(categoryCount).
    public func logLikelihoodDerivatives(response: Int, at theta: Double) -> (value: Double, first: Double, second: Double) {
        let (p, d1, d2) = categoryDerivatives(at: theta)
        let px = max(p[response], 1e-300)
        let g = d1[response] / px
        return (_log(px), g, d2[response] / px - g * g)
    }

    /// The Fisher information of the item at θ.
    ///
    /// ```
    /// I(θ) = Σ_x P'_x(θ)² / P_x(θ)
    /// ```
    /// - Parameter theta: ability θ.
    /// - Returns: the information, ≥ 0.
    /// - Complexity: O(categoryCount).
    public func information(at theta: Double) -> Double {
        let (p, d1, _) = categoryDerivatives(at: theta)
        var sum = 0.0
        for x in 0 ..< categoryCount where p[x] > 1e-300 {
            sum += d1[x] * d1[x] / p[x]
        }
        return sum
    }
}
