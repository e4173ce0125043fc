import Foundation
import Testing
@testable import Psychometrics

@Suite("Mantel–Haenszel DIF")
struct MantelHaenszelTests {
    @Test func constantOddsRatioGivesKnownDelta() {
        // setup: three strata, each with reference odds 2× the focal odds.
        let tables = [
            MantelHaenszelDIF.StratumTable(referenceRight: 40, referenceWrong: 20, focalRight: 20, focalWrong: 20),
            MantelHaenszelDIF.StratumTable(referenceRight: 60, referenceWrong: 15, focalRight: 40, focalWrong: 20),
            MantelHaenszelDIF.StratumTable(referenceRight: 80, referenceWrong: 10, focalRight: 40, focalWrong: 10),
        ]
        // MUT
        let result = MantelHaenszelDIF.analyze(tables: tables)
        // validate: α_MH = 2 exactly, D = −2.35 ln 2
        #expect(abs(result.commonOddsRatio! - 2) < 1e-12)
        #expect(abs(result.deltaDIF! - (-2.35 * log(2.0))) < 1e-12)
        #expect(result.strata == 3)
    }

    @Test func singleStratumChiSquareAndStandardErrorByHand() {
        // A = 30, B = 10, C = 20, D = 20, N = 80.
        let table = MantelHaenszelDIF.StratumTable(referenceRight: 30, referenceWrong: 10, focalRight: 20, focalWrong: 20)
        let result = MantelHaenszelDIF.analyze(tables: [table])
        // α = (30·20/80)/(10·20/80) = 3; E(A) = 40·50/80 = 25; Var(A) = 40·40·50·30/(80²·79) = 4.74684
        // χ² = (|30 − 25| − 0.5)² / 4.74684 = 4.26600
        #expect(abs(result.commonOddsRatio! - 3) < 1e-12)
        #expect(abs(result.chiSquare - 20.25 / (40.0 * 40 * 50 * 30 / (6400 * 79))) < 1e-12)
        #expect(abs(result.pValue - 0.038886) < 1e-5)
        // For one stratum the RBG variance equals Woolf's: 1/A + 1/B + 1/C + 1/D.
        let woolf = (1.0 / 30 + 1.0 / 10 + 1.0 / 20 + 1.0 / 20).squareRoot()
        #expect(abs(result.standardError! - 2.35 * woolf) < 1e-12)
        // D = −2.58; SE = 1.135: significant, |D| ≥ 1.5 but (|D| − 1)/SE = 1.39 < 1.645 → B.
        #expect(result.category == .b)
    }

    @Test func etsCategories() {
        #expect(MantelHaenszelDIF.classify(delta: -0.8, standardError: 0.1, pValue: 0.0001) == .a)
        #expect(MantelHaenszelDIF.classify(delta: -2.0, standardError: 0.3, pValue: 0.2) == .a)
        #expect(MantelHaenszelDIF.classify(delta: 1.2, standardError: 0.2, pValue: 0.01) == .b)
        #expect(MantelHaenszelDIF.classify(delta: -1.6, standardError: 0.5, pValue: 0.001) == .b)
        #expect(MantelHaenszelDIF.classify(delta: -1.9, standardError: 0.3, pValue: 0.0001) == .c)
    }

    @Test func stratifiesByTotalScoreFromResponses() throws {
        // Persons: total-score strata built from a 3-item matrix, item 0 studied.
        let rows: [[Int?]] = [[1, 1, 0], [0, 1, 1], [1, 0, 0], [0, 0, 1], [1, 1, 1], [1, 1, 1], [0, 1, 0], [1, 0, 1]]
        let groups: [MantelHaenszelDIF.Group?] = [.reference, .focal, .reference, .focal, .reference, .focal, nil, .focal]
        let result = try MantelHaenszelDIF.analyze(responses: ResponseMatrix(rows: rows), item: 0, groups: groups)
        // Strata: total 1 → ref right 1 (row 2), focal wrong 1 (row 3); total 2 → ref right 1 (row 0),
        // focal wrong 1 (row 1), focal right 1 (row 7); total 3 → ref right 1, focal right 1.
        let manual = MantelHaenszelDIF.analyze(tables: [
            .init(referenceRight: 1, referenceWrong: 0, focalRight: 0, focalWrong: 1),
            .init(referenceRight: 1, referenceWrong: 0, focalRight: 1, focalWrong: 1),
            .init(referenceRight: 1, referenceWrong: 0, focalRight: 1, focalWrong: 0),
        ])
        #expect(result == manual)
    }
}
