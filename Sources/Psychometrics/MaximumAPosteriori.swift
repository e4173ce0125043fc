/// Maximum a posteriori (MAP, Bayes modal) ability estimation under a normal prior.
///
/// ```
/// θ̂ = argmax_θ Σ_j log P_{x_j}(θ) − (θ − μ)² / (2σ²)
/// SE = 1 / sqrt(Σ_j I_j(θ̂) + 1/σ²)
/// ```
/// The mode is found by a safeguarded Newton search on `bounds` (default ±6). Missing responses
/// are skipped; an empty pattern returns the prior mean with SE = σ. Perfect and zero scores are
/// finite because the prior is proper.
///
/// Reference: Samejima (1969); Baker & Kim (2004), *Item Response Theory: Parameter Estimation
/// Techniques*, 2nd ed., ch. 7.
public struct MaximumAPosteriori: Sendable, Hashable {
    /// Prior mean μ.
    public var priorMean: Double
    /// Prior SD σ.
    public var priorStandardDeviation: Double
    /// The search interval.
    public var bounds: ClosedRange<Double>

    /// Creates an estimator.
    /// - Parameters:
    ///   - priorMean: μ.
    ///   - priorStandardDeviation: σ > 0.
    ///   - bounds: the search interval.
    public init(priorMean: Double = 0, priorStandardDeviation: Double = 1, bounds: ClosedRange<Double> = -6 ... 6) {
        self.priorMean = priorMean
        self.priorStandardDeviation = priorStandardDeviation
        self.bounds = bounds
    }

    /// Estimates ability from a response pattern.
    /// - Parameters:
    ///   - items: the items' parameters.
    ///   - responses: one optional category per item; `nil` is missing.
    /// - Returns: the posterior mode and its SE.
    /// - Throws: `dimensionMismatch`, `responseOutOfRange`, `invalidParameter` for σ ≤ 0.
    /// - Complexity: O(iterations × answered items × categories).
    public func estimate<Item: ItemResponseFunction>(items: [Item], responses: [Int?]) throws -> AbilityEstimate {
        guard priorStandardDeviation > 0 else {
            throw PsychometricsError.invalidParameter(name: "priorStandardDeviation", value: priorStandardDeviation, reason: "must be positive")
        }
        try validatePattern(items, responses)
        let precision = 1 / (priorStandardDeviation * priorStandardDeviation)
        guard responses.contains(where: { $0 != nil }) else {
            return AbilityEstimate(theta: min(max(priorMean, bounds.lowerBound), bounds.upperBound), standardError: priorStandardDeviation)
        }
        let theta = SafeguardedNewton.maximize(lower: bounds.lowerBound, upper: bounds.upperBound) { t in
            let l = patternLogLikelihood(items, responses, at: t)
            let d = t - priorMean
            return (l.value - 0.5 * d * d * precision, l.first - d * precision, l.second - precision)
        }
        let information = answeredInformation(items, responses, at: theta) + precision
        return AbilityEstimate(theta: theta, standardError: 1 / information.squareRoot())
    }
}
