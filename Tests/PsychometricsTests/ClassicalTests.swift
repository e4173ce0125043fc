import Foundation
import Testing
@testable import Psychometrics

@Suite("Classical item analysis")
struct ClassicalTests {
    // setup: a small 0/1 matrix whose statistics are computed by hand below.
    static let rows: [[Int?]] = [
        [1, 1, 1, 0],
        [1, 1, 0, 0],
        [1, 0, 1, 1],
        [0, 0, 0, 0],
        [1, 1, 1, 1],
        [0, 1, 0, 0],
    ]

    @Test func alphaAndKR20OnKnownMatrix() throws {
        let analysis = try ClassicalItemAnalysis.analyze(ResponseMatrix(rows: Self.rows))
        // By hand (n − 1 variances): item variances 4/15, 4/15, 0.3, 4/15 → Σ = 1.1;
        // totals 3,2,3,0,4,1 → mean 13/6, variance 2.1667; α = 4/3 (1 − 1.1/2.1667) = 0.65641.
        let totals = [3.0, 2, 3, 0, 4, 1]
        let mean = totals.reduce(0, +) / 6
        let totalVariance = totals.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / 5
        let expected = 4.0 / 3.0 * (1 - (4.0 / 15 * 3 + 0.3) / totalVariance)
        #expect(abs(analysis.alpha! - expected) < 1e-12)
        #expect(abs(analysis.alpha! - 0.656410256) < 1e-8)
        // KR-20 with population variances gives the same value.
        let p = [4.0 / 6, 4.0 / 6, 3.0 / 6, 2.0 / 6]
        let kr20 = 4.0 / 3.0 * (1 - p.reduce(0) { $0 + $1 * (1 - $1) } / (totalVariance * 5 / 6))
        #expect(abs(analysis.alpha! - kr20) < 1e-12)
    }

    @Test func pValuesCorrectedCorrelationsAndAlphaIfDeleted() throws {
        let analysis = try ClassicalItemAnalysis.analyze(ResponseMatrix(rows: Self.rows))
        let expected: [Double] = [4.0 / 6, 4.0 / 6, 0.5, 2.0 / 6]
        let pValues = analysis.items.map { $0.pValue ?? -1 }
        #expect(pValues == expected)
        for j in 0 ..< 4 {
            let item = Self.rows.map { Double($0[j]!) }
            let rest = Self.rows.map { row in Double(row.enumerated().filter { $0.offset != j }.reduce(0) { $0 + $1.element! }) }
            #expect(abs(analysis.items[j].correctedPointBiserial! - pearson(item, rest)) < 1e-12)
            let reduced = try ClassicalItemAnalysis.analyze(ResponseMatrix(rows: Self.rows.map { row in
                row.enumerated().filter { $0.offset != j }.map(\.element)
            }))
            #expect(abs(analysis.items[j].alphaIfDeleted! - reduced.alpha!) < 1e-12)
        }
    }

    @Test func missingResponsesUseListwiseDeletionForAlpha() throws {
        var rows = Self.rows
        rows.append([1, nil, 0, 1])
        let analysis = try ClassicalItemAnalysis.analyze(ResponseMatrix(rows: rows))
        #expect(analysis.completePersons == 6)
        #expect(abs(analysis.alpha! - 0.656410256) < 1e-8)
        #expect(analysis.items[0].responseCount == 7)
        #expect(abs(analysis.items[0].pValue! - 5.0 / 7) < 1e-12)
    }

    @Test func distractorShares() throws {
        let choices: [[String?]] = [["A", "C"], ["B", "C"], ["A", "D"], [nil, "C"], ["C", "C"]]
        let result = try DistractorAnalysis.analyze(choices: choices, keys: ["A", "C"])
        let first = result[0]
        #expect(first.answered == 4 && first.omitted == 1)
        #expect(first.options.map(\.option) == ["A", "B", "C"])
        #expect(first.options.map(\.share) == [0.5, 0.25, 0.25])
        #expect(first.options[0].isKey)
        // Totals: 2, 1, 1, 1, 1 → choosers of A average (2 + 1)/2.
        #expect(first.options[0].meanTotalScore == 1.5)
        #expect(result[1].options.first { $0.option == "D" }?.share == 0.2)
    }

    private func pearson(_ x: [Double], _ y: [Double]) -> Double {
        let mx = x.reduce(0, +) / Double(x.count), my = y.reduce(0, +) / Double(y.count)
        let sxy = zip(x, y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) }
        let sxx = x.reduce(0) { $0 + ($1 - mx) * ($1 - mx) }, syy = y.reduce(0) { $0 + ($1 - my) * ($1 - my) }
        return sxy / (sxx * syy).squareRoot()
    }
}
