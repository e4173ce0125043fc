import Testing
@testable import Placement

@Suite("AssignmentSolver: exact optimum and tie rule against brute force")
struct AssignmentSolverTests {
    @Test func matchesBruteForceOnManySmallRandomProblems() throws {
        // setup
        var rng = TestRandom(seed: 2025)
        var checked = 0, withLocks = 0, wider = 0, taller = 0
        for _ in 0 ..< 4_000 {
            let problem = RandomProblems.make(using: &rng)
            // MUT
            let assignment = try AssignmentSolver.solve(problem)
            let expected = BruteForce.solve(problem)
            // validate: the same optimum and the very same pairs (the tie rule).
            #expect(assignment.filledCount == expected.filled)
            #expect(assignment.totalUnits == expected.totalUnits)
            #expect(assignment.candidates == expected.candidates, "\(problem)")
            #expect(assignment.core.certifiesOptimality())
            checked += 1
            if !problem.locks.isEmpty { withLocks += 1 }
            if problem.postCount > problem.candidateCount { taller += 1 }
            if problem.postCount < problem.candidateCount { wider += 1 }
        }
        #expect(checked == 4_000 && withLocks > 500 && wider > 1_000 && taller > 1_000)
    }

    @Test func rulesAreHonoured() throws {
        // setup: three posts, three candidates, all fits 80 except one outstanding pair.
        var fits = try FitMatrix(postCount: 3, candidateCount: 3) { _, _ in 80 }
        try fits.setFit(95, post: 0, candidate: 0)
        // MUT + validate
        #expect(try AssignmentSolver.solve(AssignmentProblem(fits: fits)).candidates == [0, 1, 2])
        let rotated = try AssignmentSolver.solve(AssignmentProblem(fits: fits, currentHolders: [0: 0, 1: 1, 2: 2]))
        #expect(rotated.candidates == [1, 2, 0] && rotated.totalUnits == 240_000_000)
        let excluded = try AssignmentSolver.solve(AssignmentProblem(fits: fits, exclusions: [.init(post: 0, candidate: 0)]))
        #expect(excluded.candidates[0] != 0 && excluded.totalUnits == 240_000_000)
        let locked = try AssignmentSolver.solve(AssignmentProblem(fits: fits, locks: [2: 0]))
        #expect(locked.candidates == [1, 2, 0] && locked.totalUnits == 240_000_000)
    }

    @Test func fillingMorePostsBeatsAHigherTotal() throws {
        // Post 0 fits candidate 0 at 100 and candidate 1 at 1; post 1 fits only candidate 0, at 1.
        var fits = FitMatrix(postCount: 2, candidateCount: 2)
        try fits.setFit(100, post: 0, candidate: 0)
        try fits.setFit(1, post: 0, candidate: 1)
        try fits.setFit(1, post: 1, candidate: 0)
        let assignment = try AssignmentSolver.solve(AssignmentProblem(fits: fits))
        #expect(assignment.candidates == [1, 0] && assignment.filledCount == 2 && assignment.total == 2)
    }

