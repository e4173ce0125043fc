/// The outcome of a calibration: item parameters, their standard errors and a convergence report.
public struct CalibrationResult: Sendable, Hashable {
    /// The model calibrated.
    public var model: ItemModel
    /// One entry per item, in the column order of the response matrix.
    public var items: [CalibratedItem]
    /// The latent mean (0 unless estimated).
    public var latentMean: Double
    /// The latent SD (1 unless estimated).
    public var latentStandardDeviation: Double
    /// How the EM algorithm ended.
    public var report: ConvergenceReport

    /// The calibrated items as a bank (ids from the response matrix, no content areas).
    public var bank: ItemBank {
        ItemBank(model: model, items: items.map { BankItem(id: $0.id, parameters: $0.parameters) })
    }
}

/// One calibrated item.
public struct CalibratedItem: Sendable, Hashable {
    /// The item id (column name).
    public var id: String
    /// The estimated (or, for anchors, fixed) parameters.
    public var parameters: ItemParameters
    /// Standard errors, `nil` for anchors or when not requested or not computable.
    public var standardErrors: ItemStandardErrors?
    /// Whether the item was an anchor whose parameters were held fixed.
    public var isAnchor: Bool
}

/// Standard errors of one item's reported parameters.
public struct ItemStandardErrors: Sendable, Hashable, Codable {
    /// SE of `a` (`nil` for 1PL, where a is fixed).
    public var a: Double?
    /// SEs of the difficulty or thresholds.
    public var b: [Double]
    /// SE of `c` (3PL only).
    public var c: Double?
}

/// How the EM iterations ended.
public struct ConvergenceReport: Sendable, Hashable, Codable {
    /// EM cycles run.
    public var iterations: Int
    /// The marginal log-likelihood at the final parameters (without the priors).
    public var logLikelihood: Double
    /// The largest absolute change of a reported parameter in the last cycle.
    public var largestChange: Double
    /// Whether `largestChange` fell below the tolerance before the iteration limit.
    public var converged: Bool
}

/// Progress of a calibration, reported once per EM cycle.
public struct CalibrationProgress: Sendable, Hashable {
    /// The cycle just completed (1-based).
    public var iteration: Int
    /// The marginal log-likelihood computed in this cycle's E-step.
    public var logLikelihood: Double
    /// The largest absolute change of a reported parameter in this cycle.
    public var largestChange: Double
}
