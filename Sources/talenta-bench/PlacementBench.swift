import Foundation
import Placement
import Psychometrics

/// The placement benchmark: random and JPM-like fit matrices, written once to the data directory so
/// that `bench/peers.py` solves exactly the same data with `scipy.optimize.linear_sum_assignment`.
///
/// File `placement_<case>.bin`: "TLNTPLC1", then little-endian Int32 posts, candidates and a
/// denominator `d`, then Int16 numerators `k` post-major, -1 where ineligible; the fit is
/// `100 · k / d`, and both sides solve it in micro-points `round(100 · k / d · 10⁶)`:
/// ```
/// maximise Σ (units + BIG) over assigned eligible pairs,  BIG = min(posts, candidates) · 10⁸ + 1
/// ```
/// (ineligible cells are worth 0, as good as leaving the post unfilled), i.e. most posts filled,
/// then the largest total fit, exactly.
enum PlacementBench {
    struct Case {
        let name: String
        let posts: Int
        let candidates: Int
        let denominator: Int
        let numerators: [Int16]
    }

    static let repeats = 3

    static func cases() -> [Case] {
        var rng = Xoshiro256StarStar(seed: 36)
        return [
            jpmLike("jpm_200x1000", posts: 200, candidates: 1_000, using: &rng),
            jpmLike("jpm_2000x10000", posts: 2_000, candidates: 10_000, using: &rng),
            random("random36_2000x10000", posts: 2_000, candidates: 10_000, denominator: 36, using: &rng),
            random("decimal_2000x10000", posts: 2_000, candidates: 10_000, denominator: 10_000, using: &rng),
            jpmLike("jpm_3000x2000", posts: 3_000, candidates: 2_000, using: &rng),
        ]
    }

    /// JPM-like fits with many ties: each post has a standard of nine competencies at levels 3–5
    /// summing to 36, each candidate nine achieved levels, and fit = 100 · Σ min(achieved, standard) / 36.
    /// Ineligible (~20%): 30% of posts need the higher rank that half the candidates lack, plus 5% at random.
    static func jpmLike(_ name: String, posts: Int, candidates: Int, using rng: inout Xoshiro256StarStar) -> Case {
        var standards: [[Int]] = [], needsHigherRank: [Bool] = []
        for _ in 0 ..< posts {
            var levels = [Int](repeating: 4, count: 9)
            for _ in 0 ..< 4 {
                let up = Int.random(in: 0 ..< 9, using: &rng), down = Int.random(in: 0 ..< 9, using: &rng)
                if up != down && levels[up] < 5 && levels[down] > 3 { levels[up] += 1; levels[down] -= 1 }
            }
            standards.append(levels)
            needsHigherRank.append(Double.random(in: 0 ..< 1, using: &rng) < 0.3)
        }
        var achieved: [[Int]] = [], hasHigherRank: [Bool] = []
        for _ in 0 ..< candidates {
            let base = Int.random(in: 2 ... 4, using: &rng)
            achieved.append((0 ..< 9).map { _ in min(5, max(1, base + Int.random(in: -1 ... 1, using: &rng))) })
            hasHigherRank.append(Bool.random(using: &rng))
        }
        var numerators = [Int16](repeating: -1, count: posts * candidates)
        for post in 0 ..< posts {
            for candidate in 0 ..< candidates {
                if needsHigherRank[post] && !hasHigherRank[candidate] { continue }
                if Double.random(in: 0 ..< 1, using: &rng) < 0.05 { continue }
                numerators[post * candidates + candidate] = Int16((0 ..< 9).reduce(0) { $0 + min(achieved[candidate][$1], standards[post][$1]) })
            }
        }
        return Case(name: name, posts: posts, candidates: candidates, denominator: 36, numerators: numerators)
    }

    /// Uniform random fits `100 · k / d`, k in 0 … d, 20% ineligible.
    static func random(_ name: String, posts: Int, candidates: Int, denominator: Int, using rng: inout Xoshiro256StarStar) -> Case {
        let numerators = (0 ..< posts * candidates).map { _ in
            Double.random(in: 0 ..< 1, using: &rng) < 0.2 ? Int16(-1) : Int16(Int.random(in: 0 ... denominator, using: &rng))
        }
        return Case(name: name, posts: posts, candidates: candidates, denominator: denominator, numerators: numerators)
    }

