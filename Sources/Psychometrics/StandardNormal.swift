import Foundation

/// Draws from the standard normal distribution N(0, 1).
public enum StandardNormal {
    /// Draws one standard normal deviate with the Box–Muller transform.
    ///
    /// ```
    /// z = sqrt(-2 ln u1) * cos(2π u2),  u1 ∈ (0, 1], u2 ∈ [0, 1)
    /// ```
    /// - Parameter rng: the generator; two uniforms are consumed per call.
    /// - Returns: a draw from N(0, 1).
    /// - Complexity: O(1).
    ///
    /// Reference: Box & Muller (1958), Annals of Mathematical Statistics 29(2).
    public static func sample(using rng: inout some RandomNumberGenerator) -> Double {
        let u1 = 1.0 - Double.random(in: 0..<1, using: &rng)
        let u2 = Double.random(in: 0..<1, using: &rng)
        return (-2.0 * log(u1)).squareRoot() * cos(2.0 * Double.pi * u2)
    }

    /// The density of N(mean, sd²) at `x`.
    ///
    /// ```
    /// φ(x) = exp(-(x - μ)² / (2σ²)) / (σ √(2π))
    /// ```
    /// - Parameters:
    ///   - x: the point.
    ///   - mean: μ.
    ///   - standardDeviation: σ > 0.
    /// - Returns: the density.
    /// - Complexity: O(1).
    public static func density(_ x: Double, mean: Double = 0, standardDeviation: Double = 1) -> Double {
        let z = (x - mean) / standardDeviation
        return exp(-0.5 * z * z) / (standardDeviation * (2.0 * Double.pi).squareRoot())
    }

    /// The upper-tail probability of a χ² variable with one degree of freedom.
    ///
    /// ```
    /// P(χ²₁ > x) = erfc(sqrt(x / 2))
    /// ```
    /// - Parameter x: the statistic, x ≥ 0.
    /// - Returns: the p-value.
    /// - Complexity: O(1).
    public static func chiSquareOneDFUpperTail(_ x: Double) -> Double {
        guard x > 0 else { return 1 }
        return erfc((x / 2).squareRoot())
    }
}
