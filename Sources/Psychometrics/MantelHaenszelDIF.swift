import Foundation

/// Differential item functioning by the Mantel–Haenszel procedure with the ETS A/B/C rules.
///
/// For each score stratum k with reference right/wrong A_k, B_k, focal right/wrong C_k, D_k and
/// N_k persons:
/// ```
/// α_MH  = Σ_k A_k D_k / N_k  /  Σ_k B_k C_k / N_k
/// D     = −2.35 ln α_MH                     (MH D-DIF, ETS delta metric)
/// χ²_MH = (|Σ A_k − Σ E(A_k)| − ½)² / Σ Var(A_k),
///         E(A_k) = n_Rk m_1k / N_k,  Var(A_k) = n_Rk n_Fk m_1k m_0k / (N_k² (N_k − 1))
/// Var(ln α_MH) = Σ P_k R_k / (2R²) + Σ (P_k S_k + Q_k R_k) / (2RS) + Σ Q_k S_k / (2S²),
///         P_k = (A_k + D_k)/N_k, Q_k = (B_k + C_k)/N_k, R_k = A_k D_k / N_k, S_k = B_k C_k / N_k
/// SE(D) = 2.35 · sqrt(Var(ln α_MH))
/// ```
/// A negative D means the item is harder for the focal group than for reference-group members
/// of the same total score.
///
/// ETS classification (Zwick 2012, following Dorans & Holland 1993):
/// - **A** (negligible): |D| < 1, or χ²_MH not significant at the 5% level;
/// - **C** (large): |D| ≥ 1.5 and |D| significantly greater than 1 (one-sided 5%:
///   (|D| − 1)/SE(D) > 1.645);
/// - **B** (moderate): otherwise.
///
/// References: Holland & Thayer (1988), in Wainer & Braun, *Test Validity*; Robins, Breslow &
/// Greenland (1986), Biometrics 42(2); Zwick (2012), "A review of ETS differential item
/// functioning assessment procedures", ETS Research Report RR-12-08.
public enum MantelHaenszelDIF {
    /// A person's group in a DIF analysis.
    public enum Group: Sendable, Hashable, Codable {
        /// The reference group.
        case reference
        /// The focal group.
        case focal
    }

    /// One 2 × 2 table of a stratum.
    public struct StratumTable: Sendable, Hashable, Codable {
        /// Reference right (A), reference wrong (B), focal right (C), focal wrong (D).
        public var referenceRight, referenceWrong, focalRight, focalWrong: Double

        /// Creates a table.
        public init(referenceRight: Double, referenceWrong: Double, focalRight: Double, focalWrong: Double) {
            self.referenceRight = referenceRight
            self.referenceWrong = referenceWrong
            self.focalRight = focalRight
            self.focalWrong = focalWrong
        }
    }

    /// ETS DIF category.
    public enum Category: String, Sendable, Hashable, Codable {
        case a = "A", b = "B", c = "C"
    }

    /// The result for one item.
    public struct Result: Sendable, Hashable, Codable {
        /// α_MH; `nil` when undefined (no discordant information).
        public var commonOddsRatio: Double?
        /// D = −2.35 ln α_MH.
        public var deltaDIF: Double?
        /// SE of D.
        public var standardError: Double?
        /// χ²_MH with continuity correction.
        public var chiSquare: Double
        /// Its p-value (χ² with 1 df).
        public var pValue: Double
        /// ETS category (A when D is undefined).
        public var category: Category
        /// The number of strata used (tables with N_k ≥ 2).
        public var strata: Int
    }

