import Foundation
import Testing
@testable import Psychometrics

@Suite("Adaptive testing")
struct AdaptiveTests {
    /// A 300-item 3PL bank in three areas.
    static func bank(seed: UInt64 = 99) throws -> ItemBank {
        var rng = Xoshiro256StarStar(seed: seed)
        let areas = ["numerik", "verbal", "figural"]
        return ItemBank(model: .threePL, items: (0 ..< 300).map { j in
            BankItem(id: "c\(j)", parameters: .dichotomous(DichotomousItem(
                a: exp(0.2 + 0.3 * StandardNormal.sample(using: &rng)),
                b: 1.2 * StandardNormal.sample(using: &rng),
                c: 0.1 + 0.1 * Double.random(in: 0 ..< 1, using: &rng))), area: areas[j % 3])
        })
    }

    /// Runs a full test through the stateless API, answering with `answer`.
    static func runTest(_ bank: AdaptiveItemBank, _ configuration: AdaptiveConfiguration, seed: UInt64,
                        answer: (Int, Int) -> Int) throws -> ([AdministeredItem], AdaptiveDecision) {
        var given: [AdministeredItem] = []
        while true {
            let decision = try AdaptiveEngine.next(bank: bank, administered: given, configuration: configuration, seed: seed)
            guard case .administer(let id, let index, _) = decision else { return (given, decision) }
            given.append(AdministeredItem(itemID: id, response: answer(index, given.count)))
        }
    }

    @Test func selectsMaximumInformationAtEAP() throws {
        let bank = try AdaptiveItemBank(bank: Self.bank())
        let given = [AdministeredItem(itemID: "c3", response: 1), AdministeredItem(itemID: "c10", response: 0)]
        let decision = try AdaptiveEngine.next(bank: bank, administered: given, configuration: AdaptiveConfiguration(), seed: 1)
        guard case .administer(_, let index, let estimate) = decision else { Issue.record("expected an item"); return }
        // Brute force over the interpolated information.
        let (row, weight) = bank.gridPosition(estimate.theta)
        let best = (0 ..< bank.count).filter { $0 != 3 && $0 != 10 }
            .max { bank.interpolatedInformation($0, row: row, weight: weight) < bank.interpolatedInformation($1, row: row, weight: weight) }!
        #expect(index == best)
        // And it is (within the grid's accuracy) the exact maximiser of I_j(θ̂).
        let exact = (0 ..< bank.count).filter { $0 != 3 && $0 != 10 }.map { bank.bank.items[$0].parameters.information(at: estimate.theta) }
        #expect(bank.bank.items[index].parameters.information(at: estimate.theta) >= exact.max()! * 0.995)
        // The EAP matches the general estimator on the same grid.
        let reference = try ExpectedAPosteriori(points: 41, rule: .equallySpaced(halfWidth: 5))
            .estimate(items: [bank.bank.items[3].parameters, bank.bank.items[10].parameters], responses: [1, 0])
        #expect(abs(reference.theta - estimate.theta) < 1e-12)
    }

    @Test func topKSelectionMatchesBruteForceAcrossAbilities() throws {
        let bank = try AdaptiveItemBank(bank: Self.bank())
        var scratch = AdaptiveScratch(bank: bank, configuration: AdaptiveConfiguration())
        scratch.stamp = 1
        for theta in stride(from: -4.5, through: 4.5, by: 0.37) {
            let (row, weight) = bank.gridPosition(theta)
            let fast = ItemSelector.top(bank: bank, count: 5, row: row, weight: weight, scratch: &scratch)
            let brute = (0 ..< bank.count).sorted {
                let x = bank.interpolatedInformation($0, row: row, weight: weight), y = bank.interpolatedInformation($1, row: row, weight: weight)
                return x > y || (x == y && $0 < $1)
            }
            #expect(fast == Array(brute.prefix(5)))
        }
    }

