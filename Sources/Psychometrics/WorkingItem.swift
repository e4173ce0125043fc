/// An item in the slope–intercept parameterisation used inside calibration.
///
/// ```
/// 1PL  ξ = (d):          P = σ(θ + d),                b = −d
/// 2PL  ξ = (a, d):       P = σ(aθ + d),               b = −d/a
/// 3PL  ξ = (a, d, γ):    P = c + (1 − c) σ(aθ + d),   c = σ(γ)
/// GRM  ξ = (a, d_1…d_K): P*_k = σ(aθ + d_k),          b_k = −d_k/a
/// GPCM ξ = (a, d_1…d_K): z_x = Σ_{v≤x} (aθ + d_v),    b_v = −d_v/a
/// ```
/// The intercept form keeps the M-step well conditioned; results are reported as (a, b, c).
struct WorkingItem: Sendable, Hashable {
    let model: ItemModel
    let categoryCount: Int
    var xi: [Double]

    init(model: ItemModel, categoryCount: Int, xi: [Double]) {
        self.model = model
        self.categoryCount = categoryCount
        self.xi = xi
    }

    /// Converts reported parameters into the working form.
    init(model: ItemModel, parameters: ItemParameters) {
        self.model = model
        categoryCount = parameters.categoryCount
        let a = model == .onePL ? 1 : parameters.a
        let d = parameters.thresholds.map { -a * $0 }
        switch model {
        case .onePL: xi = d
        case .twoPL: xi = [a] + d
        case .threePL:
            let c = min(max(parameters.c, 1e-6), 1 - 1e-6)
            xi = [a] + d + [_log(c / (1 - c))]
        case .graded, .partialCredit: xi = [a] + d
        }
    }

    var slope: Double { model == .onePL ? 1 : xi[0] }

    var intercepts: ArraySlice<Double> {
        switch model {
        case .onePL: xi[0 ..< 1]
        case .twoPL, .graded, .partialCredit: xi[1...]
        case .threePL: xi[1 ..< 2]
        }
    }

    var guessing: Double { model == .threePL ? Logistic.value(xi[2]) : 0 }

    /// The reported parameters.
    var parameters: ItemParameters {
        let a = slope
        let b = intercepts.map { -$0 / a }
        switch model {
        case .onePL, .twoPL, .threePL: return .dichotomous(DichotomousItem(a: a, b: b[0], c: guessing))
        case .graded: return .graded(GradedResponseItem(a: a, b: b))
        case .partialCredit: return .partialCredit(GeneralizedPartialCreditItem(a: a, b: b))
        }
    }

    /// The reported parameters as a flat vector (a?, b…, c?), used for convergence checks.
    var reportedVector: [Double] {
        let a = slope
        let b = intercepts.map { -$0 / a }
        switch model {
        case .onePL: return b
        case .twoPL, .graded, .partialCredit: return [a] + b
        case .threePL: return [a] + b + [guessing]
        }
    }

    /// ∂(reported vector)/∂ξ, rows = reported, columns = ξ.
    var reportedJacobian: [[Double]] {
        let p = xi.count
        var rows: [[Double]] = []
        switch model {
        case .onePL:
            rows = [[-1]]
        case .twoPL, .graded, .partialCredit, .threePL:
            let a = xi[0]
            var first = [Double](repeating: 0, count: p)
            first[0] = 1
            rows.append(first)
            let dCount = model == .threePL ? 1 : p - 1
            for v in 0 ..< dCount {
                var row = [Double](repeating: 0, count: p)
                row[0] = xi[1 + v] / (a * a)
                row[1 + v] = -1 / a
                rows.append(row)
            }
            if model == .threePL {
                let c = guessing
                var row = [Double](repeating: 0, count: p)
                row[2] = c * (1 - c)
                rows.append(row)
            }
        }
        return rows
    }

    /// log P_x(θ) for every category, written into `out` (count = categoryCount), for
    /// parameters `xi`. Returns false when the parameters give a non-positive probability
    /// (e.g. unordered GRM intercepts).
    static func logProbabilities(model: ItemModel, xi: [Double], theta: Double, into out: inout [Double]) -> Bool {
        switch model {
        case .onePL, .twoPL:
            let z = model == .onePL ? theta + xi[0] : xi[0] * theta + xi[1]
            out[1] = Logistic.logValue(z)
            out[0] = Logistic.logValue(-z)
        case .threePL:
            let z = xi[0] * theta + xi[1]
            let c = Logistic.value(xi[2])
            out[1] = _log(c + (1 - c) * Logistic.value(z))
            out[0] = _log(1 - c) + Logistic.logValue(-z)
        case .graded:
            let a = xi[0]
            let k = xi.count - 1
            var upper = 1.0
            for v in 0 ..< k {
                let lower = Logistic.value(a * theta + xi[1 + v])
                let p = upper - lower
                if !(p > 0) { return false }
                out[v] = _log(p)
                upper = lower
            }
            if !(upper > 0) { return false }
            out[k] = _log(upper)
        case .partialCredit:
            let a = xi[0]
            let k = xi.count - 1
            var running = 0.0
            out[0] = 0
            var m = 0.0
            for v in 0 ..< k {
                running += a * theta + xi[1 + v]
                out[v + 1] = running
                m = max(m, running)
            }
            var sum = 0.0
            for x in 0 ... k { sum += _exp(out[x] - m) }
            let logSum = m + _log(sum)
            for x in 0 ... k { out[x] -= logSum }
        }
        return true
    }
}
