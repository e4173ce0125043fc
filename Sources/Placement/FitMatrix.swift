/// How well each candidate fits each post, held exactly in micro-points.
///
/// A fit is a number from 0 to 100 (a JPM percentage, say), or no value where the candidate is not
/// eligible for the post. Fits are held as whole micro-points (millionths of a point), so the solver
/// sums and compares them exactly:
/// ```
/// units = round(fit × 1,000,000)        0 … 100,000,000
/// ```
/// Fits written with up to six decimals are therefore kept exactly; finer ones are rounded to the
/// nearest micro-point (halves away from zero), and every total the solver reports is a sum of
/// those rounded values.
///
/// Storage is post-major (one contiguous row of candidates per post): 4 bytes per cell.
public struct FitMatrix: Sendable, Equatable {
    /// Micro-points per point of fit.
    public static let unitsPerPoint: Int64 = 1_000_000
    /// The largest fit, 100, in micro-points.
    public static let maximumUnits: Int32 = 100_000_000
    /// The stored value of an ineligible cell.
    static let ineligible: Int32 = -1

    public let postCount: Int
    public let candidateCount: Int
    /// `units[post * candidateCount + candidate]`; `ineligible` (-1) where there is no fit.
    var units: [Int32]

    /// A matrix in which no candidate is eligible for any post.
    /// - Complexity: O(posts × candidates).
    public init(postCount: Int, candidateCount: Int) {
        precondition(postCount >= 0 && candidateCount >= 0, "negative matrix size")
        self.postCount = postCount
        self.candidateCount = candidateCount
        units = Array(repeating: Self.ineligible, count: postCount * candidateCount)
    }

    /// A matrix filled from a function of (post, candidate).
    /// - Parameter fit: the fit from 0 to 100, or `nil` where the pair is ineligible.
    /// - Throws: `PlacementError.fitOutOfRange` for a value that is not a number from 0 to 100.
    /// - Complexity: O(posts × candidates) calls of `fit`.
    public init(postCount: Int, candidateCount: Int, fit: (_ post: Int, _ candidate: Int) throws -> Double?) throws {
        self.init(postCount: postCount, candidateCount: candidateCount)
        for post in 0 ..< postCount {
            for candidate in 0 ..< candidateCount {
                if let value = try fit(post, candidate) { try setFit(value, post: post, candidate: candidate) }
            }
        }
    }

    /// The fit of a pair in points (rounded to the micro-point), or `nil` where it is ineligible.
    /// - Complexity: O(1).
    public func fit(post: Int, candidate: Int) -> Double? {
        fitUnits(post: post, candidate: candidate).map { Double($0) / Double(Self.unitsPerPoint) }
    }

    /// The fit of a pair in micro-points, or `nil` where it is ineligible.
    /// - Complexity: O(1).
    public func fitUnits(post: Int, candidate: Int) -> Int32? {
        let value = units[index(post, candidate)]
        return value < 0 ? nil : value
    }

    /// Sets the fit of a pair.
    /// - Parameter fit: from 0 to 100 (rounded to the micro-point), or `nil` to make the pair ineligible.
    /// - Throws: `PlacementError.fitOutOfRange` for NaN, infinities and values outside 0 … 100.
    /// - Complexity: O(1).
    public mutating func setFit(_ fit: Double?, post: Int, candidate: Int) throws {
        guard let fit else {
            units[index(post, candidate)] = Self.ineligible
            return
        }
        guard fit.isFinite, fit >= 0, fit <= 100 else {
            throw PlacementError.fitOutOfRange(post: post, candidate: candidate, value: fit)
        }
        units[index(post, candidate)] = Int32((fit * Double(Self.unitsPerPoint)).rounded())
    }

    /// Sets the fit of a pair in micro-points (0 … 100,000,000), or `nil` for ineligible.
    /// - Complexity: O(1).
    public mutating func setFitUnits(_ value: Int32?, post: Int, candidate: Int) {
        if let value { precondition(value >= 0 && value <= Self.maximumUnits, "fit units out of range") }
        units[index(post, candidate)] = value ?? Self.ineligible
    }

    func index(_ post: Int, _ candidate: Int) -> Int {
        precondition(post >= 0 && post < postCount && candidate >= 0 && candidate < candidateCount, "index out of range")
        return post * candidateCount + candidate
    }
}
