/// Settings of a marginal maximum-likelihood calibration.
public struct CalibrationOptions: Sendable, Hashable {
    /// Number of quadrature points for the latent distribution (default 21).
    public var quadraturePoints: Int = 21
    /// Node placement (default Gauss–Hermite, as the Python `mirt` package).
    public var quadratureRule: QuadratureGrid.Rule = .gaussHermite
    /// Maximum number of EM cycles.
    public var maximumIterations: Int = 500
    /// Convergence threshold on the largest absolute change of any reported parameter
    /// (a, b, thresholds, c, and the latent mean/SD when they are estimated) between cycles.
    public var tolerance: Double = 1e-4
    /// Beta prior on the 3PL lower asymptote `c` (default Beta(5, 17), mode 0.2).
    public var guessingPrior: BetaPrior = BetaPrior(alpha: 5, beta: 17)
    /// Optional log-normal prior on the discrimination `a` (none by default).
    public var slopePrior: LogNormalPrior? = nil
    /// Whether to compute item standard errors at convergence.
    public var computeStandardErrors: Bool = true
    /// Whether to estimate the latent mean and SD. `nil` means: only when anchors are given
    /// (without anchors the scale is identified by fixing N(0, 1)).
    public var estimateLatentDistribution: Bool? = nil

    /// Creates default options.
    public init() {}
}

/// A Beta(α, β) prior density, used on the 3PL lower asymptote.
///
/// ```
/// log p(c) = (α − 1) log c + (β − 1) log(1 − c) + const
/// ```
public struct BetaPrior: Sendable, Hashable, Codable {
    /// α > 0.
    public var alpha: Double
    /// β > 0.
    public var beta: Double

    /// Creates a prior.
    public init(alpha: Double, beta: Double) {
        self.alpha = alpha
        self.beta = beta
    }

    /// The log density up to a constant.
    /// - Parameter c: a value in (0, 1).
    /// - Returns: (α − 1) log c + (β − 1) log(1 − c).
    /// - Complexity: O(1).
    public func logDensity(_ c: Double) -> Double {
        guard c > 0, c < 1 else { return -.infinity }
        return (alpha - 1) * _log(c) + (beta - 1) * _log(1 - c)
    }
}

/// A log-normal prior density, used on discriminations.
///
/// ```
/// log p(a) = −(log a − μ)² / (2σ²) − log a + const
/// ```
public struct LogNormalPrior: Sendable, Hashable, Codable {
    /// μ of log a.
    public var meanLog: Double
    /// σ of log a.
    public var sdLog: Double

    /// Creates a prior.
    public init(meanLog: Double = 0, sdLog: Double = 0.5) {
        self.meanLog = meanLog
        self.sdLog = sdLog
    }

    /// The log density up to a constant; −∞ for a ≤ 0.
    /// - Parameter a: the discrimination.
    /// - Returns: the log density.
    /// - Complexity: O(1).
    public func logDensity(_ a: Double) -> Double {
        guard a > 0 else { return -.infinity }
        let z = (_log(a) - meanLog) / sdLog
        return -0.5 * z * z - _log(a)
    }
}
