import Foundation
import Testing
@testable import Psychometrics

/// Agreement with the Python `mirt` package (version 1.2.0, Rust core).
///
/// The data set `Resources/mirt_2pl_500x10.csv` (500 persons × 10 items, 2PL, numpy seed
/// 20240611) and the numbers below were produced by `Resources/make_mirt_reference.py`:
/// `mirt.fit_mirt(X, model="2PL", n_quadpts=21, compute_standard_errors=False)` (mirt reports
/// discrimination/difficulty in the a(θ − b) metric, no 1.702 constant) and
/// `mirt.fscores(fit, X[:20], method="EAP")` (49 Gauss–Hermite points, N(0, 1) prior).
/// mirt stops at a parameter change below 1e-4, so its estimates carry EM error of that order.
@Suite("Agreement with mirt")
struct MirtAgreementTests {
    static let mirtA: [Double] = [
        0.7612303601134965,
        1.7775794200395219,
        1.3839484100858883,
        1.7727862732197812,
        1.2330757445116949,
        0.7739363769040135,
        1.5702886942843735,
        1.1155937772774085,
        1.7346329930147826,
        2.087916163647024,
    ]
    static let mirtB: [Double] = [
        -2.5482770711139815,
        -0.11125405647251162,
        -0.7456419757958407,
        0.5496572900547252,
        0.26285765894500673,
        -0.8775107637517844,
        -0.9579149155850861,
        -1.5817560471191041,
        -0.8010899319637657,
        0.3342497695274685,
    ]
    static let mirtLogLikelihood = -2700.827849413526
    static let mirtEAPTheta: [Double] = [
        1.4599104767692384,
        0.385995601391079,
        -0.9065433379262402,
        -0.022501580828279705,
        0.40453396427901955,
        -0.7665410644760184,
        1.4599104767692384,
        0.2911905087447063,
        0.8029959429999584,
        0.385995601391079,
        0.6702601186241396,
        -0.9832466845842196,
        0.9962607284364601,
        -0.8349090703432783,
        1.1841715510525763,
        -1.8010207130981095,
        1.4599104767692384,
        -0.8253940812768006,
        -0.2152414705354638,
        -0.2125704503981397,
    ]
    static let mirtEAPSE: [Double] = [
        0.6237499282675532,
        0.46439061167818907,
        0.4764503960030782,
        0.44594408144107955,
        0.46583258810647826,
        0.46631983240198444,
        0.6237499282675532,
        0.45786510654602014,
        0.5098245646492422,
        0.46439061167818907,
        0.4924817229551303,
        0.48276615007683094,
        0.5392798653168797,
        0.4710384616799634,
        0.5717647278548447,
        0.578393518147956,
        0.6237499282675532,
        0.47035545644431875,
        0.44528628627245753,
        0.44526415134412384,
    ]

    static func data() throws -> ResponseMatrix {
        let url = try #require(Bundle.module.url(forResource: "mirt_2pl_500x10", withExtension: "csv", subdirectory: "Resources"))
        return try ResponseCSV.parse(String(contentsOf: url, encoding: .utf8), model: .twoPL)
    }

    @Test func calibrationAgreesWithMirt() throws {
        // setup
        let data = try Self.data()
        var options = CalibrationOptions()
        options.quadraturePoints = 21
        options.quadratureRule = .gaussHermite
        options.tolerance = 1e-6
        // MUT
        let fit = try MarginalMaximumLikelihood.calibrate(data, model: .twoPL, options: options)
        // validate: parameters within 0.01, log-likelihood within 0.01
        let a = fit.items.map(\.parameters.a)
        let b = fit.items.map { $0.parameters.thresholds[0] }
        for j in 0 ..< 10 {
            #expect(abs(a[j] - Self.mirtA[j]) < 0.01, "a of item \(j + 1)")
            #expect(abs(b[j] - Self.mirtB[j]) < 0.01, "b of item \(j + 1)")
        }
        #expect(abs(fit.report.logLikelihood - Self.mirtLogLikelihood) < 0.01)
    }

    @Test func eapAgreesWithMirtOnMirtsParameters() throws {
        // setup: mirt's own item parameters and quadrature (49 Gauss–Hermite points)
        let data = try Self.data()
        let items = zip(Self.mirtA, Self.mirtB).map { DichotomousItem(a: $0, b: $1) }
        let eap = ExpectedAPosteriori(grid: try QuadratureGrid(count: 49, rule: .gaussHermite))
        for person in 0 ..< 20 {
            // MUT
            let estimate = try eap.estimate(items: items, responses: data.pattern(person: person))
            // validate: same model, same quadrature → agreement to 1e-6
            #expect(abs(estimate.theta - Self.mirtEAPTheta[person]) < 1e-6)
            #expect(abs(estimate.standardError - Self.mirtEAPSE[person]) < 1e-6)
        }
    }
}
