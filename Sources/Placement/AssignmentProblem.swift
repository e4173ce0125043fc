/// A placement problem: the fits, and the rules a recommendation must respect.
///
/// Each post gets at most one candidate and each candidate at most one post; ineligible pairs are
/// never assigned. On top of the fits:
/// - a **lock** puts a candidate on a post whatever it costs the rest;
/// - an **exclusion** keeps a candidate off a post;
/// - a **current holder** of a post may not be placed back on it (rotation: "not back to the same
///   post"), which is an exclusion under its own name.
public struct AssignmentProblem: Sendable, Equatable {
    /// The fits; an ineligible pair is never assigned.
    public var fits: FitMatrix
    /// Locked pairs: `locks[post] = candidate`.
    public var locks: [Int: Int]
    /// Excluded pairs.
    public var exclusions: Set<Pair>
    /// The official who holds each post now (rotation), `currentHolders[post] = candidate`.
    public var currentHolders: [Int: Int]

    /// A (post, candidate) pair.
    public struct Pair: Sendable, Hashable {
        public let post: Int
        public let candidate: Int
        public init(post: Int, candidate: Int) {
            self.post = post
            self.candidate = candidate
        }
    }

    /// A problem; `validate()` (called by the solver) checks the indices and the locks.
    /// - Complexity: O(1).
    public init(fits: FitMatrix, locks: [Int: Int] = [:], exclusions: Set<Pair> = [], currentHolders: [Int: Int] = [:]) {
        self.fits = fits
        self.locks = locks
        self.exclusions = exclusions
        self.currentHolders = currentHolders
    }

    public var postCount: Int { fits.postCount }
    public var candidateCount: Int { fits.candidateCount }

    /// Whether the pair may be assigned: eligible, not excluded, not the current holder going back,
    /// and not in conflict with a lock (a locked post takes only its candidate, a locked candidate
    /// goes only to its post).
    /// - Complexity: O(1) expected; O(locks) when the candidate is locked elsewhere (checked by a scan).
    public func isAllowed(post: Int, candidate: Int) -> Bool {
        isOpen(post: post, candidate: candidate) && (locks[post].map { $0 == candidate } ?? !lockedCandidates.contains(candidate))
    }

    /// Eligible, not excluded and not a return to the current post; locks aside.
    func isOpen(post: Int, candidate: Int) -> Bool {
        fits.fitUnits(post: post, candidate: candidate) != nil
            && currentHolders[post] != candidate
            && !exclusions.contains(Pair(post: post, candidate: candidate))
    }

    var lockedCandidates: Set<Int> { Set(locks.values) }

    /// Checks indices and locks.
    /// - Throws: `indexOutOfRange`, `lockOnForbiddenPair` or `conflictingLocks`.
    /// - Complexity: O(locks + exclusions + current holders).
    public func validate() throws {
        func check(_ kind: String, _ index: Int, _ count: Int) throws {
            guard index >= 0 && index < count else { throw PlacementError.indexOutOfRange(kind: kind, index: index, count: count) }
        }
        for pair in exclusions {
            try check("post", pair.post, postCount)
            try check("candidate", pair.candidate, candidateCount)
        }
        for (post, candidate) in currentHolders {
            try check("post", post, postCount)
            try check("candidate", candidate, candidateCount)
        }
        var lockedPost: [Int: Int] = [:]
        for (post, candidate) in locks.sorted(by: { $0.key < $1.key }) {
            try check("post", post, postCount)
            try check("candidate", candidate, candidateCount)
            guard isOpen(post: post, candidate: candidate) else { throw PlacementError.lockOnForbiddenPair(post: post, candidate: candidate) }
            guard lockedPost.updateValue(post, forKey: candidate) == nil else {
                throw PlacementError.conflictingLocks(post: post, candidate: candidate)
            }
        }
    }

    /// The working fits: the matrix with every pair that may not be assigned made ineligible.
    /// Copies the matrix only when there are rules to apply.
    /// - Complexity: O(posts × candidates) when copying; O(1) otherwise.
    func effectiveFits() -> FitMatrix {
        var fits = self.fits
        let m = candidateCount
        for pair in exclusions { fits.units[pair.post * m + pair.candidate] = FitMatrix.ineligible }
        for (post, candidate) in currentHolders { fits.units[post * m + candidate] = FitMatrix.ineligible }
        for (post, candidate) in locks {
            let kept = fits.units[post * m + candidate]
            for other in 0 ..< m { fits.units[post * m + other] = FitMatrix.ineligible }
            for other in 0 ..< postCount { fits.units[other * m + candidate] = FitMatrix.ineligible }
            fits.units[post * m + candidate] = kept
        }
        return fits
    }
}
