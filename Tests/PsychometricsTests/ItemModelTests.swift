import Foundation
import Testing
@testable import Psychometrics

@Suite("Item response models")
struct ItemModelTests {
    @Test func twoPLProbabilityUsesLogisticMetricWithoutScaling() {
        let item = DichotomousItem(a: 1.5, b: 0.5)
        #expect(abs(item.probabilityCorrect(at: 1) - 1 / (1 + exp(-0.75))) < 1e-15)
    }

    @Test func threePLHasLowerAsymptote() {
        let item = DichotomousItem(a: 1.2, b: 0, c: 0.2)
        #expect(abs(item.probabilityCorrect(at: -40) - 0.2) < 1e-12)
        #expect(abs(item.probabilityCorrect(at: 0) - 0.6) < 1e-12)
    }

    @Test func rasch() throws {
        let item = try ItemParameters.make(model: .onePL, a: 3, b: [0.4])
        #expect(item.a == 1)
        #expect(abs(item.categoryProbabilities(at: 0.4)[1] - 0.5) < 1e-15)
    }

    @Test(arguments: [-2.5, -0.3, 0.0, 1.1, 3.0])
    func informationMatchesDerivativeFormula(theta: Double) {
        // I(θ) = Σ P'²/P with P' from finite differences, for every model.
        let items: [ItemParameters] = [
            .dichotomous(DichotomousItem(a: 1.3, b: 0.2)),
            .dichotomous(DichotomousItem(a: 1.7, b: -0.4, c: 0.25)),
            .graded(GradedResponseItem(a: 1.4, b: [-1.2, 0.1, 1.5])),
            .partialCredit(GeneralizedPartialCreditItem(a: 0.9, b: [-0.8, 0.6, 0.2])),
        ]
        for item in items {
            let p = item.categoryProbabilities(at: theta)
            #expect(abs(p.reduce(0, +) - 1) < 1e-12)
            #expect(p.allSatisfy { $0 > 0 })
            var numeric = 0.0
            for x in 0 ..< item.categoryCount {
                let d1 = Fixtures.derivative({ item.categoryProbabilities(at: $0)[x] }, at: theta)
                numeric += d1 * d1 / p[x]
                let analytic = item.categoryDerivatives(at: theta)
                #expect(abs(analytic.d1[x] - d1) < 1e-7)
                let d2 = Fixtures.derivative({ item.categoryDerivatives(at: $0).d1[x] }, at: theta)
                #expect(abs(analytic.d2[x] - d2) < 1e-6)
            }
            #expect(abs(item.information(at: theta) - numeric) < 1e-6)
        }
    }

    @Test func gradedProbabilitiesAreDifferencesOfBoundaries() {
        let item = GradedResponseItem(a: 1.2, b: [-1, 0.5])
        let theta = 0.3
        let s1 = 1 / (1 + exp(-1.2 * (theta + 1)))
        let s2 = 1 / (1 + exp(-1.2 * (theta - 0.5)))
        let p = item.categoryProbabilities(at: theta)
        #expect(abs(p[0] - (1 - s1)) < 1e-15)
        #expect(abs(p[1] - (s1 - s2)) < 1e-15)
        #expect(abs(p[2] - s2) < 1e-15)
        #expect(!GradedResponseItem(a: 1, b: [0.5, 0.5]).isValid)
    }

    @Test func partialCreditMatchesDefinition() {
        let item = GeneralizedPartialCreditItem(a: 0.8, b: [-0.5, 1.0])
        let theta = 0.2
        let z = [0, 0.8 * (theta + 0.5), 0.8 * (theta + 0.5) + 0.8 * (theta - 1.0)].map { exp($0) }
        let total = z.reduce(0, +)
        for (x, p) in item.categoryProbabilities(at: theta).enumerated() { #expect(abs(p - z[x] / total) < 1e-15) }
        // Closed-form information a² Var(X) equals Σ P'²/P.
        let generic = ItemParameters.partialCredit(item)
        let (p, d1, _) = generic.categoryDerivatives(at: theta)
        let sum = zip(p, d1).reduce(0) { $0 + $1.1 * $1.1 / $1.0 }
        #expect(abs(item.information(at: theta) - sum) < 1e-12)
    }

    @Test func logLikelihoodIsLogProbability() {
        let item = DichotomousItem(a: 1, b: 0, c: 0.1)
        #expect(abs(item.logLikelihood(response: 1, at: 0.5) - log(item.probabilityCorrect(at: 0.5))) < 1e-14)
        #expect(abs(item.logLikelihood(response: 0, at: 0.5) - log(1 - item.probabilityCorrect(at: 0.5))) < 1e-14)
        #expect(Logistic.logValue(-800).isFinite)
        #expect(abs(Logistic.logValue(30) + log1p(exp(-30))) < 1e-18)
    }

    @Test func gaussHermiteIntegratesNormalMoments() throws {
        let grid = try QuadratureGrid(count: 21)
        let moment = { (power: Double) in zip(grid.nodes, grid.weights).reduce(0) { $0 + pow($1.0, power) * $1.1 } }
        #expect(abs(moment(0) - 1) < 1e-12)
        #expect(abs(moment(1)) < 1e-12)
        #expect(abs(moment(2) - 1) < 1e-10)
        #expect(abs(moment(4) - 3) < 1e-9)
        #expect(abs(moment(6) - 15) < 1e-8)
        #expect(throws: PsychometricsError.self) { try QuadratureGrid(count: 1) }
    }
}
