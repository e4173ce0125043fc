/// The general E-step for any model: each observed response adds its log-probability row.
///
/// ```
/// log L_i(θ_k) = Σ_{j observed} log P_{j, x_ij}(θ_k)
/// π_ik = w_k L_i(θ_k) / Σ_h w_h L_i(θ_h)
/// r_{j,x,k} = Σ_{i: x_ij = x} π_ik
/// ```
/// Used for the GRM and GPCM, for the final posterior pass of the standard errors, and in tests
/// as an independent check of the 0/1 fast path.
///
/// Reference: Bock & Aitkin (1981), Psychometrika 46(4); Muraki (1992).
struct PolytomousEStep: Sendable {
    let responses: ResponseMatrix
    /// Category counts per item.
    let categoryCounts: [Int]
    /// Offset of item j's block in category-major tables: Σ_{h<j} categoryCounts[h] × q.
    func offsets(q: Int) -> [Int] {
        var result = [Int](repeating: 0, count: categoryCounts.count + 1)
        for j in categoryCounts.indices { result[j + 1] = result[j] + categoryCounts[j] * q }
        return result
    }

    /// The result of one E-step: r_{j,x,k} at `offset_j + x * q + k`.
    struct Counts {
        var counts: [Double]
        var nodeMass: [Double]
        var logLikelihood: Double
    }

    /// Computes every person's posterior and hands it to `visit`, chunk by chunk.
    /// - Parameters:
    ///   - logProbabilities: log P_{j,x}(θ_k) at `offset_j + x * q + k`.
    ///   - logWeights: log prior weights.
    ///   - chunks: the number of chunks (see `ParallelChunks`).
    ///   - visit: called with (chunk, person, posterior[0..<q], log marginal likelihood); must only
    ///     write to memory owned by the chunk.
    /// - Complexity: O(persons × items × q).
    func forEachPosterior(logProbabilities: [Double], logWeights: [Double], chunks: Int,
                          _ visit: (Int, Int, UnsafePointer<Double>, Double) -> Void) {
        let q = logWeights.count
        let j = responses.itemCount
        let offset = offsets(q: q)
        logProbabilities.withUnsafeBufferPointer { table in
        responses.storage.withUnsafeBufferPointer { bytes in
            ParallelChunks.run(chunks) { chunk in
                let sum = UnsafeMutablePointer<Double>.allocate(capacity: 2 * q)
                defer { sum.deallocate() }
                let post = sum + q
                for i in ParallelChunks.range(of: chunk, chunks: chunks, count: responses.personCount) {
                    for k in 0 ..< q { sum[k] = logWeights[k] }
                    let row = i * j
                    for item in 0 ..< j {
                        let x = bytes[row + item]
                        if x == ResponseMatrix.missing { continue }
                        let p = table.baseAddress! + offset[item] + Int(x) * q
                        for k in 0 ..< q { sum[k] += p[k] }
                    }
                    var m = -Double.infinity
                    for k in 0 ..< q where sum[k] > m { m = sum[k] }
                    var total = 0.0
                    for k in 0 ..< q {
                        post[k] = _exp(sum[k] - m)
                        total += post[k]
                    }
                    for k in 0 ..< q { post[k] /= total }
                    visit(chunk, i, post, m + _log(total))
                }
            }
        }}
    }

    /// Runs one E-step.
    /// - Parameters:
    ///   - logProbabilities: log P_{j,x}(θ_k) at `offset_j + x * q + k`.
    ///   - logWeights: log prior weights.
    /// - Returns: expected counts per item, category and node.
    /// - Complexity: O(persons × items × q).
    func run(logProbabilities: [Double], logWeights: [Double]) -> Counts {
        let q = logWeights.count
        let j = responses.itemCount
        let offset = offsets(q: q)
        let size = offset[j]
        let stride = size + q + 1
        let chunks = ParallelChunks.chunkCount(for: responses.personCount)
        let accumulators = UnsafeMutablePointer<Double>.allocate(capacity: chunks * stride)
        accumulators.initialize(repeating: 0, count: chunks * stride)
        defer { accumulators.deallocate() }
        responses.storage.withUnsafeBufferPointer { bytes in
            forEachPosterior(logProbabilities: logProbabilities, logWeights: logWeights, chunks: chunks) { chunk, i, post, ll in
                let acc = accumulators + chunk * stride
                let row = i * j
                for item in 0 ..< j {
                    let x = bytes[row + item]
                    if x == ResponseMatrix.missing { continue }
                    let r = acc + offset[item] + Int(x) * q
                    for k in 0 ..< q { r[k] += post[k] }
                }
                for k in 0 ..< q { acc[size + k] += post[k] }
                acc[size + q] += ll
            }
        }
        var result = Counts(counts: [Double](repeating: 0, count: size), nodeMass: [Double](repeating: 0, count: q), logLikelihood: 0)
        for chunk in 0 ..< chunks {
            let acc = accumulators + chunk * stride
            for t in 0 ..< size { result.counts[t] += acc[t] }
            for k in 0 ..< q { result.nodeMass[k] += acc[size + k] }
            result.logLikelihood += acc[size + q]
        }
        return result
    }
}
