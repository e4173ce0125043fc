/// The E-step for 0/1 data, specialised so that each response costs one vector add.
///
/// ```
/// log L_i(θ_k) = Σ_{j observed} log Q_j(θ_k) + Σ_{j correct} [log P_j(θ_k) − log Q_j(θ_k)]
/// ```
/// Each person keeps the list of items answered correctly and the shorter of (a) the list of
/// items observed or (b) the list of items missing; in case (b) the observed sum is the sum over
/// all items minus the missing ones. Dense data therefore costs one add per correct response;
/// sparse adaptive data costs one add per observed response.
///
/// Expected counts: r_jk = Σ_{i correct on j} π_ik and n_jk = Σ_{i observed j} π_ik, where π_ik
/// is person i's posterior at node k. Persons are split into fixed chunks; within a chunk the
/// likelihoods are summed person by person and the counts item by item (from item-major lists
/// of the chunk's persons), so both loops keep their running sums in registers.
///
/// Reference: Bock & Aitkin (1981), Psychometrika 46(4).
struct DichotomousEStep: Sendable {
    typealias Block = SIMD8<Double>

    let personCount: Int
    let itemCount: Int
    let chunks: Int
    /// Person-major lists (global item indices).
    private let correct: [UInt32], correctStart: [Int]
    private let other: [UInt32], otherStart: [Int]
    private let otherIsMissing: [Bool]
    /// Item-major lists per chunk (chunk-local person indices); `start` arrays have
    /// `chunks × (itemCount + 1)` entries.
    private let byItemCorrect: [UInt32], byItemCorrectStart: [Int]
    private let byItemObserved: [UInt32], byItemObservedStart: [Int]
    private let byItemMissing: [UInt32], byItemMissingStart: [Int]

    /// Builds the lists.
    /// - Complexity: O(personCount × itemCount).
    init(_ responses: ResponseMatrix) {
        let n = responses.personCount, j = responses.itemCount
        personCount = n
        itemCount = j
        let chunks = ParallelChunks.chunkCount(for: n, maximumChunks: 64, minimumChunkSize: 256)
        self.chunks = chunks
        var correct: [UInt32] = [], other: [UInt32] = []
        var correctStart = [Int](repeating: 0, count: n + 1), otherStart = [Int](repeating: 0, count: n + 1)
        var otherIsMissing = [Bool](repeating: false, count: n)
        responses.storage.withUnsafeBufferPointer { bytes in
            var observedTotal = 0, correctTotal = 0
            for v in bytes where v != ResponseMatrix.missing {
                observedTotal += 1
                if v == 1 { correctTotal += 1 }
            }
            correct.reserveCapacity(correctTotal)
            other.reserveCapacity(min(observedTotal, n * j - observedTotal) + n)
            for i in 0 ..< n {
                let row = bytes.baseAddress! + i * j
                var observed = 0
                for item in 0 ..< j where row[item] != ResponseMatrix.missing { observed += 1 }
                let useMissing = j - observed < observed
                otherIsMissing[i] = useMissing
                for item in 0 ..< j {
                    let v = row[item]
                    let isMissing = v == ResponseMatrix.missing
                    if isMissing == useMissing { other.append(UInt32(item)) }
                    if v == 1 { correct.append(UInt32(item)) }
                }
                correctStart[i + 1] = correct.count
                otherStart[i + 1] = other.count
            }
        }
        func itemMajor(_ list: [UInt32], _ start: [Int], include: (Int) -> Bool) -> ([UInt32], [Int]) {
            var starts = [Int](repeating: 0, count: chunks * (j + 1))
            var total = 0
            for i in 0 ..< n where include(i) { total += start[i + 1] - start[i] }
            var result = [UInt32](repeating: 0, count: total)
            var position = 0
            var counts = [Int](repeating: 0, count: j)
            var fill = [Int](repeating: 0, count: j)
            result.withUnsafeMutableBufferPointer { result in
            list.withUnsafeBufferPointer { list in
                for c in 0 ..< chunks {
                    let persons = ParallelChunks.range(of: c, chunks: chunks, count: n)
                    for item in 0 ..< j { counts[item] = 0 }
                    for i in persons where include(i) {
                        for t in start[i] ..< start[i + 1] { counts[Int(list[t])] += 1 }
                    }
                    for item in 0 ..< j {
                        starts[c * (j + 1) + item] = position
                        fill[item] = position
                        position += counts[item]
                    }
                    starts[c * (j + 1) + j] = position
                    for i in persons where include(i) {
                        let local = UInt32(i - persons.lowerBound)
                        for t in start[i] ..< start[i + 1] {
                            let item = Int(list[t])
                            result[fill[item]] = local
                            fill[item] += 1
                        }
                    }
                }
            }}
            return (result, starts)
        }
        (byItemCorrect, byItemCorrectStart) = itemMajor(correct, correctStart) { _ in true }
        (byItemObserved, byItemObservedStart) = itemMajor(other, otherStart) { !otherIsMissing[$0] }
        (byItemMissing, byItemMissingStart) = itemMajor(other, otherStart) { otherIsMissing[$0] }
        self.correct = correct
        self.correctStart = correctStart
        self.other = other
        self.otherStart = otherStart
        self.otherIsMissing = otherIsMissing
    }

