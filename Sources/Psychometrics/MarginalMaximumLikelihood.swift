import Dispatch

/// Item calibration by marginal maximum likelihood with the EM algorithm (Bock–Aitkin).
///
/// ```
/// E-step: π_ik ∝ w_k Π_j P_{j,x_ij}(θ_k);   r_{j,x,k} = Σ_{i: x_ij = x} π_ik
/// M-step: ξ_j ← argmax Σ_k Σ_x r_{j,x,k} log P_{j,x}(θ_k; ξ_j) + log p(ξ_j)   (per item)
/// ```
/// Supports 1PL (a = 1), 2PL, 3PL (Beta prior on c), GRM and GPCM; missing responses (255 in
/// the `ResponseMatrix`) are skipped, so sparse adaptive-test data can be calibrated. Anchor
/// items keep their parameters; when anchors are given the latent mean and SD are estimated
/// (from the posterior node masses each cycle) so that new items land on the anchors' scale.
/// Without anchors the latent distribution is fixed at N(0, 1).
///
/// EM cycles are accelerated with SQUAREM; convergence is still judged on a plain EM cycle
/// (largest change of a reported parameter below `tolerance`). The E-step runs in parallel over
/// fixed chunks of persons whose accumulators are merged in chunk order, so results are identical
/// from run to run. Standard errors come from the item blocks of the observed-data information,
/// by Louis' (1982) formula evaluated at convergence (see `LouisInformation`).
///
/// References: Bock & Aitkin (1981), Psychometrika 46(4); Kim (2006), "A comparative study of IRT
/// fixed parameter calibration methods", Journal of Educational Measurement 43(4); Varadhan &
/// Roland (2008), "Simple and globally convergent methods for accelerating the convergence of any
/// EM algorithm", Scandinavian Journal of Statistics 35(2).
public enum MarginalMaximumLikelihood {
    /// Calibrates the items of a response matrix.
    /// - Parameters:
    ///   - responses: persons × items, 255 = missing.
    ///   - model: the model of every item.
    ///   - anchors: parameters to hold fixed, keyed by item id (ids not in the data are an error).
    ///   - options: quadrature, tolerance, priors, standard errors.
    ///   - progress: called after every EM cycle on the calling thread.
    /// - Returns: the parameters, standard errors, latent mean/SD and a convergence report.
    /// - Throws: `emptyData`, `invalidItem` (no responses, < 2 categories, bad anchor),
    ///   `responseOutOfRange`, `unknownAnchor`, `invalidParameter`.
    /// - Complexity: per cycle O(Σ responses × quadrature points) for the E-step (parallel over
    ///   persons) plus O(items × quadrature points) for the M-step.
    public static func calibrate(
        _ responses: ResponseMatrix,
        model: ItemModel,
        anchors: [String: ItemParameters] = [:],
        options: CalibrationOptions = CalibrationOptions(),
        progress: (CalibrationProgress) -> Void = { _ in }
    ) throws -> CalibrationResult {
        guard responses.personCount > 0 else { throw PsychometricsError.emptyData(context: "no persons in the response data") }
        guard responses.itemCount > 0 else { throw PsychometricsError.emptyData(context: "no items in the response data") }
        guard options.tolerance > 0 else {
            throw PsychometricsError.invalidParameter(name: "tolerance", value: options.tolerance, reason: "must be positive")
        }
        let known = Set(responses.itemIDs)
        if let unknown = anchors.keys.sorted().first(where: { !known.contains($0) }) {
            throw PsychometricsError.unknownAnchor(id: unknown)
        }
        var (items, isAnchor) = try initialItems(responses, model: model, anchors: anchors, options: options)
        let base = try QuadratureGrid(count: options.quadraturePoints, rule: options.quadratureRule)
        let logWeights = base.weights.map { _log($0) }
        let estimateLatent = options.estimateLatentDistribution ?? !anchors.isEmpty
        let dichotomousEStep = model.isDichotomous ? DichotomousEStep(responses) : nil
        let generalEStep = PolytomousEStep(responses: responses, categoryCounts: items.map(\.categoryCount))

        // One EM cycle: E-step at `state`, then every free item's M-step and the latent update.
        var report = ConvergenceReport(iterations: 0, logLikelihood: -.infinity, largestChange: .infinity, converged: false)
        func cycle(_ state: EMState) -> (next: EMState, logLikelihood: Double, change: Double) {
            var current = items
            for j in current.indices { current[j].xi = state.xi[j] }
            let nodes = base.nodes.map { state.mean + state.sd * $0 }
            let (counts, nodeMass, logLikelihood) = expectedCounts(current, nodes: nodes, logWeights: logWeights,
                                                                   dichotomous: dichotomousEStep, general: generalEStep)
            let updated = maximizeItems(current, free: isAnchor.map(!), counts: counts, nodes: nodes, options: options)
            var next = state
            var change = 0.0
            for j in current.indices where !isAnchor[j] {
                let before = current[j].reportedVector
                current[j].xi = updated[j]
                next.xi[j] = updated[j]
                for (x, y) in zip(before, current[j].reportedVector) { change = max(change, abs(x - y)) }
            }
            if estimateLatent {
                let mass = nodeMass.reduce(0, +)
                let newMean = zip(nodeMass, nodes).reduce(0) { $0 + $1.0 * $1.1 } / mass
                let variance = zip(nodeMass, nodes).reduce(0) { $0 + $1.0 * ($1.1 - newMean) * ($1.1 - newMean) } / mass
                next.mean = newMean
                next.sd = max(variance.squareRoot(), 0.05)
                change = max(change, abs(next.mean - state.mean), abs(next.sd - state.sd))
            }
            report.iterations += 1
            report.logLikelihood = logLikelihood
            report.largestChange = change
            progress(CalibrationProgress(iteration: report.iterations, logLikelihood: logLikelihood, largestChange: change))
            return (next, logLikelihood, change)
        }

        // SQUAREM acceleration (Varadhan & Roland 2008, scheme S3): two EM cycles x0 → x1 → x2,
        // then the extrapolation x' = x0 − 2αr + α²v with r = x1 − x0, v = x2 − 2x1 + x0,
        // α = −|r|/|v| (at most −1), followed by one EM cycle from x'. The extrapolation is
        // dropped (keeping x2) when x' is infeasible or its log-likelihood is below that of x1.
        // Convergence is always judged on a plain EM cycle, so the fixed point is EM's.
        var state = EMState(xi: items.map(\.xi), mean: 0, sd: 1)
        let free = isAnchor.map(!)
        cycles: while report.iterations < options.maximumIterations {
            let first = cycle(state)
            if first.change < options.tolerance { state = first.next; report.converged = true; break cycles }
            guard report.iterations < options.maximumIterations else { state = first.next; break }
            let second = cycle(first.next)
            if second.change < options.tolerance { state = second.next; report.converged = true; break cycles }
            guard report.iterations < options.maximumIterations,
                  let extrapolated = state.extrapolated(first.next, second.next, free: free, estimateLatent: estimateLatent),
                  extrapolated.isFeasible(items) else {
                state = second.next
                continue
            }
            let third = cycle(extrapolated)
            if third.logLikelihood >= second.logLikelihood - 1e-9 * abs(second.logLikelihood) {
                state = third.next
                if third.change < options.tolerance { report.converged = true; break cycles }
            } else {
                state = second.next
            }
        }
        for j in items.indices { items[j].xi = state.xi[j] }
        let mean = state.mean, sd = state.sd

        // A last E-step at the final parameters gives the reported log-likelihood and the
        // expected counts the standard errors need.
        let nodes = base.nodes.map { mean + sd * $0 }
        let final = expectedCounts(items, nodes: nodes, logWeights: logWeights, dichotomous: dichotomousEStep, general: generalEStep)
        report.logLikelihood = final.logLikelihood
        var errors = [ItemStandardErrors?](repeating: nil, count: items.count)
        if options.computeStandardErrors {
            errors = LouisInformation.standardErrors(items: items, free: isAnchor.map(!), responses: responses,
                                                     estep: generalEStep, nodes: nodes, logWeights: logWeights,
                                                     counts: final.counts, options: options)
        }
        let calibrated = items.indices.map { j in
            CalibratedItem(id: responses.itemIDs[j], parameters: items[j].parameters,
                           standardErrors: errors[j], isAnchor: isAnchor[j])
        }
        return CalibrationResult(model: model, items: calibrated, latentMean: mean, latentStandardDeviation: sd, report: report)
    }

