import Foundation
import Testing
@testable import Psychometrics

@Suite("MML-EM calibration")
struct CalibrationTests {
    @Test func twoPLRecovery() throws {
        // setup: 2,000 persons × 20 items, seeded
        var rng = Xoshiro256StarStar(seed: 11)
        let items = Fixtures.twoPLItems(20, using: &rng)
        let data = ResponseSimulation.responses(items: items, thetas: ResponseSimulation.abilities(count: 2_000, using: &rng), using: &rng)
        // MUT
        var progressCalls = 0
        let fit = try MarginalMaximumLikelihood.calibrate(data, model: .twoPL) { _ in progressCalls += 1 }
        // validate: RMSE(a) < 0.12, RMSE(b) < 0.10
        #expect(fit.report.converged)
        #expect(progressCalls == fit.report.iterations)
        #expect(Fixtures.rmse(fit.items.map(\.parameters.a), items.map(\.a)) < 0.12)
        #expect(Fixtures.rmse(fit.items.map { $0.parameters.thresholds[0] }, items.map { $0.thresholds[0] }) < 0.10)
        // Standard errors are of the size the sample implies (about 1/√N scale).
        let seA = fit.items.compactMap { $0.standardErrors?.a }
        #expect(seA.count == 20)
        #expect(seA.allSatisfy { $0 > 0.02 && $0 < 0.2 })
    }

    @Test func standardErrorsMatchTheSpreadOfEstimates() throws {
        // setup: 20 replications of 1,000 × 10; the mean reported SE should match the SD of the
        // estimates across replications (within 30%; the SD of 20 replications is itself ±16%).
        var rng = Xoshiro256StarStar(seed: 5)
        let items: [ItemParameters] = (0 ..< 10).map { .dichotomous(DichotomousItem(a: 1.2, b: -1 + 0.2 * Double($0))) }
        var estimates: [Double] = [], errors: [Double] = []
        var options = CalibrationOptions()
        options.tolerance = 1e-5
        for _ in 0 ..< 20 {
            let data = ResponseSimulation.responses(items: items, thetas: ResponseSimulation.abilities(count: 1_000, using: &rng), using: &rng)
            let fit = try MarginalMaximumLikelihood.calibrate(data, model: .twoPL, options: options)
            estimates.append(fit.items[4].parameters.a)
            errors.append(fit.items[4].standardErrors!.a!)
        }
        let mean = estimates.reduce(0, +) / 20
        let spread = (estimates.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 19).squareRoot()
        let reported = errors.reduce(0, +) / 20
        #expect(abs(reported / spread - 1) < 0.3)
    }