    @Test func restartedServerContinuesIdentically() throws {
        // setup: a full test, then the same test replayed call by call with a freshly prepared
        // bank (as after a restart) and only the stored responses and seed.
        let configuration = AdaptiveConfiguration(minimumItems: 5, maximumItems: 20, standardErrorThreshold: 0.3, randomesque: 4,
                                                  sympsonHetter: true)
        let exposure = Dictionary(uniqueKeysWithValues: (0 ..< 300).map { ("c\($0)", 0.3 + 0.7 * Double($0 % 7) / 6) })
        let first = try AdaptiveItemBank(bank: Self.bank(), exposureParameters: exposure)
        let answer = { (index: Int, step: Int) in (index + step) % 3 == 0 ? 0 : 1 }
        let (given, final) = try Self.runTest(first, configuration, seed: 2024, answer: answer)
        // MUT: replay every prefix against a new bank value
        let restarted = try AdaptiveItemBank(bank: Self.bank(), exposureParameters: exposure)
        for n in 0 ..< given.count {
            let decision = try AdaptiveEngine.next(bank: restarted, administered: Array(given.prefix(n)), configuration: configuration, seed: 2024)
            guard case .administer(let id, _, _) = decision else { Issue.record("expected an item at step \(n)"); return }
            #expect(id == given[n].itemID)
        }
        #expect(try AdaptiveEngine.next(bank: restarted, administered: given, configuration: configuration, seed: 2024) == final)
        // A different seed gives a different (randomesque) test.
        let (other, _) = try Self.runTest(first, configuration, seed: 2025, answer: answer)
        #expect(other.map(\.itemID) != given.map(\.itemID))
    }

    @Test func simulationEqualsStatelessEngine() throws {
        let bank = try AdaptiveItemBank(bank: Self.bank())
        let configuration = AdaptiveConfiguration(maximumItems: 15, standardErrorThreshold: 0.35, randomesque: 3)
        let results = try AdaptiveSimulation.run(bank: bank, configuration: configuration, examinees: 20, seed: 77)
        let again = try AdaptiveSimulation.run(bank: bank, configuration: configuration, examinees: 20, seed: 77)
        #expect(results == again)
        for (i, examinee) in results.enumerated().prefix(5) {
            let (given, final) = try Self.runTest(bank, configuration, seed: AdaptiveSimulation.examineeSeed(77, index: i)) { _, step in
                examinee.responses[step]
            }
            #expect(given.map(\.itemID) == examinee.items.map { "c\($0)" })
            #expect(final.estimate == examinee.estimate)
            guard case .stop(let reason, _) = final else { Issue.record("expected a stop"); continue }
            #expect(reason == examinee.stopReason)
        }
    }

    @Test func simulationRecoversAbility() throws {
        let bank = try AdaptiveItemBank(bank: Self.bank())
        let thetas = stride(from: -2.0, through: 2.0, by: 0.1).map { $0 }
        let results = try AdaptiveSimulation.run(bank: bank, configuration: AdaptiveConfiguration(minimumItems: 30, maximumItems: 30),
                                                 trueThetas: thetas, seed: 3)
        #expect(results.allSatisfy { $0.testLength == 30 && $0.stopReason == .maximumItemsReached })
        #expect(Fixtures.rmse(results.map(\.estimate.theta), thetas) < 0.4)
    }

    @Test func contentBalancingRespectsMinimaAndMaxima() throws {
        let bank = try AdaptiveItemBank(bank: Self.bank())
        let configuration = AdaptiveConfiguration(minimumItems: 12, maximumItems: 12, standardErrorThreshold: nil, contentConstraints: [
            ContentConstraint(area: "numerik", minimum: 5, maximum: 6),
            ContentConstraint(area: "verbal", minimum: 0, maximum: 2),
            ContentConstraint(area: "figural", minimum: 4, maximum: 12),
        ])
        let results = try AdaptiveSimulation.run(bank: bank, configuration: configuration, examinees: 40, seed: 5)
        for examinee in results {
            let areas = examinee.items.map { bank.bank.items[$0].area! }
            let numerik = areas.filter { $0 == "numerik" }.count
            let verbal = areas.filter { $0 == "verbal" }.count
            let figural = areas.filter { $0 == "figural" }.count
            #expect(examinee.testLength == 12)
            #expect(numerik >= 5 && numerik <= 6)
            #expect(verbal <= 2)
            #expect(figural >= 4)
        }
    }