    static func write(_ item: Case, to url: URL) throws {
        var data = Data("TLNTPLC1".utf8)
        for value in [Int32(item.posts), Int32(item.candidates), Int32(item.denominator)] {
            withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) }
        }
        item.numerators.withUnsafeBufferPointer { buffer in
            for value in buffer { withUnsafeBytes(of: value.littleEndian) { data.append(contentsOf: $0) } }
        }
        try data.write(to: url)
    }

    static func fits(_ item: Case) -> FitMatrix {
        var fits = FitMatrix(postCount: item.posts, candidateCount: item.candidates)
        for post in 0 ..< item.posts {
            for candidate in 0 ..< item.candidates {
                let k = item.numerators[post * item.candidates + candidate]
                guard k >= 0 else { continue }
                fits.setFitUnits(Int32((Double(k) * 100 / Double(item.denominator) * 1e6).rounded()), post: post, candidate: candidate)
            }
        }
        return fits
    }

    /// Writes the cases and a manifest, times our solver (best of `repeats`), and returns the report entries.
    static func run(dataDirectory: URL, now: () -> Double) throws -> [String: Any] {
        var report: [String: Any] = [:], manifest: [[String: Any]] = []
        for item in cases() {
            let file = "placement_\(item.name).bin"
            try write(item, to: dataDirectory.appendingPathComponent(file))
            manifest.append(["name": item.name, "file": file, "posts": item.posts, "candidates": item.candidates])
            let problem = AssignmentProblem(fits: fits(item))
            var best = Double.infinity, bestCPU = Double.infinity
            var result: Assignment?
            for _ in 0 ..< (item.posts * item.candidates < 1_000_000 ? 10 * repeats : repeats) {
                let start = now(), startCPU = processorTime()
                result = try AssignmentSolver.solve(problem)
                best = min(best, now() - start)
                bestCPU = min(bestCPU, processorTime() - startCPU)
            }
            report["placement_\(item.name)_seconds"] = best
            report["placement_\(item.name)_cpu_seconds"] = bestCPU
            report["placement_\(item.name)_filled"] = result!.filledCount
            report["placement_\(item.name)_total_units"] = result!.totalUnits
            FileHandle.standardError.write(Data(
                "placement \(item.name): \(best) s (CPU \(bestCPU) s), filled \(result!.filledCount), total \(result!.total)\n".utf8))
        }
        try JSONSerialization.data(withJSONObject: ["cases": manifest, "repeats": repeats], options: [.prettyPrinted, .sortedKeys])
            .write(to: dataDirectory.appendingPathComponent("placement_cases.json"))
        return report
    }

    /// This process's CPU time: on a shared machine it moves less than the wall clock.
    static func processorTime() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The comparison lines: both times (wall and CPU, best of the repeats), scipy / ours, and
    /// whether the optimum (filled posts and total fit) agrees.
    static func compare(ours: [String: Any], peers: [String: Any]) -> [String: Any] {
        var report: [String: Any] = [:]
        let names = ours.keys.filter { $0.hasPrefix("placement_") && $0.hasSuffix("_seconds") && !$0.hasSuffix("_cpu_seconds") }
            .map { String($0.dropFirst("placement_".count).dropLast("_seconds".count)) }
        for key in names {
            guard let mine = ours["placement_\(key)_seconds"] as? Double,
                  let theirs = peers["scipy_\(key)_seconds"] as? Double,
                  let mineCPU = ours["placement_\(key)_cpu_seconds"] as? Double,
                  let theirsCPU = peers["scipy_\(key)_cpu_seconds"] as? Double else { continue }
            let filledAgree = (ours["placement_\(key)_filled"] as? Int) == (peers["scipy_\(key)_filled"] as? Int)
            let totalAgree = (ours["placement_\(key)_total_units"] as? Int64).map(Int.init) == (peers["scipy_\(key)_total_units"] as? Int)
            report["placement_\(key)"] = [
                "ours_seconds": mine, "scipy_seconds": theirs, "ratio_scipy_over_ours": theirs / mine,
                "ours_cpu_seconds": mineCPU, "scipy_cpu_seconds": theirsCPU, "cpu_ratio_scipy_over_ours": theirsCPU / mineCPU,
                "filled_agree": filledAgree, "total_agree": totalAgree,
            ] as [String: Any]
        }
        return report
    }
}
