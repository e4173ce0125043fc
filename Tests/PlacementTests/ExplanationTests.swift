import Testing
@testable import Placement

@Suite("Assignment explanations: forcing a runner-up, best posts, succession")
struct ExplanationTests {
    @Test func forcingCostEqualsReSolvingWithTheLockAndBruteForce() throws {
        // setup
        var rng = TestRandom(seed: 314)
        var compared = 0, losingAPost = 0, changingOthers = 0
        for _ in 0 ..< 1_500 {
            let problem = RandomProblems.make(using: &rng, maxSize: 5)
            let assignment = try AssignmentSolver.solve(problem)
            for post in 0 ..< problem.postCount {
                for candidate in 0 ..< problem.candidateCount {
                    // MUT
                    let cost = assignment.costOfForcing(candidate: candidate, onto: post)
                    var locked = problem
                    locked.locks[post] = candidate
                    guard problem.isAllowed(post: post, candidate: candidate), (try? locked.validate()) != nil else {
                        #expect(cost == nil)
                        continue
                    }
                    // validate: the same as brute force and as a re-solve with the lock.
                    let cost_ = try #require(cost)
                    let reference = BruteForce.solve(locked)
                    let resolved = try AssignmentSolver.solve(locked)
                    #expect(cost_.filledChange == reference.filled - assignment.filledCount)
                    #expect(cost_.fitChangeUnits == reference.totalUnits - assignment.totalUnits)
                    #expect(resolved.filledCount - assignment.filledCount == cost_.filledChange)
                    #expect(resolved.totalUnits - assignment.totalUnits == cost_.fitChangeUnits)
                    #expect(cost_.filledChange < 0 || cost_.fitChangeUnits <= 0)
                    // The reassignments describe a valid assignment with the lock and that value.
                    var changed = assignment.candidates
                    for change in cost_.reassignments {
                        #expect(changed[change.post] == change.from)
                        changed[change.post] = change.to
                    }
                    #expect(changed[post] == candidate)
                    #expect(Set(changed.compactMap { $0 }).count == changed.compactMap { $0 }.count)
                    let value = changed.enumerated().compactMap { post, candidate in
                        candidate.map { Int64(problem.fits.fitUnits(post: post, candidate: $0)!) }
                    }.reduce(0, +)
                    #expect(value == reference.totalUnits)
                    compared += 1
                    if cost_.filledChange < 0 { losingAPost += 1 }
                    if cost_.reassignments.count > 2 { changingOthers += 1 }
                }
            }
        }
        #expect(compared > 2_000 && losingAPost > 20 && changingOthers > 20, "\(compared) \(losingAPost) \(changingOthers)")
    }

    @Test func runnerUpCostOnAWorkedExample() throws {
        // setup: A fits P1 at 90 and P2 at 85; B fits P1 at 88 and P2 at 60.
        var fits = FitMatrix(postCount: 2, candidateCount: 2)
        try fits.setFit(90, post: 0, candidate: 0)
        try fits.setFit(85, post: 1, candidate: 0)
        try fits.setFit(88, post: 0, candidate: 1)
        try fits.setFit(60, post: 1, candidate: 1)
        // MUT
        let assignment = try AssignmentSolver.solve(AssignmentProblem(fits: fits))
        // validate: the organisation is better off with B on P1 (88 + 85 > 90 + 60).
        #expect(assignment.candidates == [1, 0] && assignment.total == 173)
        let forcing = try #require(assignment.costOfForcing(candidate: 0, onto: 0))
        #expect(forcing.filledChange == 0 && forcing.fitChange == -23)
        #expect(forcing.reassignments == [.init(post: 0, from: 1, to: 0), .init(post: 1, from: 0, to: 1)])
        #expect(assignment.costOfForcing(candidate: 1, onto: 0) == .init(filledChange: 0, fitChangeUnits: 0, reassignments: []))
    }

    @Test func bestPostsAndSuccessionRankByFitThenIndex() throws {
        let fits = try FitMatrix(postCount: 3, candidateCount: 4) { post, candidate in
            [[70, nil, 90, 90], [95, 60, nil, 90], [70, 80, 80, nil]][post][candidate]
        }
        let assignment = try AssignmentSolver.solve(AssignmentProblem(fits: fits, exclusions: [.init(post: 1, candidate: 3)]))
        #expect(assignment.succession(forPost: 0, limit: 3).map(\.index) == [2, 3, 0])
        #expect(assignment.succession(forPost: 1, limit: 5).map(\.index) == [0, 1])
        #expect(assignment.succession(forPost: 2, limit: 2).map(\.fit) == [80, 80])
        #expect(assignment.bestPosts(forCandidate: 0, limit: 5).map(\.index) == [1, 0, 2])
        #expect(assignment.bestPosts(forCandidate: 3, limit: 5).map(\.index) == [0])
        #expect(assignment.bestPosts(forCandidate: 1, limit: 0).isEmpty)
    }
}
