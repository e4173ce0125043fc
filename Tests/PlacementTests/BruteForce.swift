@testable import Placement

/// The reference: every assignment enumerated, posts in index order, each trying its candidates in
/// index order and "unfilled" last, so the first best one found is the tie rule's choice.
enum BruteForce {
    struct Optimum: Equatable {
        var filled: Int
        var totalUnits: Int64
        var candidates: [Int?]
    }

    static func solve(_ problem: AssignmentProblem) -> Optimum {
        let n = problem.postCount, m = problem.candidateCount
        var used = [Bool](repeating: false, count: m)
        var current = [Int?](repeating: nil, count: n)
        var best: Optimum?
        func visit(_ post: Int, _ filled: Int, _ total: Int64) {
            if post == n {
                if best == nil || (filled, total) > (best!.filled, best!.totalUnits) {
                    best = Optimum(filled: filled, totalUnits: total, candidates: current)
                }
                return
            }
            for candidate in 0 ..< m where !used[candidate] && problem.isAllowed(post: post, candidate: candidate) {
                used[candidate] = true
                current[post] = candidate
                visit(post + 1, filled + 1, total + Int64(problem.fits.fitUnits(post: post, candidate: candidate)!))
                current[post] = nil
                used[candidate] = false
            }
            if problem.locks[post] == nil { visit(post + 1, filled, total) }
        }
        visit(0, 0, 0)
        return best!
    }
}

/// SplitMix64, for reproducible random problems.
struct TestRandom: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random small problems with many ties, ineligible cells, empty rows and columns, locks,
/// exclusions and current holders.
enum RandomProblems {
    static func make(using rng: inout TestRandom, maxSize: Int = 6, rules: Bool = true) -> AssignmentProblem {
        let n = Int.random(in: 0 ... maxSize, using: &rng), m = Int.random(in: 0 ... maxSize, using: &rng)
        let ineligibleShare = [0.0, 0.2, 0.5, 0.8].randomElement(using: &rng)!
        let palette: [Double]
        switch Int.random(in: 0 ..< 4, using: &rng) {
        case 0: palette = [0, 50, 100]
        case 1: palette = (33 ... 36).map { Double($0) * 100 / 36 }
        case 2: palette = [70, 80, 80, 90]
        default: palette = (0 ..< 20).map { _ in Double(Int.random(in: 0 ... 10_000, using: &rng)) / 100 }
        }
        let emptyPost = n > 0 && Bool.random(using: &rng) ? Int.random(in: 0 ..< n, using: &rng) : -1
        let emptyCandidate = m > 0 && Bool.random(using: &rng) ? Int.random(in: 0 ..< m, using: &rng) : -1
        var fits = FitMatrix(postCount: n, candidateCount: m)
        for post in 0 ..< n {
            for candidate in 0 ..< m where post != emptyPost && candidate != emptyCandidate {
                if Double.random(in: 0 ..< 1, using: &rng) < ineligibleShare { continue }
                try! fits.setFit(palette.randomElement(using: &rng)!, post: post, candidate: candidate)
            }
        }
        var problem = AssignmentProblem(fits: fits)
        guard rules, n > 0, m > 0 else { return problem }
        for _ in 0 ..< Int.random(in: 0 ... 2, using: &rng) {
            let post = Int.random(in: 0 ..< n, using: &rng), candidate = Int.random(in: 0 ..< m, using: &rng)
            problem.exclusions.insert(.init(post: post, candidate: candidate))
        }
        if Bool.random(using: &rng) {
            problem.currentHolders[Int.random(in: 0 ..< n, using: &rng)] = Int.random(in: 0 ..< m, using: &rng)
        }
        for _ in 0 ..< Int.random(in: 0 ... 2, using: &rng) {
            let post = Int.random(in: 0 ..< n, using: &rng), candidate = Int.random(in: 0 ..< m, using: &rng)
            var trial = problem
            trial.locks[post] = candidate
            if (try? trial.validate()) != nil { problem = trial }
        }
        return problem
    }

    /// The problem with posts and candidates renumbered: new post `postOrder[k]` is old post `k`.
    static func permuted(_ problem: AssignmentProblem, posts postOrder: [Int], candidates candidateOrder: [Int]) -> AssignmentProblem {
        var fits = FitMatrix(postCount: problem.postCount, candidateCount: problem.candidateCount)
        for post in 0 ..< problem.postCount {
            for candidate in 0 ..< problem.candidateCount {
                fits.setFitUnits(problem.fits.fitUnits(post: post, candidate: candidate),
                                 post: postOrder[post], candidate: candidateOrder[candidate])
            }
        }
        return AssignmentProblem(
            fits: fits,
            locks: Dictionary(uniqueKeysWithValues: problem.locks.map { (postOrder[$0.key], candidateOrder[$0.value]) }),
            exclusions: Set(problem.exclusions.map { .init(post: postOrder[$0.post], candidate: candidateOrder[$0.candidate]) }),
            currentHolders: Dictionary(uniqueKeysWithValues: problem.currentHolders.map { (postOrder[$0.key], candidateOrder[$0.value]) }))
    }
}