    @Test func badRulesAreErrors() throws {
        var fits = FitMatrix(postCount: 2, candidateCount: 2)
        try fits.setFit(50, post: 0, candidate: 0)
        #expect(throws: PlacementError.lockOnForbiddenPair(post: 1, candidate: 1)) {
            try AssignmentSolver.solve(AssignmentProblem(fits: fits, locks: [1: 1]))
        }
        #expect(throws: PlacementError.lockOnForbiddenPair(post: 0, candidate: 0)) {
            try AssignmentSolver.solve(AssignmentProblem(fits: fits, locks: [0: 0], currentHolders: [0: 0]))
        }
        try fits.setFit(50, post: 1, candidate: 0)
        #expect(throws: PlacementError.conflictingLocks(post: 1, candidate: 0)) {
            try AssignmentSolver.solve(AssignmentProblem(fits: fits, locks: [0: 0, 1: 0]))
        }
        #expect(throws: PlacementError.indexOutOfRange(kind: "candidate", index: 5, count: 2)) {
            try AssignmentSolver.solve(AssignmentProblem(fits: fits, exclusions: [.init(post: 0, candidate: 5)]))
        }
        #expect(throws: PlacementError.fitOutOfRange(post: 0, candidate: 1, value: 100.5)) { try fits.setFit(100.5, post: 0, candidate: 1) }
        #expect(throws: (any Error).self) { try fits.setFit(.nan, post: 0, candidate: 1) }
    }

    @Test func emptyProblems() throws {
        for (n, m) in [(0, 0), (0, 3), (3, 0)] {
            let assignment = try AssignmentSolver.solve(AssignmentProblem(fits: FitMatrix(postCount: n, candidateCount: m)))
            #expect(assignment.candidates == [Int?](repeating: nil, count: n) && assignment.totalUnits == 0)
            #expect(assignment.unfilledPosts == Array(0 ..< n))
        }
    }

    @Test func twoRunsAndShuffledInputsAgreeAsTheRuleSays() throws {
        var rng = TestRandom(seed: 77)
        for round in 0 ..< 1_500 {
            // setup
            let problem = RandomProblems.make(using: &rng)
            let postOrder = Array(0 ..< problem.postCount).shuffled(using: &rng)
            let candidateOrder = Array(0 ..< problem.candidateCount).shuffled(using: &rng)
            let shuffled = RandomProblems.permuted(problem, posts: postOrder, candidates: candidateOrder)
            // MUT
            let first = try AssignmentSolver.solve(problem), second = try AssignmentSolver.solve(problem)
            let onShuffled = try AssignmentSolver.solve(shuffled)
            // validate: two runs give the same pairs; the shuffled problem has the same optimum and
            // its own tie-rule answer; the same pairs whenever the optimum is unique, and always
            // once the shuffle is undone.
            #expect(first.candidates == second.candidates)
            #expect(onShuffled.filledCount == first.filledCount && onShuffled.totalUnits == first.totalUnits)
            #expect(onShuffled.candidates == BruteForce.solve(shuffled).candidates)
            let mappedBack = (0 ..< problem.postCount).map { post in onShuffled.candidates[postOrder[post]].map { candidateOrder.firstIndex(of: $0)! } }
            if OptimumCount.count(problem) == 1 { #expect(mappedBack == first.candidates, "round \(round)") }
            let unshuffled = RandomProblems.permuted(shuffled, posts: inverse(postOrder), candidates: inverse(candidateOrder))
            #expect(try AssignmentSolver.solve(unshuffled).candidates == first.candidates)
        }
    }

    @Test func mediumProblemsHaveAValidOptimalityCertificate() throws {
        var rng = TestRandom(seed: 9)
        for _ in 0 ..< 40 {
            let n = Int.random(in: 20 ... 80, using: &rng), m = Int.random(in: 10 ... 300, using: &rng)
            let fits = try FitMatrix(postCount: n, candidateCount: m) { _, _ in
                Double.random(in: 0 ..< 1, using: &rng) < 0.3 ? nil : Double(Int.random(in: 20 ... 36, using: &rng)) * 100 / 36
            }
            let assignment = try AssignmentSolver.solve(AssignmentProblem(fits: fits))
            #expect(assignment.core.certifiesOptimality())
            #expect(try AssignmentSolver.solve(AssignmentProblem(fits: fits)).candidates == assignment.candidates)
        }
    }

    @Test func tieRuleMatchesFixingPostsOneByOneOnLargerProblems() throws {
        // Beyond brute force: the rule's definition run literally, post by post, each choice
        // checked by re-solving with the earlier choices locked (only optimum values are used).
        var rng = TestRandom(seed: 4242)
        for _ in 0 ..< 25 {
            // setup
            let n = Int.random(in: 6 ... 12, using: &rng), m = Int.random(in: 4 ... 16, using: &rng)
            let fits = try FitMatrix(postCount: n, candidateCount: m) { _, _ in
                Double.random(in: 0 ..< 1, using: &rng) < 0.3 ? nil : [75, 80, 80, 90].randomElement(using: &rng)!
            }
            let problem = AssignmentProblem(fits: fits, exclusions: [.init(post: 0, candidate: 0)])
            // MUT
            let assignment = try AssignmentSolver.solve(problem)
            // validate
            var decided = problem
            for post in 0 ..< n {
                var chosen: Int?
                for candidate in 0 ..< m {
                    var trial = decided
                    trial.locks[post] = candidate
                    guard (try? trial.validate()) != nil else { continue }
                    let value = try AssignmentSolver.solve(trial)
                    if value.filledCount == assignment.filledCount && value.totalUnits == assignment.totalUnits {
                        chosen = candidate
                        break
                    }
                }
                if let chosen { decided.locks[post] = chosen } else {
                    for candidate in 0 ..< m { decided.exclusions.insert(.init(post: post, candidate: candidate)) }
                }
            }
            #expect(assignment.candidates == (0 ..< n).map { decided.locks[$0] })
        }
    }

    private func inverse(_ order: [Int]) -> [Int] {
        var inverse = order
        for (old, new) in order.enumerated() { inverse[new] = old }
        return inverse
    }
}

/// How many assignments reach the optimum (small problems only).
enum OptimumCount {
    static func count(_ problem: AssignmentProblem) -> Int {
        let best = BruteForce.solve(problem)
        let n = problem.postCount, m = problem.candidateCount
        var used = [Bool](repeating: false, count: m), count = 0
        func visit(_ post: Int, _ filled: Int, _ total: Int64) {
            if post == n {
                if filled == best.filled && total == best.totalUnits { count += 1 }
                return
            }
            for candidate in 0 ..< m where !used[candidate] && problem.isAllowed(post: post, candidate: candidate) {
                used[candidate] = true
                visit(post + 1, filled + 1, total + Int64(problem.fits.fitUnits(post: post, candidate: candidate)!))
                used[candidate] = false
            }
            if problem.locks[post] == nil { visit(post + 1, filled, total) }
        }
        visit(0, 0, 0)
        return count
    }
}
