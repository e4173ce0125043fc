/// The item response models the engine supports, named as in the bank JSON.
public enum ItemModel: String, Codable, Sendable, CaseIterable, Hashable {
    /// Rasch / one-parameter logistic: `a` fixed at 1.
    case onePL = "1PL"
    /// Two-parameter logistic.
    case twoPL = "2PL"
    /// Three-parameter logistic with a lower asymptote `c`.
    case threePL = "3PL"
    /// Samejima's graded response model.
    case graded = "GRM"
    /// Muraki's generalized partial credit model.
    case partialCredit = "GPCM"

    /// Whether items of this model are scored 0/1.
    public var isDichotomous: Bool {
        switch self {
        case .onePL, .twoPL, .threePL: true
        case .graded, .partialCredit: false
        }
    }
}

/// The logistic function and its logarithm, computed without overflow.
public enum Logistic {
    /// The logistic function.
    ///
    /// ```
    /// σ(x) = 1 / (1 + exp(-x))
    /// ```
    /// - Parameter x: any real number.
    /// - Returns: a value in [0, 1].
    /// - Complexity: O(1).
    @inlinable
    public static func value(_ x: Double) -> Double {
        if x >= 0 { return 1 / (1 + _exp(-x)) }
        let e = _exp(x)
        return e / (1 + e)
    }

    /// The logarithm of the logistic function.
    ///
    /// ```
    /// log σ(x) = -log(1 + exp(-x))
    /// ```
    /// - Parameter x: any real number.
    /// - Returns: a value ≤ 0, accurate in both tails.
    /// - Complexity: O(1).
    @inlinable
    public static func logValue(_ x: Double) -> Double {
        x >= 0 ? -_log1p(_exp(-x)) : x - _log1p(_exp(x))
    }
}