    /// The result of one E-step.
    struct Counts {
        /// r_jk, item-major (`j * q + k`).
        var correct: [Double]
        /// n_jk, item-major.
        var observed: [Double]
        /// Σ_i π_ik.
        var nodeMass: [Double]
        /// Σ_i log Σ_k w_k L_i(θ_k).
        var logLikelihood: Double
    }

    /// Runs one E-step.
    /// - Parameters:
    ///   - items: current 0/1 items (any of 1PL/2PL/3PL).
    ///   - nodes: quadrature nodes θ_k.
    ///   - logWeights: log prior weights at the nodes.
    /// - Returns: expected counts and the marginal log-likelihood.
    /// - Complexity: O(Σ_i (correct_i + min(observed_i, missing_i)) × nodes), split over chunks.
    func run(items: [DichotomousItem], nodes: [Double], logWeights: [Double]) -> Counts {
        let q = nodes.count
        let blocks = (q + 7) / 8
        let j = itemCount
        var logQ = [Block](repeating: .zero, count: j * blocks)
        var logit = [Block](repeating: .zero, count: j * blocks)
        var base = [Block](repeating: .zero, count: blocks)
        var prior = [Block](repeating: .zero, count: blocks)
        for k in 0 ..< q {
            prior[k / 8][k % 8] = logWeights[k]
            base[k / 8][k % 8] = logWeights[k]
        }
        for (index, item) in items.enumerated() {
            for k in 0 ..< q {
                let p = item.probabilityCorrect(at: nodes[k])
                let lp = _log(max(p, 1e-300)), lq = _log(max(1 - p, 1e-300))
                logQ[index * blocks + k / 8][k % 8] = lq
                logit[index * blocks + k / 8][k % 8] = lp - lq
                base[k / 8][k % 8] += lq
            }
        }
        // Per chunk: r (j × blocks), d (j × blocks), missing mass, all mass, log-likelihood.
        let stride = 2 * j * blocks + 2 * blocks + 1
        let accumulators = UnsafeMutablePointer<Block>.allocate(capacity: chunks * stride)
        accumulators.initialize(repeating: .zero, count: chunks * stride)
        defer { accumulators.deallocate() }
        let chunks = self.chunks, persons = personCount

        withPointers(logQ, logit, base, prior) { lq, lg, basePointer, priorPointer, lists in
            ParallelChunks.run(chunks) { chunk in
                let acc = accumulators + chunk * stride
                let r = acc, d = acc + j * blocks, missMass = acc + 2 * j * blocks, allMass = missMass + blocks
                let range = ParallelChunks.range(of: chunk, chunks: chunks, count: persons)
                let posterior = UnsafeMutablePointer<Block>.allocate(capacity: max(range.count, 1) * blocks)
                defer { posterior.deallocate() }
                var logLikelihood = 0.0
                var sums = [Double](repeating: 0, count: blocks * 8)
                for i in range {
                    let post = posterior + (i - range.lowerBound) * blocks
                    let missing = lists.otherIsMissing[i]
                    for b in 0 ..< blocks {
                        var s = missing ? basePointer[b] : priorPointer[b]
                        if missing {
                            for t in lists.otherStart[i] ..< lists.otherStart[i + 1] { s -= lq[Int(lists.other[t]) * blocks + b] }
                        } else {
                            for t in lists.otherStart[i] ..< lists.otherStart[i + 1] { s += lq[Int(lists.other[t]) * blocks + b] }
                        }
                        for t in lists.correctStart[i] ..< lists.correctStart[i + 1] { s += lg[Int(lists.correct[t]) * blocks + b] }
                        for lane in 0 ..< 8 { sums[b * 8 + lane] = s[lane] }
                    }
                    var m = -Double.infinity
                    for k in 0 ..< q where sums[k] > m { m = sums[k] }
                    var total = 0.0
                    for k in 0 ..< q {
                        // Nodes more than e^-40 below the mode contribute nothing in double precision.
                        let z = sums[k] - m
                        let e = z < -40 ? 0 : _exp(z)
                        sums[k] = e
                        total += e
                    }
                    logLikelihood += m + _log(total)
                    let inverse = 1 / total
                    for b in 0 ..< blocks {
                        var v = Block.zero
                        for lane in 0 ..< 8 where b * 8 + lane < q { v[lane] = sums[b * 8 + lane] * inverse }
                        post[b] = v
                        allMass[b] += v
                        if missing { missMass[b] += v }
                    }
                }
                allMass[blocks][0] = logLikelihood
                // Counts item by item from the chunk's item-major lists.
                let listBase = chunk * (j + 1)
                for item in 0 ..< j {
                    for b in 0 ..< blocks {
                        var sr = Block.zero, sd = Block.zero
                        for t in lists.byItemCorrectStart[listBase + item] ..< lists.byItemCorrectStart[listBase + item + 1] {
                            sr += posterior[Int(lists.byItemCorrect[t]) * blocks + b]
                        }
                        for t in lists.byItemObservedStart[listBase + item] ..< lists.byItemObservedStart[listBase + item + 1] {
                            sd += posterior[Int(lists.byItemObserved[t]) * blocks + b]
                        }
                        for t in lists.byItemMissingStart[listBase + item] ..< lists.byItemMissingStart[listBase + item + 1] {
                            sd -= posterior[Int(lists.byItemMissing[t]) * blocks + b]
                        }
                        r[item * blocks + b] = sr
                        d[item * blocks + b] = sd
                    }
                }
            }
        }

        // Merge in chunk order so the result does not depend on thread timing.
        var counts = Counts(correct: [Double](repeating: 0, count: j * q), observed: [Double](repeating: 0, count: j * q),
                            nodeMass: [Double](repeating: 0, count: q), logLikelihood: 0)
        var missMassTotal = [Double](repeating: 0, count: q)
        for chunk in 0 ..< chunks {
            let acc = accumulators + chunk * stride
            for item in 0 ..< j {
                for k in 0 ..< q {
                    counts.correct[item * q + k] += acc[item * blocks + k / 8][k % 8]
                    counts.observed[item * q + k] += acc[(j + item) * blocks + k / 8][k % 8]
                }
            }
            for k in 0 ..< q {
                missMassTotal[k] += acc[2 * j * blocks + k / 8][k % 8]
                counts.nodeMass[k] += acc[2 * j * blocks + blocks + k / 8][k % 8]
            }
            counts.logLikelihood += acc[2 * j * blocks + 2 * blocks][0]
        }
        for item in 0 ..< j {
            for k in 0 ..< q { counts.observed[item * q + k] += missMassTotal[k] }
        }
        return counts
    }