    /// The parameters EM iterates on: every item's working parameters and the latent mean/SD.
    struct EMState {
        var xi: [[Double]]
        var mean: Double
        var sd: Double

        /// The SQUAREM extrapolation from x0 = self through x1 and x2, or `nil` when degenerate.
        func extrapolated(_ x1: EMState, _ x2: EMState, free: [Bool], estimateLatent: Bool) -> EMState? {
            var rr = 0.0, vv = 0.0
            func accumulate(_ a: Double, _ b: Double, _ c: Double) {
                let r = b - a, v = c - 2 * b + a
                rr += r * r
                vv += v * v
            }
            for j in xi.indices where free[j] {
                for m in xi[j].indices { accumulate(xi[j][m], x1.xi[j][m], x2.xi[j][m]) }
            }
            if estimateLatent {
                accumulate(mean, x1.mean, x2.mean)
                accumulate(sd, x1.sd, x2.sd)
            }
            guard vv > 0, rr.isFinite, vv.isFinite else { return nil }
            let alpha = min(-(rr / vv).squareRoot(), -1)
            func point(_ a: Double, _ b: Double, _ c: Double) -> Double {
                let r = b - a, v = c - 2 * b + a
                return a - 2 * alpha * r + alpha * alpha * v
            }
            var result = self
            for j in xi.indices where free[j] {
                for m in xi[j].indices { result.xi[j][m] = min(max(point(xi[j][m], x1.xi[j][m], x2.xi[j][m]), -50), 50) }
            }
            if estimateLatent {
                result.mean = point(mean, x1.mean, x2.mean)
                result.sd = point(sd, x1.sd, x2.sd)
            }
            return result
        }

