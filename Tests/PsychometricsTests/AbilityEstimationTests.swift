import Foundation
import Testing
@testable import Psychometrics

@Suite("Ability estimation")
struct AbilityEstimationTests {
    static let items = [
        DichotomousItem(a: 1.2, b: -0.5),
        DichotomousItem(a: 0.8, b: 0.3),
        DichotomousItem(a: 1.5, b: 1.0),
    ]

    @Test func eapMatchesExplicitSums() throws {
        // setup: 61 equally spaced nodes on [-6, 6], weights ∝ exp(-θ²/2)
        let nodes = (0 ..< 61).map { -6 + Double($0) * 0.2 }
        let responses = [1, 0, 1]
        var num = 0.0, den = 0.0, second = 0.0
        for theta in nodes {
            var likelihood = exp(-theta * theta / 2)
            for (item, x) in zip(Self.items, responses) {
                let p = 1 / (1 + exp(-item.a * (theta - item.b)))
                likelihood *= x == 1 ? p : 1 - p
            }
            num += theta * likelihood
            den += likelihood
            second += theta * theta * likelihood
        }
        let mean = num / den
        let sd = (second / den - mean * mean).squareRoot()
        // MUT
        let estimate = try ExpectedAPosteriori(points: 61).estimate(items: Self.items, responses: responses)
        // validate
        #expect(abs(estimate.theta - mean) < 1e-12)
        #expect(abs(estimate.standardError - sd) < 1e-10)
    }

    @Test func eapOfEmptyPatternIsThePrior() throws {
        let estimate = try ExpectedAPosteriori(points: 61, priorMean: 0.5, priorStandardDeviation: 2)
            .estimate(items: Self.items, responses: [nil, nil, nil])
        #expect(abs(estimate.theta - 0.5) < 1e-12)
        #expect(abs(estimate.standardError - 2) < 1e-3)
    }

    @Test func eapIgnoresMissingResponses() throws {
        let eap = try ExpectedAPosteriori()
        let partial = try eap.estimate(items: Self.items, responses: [1, nil, 0])
        let reduced = try eap.estimate(items: [Self.items[0], Self.items[2]], responses: [1, 0])
        #expect(partial == reduced)
    }

    @Test func mapMatchesGridSearch() throws {
        let responses: [Int?] = [1, 1, 0]
        let map = try MaximumAPosteriori().estimate(items: Self.items, responses: responses)
        var best = -Double.infinity, argmax = 0.0
        for step in 0 ... 120_000 {
            let theta = -6 + Double(step) * 1e-4
            var value = -theta * theta / 2
            for (item, x) in zip(Self.items, responses) { value += item.logLikelihood(response: x!, at: theta) }
            if value > best { best = value; argmax = theta }
        }
        #expect(abs(map.theta - argmax) < 2e-4)
        let information = Self.items.reduce(1) { $0 + $1.information(at: map.theta) }
        #expect(abs(map.standardError - 1 / information.squareRoot()) < 1e-12)
    }

    @Test func mapEdgePatternsAreFinite() throws {
        let map = MaximumAPosteriori()
        let allRight = try map.estimate(items: Self.items, responses: [1, 1, 1])
        let allWrong = try map.estimate(items: Self.items, responses: [0, 0, 0])
        let empty = try map.estimate(items: Self.items, responses: [nil, nil, nil])
        #expect(allRight.theta.isFinite && allRight.theta > 0.5 && allRight.theta < 6)
        #expect(allWrong.theta.isFinite && allWrong.theta < -0.5 && allWrong.theta > -6)
        #expect(empty == AbilityEstimate(theta: 0, standardError: 1))
    }

    @Test func mleMatchesGridSearchAndClampsEdges() throws {
        let mle = MaximumLikelihood(bounds: -4 ... 4)
        let estimate = try mle.estimate(items: Self.items, responses: [1, 0, 0])
        var best = -Double.infinity, argmax = 0.0
        for step in 0 ... 80_000 {
            let theta = -4 + Double(step) * 1e-4
            let value = zip(Self.items, [1, 0, 0]).reduce(0) { $0 + $1.0.logLikelihood(response: $1.1, at: theta) }
            if value > best { best = value; argmax = theta }
        }
        #expect(abs(estimate.theta - argmax) < 2e-4)
        // Documented edges.
        #expect(try mle.estimate(items: Self.items, responses: [1, 1, 1]).theta == 4)
        #expect(try mle.estimate(items: Self.items, responses: [0, nil, 0]).theta == -4)
        let empty = try mle.estimate(items: Self.items, responses: [nil, nil, nil])
        #expect(empty.theta == 0)
        #expect(abs(empty.standardError - 8 / 12.0.squareRoot()) < 1e-12)
        #expect(try mle.estimate(items: Self.items, responses: [1, 1, 1]).standardError.isFinite)
    }

    @Test func polytomousEstimatesUseAllCategories() throws {
        let items: [ItemParameters] = [
            .graded(GradedResponseItem(a: 1.3, b: [-1, 0, 1])),
            .partialCredit(GeneralizedPartialCreditItem(a: 1.0, b: [-0.5, 0.5])),
        ]
        let low = try ExpectedAPosteriori().estimate(items: items, responses: [0, 0])
        let high = try ExpectedAPosteriori().estimate(items: items, responses: [3, 2])
        #expect(low.theta < -0.5 && high.theta > 0.5)
        let mle = try MaximumLikelihood().estimate(items: items, responses: [3, 2])
        #expect(mle.theta == 4)
    }

    @Test func invalidPatternsThrow() throws {
        #expect(throws: PsychometricsError.dimensionMismatch(expected: 3, actual: 2, context: "response pattern")) {
            try ExpectedAPosteriori().estimate(items: Self.items, responses: [1, 0])
        }
        #expect(throws: PsychometricsError.responseOutOfRange(item: 1, response: 2, categoryCount: 2)) {
            try MaximumLikelihood().estimate(items: Self.items, responses: [1, 2, 0])
        }
    }
}