    /// Raw pointers to every list, valid inside `body`.
    struct Lists {
        let correct: UnsafePointer<UInt32>, correctStart: UnsafePointer<Int>
        let other: UnsafePointer<UInt32>, otherStart: UnsafePointer<Int>
        let otherIsMissing: UnsafePointer<Bool>
        let byItemCorrect: UnsafePointer<UInt32>, byItemCorrectStart: UnsafePointer<Int>
        let byItemObserved: UnsafePointer<UInt32>, byItemObservedStart: UnsafePointer<Int>
        let byItemMissing: UnsafePointer<UInt32>, byItemMissingStart: UnsafePointer<Int>
    }

    private func withPointers(_ logQ: [Block], _ logit: [Block], _ base: [Block], _ prior: [Block],
                              _ body: (UnsafePointer<Block>, UnsafePointer<Block>, UnsafePointer<Block>, UnsafePointer<Block>, Lists) -> Void) {
        func address<T>(_ array: [T], _ f: (UnsafePointer<T>) -> Void) {
            array.withUnsafeBufferPointer { buffer in
                if let base = buffer.baseAddress {
                    f(base)
                } else {
                    let dummy = UnsafeMutablePointer<T>.allocate(capacity: 1)
                    defer { dummy.deallocate() }
                    f(UnsafePointer(dummy))
                }
            }
        }
        address(logQ) { lq in address(logit) { lg in address(base) { bp in address(prior) { pp in
        address(correct) { c in address(correctStart) { cs in address(other) { o in address(otherStart) { os in
        address(otherIsMissing) { om in address(byItemCorrect) { ic in address(byItemCorrectStart) { ics in
        address(byItemObserved) { io in address(byItemObservedStart) { ios in
        address(byItemMissing) { im in address(byItemMissingStart) { ims in
            body(lq, lg, bp, pp, Lists(correct: c, correctStart: cs, other: o, otherStart: os, otherIsMissing: om,
                                       byItemCorrect: ic, byItemCorrectStart: ics, byItemObserved: io,
                                       byItemObservedStart: ios, byItemMissing: im, byItemMissingStart: ims))
        }}}}}}}}}}}}}}}
    }
}
