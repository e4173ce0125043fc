/// Maximisation of a smooth function of a few variables by damped Newton steps with
/// finite-difference derivatives.
///
/// ```
/// g_i  = (f(x + h_i e_i) − f(x − h_i e_i)) / (2h_i)
/// H_ii = (f(x + h_i e_i) − 2f(x) + f(x − h_i e_i)) / h_i²
/// H_ij = (f(x+h_i+h_j) − f(x+h_i−h_j) − f(x−h_i+h_j) + f(x−h_i−h_j)) / (4 h_i h_j)
/// δ    = (−H + λI)⁻¹ g,  λ raised until −H + λI is positive definite; |δ|∞ ≤ 1
/// ```
/// Each step is halved until f does not decrease (Levenberg–Marquardt style safeguard).
/// `f` may return −∞ for infeasible points.
enum NewtonMaximizer {
    /// Maximises `f` from `start`.
    /// - Parameters:
    ///   - start: the starting point.
    ///   - maximumIterations: Newton steps.
    ///   - tolerance: stop when the largest step component is below this.
    ///   - f: the objective.
    /// - Returns: the maximiser found.
    /// - Complexity: O(iterations × p²) evaluations of `f`, p = start.count.
    static func maximize(start: [Double], maximumIterations: Int = 50, tolerance: Double = 1e-8,
                         _ f: ([Double]) -> Double) -> [Double] {
        var x = start
        var fx = f(x)
        guard fx.isFinite else { return x }
        for _ in 0 ..< maximumIterations {
            let (g, h) = derivatives(at: x, value: fx, f)
            guard g.allSatisfy(\.isFinite), h.allSatisfy({ $0.allSatisfy(\.isFinite) }) else { break }
            guard var step = dampedNewtonStep(gradient: g, hessian: h) else { break }
            let largest = step.map(abs).max() ?? 0
            if largest > 1 { step = step.map { $0 / largest } }
            var improved = false
            for _ in 0 ..< 30 {
                let candidate = zip(x, step).map { $0 + $1 }
                let fc = f(candidate)
                if fc.isFinite, fc >= fx {
                    x = candidate
                    fx = fc
                    improved = true
                    break
                }
                step = step.map { $0 / 2 }
            }
            if !improved || (step.map(abs).max() ?? 0) < tolerance { break }
        }
        return x
    }

    /// Central finite-difference gradient and Hessian.
    /// - Complexity: 2p² + 1 evaluations of `f`.
    static func derivatives(at x: [Double], value fx: Double, _ f: ([Double]) -> Double) -> ([Double], [[Double]]) {
        let p = x.count
        let h = x.map { 1e-4 * max(1, abs($0)) }
        var g = [Double](repeating: 0, count: p)
        var hessian = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
        var y = x
        for i in 0 ..< p {
            y[i] = x[i] + h[i]; let fp = f(y)
            y[i] = x[i] - h[i]; let fm = f(y)
            y[i] = x[i]
            g[i] = (fp - fm) / (2 * h[i])
            hessian[i][i] = (fp - 2 * fx + fm) / (h[i] * h[i])
            for j in 0 ..< i {
                y[i] = x[i] + h[i]; y[j] = x[j] + h[j]; let fpp = f(y)
                y[j] = x[j] - h[j]; let fpm = f(y)
                y[i] = x[i] - h[i]; let fmm = f(y)
                y[j] = x[j] + h[j]; let fmp = f(y)
                y[i] = x[i]; y[j] = x[j]
                let value = (fpp - fpm - fmp + fmm) / (4 * h[i] * h[j])
                hessian[i][j] = value
                hessian[j][i] = value
            }
        }
        return (g, hessian)
    }

    /// Solves (−H + λI) δ = g with the smallest λ ≥ 0 (from a short ladder) that makes the
    /// matrix positive definite.
    static func dampedNewtonStep(gradient g: [Double], hessian h: [[Double]]) -> [Double]? {
        let p = g.count
        let scale = (0 ..< p).map { abs(h[$0][$0]) }.max() ?? 1
        for lambda in [0.0, 1e-8, 1e-6, 1e-4, 1e-2, 1] {
            var m = h.map { $0.map { -$0 } }
            for i in 0 ..< p { m[i][i] += lambda * max(scale, 1) }
            if let solution = Cholesky.solve(m, g) { return solution }
        }
        return nil
    }
}

/// Dense Cholesky factorisation for the small symmetric matrices of item M-steps.
enum Cholesky {
    /// Solves A x = b for symmetric positive-definite A.
    /// - Returns: x, or `nil` when A is not positive definite.
    /// - Complexity: O(p³).
    static func solve(_ a: [[Double]], _ b: [Double]) -> [Double]? {
        guard let l = factor(a) else { return nil }
        let p = b.count
        var y = b
        for i in 0 ..< p {
            for k in 0 ..< i { y[i] -= l[i][k] * y[k] }
            y[i] /= l[i][i]
        }
        var x = y
        for i in stride(from: p - 1, through: 0, by: -1) {
            for k in (i + 1) ..< p { x[i] -= l[k][i] * x[k] }
            x[i] /= l[i][i]
        }
        return x
    }

    /// The lower-triangular factor L with A = L Lᵀ, or `nil` when A is not positive definite.
    static func factor(_ a: [[Double]]) -> [[Double]]? {
        let p = a.count
        var l = [[Double]](repeating: [Double](repeating: 0, count: p), count: p)
        for i in 0 ..< p {
            for j in 0 ... i {
                var sum = a[i][j]
                for k in 0 ..< j { sum -= l[i][k] * l[j][k] }
                if i == j {
                    guard sum > 0, sum.isFinite else { return nil }
                    l[i][i] = sum.squareRoot()
                } else {
                    l[i][j] = sum / l[j][j]
                }
            }
        }
        return l
    }

    /// The inverse of a symmetric positive-definite matrix, or `nil`.
    /// - Complexity: O(p³).
    static func inverse(_ a: [[Double]]) -> [[Double]]? {
        let p = a.count
        var columns: [[Double]] = []
        for j in 0 ..< p {
            var e = [Double](repeating: 0, count: p)
            e[j] = 1
            guard let column = solve(a, e) else { return nil }
            columns.append(column)
        }
        return (0 ..< p).map { i in (0 ..< p).map { j in columns[j][i] } }
    }
}
