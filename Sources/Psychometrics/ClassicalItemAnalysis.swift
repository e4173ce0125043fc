/// Classical test theory statistics of a scored test.
///
/// ```
/// p_j      = mean score of item j / its maximum score     (proportion correct for 0/1 items)
/// r_j,rest = corr(x_j, X − x_j)                           (corrected item–total correlation)
/// α        = k/(k − 1) · (1 − Σ_j s²_j / s²_X)            (Cronbach; equals KR-20 for 0/1 items)
/// α_(−j)   = α of the test without item j
/// ```
/// Missing responses: p-values use every available response of the item; correlations and α
/// use listwise deletion (only persons who answered every item).
///
/// References: Cronbach (1951), Psychometrika 16(3); Kuder & Richardson (1937), Psychometrika 2(3).
public enum ClassicalItemAnalysis {
    /// Analyses a scored response matrix (categories are scores).
    /// - Parameter scores: persons × items; 255 = missing.
    /// - Returns: per-item statistics and coefficient α.
    /// - Throws: `emptyData` when there are fewer than 2 items or fewer than 2 complete persons.
    /// - Complexity: O(persons × items); α-if-item-deleted and the rest-score correlations come
    ///   from the item–total covariances, without re-scoring.
    public static func analyze(_ scores: ResponseMatrix) throws -> ClassicalTestAnalysis {
        let k = scores.itemCount
        guard k >= 2 else { throw PsychometricsError.emptyData(context: "classical analysis needs at least 2 items") }
        let maximum = scores.maximumCategories().map { max($0, 1) }
        var sums = [Double](repeating: 0, count: k)
        var answered = [Int](repeating: 0, count: k)
        // Complete-case moments.
        var complete = 0
        var itemSum = [Double](repeating: 0, count: k)
        var itemSquares = [Double](repeating: 0, count: k)
        var itemTotal = [Double](repeating: 0, count: k)
        var totalSum = 0.0, totalSquares = 0.0
        for i in 0 ..< scores.personCount {
            var total = 0.0
            var isComplete = true
            for j in 0 ..< k {
                if let x = scores[i, j] {
                    sums[j] += Double(x)
                    answered[j] += 1
                    total += Double(x)
                } else {
                    isComplete = false
                }
            }
            guard isComplete else { continue }
            complete += 1
            totalSum += total
            totalSquares += total * total
            for j in 0 ..< k {
                let x = Double(scores[i, j]!)
                itemSum[j] += x
                itemSquares[j] += x * x
                itemTotal[j] += x * total
            }
        }
        guard complete >= 2 else { throw PsychometricsError.emptyData(context: "classical analysis needs at least 2 complete response rows") }
        let n = Double(complete)
        let itemVariance = (0 ..< k).map { (itemSquares[$0] - itemSum[$0] * itemSum[$0] / n) / (n - 1) }
        let totalVariance = (totalSquares - totalSum * totalSum / n) / (n - 1)
        let itemTotalCovariance = (0 ..< k).map { (itemTotal[$0] - itemSum[$0] * totalSum / n) / (n - 1) }
        let alpha = coefficientAlpha(items: k, sumOfItemVariances: itemVariance.reduce(0, +), totalVariance: totalVariance)

        var items: [ClassicalItemStatistics] = []
        for j in 0 ..< k {
            // Rest score R = X − x_j: var(R) = var(X) − 2cov(x,X) + var(x); cov(x,R) = cov(x,X) − var(x).
            let restVariance = totalVariance - 2 * itemTotalCovariance[j] + itemVariance[j]
            let covariance = itemTotalCovariance[j] - itemVariance[j]
            let denominator = (itemVariance[j] * restVariance).squareRoot()
            let correlation: Double? = denominator > 0 ? covariance / denominator : nil
            let alphaWithout = k > 2
                ? coefficientAlpha(items: k - 1, sumOfItemVariances: itemVariance.reduce(0, +) - itemVariance[j], totalVariance: restVariance)
                : nil
            items.append(ClassicalItemStatistics(
                id: scores.itemIDs[j],
                responseCount: answered[j],
                pValue: answered[j] > 0 ? sums[j] / Double(answered[j]) / Double(maximum[j]) : nil,
                correctedPointBiserial: correlation,
                alphaIfDeleted: alphaWithout))
        }
        return ClassicalTestAnalysis(alpha: alpha, completePersons: complete, items: items)
    }

    /// Coefficient α from variances.
    ///
    /// ```
    /// α = k/(k − 1) · (1 − Σ s²_j / s²_X)
    /// ```
    /// - Returns: α, or `nil` when the total variance is zero.
    static func coefficientAlpha(items k: Int, sumOfItemVariances: Double, totalVariance: Double) -> Double? {
        guard totalVariance > 0, k >= 2 else { return nil }
        return Double(k) / Double(k - 1) * (1 - sumOfItemVariances / totalVariance)
    }
}

/// The result of `ClassicalItemAnalysis.analyze`.
public struct ClassicalTestAnalysis: Sendable, Hashable {
    /// Cronbach's α (KR-20 for 0/1 items); `nil` when the total score has no variance.
    public var alpha: Double?
    /// Persons with no missing response (used for α and correlations).
    public var completePersons: Int
    /// One entry per item.
    public var items: [ClassicalItemStatistics]
}

/// Classical statistics of one item.
public struct ClassicalItemStatistics: Sendable, Hashable {
    /// The item id.
    public var id: String
    /// Number of non-missing responses.
    public var responseCount: Int
    /// Mean score divided by the maximum observed category (proportion correct for 0/1 items).
    public var pValue: Double?
    /// Correlation of the item with the rest score; `nil` when either has no variance.
    public var correctedPointBiserial: Double?
    /// α of the remaining items; `nil` for a two-item test or zero variance.
    public var alphaIfDeleted: Double?
}