        /// Whether every item's parameters give valid probabilities (GRM intercepts strictly
        /// decreasing) and the latent SD is positive.
        func isFeasible(_ items: [WorkingItem]) -> Bool {
            guard sd > 0.05, mean.isFinite, sd.isFinite else { return false }
            for (j, item) in items.enumerated() where item.model == .graded {
                let d = xi[j]
                for v in 2 ..< d.count where !(d[v] < d[v - 1]) { return false }
            }
            return xi.allSatisfy { $0.allSatisfy(\.isFinite) }
        }
    }

    /// Validates the data against the model and anchors and builds the starting items.
    private static func initialItems(_ responses: ResponseMatrix, model: ItemModel, anchors: [String: ItemParameters],
                                     options: CalibrationOptions) throws -> ([WorkingItem], [Bool]) {
        let frequencyTable = responses.categoryFrequencies()
        let maximum = (0 ..< responses.itemCount).map { j in (0 ..< 255).last { frequencyTable[j * 256 + $0] > 0 } ?? -1 }
        var categoryCounts = [Int](repeating: 2, count: responses.itemCount)
        for j in 0 ..< responses.itemCount {
            let id = responses.itemIDs[j]
            if let anchor = anchors[id] {
                let fits: Bool = switch (model, anchor) {
                case (.onePL, .dichotomous), (.twoPL, .dichotomous), (.threePL, .dichotomous),
                     (.graded, .graded), (.partialCredit, .partialCredit): true
                default: false
                }
                guard fits else { throw PsychometricsError.invalidItem(id: id, reason: "anchor is not a \(model.rawValue) item") }
                categoryCounts[j] = anchor.categoryCount
                if maximum[j] >= anchor.categoryCount {
                    throw PsychometricsError.responseOutOfRange(item: j, response: maximum[j], categoryCount: anchor.categoryCount)
                }
                continue
            }
            guard maximum[j] >= 0 else { throw PsychometricsError.invalidItem(id: id, reason: "item has no responses") }
            if model.isDichotomous {
                guard maximum[j] <= 1 else { throw PsychometricsError.responseOutOfRange(item: j, response: maximum[j], categoryCount: 2) }
            } else {
                guard maximum[j] >= 1 else { throw PsychometricsError.invalidItem(id: id, reason: "fewer than two categories observed") }
                categoryCounts[j] = maximum[j] + 1
            }
        }
        let frequencies = CalibrationStartValues.frequencies(frequencyTable, categoryCounts: categoryCounts)
        var items: [WorkingItem] = []
        var isAnchor: [Bool] = []
        for j in 0 ..< responses.itemCount {
            if let anchor = anchors[responses.itemIDs[j]] {
                items.append(WorkingItem(model: model, parameters: anchor))
                isAnchor.append(true)
            } else {
                items.append(CalibrationStartValues.item(model: model, frequencies: frequencies[j], guessingPrior: options.guessingPrior))
                isAnchor.append(false)
            }
        }
        return (items, isAnchor)
    }

