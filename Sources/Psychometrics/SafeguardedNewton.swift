/// One-dimensional bounded maximisation by Newton's method with safeguards.
///
/// ```
/// θ ← clamp(θ − f'(θ) / f''(θ), lo, hi)   when f'' < 0, else a bounded ascent step;
/// each step is halved until f does not decrease.
/// ```
/// The start is the best point of a coarse grid over the bounds, which protects against the
/// local maxima that 3PL likelihoods can have.
enum SafeguardedNewton {
    /// Maximises `f` on `[lower, upper]`.
    /// - Parameters:
    ///   - lower: lower bound.
    ///   - upper: upper bound.
    ///   - gridPoints: points of the starting grid.
    ///   - f: returns (value, first derivative, second derivative).
    /// - Returns: the maximiser.
    /// - Complexity: O(gridPoints + iterations) evaluations of `f`.
    static func maximize(lower: Double, upper: Double, gridPoints: Int = 33,
                         _ f: (Double) -> (value: Double, first: Double, second: Double)) -> Double {
        var theta = lower
        var best = -Double.infinity
        for i in 0 ..< gridPoints {
            let t = lower + (upper - lower) * Double(i) / Double(gridPoints - 1)
            let v = f(t).value
            if v > best { best = v; theta = t }
        }
        for _ in 0 ..< 100 {
            let (value, g, h) = f(theta)
            var step = h < 0 ? -g / h : (g > 0 ? 0.5 : -0.5)
            step = min(max(step, -1), 1)
            var moved = false
            for _ in 0 ..< 40 {
                let candidate = min(max(theta + step, lower), upper)
                if candidate == theta { break }
                if f(candidate).value >= value - 1e-12 {
                    moved = abs(candidate - theta) > 1e-10
                    theta = candidate
                    break
                }
                step /= 2
            }
            if !moved { break }
        }
        return theta
    }
}
