import Foundation
@testable import Psychometrics

/// Shared helpers for the tests.
enum Fixtures {
    static func rmse(_ x: [Double], _ y: [Double]) -> Double {
        (zip(x, y).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / Double(x.count)).squareRoot()
    }

    /// Random 2PL items with a ~ logN(0.2, 0.3²), b ~ N(0, 1).
    static func twoPLItems(_ count: Int, using rng: inout Xoshiro256StarStar) -> [ItemParameters] {
        (0 ..< count).map { _ in
            .dichotomous(DichotomousItem(a: exp(0.2 + 0.3 * StandardNormal.sample(using: &rng)),
                                         b: StandardNormal.sample(using: &rng)))
        }
    }

    /// Numerical derivative for checking analytic ones.
    static func derivative(_ f: (Double) -> Double, at x: Double, h: Double = 1e-5) -> Double {
        (f(x + h) - f(x - h)) / (2 * h)
    }
}