    /// One E-step: expected counts per item in category-major layout (`x * q + k`), node masses
    /// and the marginal log-likelihood.
    static func expectedCounts(_ items: [WorkingItem], nodes: [Double], logWeights: [Double],
                               dichotomous: DichotomousEStep?, general: PolytomousEStep)
        -> (counts: [[Double]], nodeMass: [Double], logLikelihood: Double) {
        let q = nodes.count
        if let dichotomous {
            let current = items.map { item -> DichotomousItem in
                if case .dichotomous(let d) = item.parameters { return d }
                preconditionFailure("dichotomous E-step needs dichotomous items")
            }
            let result = dichotomous.run(items: current, nodes: nodes, logWeights: logWeights)
            let counts = items.indices.map { j in
                let r = result.correct[(j * q) ..< (j * q + q)]
                let n = result.observed[(j * q) ..< (j * q + q)]
                return zip(n, r).map { $0 - $1 } + Array(r)
            }
            return (counts, result.nodeMass, result.logLikelihood)
        }
        let table = logProbabilityTable(items, nodes: nodes)
        let result = general.run(logProbabilities: table, logWeights: logWeights)
        let offset = general.offsets(q: q)
        let counts = items.indices.map { Array(result.counts[offset[$0] ..< offset[$0 + 1]]) }
        return (counts, result.nodeMass, result.logLikelihood)
    }

    /// log P_{j,x}(θ_k) for all items, at `offset_j + x * q + k`.
    static func logProbabilityTable(_ items: [WorkingItem], nodes: [Double]) -> [Double] {
        let q = nodes.count
        var table: [Double] = []
        table.reserveCapacity(items.reduce(0) { $0 + $1.categoryCount } * q)
        for item in items {
            var logP = [Double](repeating: 0, count: item.categoryCount)
            var block = [Double](repeating: 0, count: item.categoryCount * q)
            for k in 0 ..< q {
                if !WorkingItem.logProbabilities(model: item.model, xi: item.xi, theta: nodes[k], into: &logP) {
                    for x in logP.indices { logP[x] = _log(1e-300) }
                }
                for x in 0 ..< item.categoryCount { block[x * q + k] = max(logP[x], _log(1e-300)) }
            }
            table.append(contentsOf: block)
        }
        return table
    }

    /// The M-step for every free item, in parallel over items (each item is independent, so the
    /// result does not depend on scheduling).
    private static func maximizeItems(_ items: [WorkingItem], free: [Bool], counts: [[Double]], nodes: [Double],
                                      options: CalibrationOptions) -> [[Double]] {
        var result = items.map(\.xi)
        result.withUnsafeMutableBufferPointer { output in
            let chunks = ParallelChunks.chunkCount(for: items.count, maximumChunks: 16, minimumChunkSize: 8)
            ParallelChunks.run(chunks) { chunk in
                for j in ParallelChunks.range(of: chunk, chunks: chunks, count: items.count) where free[j] {
                    let step = ItemMStep(model: items[j].model, categoryCount: items[j].categoryCount, nodes: nodes,
                                         counts: counts[j], guessingPrior: options.guessingPrior, slopePrior: options.slopePrior)
                    output[j] = step.maximize(from: items[j].xi).map { min(max($0, -50), 50) }
                }
            }
        }
        return result
    }
}