    @Test func sympsonHetterWithZeroExposureNeverSelects() throws {
        // Items with K = 0 are never given while other items remain.
        let blocked = Dictionary(uniqueKeysWithValues: (0 ..< 150).map { ("c\($0 * 2)", 0.0) })
        let bank = try AdaptiveItemBank(bank: Self.bank(), exposureParameters: blocked)
        let configuration = AdaptiveConfiguration(minimumItems: 20, maximumItems: 20, sympsonHetter: true)
        let results = try AdaptiveSimulation.run(bank: bank, configuration: configuration, examinees: 30, seed: 9)
        #expect(results.allSatisfy { $0.items.allSatisfy { $0 % 2 == 1 } })
    }

    @Test func randomesqueSpreadsExposure() throws {
        let bank = try AdaptiveItemBank(bank: Self.bank())
        let pure = try AdaptiveSimulation.run(bank: bank, configuration: AdaptiveConfiguration(maximumItems: 1), trueThetas: [Double](repeating: 0, count: 50), seed: 1)
        let spread = try AdaptiveSimulation.run(bank: bank, configuration: AdaptiveConfiguration(maximumItems: 1, randomesque: 5),
                                                trueThetas: [Double](repeating: 0, count: 50), seed: 1)
        #expect(Set(pure.map { $0.items[0] }).count == 1)
        let firstItems = Set(spread.map { $0.items[0] })
        #expect(firstItems.count > 1 && firstItems.count <= 5)
    }

    @Test func stopRules() throws {
        let small = ItemBank(model: .twoPL, items: (0 ..< 4).map { BankItem(id: "s\($0)", parameters: .dichotomous(DichotomousItem(a: 1.5, b: Double($0) - 1.5))) })
        let bank = try AdaptiveItemBank(bank: small)
        let (given, exhausted) = try Self.runTest(bank, AdaptiveConfiguration(maximumItems: 10, standardErrorThreshold: nil), seed: 1) { _, _ in 1 }
        #expect(given.count == 4)
        guard case .stop(.bankExhausted, _) = exhausted else { Issue.record("expected bank exhausted"); return }
        let (_, byMax) = try Self.runTest(bank, AdaptiveConfiguration(maximumItems: 2, standardErrorThreshold: nil), seed: 1) { _, _ in 0 }
        guard case .stop(.maximumItemsReached, _) = byMax else { Issue.record("expected maximum items"); return }
        let large = try AdaptiveItemBank(bank: Self.bank())
        let (shortTest, bySE) = try Self.runTest(large, AdaptiveConfiguration(minimumItems: 3, maximumItems: 60, standardErrorThreshold: 0.4), seed: 1) { _, step in step % 2 }
        guard case .stop(.standardErrorReached, let estimate) = bySE else { Issue.record("expected SE stop"); return }
        #expect(estimate.standardError <= 0.4 && shortTest.count >= 3 && shortTest.count < 60)
        // Empty test: the first decision reports the prior.
        let first = try AdaptiveEngine.next(bank: large, administered: [], configuration: AdaptiveConfiguration(), seed: 1)
        #expect(abs(first.estimate.theta) < 1e-12 && abs(first.estimate.standardError - 1) < 1e-3)
    }

    @Test func invalidCallsThrow() throws {
        let bank = try AdaptiveItemBank(bank: Self.bank())
        #expect(throws: PsychometricsError.unknownAnchor(id: "nope")) {
            try AdaptiveEngine.next(bank: bank, administered: [AdministeredItem(itemID: "nope", response: 1)], configuration: AdaptiveConfiguration(), seed: 0)
        }
        #expect(throws: PsychometricsError.invalidItem(id: "c1", reason: "administered twice")) {
            try AdaptiveEngine.next(bank: bank, administered: [.init(itemID: "c1", response: 1), .init(itemID: "c1", response: 0)],
                                    configuration: AdaptiveConfiguration(), seed: 0)
        }
        #expect(throws: PsychometricsError.self) {
            try AdaptiveEngine.next(bank: bank, administered: [], configuration: AdaptiveConfiguration(minimumItems: 5, maximumItems: 2), seed: 0)
        }
    }
}