    @Test func fastDichotomousEStepEqualsGeneralEStep() throws {
        // setup: sparse data with missing responses
        var rng = Xoshiro256StarStar(seed: 3)
        let items = Fixtures.twoPLItems(12, using: &rng)
        var data = ResponseSimulation.responses(items: items, thetas: ResponseSimulation.abilities(count: 700, using: &rng), using: &rng)
        for i in 0 ..< data.personCount {
            for j in 0 ..< data.itemCount where Double.random(in: 0 ..< 1, using: &rng) < (i % 2 == 0 ? 0.7 : 0.2) { data[i, j] = nil }
        }
        let grid = try QuadratureGrid(count: 21)
        let logWeights = grid.weights.map { log($0) }
        let working = items.map { WorkingItem(model: .twoPL, parameters: $0) }
        // MUT
        let fast = MarginalMaximumLikelihood.expectedCounts(working, nodes: grid.nodes, logWeights: logWeights,
                                                            dichotomous: DichotomousEStep(data),
                                                            general: PolytomousEStep(responses: data, categoryCounts: [Int](repeating: 2, count: 12)))
        let general = MarginalMaximumLikelihood.expectedCounts(working, nodes: grid.nodes, logWeights: logWeights, dichotomous: nil,
                                                               general: PolytomousEStep(responses: data, categoryCounts: [Int](repeating: 2, count: 12)))
        // validate
        #expect(abs(fast.logLikelihood - general.logLikelihood) < 1e-8)
        for j in 0 ..< 12 {
            for (x, y) in zip(fast.counts[j], general.counts[j]) { #expect(abs(x - y) < 1e-9) }
        }
        for (x, y) in zip(fast.nodeMass, general.nodeMass) { #expect(abs(x - y) < 1e-9) }
    }

    @Test func sparseAdaptiveStyleDataRecovers() throws {
        // setup: 3,000 persons, 30 items, each person answers a random 12 of them
        var rng = Xoshiro256StarStar(seed: 17)
        let items = Fixtures.twoPLItems(30, using: &rng)
        var data = ResponseSimulation.responses(items: items, thetas: ResponseSimulation.abilities(count: 3_000, using: &rng), using: &rng)
        for i in 0 ..< data.personCount {
            var keep = Array(0 ..< 30)
            keep.shuffle(using: &rng)
            for j in keep.dropFirst(12) { data[i, j] = nil }
        }
        let fit = try MarginalMaximumLikelihood.calibrate(data, model: .twoPL)
        #expect(fit.report.converged)
        #expect(Fixtures.rmse(fit.items.map(\.parameters.a), items.map(\.a)) < 0.15)
        #expect(Fixtures.rmse(fit.items.map { $0.parameters.thresholds[0] }, items.map { $0.thresholds[0] }) < 0.15)
    }

    @Test func threePLRecoveryWithGuessingPrior() throws {
        // setup: 4,000 × 15, c ∈ [0.1, 0.25]
        var rng = Xoshiro256StarStar(seed: 23)
        let items: [ItemParameters] = (0 ..< 15).map { _ in
            .dichotomous(DichotomousItem(a: exp(0.2 + 0.25 * StandardNormal.sample(using: &rng)),
                                         b: StandardNormal.sample(using: &rng),
                                         c: 0.1 + 0.15 * Double.random(in: 0 ..< 1, using: &rng)))
        }
        let data = ResponseSimulation.responses(items: items, thetas: ResponseSimulation.abilities(count: 4_000, using: &rng), using: &rng)
        var options = CalibrationOptions()
        options.computeStandardErrors = false
        let fit = try MarginalMaximumLikelihood.calibrate(data, model: .threePL, options: options)
        // validate: RMSE(a) < 0.3, RMSE(b) < 0.3, RMSE(c) < 0.08
        #expect(Fixtures.rmse(fit.items.map(\.parameters.a), items.map(\.a)) < 0.3)
        #expect(Fixtures.rmse(fit.items.map { $0.parameters.thresholds[0] }, items.map { $0.thresholds[0] }) < 0.3)
        #expect(Fixtures.rmse(fit.items.map(\.parameters.c), items.map(\.c)) < 0.08)
    }

    @Test(arguments: [ItemModel.graded, .partialCredit])
    func polytomousRecovery(model: ItemModel) throws {
        // setup: 2,000 × 8 items with 4 categories
        var rng = Xoshiro256StarStar(seed: 31)
        let items: [ItemParameters] = (0 ..< 8).map { j in
            let a = 0.9 + 0.1 * Double(j)
            let shift = -0.4 + 0.1 * Double(j)
            return model == .graded
                ? .graded(GradedResponseItem(a: a, b: [-1.2 + shift, 0 + shift, 1.1 + shift]))
                : .partialCredit(GeneralizedPartialCreditItem(a: a, b: [-1 + shift, 0.2 + shift, 0.8 + shift]))
        }
        let data = ResponseSimulation.responses(items: items, thetas: ResponseSimulation.abilities(count: 2_000, using: &rng), using: &rng)
        let fit = try MarginalMaximumLikelihood.calibrate(data, model: model)
        // validate: RMSE(a) < 0.12, RMSE(thresholds) < 0.15
        #expect(fit.report.converged)
        #expect(Fixtures.rmse(fit.items.map(\.parameters.a), items.map(\.a)) < 0.12)
        #expect(Fixtures.rmse(fit.items.flatMap(\.parameters.thresholds), items.flatMap(\.thresholds)) < 0.15)
        #expect(fit.items.allSatisfy { $0.standardErrors?.b.count == 3 })
    }

    @Test func anchorsPutNewItemsOnTheExistingScale() throws {
        // setup: the new sample has θ ~ N(0.5, 1.2²); 10 anchors with known parameters, 6 new items
        var rng = Xoshiro256StarStar(seed: 41)
        let all = Fixtures.twoPLItems(16, using: &rng)
        let ids = (0 ..< 16).map { "q\($0)" }
        let thetas = ResponseSimulation.abilities(count: 3_000, mean: 0.5, standardDeviation: 1.2, using: &rng)
        let data = ResponseSimulation.responses(items: all, thetas: thetas, itemIDs: ids, using: &rng)
        let anchors = Dictionary(uniqueKeysWithValues: (0 ..< 10).map { (ids[$0], all[$0]) })
        // MUT
        let fit = try MarginalMaximumLikelihood.calibrate(data, model: .twoPL, anchors: anchors)
        // validate: anchors unchanged, latent distribution found, new items on the true scale
        for j in 0 ..< 10 {
            #expect(fit.items[j].isAnchor && fit.items[j].parameters == all[j] && fit.items[j].standardErrors == nil)
        }
        #expect(abs(fit.latentMean - 0.5) < 0.1)
        #expect(abs(fit.latentStandardDeviation - 1.2) < 0.1)
        let newTrue = all[10...].map { $0.thresholds[0] }
        let newFit = fit.items[10...].map { $0.parameters.thresholds[0] }
        #expect(Fixtures.rmse(newFit, newTrue) < 0.15)
        #expect(Fixtures.rmse(fit.items[10...].map(\.parameters.a), all[10...].map(\.a)) < 0.15)
    }

    @Test func calibrationIsReproducible() throws {
        var rng = Xoshiro256StarStar(seed: 2)
        let items = Fixtures.twoPLItems(10, using: &rng)
        let data = ResponseSimulation.responses(items: items, thetas: ResponseSimulation.abilities(count: 1_500, using: &rng), using: &rng)
        let first = try MarginalMaximumLikelihood.calibrate(data, model: .twoPL)
        let second = try MarginalMaximumLikelihood.calibrate(data, model: .twoPL)
        #expect(first == second)
    }

    @Test func raschCalibrationKeepsUnitSlopes() throws {
        var rng = Xoshiro256StarStar(seed: 8)
        let items: [ItemParameters] = (0 ..< 10).map { _ in .dichotomous(DichotomousItem(a: 1, b: StandardNormal.sample(using: &rng))) }
        let data = ResponseSimulation.responses(items: items, thetas: ResponseSimulation.abilities(count: 1_500, using: &rng), using: &rng)
        let fit = try MarginalMaximumLikelihood.calibrate(data, model: .onePL)
        #expect(fit.items.allSatisfy { $0.parameters.a == 1 && $0.standardErrors?.a == nil })
        #expect(Fixtures.rmse(fit.items.map { $0.parameters.thresholds[0] }, items.map { $0.thresholds[0] }) < 0.1)
    }

    @Test func invalidInputsThrow() throws {
        let data = try ResponseMatrix(rows: [[1, 0, nil], [0, 1, nil], [1, 2, nil]], itemIDs: ["a", "b", "c"])
        #expect(throws: PsychometricsError.responseOutOfRange(item: 1, response: 2, categoryCount: 2)) {
            try MarginalMaximumLikelihood.calibrate(data, model: .twoPL)
        }
        let gaps = try ResponseMatrix(rows: [[1, nil], [0, nil]], itemIDs: ["a", "b"])
        #expect(throws: PsychometricsError.invalidItem(id: "b", reason: "item has no responses")) {
            try MarginalMaximumLikelihood.calibrate(gaps, model: .twoPL)
        }
        #expect(throws: PsychometricsError.unknownAnchor(id: "zz")) {
            try MarginalMaximumLikelihood.calibrate(gaps, model: .twoPL, anchors: ["zz": .dichotomous(DichotomousItem(b: 0))])
        }
    }
}
