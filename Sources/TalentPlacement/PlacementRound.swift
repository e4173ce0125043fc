import Placement
import TalentDomain

/// Computes a placement round: who is a target and who a candidate, every pair's eligibility and fit,
/// the exact optimum (most posts filled, then the greatest total fit; `Placement.AssignmentSolver`) and
/// the explanations.
///
/// - Targets: the vacant posts (`vacancy`), or every post in a `rotation` except those whose holder is
///   protected by the tenure rule (listed as `retained`).
/// - Candidates: the talent pool (boxes 7–9), plus in a rotation the holders of the target posts, plus
///   anyone a lock names. Ordered by NIP; ties between equal totals fall to the solver's documented rule
///   over that order.
/// - A pair is assignable only when no eligibility rule fails, it is not excluded, and (rotation) the
///   official does not hold that post now.
public enum PlacementRound {
    public static func recommend(_ input: PlacementRoundInput) throws(PlacementRoundError) -> PlacementRecommendation {
        let eligibility = Eligibility(rules: input.settings.eligibility, asOf: input.asOf,
                                      validityYears: input.validityYears, kind: input.kind)
        var retained: [PlacementRecommendation.Retained] = []
        var targets: [PlacementPost] = []
        for post in input.posts {
            switch input.kind {
            case .vacancy:
                if post.holder == nil { targets.append(post) }
            case .rotation:
                if let failure = eligibility.protectedTenure(post) {
                    retained.append(.init(post: post.code, holder: post.holder, failure: failure))
                } else {
                    targets.append(post)
                }
            }
        }
        let officialsByID = Dictionary(input.officials.map { ($0.id, $0) }) { first, _ in first }
        let targetCodes = Set(targets.map(\.code))
        for pair in input.locks + input.exclusions {
            guard input.posts.contains(where: { $0.code == pair.post }) else { throw .unknownPost(pair.post) }
            guard targetCodes.contains(pair.post) else { throw .notATarget(pair.post) }
            guard officialsByID[pair.candidate] != nil else { throw .unknownCandidate(pair.candidate) }
        }
        let retainedHolders = Set(retained.compactMap(\.holder))
        var chosen = Set(input.officials.filter { official in
            official.assessment?.box.map(NineBox.isTalentPool) ?? false
        }.map(\.id))
        if input.kind == .rotation { chosen.formUnion(targets.compactMap(\.holder).filter { officialsByID[$0] != nil }) }
        chosen.formUnion(input.locks.map(\.candidate))
        chosen.subtract(retainedHolders)
        let candidates = chosen.sorted().map { officialsByID[$0]! }
        let candidateIndex = Dictionary(uniqueKeysWithValues: candidates.enumerated().map { ($1.id, $0) })
        let excluded = Set(input.exclusions)

        // Every pair: its breakdown, or the rules it fails.
        var breakdowns: [[FitBreakdown?]] = []
        var failures: [[[EligibilityFailure]]] = []
        let personal = candidates.map(eligibility.personal)
        for post in targets {
            var postBreakdowns: [FitBreakdown?] = []
            var postFailures: [[EligibilityFailure]] = []
            for candidate in candidates {
                let breakdown = FitBreakdown(candidate: candidate, post: post, weights: input.settings.fit,
                                             jpmRules: input.jpm, performance: input.performance)
                var failed = eligibility.failures(candidate, for: post, jpm: breakdown?.match)
                if breakdown == nil && !failed.contains(where: { $0.rule == .assessment }) {
                    failed.append(.init(.assessment, "no competency result, so no fit"))
                }
                if input.kind == .rotation && post.holder == candidate.id {
                    failed.append(.init(.samePost, "holds \(post.code) now; a rotation does not return them to it"))
                }
                if excluded.contains(PostCandidate(post: post.code, candidate: candidate.id)) {
                    failed.append(.init(.excluded, "excluded from \(post.code) by the round"))
                }
                postBreakdowns.append(failed.isEmpty ? breakdown : nil)
                postFailures.append(failed)
            }
            breakdowns.append(postBreakdowns)
            failures.append(postFailures)
        }

        var fits = FitMatrix(postCount: targets.count, candidateCount: candidates.count)
        for post in targets.indices {
            for candidate in candidates.indices {
                if let breakdown = breakdowns[post][candidate] {
                    fits.setFitUnits(Int32((breakdown.fit * 100).rounded()) * 10_000, post: post, candidate: candidate)
                }
            }
        }
        var locks: [Int: Int] = [:]
        for lock in input.locks {
            let post = targets.firstIndex { $0.code == lock.post }!, candidate = candidateIndex[lock.candidate]!
            guard breakdowns[post][candidate] != nil else {
                throw .lockNotAllowed(post: lock.post, candidate: lock.candidate, failures: failures[post][candidate])
            }
            guard locks.updateValue(candidate, forKey: post) == nil, locks.values.filter({ $0 == candidate }).count == 1 else {
                throw .conflictingLock(post: lock.post, candidate: lock.candidate)
            }
        }
        let assignment: Assignment
        do {
            assignment = try AssignmentSolver.solve(AssignmentProblem(fits: fits, locks: locks))
        } catch {
            throw .solver(String(describing: error))
        }

        let settings = input.settings
        func ranked(_ list: [Assignment.RankedFit], names: (Int) -> (String, String)) -> [PlacementRecommendation.Ranked] {
            list.map { entry in
                let (id, name) = names(entry.index)
                return .init(id: id, name: name, fit: Double(entry.fitUnits / 10_000) / 100)
            }
        }
        let candidateName = { (index: Int) in (candidates[index].id, candidates[index].name) }
        let postName = { (index: Int) in (targets[index].code, targets[index].name) }
        var outcomes: [PlacementRecommendation.PostOutcome] = []
        for (postIndex, post) in targets.enumerated() {
            let chosenIndex = assignment.candidates[postIndex]
            let allowed = assignment.succession(forPost: postIndex, limit: candidates.count)
            let runnerUps = allowed.filter { $0.index != chosenIndex }.prefix(settings.runnerUps).map { entry in
                let cost = assignment.costOfForcing(candidate: entry.index, onto: postIndex)!
                return PlacementRecommendation.RunnerUp(
                    candidate: candidates[entry.index].id, name: candidates[entry.index].name,
                    breakdown: breakdowns[postIndex][entry.index]!,
                    totalChange: Double(cost.fitChangeUnits / 10_000) / 100, filledChange: cost.filledChange,
                    moves: cost.reassignments.filter { $0.post != postIndex }.map { move in
                        .init(post: targets[move.post].code, from: move.from.map { candidates[$0].id },
                              to: move.to.map { candidates[$0].id })
                    })
            }
            outcomes.append(.init(
                code: post.code, name: post.name, holder: post.holder,
                recommended: chosenIndex.map { .init(candidate: candidates[$0].id, name: candidates[$0].name,
                                                     breakdown: breakdowns[postIndex][$0]!) },
                runnerUps: Array(runnerUps),
                ineligible: candidates.indices.compactMap { index in
                    failures[postIndex][index].isEmpty ? nil
                        : .init(candidate: candidates[index].id, name: candidates[index].name, failures: failures[postIndex][index])
                },
                succession: ranked(Array(allowed.prefix(settings.successionLength)), names: candidateName),
                allowed: ranked(allowed, names: candidateName)))
        }
        let postOfCandidate = assignment.postsOfCandidates
        let officials = candidates.enumerated().map { index, candidate in
            PlacementRecommendation.OfficialOutcome(
                candidate: candidate.id, name: candidate.name, golongan: candidate.golongan,
                currentPost: candidate.currentPost, currentTitle: candidate.currentTitle, recommendedPost: postOfCandidate[index].map { targets[$0].code },
                fit: postOfCandidate[index].map { breakdowns[$0][index]!.fit },
                bestPosts: ranked(assignment.bestPosts(forCandidate: index, limit: settings.bestPosts), names: postName),
                personalFailures: personal[index])
        }
        return PlacementRecommendation(
            kind: input.kind, asOf: input.asOf, total: Double(assignment.totalUnits / 10_000) / 100,
            filled: assignment.filledCount, unfilled: assignment.unfilledPosts.map { targets[$0].code },
            posts: outcomes, officials: officials, retained: retained)
    }
}

/// Why a round could not be computed; each names the post or official at fault.
public enum PlacementRoundError: Error, Equatable, CustomStringConvertible {
    case unknownPost(String)
    case notATarget(String)
    case unknownCandidate(String)
    case lockNotAllowed(post: String, candidate: String, failures: [EligibilityFailure])
    case conflictingLock(post: String, candidate: String)
    case solver(String)

    public var description: String {
        switch self {
        case .unknownPost(let code): "no post with code '\(code)'"
        case .notATarget(let code): "post '\(code)' is not a target of this round"
        case .unknownCandidate(let nip): "no official with NIP '\(nip)' among the round's officials"
        case .lockNotAllowed(let post, let candidate, let failures):
            "\(candidate) cannot be locked to \(post): " + failures.map { "\($0.rule.rawValue) (\($0.detail))" }.joined(separator: "; ")
        case .conflictingLock(let post, let candidate): "lock of \(candidate) to \(post) conflicts with another lock"
        case .solver(let text): "the solver refused the round: \(text)"
        }
    }
}
