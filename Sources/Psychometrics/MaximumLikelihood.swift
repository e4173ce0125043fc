/// Bounded maximum-likelihood (ML) ability estimation.
///
/// ```
/// θ̂ = argmax_{θ ∈ [lo, hi]} Σ_j log P_{x_j}(θ)
/// SE = min(1 / sqrt(Σ_j I_j(θ̂)), (hi − lo) / √12)
/// ```
/// The maximum is found by a safeguarded Newton search. Documented edge cases:
/// - all answered items in their lowest category (all wrong): θ̂ = lo;
/// - all answered items in their highest category (all correct): θ̂ = hi;
/// - empty pattern (nothing answered): θ̂ = (lo + hi)/2 and SE = (hi − lo)/√12, the SD of a
///   uniform distribution over the bounds, i.e. "no information";
/// - the SE is capped at (hi − lo)/√12 whenever the information is smaller than that implies.
///
/// Reference: Lord (1980), *Applications of Item Response Theory*, ch. 4.
public struct MaximumLikelihood: Sendable, Hashable {
    /// The estimation interval [lo, hi].
    public var bounds: ClosedRange<Double>

    /// Creates an estimator.
    /// - Parameter bounds: the interval θ̂ is restricted to (default −4 … 4).
    public init(bounds: ClosedRange<Double> = -4 ... 4) { self.bounds = bounds }

    /// Estimates ability from a response pattern.
    /// - Parameters:
    ///   - items: the items' parameters.
    ///   - responses: one optional category per item; `nil` is missing.
    /// - Returns: the bounded ML estimate and its SE.
    /// - Throws: `dimensionMismatch`, `responseOutOfRange`.
    /// - Complexity: O(iterations × answered items × categories).
    public func estimate<Item: ItemResponseFunction>(items: [Item], responses: [Int?]) throws -> AbilityEstimate {
        try validatePattern(items, responses)
        let lo = bounds.lowerBound, hi = bounds.upperBound
        let maxSE = (hi - lo) / 12.0.squareRoot()
        var answered = 0, lowest = 0, highest = 0
        for (j, response) in responses.enumerated() {
            guard let x = response else { continue }
            answered += 1
            if x == 0 { lowest += 1 }
            if x == items[j].categoryCount - 1 { highest += 1 }
        }
        if answered == 0 { return AbilityEstimate(theta: (lo + hi) / 2, standardError: maxSE) }
        let theta: Double
        if lowest == answered {
            theta = lo
        } else if highest == answered {
            theta = hi
        } else {
            theta = SafeguardedNewton.maximize(lower: lo, upper: hi) { patternLogLikelihood(items, responses, at: $0) }
        }
        let information = answeredInformation(items, responses, at: theta)
        let se = information > 0 ? min(1 / information.squareRoot(), maxSE) : maxSE
        return AbilityEstimate(theta: theta, standardError: se)
    }
}
