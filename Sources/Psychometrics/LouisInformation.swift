/// Item standard errors from the item blocks of the observed-data information (Louis' formula).
///
/// For item j with working parameters ξ_j and per-response score s(x, θ) = ∂ log P_x(θ; ξ_j)/∂ξ_j:
/// ```
/// I_j = −∂²F_j(ξ_j)                         (complete-data information from the M-step objective,
///                                             including the priors)
///       − Σ_k Σ_x r_{j,x,k} s(x, θ_k) s(x, θ_k)ᵀ  (expected outer product of the scores)
///       + Σ_i E_i[s_ij] E_i[s_ij]ᵀ               (E_i = posterior expectation for person i)
/// Cov(ξ_j) = I_j⁻¹,   Cov(a, b, c) = J Cov(ξ_j) Jᵀ with J = ∂(a, b, c)/∂ξ (delta method)
/// ```
/// Only the diagonal block of each item is inverted, i.e. the other items' parameters and the
/// latent distribution are treated as known. This ignores covariances between items through θ,
/// so the SEs are slightly optimistic for short tests; they match full-information SEs closely
/// when the test is long. Derivatives in ξ are central finite differences.
///
/// Reference: Louis (1982), "Finding the observed information matrix when using the EM
/// algorithm", Journal of the Royal Statistical Society B 44(2).
enum LouisInformation {
    static func standardErrors(items: [WorkingItem], free: [Bool], responses: ResponseMatrix, estep: PolytomousEStep,
                               nodes: [Double], logWeights: [Double], counts: [[Double]],
                               options: CalibrationOptions) -> [ItemStandardErrors?] {
        let q = nodes.count
        let j = items.count
        // Score tables: scores[j][(x * q + k) * p + m].
        var scores: [[Double]] = []
        var paramOffset = [Int](repeating: 0, count: j + 1)
        for (index, item) in items.enumerated() {
            let p = item.xi.count
            paramOffset[index + 1] = paramOffset[index] + (free[index] ? p * p : 0)
            guard free[index] else { scores.append([]); continue }
            var table = [Double](repeating: 0, count: item.categoryCount * q * p)
            var plus = [Double](repeating: 0, count: item.categoryCount)
            var minus = plus
            for m in 0 ..< p {
                let h = 1e-5 * max(1, abs(item.xi[m]))
                var up = item.xi, down = item.xi
                up[m] += h
                down[m] -= h
                for k in 0 ..< q {
                    let okUp = WorkingItem.logProbabilities(model: item.model, xi: up, theta: nodes[k], into: &plus)
                    let okDown = WorkingItem.logProbabilities(model: item.model, xi: down, theta: nodes[k], into: &minus)
                    for x in 0 ..< item.categoryCount {
                        table[(x * q + k) * p + m] = okUp && okDown ? (plus[x] - minus[x]) / (2 * h) : .nan
                    }
                }
            }
            scores.append(table)
        }

        // Σ_i E_i[s] E_i[s]ᵀ, accumulated per chunk and merged in chunk order.
        let table = MarginalMaximumLikelihood.logProbabilityTable(items, nodes: nodes)
        let chunks = ParallelChunks.chunkCount(for: responses.personCount)
        let stride = paramOffset[j]
        let accumulators = UnsafeMutablePointer<Double>.allocate(capacity: max(chunks * stride, 1))
        accumulators.initialize(repeating: 0, count: max(chunks * stride, 1))
        defer { accumulators.deallocate() }
        responses.storage.withUnsafeBufferPointer { bytes in
            estep.forEachPosterior(logProbabilities: table, logWeights: logWeights, chunks: chunks) { chunk, i, post, _ in
                let acc = accumulators + chunk * stride
                var expected = [Double](repeating: 0, count: 16)
                for item in 0 ..< j where free[item] {
                    let x = bytes[i * j + item]
                    if x == ResponseMatrix.missing { continue }
                    let p = items[item].xi.count
                    if expected.count < p { expected = [Double](repeating: 0, count: p) }
                    scores[item].withUnsafeBufferPointer { s in
                        for m in 0 ..< p {
                            var e = 0.0
                            for k in 0 ..< q { e += post[k] * s[(Int(x) * q + k) * p + m] }
                            expected[m] = e
                        }
                    }
                    let block = acc + paramOffset[item]
                    for m in 0 ..< p {
                        for n in 0 ..< p { block[m * p + n] += expected[m] * expected[n] }
                    }
                }
            }
        }
        var crossProducts = [Double](repeating: 0, count: stride)
        for chunk in 0 ..< chunks {
            for t in 0 ..< stride { crossProducts[t] += accumulators[chunk * stride + t] }
        }

        return items.indices.map { index -> ItemStandardErrors? in
            guard free[index] else { return nil }
            let item = items[index]
            let p = item.xi.count
            let step = ItemMStep(model: item.model, categoryCount: item.categoryCount, nodes: nodes, counts: counts[index],
                                 guessingPrior: options.guessingPrior, slopePrior: options.slopePrior)
            let (_, hessian) = NewtonMaximizer.derivatives(at: item.xi, value: step.objective(item.xi), step.objective)
            var information = hessian.map { $0.map { -$0 } }
            for x in 0 ..< item.categoryCount {
                for k in 0 ..< q {
                    let r = counts[index][x * q + k]
                    guard r != 0 else { continue }
                    let base = (x * q + k) * p
                    for m in 0 ..< p {
                        for n in 0 ..< p {
                            information[m][n] -= r * scores[index][base + m] * scores[index][base + n]
                        }
                    }
                }
            }
            for m in 0 ..< p {
                for n in 0 ..< p { information[m][n] += crossProducts[paramOffset[index] + m * p + n] }
            }
            guard let covariance = Cholesky.inverse(information) else { return nil }
            let jacobian = item.reportedJacobian
            let variances = jacobian.map { row -> Double in
                var v = 0.0
                for m in 0 ..< p { for n in 0 ..< p { v += row[m] * covariance[m][n] * row[n] } }
                return v
            }
            guard variances.allSatisfy({ $0 >= 0 && $0.isFinite }) else { return nil }
            let se = variances.map { $0.squareRoot() }
            switch item.model {
            case .onePL: return ItemStandardErrors(a: nil, b: se, c: nil)
            case .twoPL, .graded, .partialCredit: return ItemStandardErrors(a: se[0], b: Array(se[1...]), c: nil)
            case .threePL: return ItemStandardErrors(a: se[0], b: [se[1]], c: se[2])
            }
        }
    }
}
