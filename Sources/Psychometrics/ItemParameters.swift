/// The parameters of one item under any supported model.
public enum ItemParameters: ItemResponseFunction, Hashable {
    /// A 1PL, 2PL or 3PL item.
    case dichotomous(DichotomousItem)
    /// A graded response model item.
    case graded(GradedResponseItem)
    /// A generalized partial credit model item.
    case partialCredit(GeneralizedPartialCreditItem)

    /// The number of response categories.
    public var categoryCount: Int {
        switch self {
        case .dichotomous: 2
        case .graded(let item): item.categoryCount
        case .partialCredit(let item): item.categoryCount
        }
    }

    /// The discrimination `a`.
    public var a: Double {
        switch self {
        case .dichotomous(let item): item.a
        case .graded(let item): item.a
        case .partialCredit(let item): item.a
        }
    }

    /// The difficulty or thresholds (one value for dichotomous items).
    public var thresholds: [Double] {
        switch self {
        case .dichotomous(let item): [item.b]
        case .graded(let item): item.b
        case .partialCredit(let item): item.b
        }
    }

    /// The lower asymptote (0 for everything except 3PL items).
    public var c: Double {
        if case .dichotomous(let item) = self { return item.c }
        return 0
    }

    /// The category probabilities at θ (dispatches to the wrapped model).
    /// - Parameter theta: ability θ.
    /// - Returns: `categoryCount` probabilities.
    /// - Complexity: O(categoryCount).
    public func categoryProbabilities(at theta: Double) -> [Double] {
        switch self {
        case .dichotomous(let item): item.categoryProbabilities(at: theta)
        case .graded(let item): item.categoryProbabilities(at: theta)
        case .partialCredit(let item): item.categoryProbabilities(at: theta)
        }
    }

    /// The category probabilities and θ-derivatives (dispatches to the wrapped model).
    /// - Parameter theta: ability θ.
    /// - Returns: P, dP/dθ, d²P/dθ².
    /// - Complexity: O(categoryCount).
    public func categoryDerivatives(at theta: Double) -> (p: [Double], d1: [Double], d2: [Double]) {
        switch self {
        case .dichotomous(let item): item.categoryDerivatives(at: theta)
        case .graded(let item): item.categoryDerivatives(at: theta)
        case .partialCredit(let item): item.categoryDerivatives(at: theta)
        }
    }

    /// The Fisher information at θ, using the closed forms where they exist.
    /// - Parameter theta: ability θ.
    /// - Returns: I(θ).
    /// - Complexity: O(categoryCount).
    public func information(at theta: Double) -> Double {
        switch self {
        case .dichotomous(let item): item.information(at: theta)
        case .graded(let item): item.information(at: theta)
        case .partialCredit(let item): item.information(at: theta)
        }
    }

    /// The log-probability of every category at every node, laid out category-major.
    ///
    /// ```
    /// table[x · nodes.count + k] = log P_x(θ_k)
    /// ```
    /// - Parameter nodes: the θ values.
    /// - Returns: `categoryCount × nodes.count` values, floored at log(1e-300).
    /// - Complexity: O(categoryCount · nodes.count).
    public func logProbabilityTable(at nodes: [Double]) -> [Double] {
        let n = nodes.count
        var table = [Double](repeating: 0, count: categoryCount * n)
        for (k, theta) in nodes.enumerated() {
            let p = categoryProbabilities(at: theta)
            for x in 0 ..< categoryCount {
                table[x * n + k] = _log(max(p[x], 1e-300))
            }
        }
        return table
    }

    /// Wraps parameters given as `a`, thresholds and `c` into the given model.
    /// - Parameters:
    ///   - model: the model.
    ///   - a: discrimination (ignored and set to 1 for 1PL).
    ///   - b: difficulty (one value) or thresholds.
    ///   - c: lower asymptote, used only for 3PL.
    /// - Returns: the parameters.
    /// - Throws: `PsychometricsError.invalidItem` when the number of thresholds does not fit the model.
    public static func make(model: ItemModel, a: Double, b: [Double], c: Double = 0, id: String = "") throws -> ItemParameters {
        switch model {
        case .onePL, .twoPL, .threePL:
            guard b.count == 1 else {
                throw PsychometricsError.invalidItem(id: id, reason: "a \(model.rawValue) item needs exactly one b, got \(b.count)")
            }
            return .dichotomous(DichotomousItem(a: model == .onePL ? 1 : a, b: b[0], c: model == .threePL ? c : 0))
        case .graded:
            let item = GradedResponseItem(a: a, b: b)
            guard item.isValid else {
                throw PsychometricsError.invalidItem(id: id, reason: "GRM thresholds must be finite and strictly increasing")
            }
            return .graded(item)
        case .partialCredit:
            guard !b.isEmpty, b.allSatisfy(\.isFinite) else {
                throw PsychometricsError.invalidItem(id: id, reason: "GPCM steps must be finite and non-empty")
            }
            return .partialCredit(GeneralizedPartialCreditItem(a: a, b: b))
        }
    }
}