    /// Computes MH DIF from stratum tables.
    /// - Parameter tables: one table per score stratum; tables with fewer than two persons are skipped.
    /// - Returns: α_MH, D, SE, χ², p and the ETS category.
    /// - Complexity: O(tables).
    public static func analyze(tables: [StratumTable]) -> Result {
        var sumR = 0.0, sumS = 0.0, sumA = 0.0, sumE = 0.0, sumV = 0.0
        var sumPR = 0.0, sumPSQR = 0.0, sumQS = 0.0
        var used = 0
        for t in tables {
            let a = t.referenceRight, b = t.referenceWrong, c = t.focalRight, d = t.focalWrong
            let n = a + b + c + d
            guard n >= 2 else { continue }
            used += 1
            let nR = a + b, nF = c + d, m1 = a + c, m0 = b + d
            let r = a * d / n, s = b * c / n
            let p = (a + d) / n, q = (b + c) / n
            sumR += r; sumS += s
            sumA += a
            sumE += nR * m1 / n
            sumV += nR * nF * m1 * m0 / (n * n * (n - 1))
            sumPR += p * r
            sumPSQR += p * s + q * r
            sumQS += q * s
        }
        let chi = sumV > 0 ? pow(max(abs(sumA - sumE) - 0.5, 0), 2) / sumV : 0
        let pValue = StandardNormal.chiSquareOneDFUpperTail(chi)
        guard sumR > 0, sumS > 0 else {
            return Result(commonOddsRatio: nil, deltaDIF: nil, standardError: nil, chiSquare: chi, pValue: pValue, category: .a, strata: used)
        }
        let alpha = sumR / sumS
        let delta = -2.35 * log(alpha)
        let varianceLog = sumPR / (2 * sumR * sumR) + sumPSQR / (2 * sumR * sumS) + sumQS / (2 * sumS * sumS)
        let se = 2.35 * varianceLog.squareRoot()
        return Result(commonOddsRatio: alpha, deltaDIF: delta, standardError: se, chiSquare: chi, pValue: pValue,
                      category: classify(delta: delta, standardError: se, pValue: pValue), strata: used)
    }

    /// The ETS A/B/C category.
    /// - Parameters:
    ///   - delta: MH D-DIF.
    ///   - standardError: its SE.
    ///   - pValue: the p-value of χ²_MH.
    /// - Returns: A, B or C as documented on the type.
    /// - Complexity: O(1).
    public static func classify(delta: Double, standardError: Double, pValue: Double) -> Category {
        let size = abs(delta)
        if size < 1 || pValue >= 0.05 { return .a }
        if size >= 1.5, standardError > 0, (size - 1) / standardError > 1.645 { return .c }
        return .b
    }

    /// MH DIF of one 0/1 item, stratified by the number-correct total score over all items.
    /// - Parameters:
    ///   - responses: persons × items of 0/1 scores (255 = missing; missing counts as 0 in the
    ///     total, and persons missing the studied item are left out).
    ///   - item: the studied item's column.
    ///   - groups: each person's group, `nil` to leave the person out.
    /// - Returns: the MH result.
    /// - Throws: `dimensionMismatch` if `groups` does not have one entry per person,
    ///   `responseOutOfRange` for a score other than 0/1 on the studied item.
    /// - Complexity: O(persons × items).
    public static func analyze(responses: ResponseMatrix, item: Int, groups: [Group?]) throws -> Result {
        guard groups.count == responses.personCount else {
            throw PsychometricsError.dimensionMismatch(expected: responses.personCount, actual: groups.count, context: "groups")
        }
        var tables: [Int: StratumTable] = [:]
        for i in 0 ..< responses.personCount {
            guard let group = groups[i], let x = responses[i, item] else { continue }
            guard x <= 1 else { throw PsychometricsError.responseOutOfRange(item: item, response: x, categoryCount: 2) }
            var total = 0
            for j in 0 ..< responses.itemCount { total += responses[i, j] ?? 0 }
            var table = tables[total] ?? StratumTable(referenceRight: 0, referenceWrong: 0, focalRight: 0, focalWrong: 0)
            switch (group, x) {
            case (.reference, 1): table.referenceRight += 1
            case (.reference, _): table.referenceWrong += 1
            case (.focal, 1): table.focalRight += 1
            case (.focal, _): table.focalWrong += 1
            }
            tables[total] = table
        }
        return analyze(tables: tables.keys.sorted().map { tables[$0]! })
    }
}
