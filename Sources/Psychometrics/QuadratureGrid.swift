import Foundation

/// Quadrature nodes and weights for integrating over a normal ability distribution.
///
/// ```
/// ∫ f(θ) φ(θ; μ, σ) dθ ≈ Σ_k w_k f(θ_k),   Σ_k w_k = 1
/// ```
public struct QuadratureGrid: Sendable, Hashable {
    /// The rule used to place the nodes.
    public enum Rule: Sendable, Hashable {
        /// Gauss–Hermite nodes (exact for polynomials of degree 2n − 1 under the normal weight),
        /// the rule used by the Python `mirt` package.
        case gaussHermite
        /// Equally spaced nodes on μ ± `halfWidth`·σ with normal-density weights (BILOG, R `mirt`).
        case equallySpaced(halfWidth: Double)
    }

    /// The nodes θ_k, increasing.
    public let nodes: [Double]
    /// The weights w_k, summing to 1.
    public let weights: [Double]

    /// Creates a grid from explicit nodes and weights (weights are normalised to sum to 1).
    /// - Parameters:
    ///   - nodes: θ values.
    ///   - weights: non-negative weights of the same length.
    /// - Throws: `PsychometricsError.dimensionMismatch` or `.invalidParameter`.
    public init(nodes: [Double], weights: [Double]) throws {
        guard nodes.count == weights.count else {
            throw PsychometricsError.dimensionMismatch(expected: nodes.count, actual: weights.count, context: "quadrature weights")
        }
        let total = weights.reduce(0, +)
        guard !nodes.isEmpty, total > 0, total.isFinite else {
            throw PsychometricsError.invalidParameter(name: "weights", value: total, reason: "weights must have a positive, finite sum")
        }
        self.nodes = nodes
        self.weights = weights.map { $0 / total }
    }

    /// Creates a grid for N(mean, standardDeviation²).
    /// - Parameters:
    ///   - count: the number of nodes, at least 2.
    ///   - mean: prior mean μ.
    ///   - standardDeviation: prior SD σ > 0.
    ///   - rule: node placement; Gauss–Hermite by default.
    /// - Throws: `PsychometricsError.invalidParameter` for a bad count or SD.
    /// - Complexity: O(count²) for Gauss–Hermite (Newton on the Hermite recurrence), O(count) otherwise.
    public init(count: Int, mean: Double = 0, standardDeviation: Double = 1, rule: Rule = .gaussHermite) throws {
        guard count >= 2, count <= 200 else {
            throw PsychometricsError.invalidParameter(name: "quadrature points", value: Double(count), reason: "must be between 2 and 200")
        }
        guard standardDeviation > 0, standardDeviation.isFinite, mean.isFinite else {
            throw PsychometricsError.invalidParameter(name: "prior standard deviation", value: standardDeviation, reason: "must be positive and finite")
        }
        switch rule {
        case .gaussHermite:
            let (x, w) = Self.gaussHermite(count)
            nodes = x.map { mean + standardDeviation * $0 }
            let total = w.reduce(0, +)
            weights = w.map { $0 / total }
        case .equallySpaced(let halfWidth):
            guard halfWidth > 0 else {
                throw PsychometricsError.invalidParameter(name: "halfWidth", value: halfWidth, reason: "must be positive")
            }
            let step = 2 * halfWidth / Double(count - 1)
            let z = (0 ..< count).map { -halfWidth + Double($0) * step }
            nodes = z.map { mean + standardDeviation * $0 }
            let w = z.map { exp(-0.5 * $0 * $0) }
            let total = w.reduce(0, +)
            weights = w.map { $0 / total }
        }
    }

    /// The number of nodes.
    public var count: Int { nodes.count }

    /// Probabilists' Gauss–Hermite nodes and weights for N(0, 1).
    ///
    /// ```
    /// nodes: roots of H_n(x/√2);  weights proportional to 1 / (n H_{n-1}(x)²)
    /// ```
    /// Computed by Newton's method on the orthonormal Hermite recurrence.
    /// - Parameter n: the number of nodes.
    /// - Returns: increasing nodes and weights summing to 1.
    /// - Complexity: O(n²).
    ///
    /// Reference: Press et al. (2007), *Numerical Recipes* 3rd ed., §4.6 (`gauher`).
    static func gaussHermite(_ n: Int) -> ([Double], [Double]) {
        let pim4 = 0.7511255444649425 // π^(-1/4)
        var x = [Double](repeating: 0, count: n)
        var w = [Double](repeating: 0, count: n)
        let m = (n + 1) / 2
        var z = 0.0
        for i in 0 ..< m {
            switch i {
            case 0: z = (Double(2 * n + 1)).squareRoot() - 1.85575 * pow(Double(2 * n + 1), -0.16667)
            case 1: z -= 1.14 * pow(Double(n), 0.426) / z
            case 2: z = 1.86 * z - 0.86 * x[0]
            case 3: z = 1.91 * z - 0.91 * x[1]
            default: z = 2.0 * z - x[i - 2]
            }
            var pp = 0.0
            for _ in 0 ..< 100 {
                var p1 = pim4, p2 = 0.0
                for j in 0 ..< n {
                    let p3 = p2
                    p2 = p1
                    p1 = z * (2.0 / Double(j + 1)).squareRoot() * p2 - (Double(j) / Double(j + 1)).squareRoot() * p3
                }
                pp = (2.0 * Double(n)).squareRoot() * p2
                let z1 = z
                z = z1 - p1 / pp
                if abs(z - z1) <= 1e-14 { break }
            }
            x[i] = z
            x[n - 1 - i] = -z
            w[i] = 2.0 / (pp * pp)
            w[n - 1 - i] = w[i]
        }
        // Physicists' rule (weight e^{-x²}) → probabilists' (N(0,1)): x·√2, w/√π.
        let nodes = x.map { $0 * 2.0.squareRoot() }.reversed()
        let weights = w.map { $0 / Double.pi.squareRoot() }.reversed()
        return (Array(nodes), Array(weights))
    }
}
