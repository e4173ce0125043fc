/// Simulation of complete response data from known item parameters, for recovery studies,
/// tests and benchmarks.
public enum ResponseSimulation {
    /// Simulates persons × items responses.
    ///
    /// ```
    /// x_ij ~ Categorical(P_{j,0}(θ_i), …, P_{j,K}(θ_i))
    /// ```
    /// - Parameters:
    ///   - items: the items.
    ///   - thetas: the persons' abilities.
    ///   - itemIDs: column names (default "1", "2", …).
    ///   - rng: the random source (one uniform per response, row by row).
    /// - Returns: a dense response matrix.
    /// - Complexity: O(persons × items × categories).
    public static func responses(items: [ItemParameters], thetas: [Double], itemIDs: [String]? = nil,
                                 using rng: inout some RandomNumberGenerator) -> ResponseMatrix {
        var matrix = ResponseMatrix(personCount: thetas.count, itemCount: items.count, itemIDs: itemIDs)
        for (i, theta) in thetas.enumerated() {
            for (j, item) in items.enumerated() {
                matrix[i, j] = AdaptiveSimulation.sampleResponse(item, theta: theta, using: &rng)
            }
        }
        return matrix
    }

    /// Draws `count` abilities from N(mean, sd²).
    /// - Parameters:
    ///   - count: how many.
    ///   - mean: μ.
    ///   - standardDeviation: σ.
    ///   - rng: the random source.
    /// - Returns: the draws.
    /// - Complexity: O(count).
    public static func abilities(count: Int, mean: Double = 0, standardDeviation: Double = 1,
                                 using rng: inout some RandomNumberGenerator) -> [Double] {
        (0 ..< count).map { _ in mean + standardDeviation * StandardNormal.sample(using: &rng) }
    }
}
