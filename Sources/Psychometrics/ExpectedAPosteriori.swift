/// Expected a posteriori (EAP) ability estimation by quadrature under a normal prior.
///
/// ```
/// L_k = w_k Π_j P_{x_j}(θ_k)
/// θ̂ = Σ_k θ_k L_k / Σ_k L_k,   SD = sqrt(Σ_k (θ_k − θ̂)² L_k / Σ_k L_k)
/// ```
/// Missing responses (`nil`) are skipped. An empty pattern returns the prior mean and the
/// (quadrature) prior SD. Perfect and zero scores are finite because the prior is proper.
///
/// Reference: Bock & Mislevy (1982), "Adaptive EAP estimation of ability in a microcomputer
/// environment", Applied Psychological Measurement 6(4).
public struct ExpectedAPosteriori: Sendable, Hashable {
    /// The quadrature grid carrying the prior.
    public let grid: QuadratureGrid

    /// Creates an estimator on an explicit grid.
    /// - Parameter grid: nodes and prior weights.
    public init(grid: QuadratureGrid) { self.grid = grid }

    /// Creates an estimator with a normal prior.
    /// - Parameters:
    ///   - points: number of quadrature points (default 61).
    ///   - priorMean: prior mean.
    ///   - priorStandardDeviation: prior SD.
    ///   - rule: node placement; equally spaced over ±6 SD by default.
    /// - Throws: `PsychometricsError.invalidParameter`.
    public init(points: Int = 61, priorMean: Double = 0, priorStandardDeviation: Double = 1,
                rule: QuadratureGrid.Rule = .equallySpaced(halfWidth: 6)) throws {
        grid = try QuadratureGrid(count: points, mean: priorMean, standardDeviation: priorStandardDeviation, rule: rule)
    }

    /// Estimates ability from a response pattern.
    /// - Parameters:
    ///   - items: the items' parameters.
    ///   - responses: one optional category per item; `nil` is missing.
    /// - Returns: the posterior mean and posterior SD.
    /// - Throws: `dimensionMismatch`, `responseOutOfRange`.
    /// - Complexity: O(answered items × points × categories).
    public func estimate<Item: ItemResponseFunction>(items: [Item], responses: [Int?]) throws -> AbilityEstimate {
        try validatePattern(items, responses)
        var logPosterior = grid.weights.map { _log($0) }
        for (j, response) in responses.enumerated() {
            guard let x = response else { continue }
            for k in grid.nodes.indices {
                logPosterior[k] += items[j].logLikelihood(response: x, at: grid.nodes[k])
            }
        }
        return Self.summarize(logPosterior: logPosterior, nodes: grid.nodes)
    }

    /// Posterior mean and SD from unnormalised log-posterior values at the nodes.
    /// - Parameters:
    ///   - logPosterior: log(w_k L_k) at each node.
    ///   - nodes: θ_k.
    /// - Returns: the EAP estimate and posterior SD.
    /// - Complexity: O(nodes).
    static func summarize(logPosterior: [Double], nodes: [Double]) -> AbilityEstimate {
        let m = logPosterior.max() ?? 0
        var total = 0.0, first = 0.0
        for k in nodes.indices {
            let w = _exp(logPosterior[k] - m)
            total += w
            first += w * nodes[k]
        }
        let mean = first / total
        var second = 0.0
        for k in nodes.indices {
            let d = nodes[k] - mean
            second += _exp(logPosterior[k] - m) * d * d
        }
        return AbilityEstimate(theta: mean, standardError: (second / total).squareRoot())
    }
}
