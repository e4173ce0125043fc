import Foundation
import JSONText

/// The recommendation for a score sheet, as `plan.json`.
///
/// ```json
/// {
///   "assignments": [
///     {"post": "P01", "candidate": "C07", "fit": 91.5}
///   ],
///   "total": 1234.5,
///   "unfilled": ["P09"]
/// }
/// ```
/// Assignments and unfilled posts are in the sheet's post order; fits and the total are exact
/// decimals (at most six places), so the same sheet always gives the same bytes.
public struct PlacementPlan: Sendable, Equatable {
    /// One filled post, with the candidate's fit in micro-points.
    public struct Entry: Sendable, Equatable {
        public let post: String
        public let candidate: String
        public let fitUnits: Int32

        public init(post: String, candidate: String, fitUnits: Int32) {
            self.post = post
            self.candidate = candidate
            self.fitUnits = fitUnits
        }
    }

    /// The filled posts, in the sheet's post order.
    public let assignments: [Entry]
    /// The sum of the placed fits in micro-points, exact.
    public let totalUnits: Int64
    /// The posts left unfilled, in the sheet's post order.
    public let unfilled: [String]

    public init(assignments: [Entry], totalUnits: Int64, unfilled: [String]) {
        self.assignments = assignments
        self.totalUnits = totalUnits
        self.unfilled = unfilled
    }

    /// Solves a sheet. Posts and candidates are first put in id order (by UTF-8 bytes), so the tie
    /// rule of `AssignmentSolver` reads: the post with the smallest id gets the candidate with the
    /// smallest id it can have in an optimal plan, and so on; the plan does not depend on the order
    /// of the rows or columns in the file.
    /// - Complexity: that of `AssignmentSolver.solve`, plus O(P · C) to reorder.
    public static func solve(_ sheet: ScoreSheet) throws -> PlacementPlan {
        func byID(_ ids: [String]) -> [Int] {
            ids.indices.sorted { ids[$0].utf8.lexicographicallyPrecedes(ids[$1].utf8) }
        }
        let posts = byID(sheet.postIDs), candidates = byID(sheet.candidateIDs)
        var fits = FitMatrix(postCount: posts.count, candidateCount: candidates.count)
        let m = candidates.count
        sheet.fits.units.withUnsafeBufferPointer { source in
            fits.units.withUnsafeMutableBufferPointer { target in
                for (newPost, post) in posts.enumerated() {
                    for (newCandidate, candidate) in candidates.enumerated() {
                        target[newPost * m + newCandidate] = source[post * m + candidate]
                    }
                }
            }
        }
        let assignment = try AssignmentSolver.solve(AssignmentProblem(fits: fits))
        var candidateOfPost = [Int?](repeating: nil, count: posts.count)
        for (newPost, post) in posts.enumerated() { candidateOfPost[post] = assignment.candidates[newPost].map { candidates[$0] } }
        var entries: [Entry] = [], unfilled: [String] = []
        for (post, candidate) in candidateOfPost.enumerated() {
            if let candidate, let units = sheet.fits.fitUnits(post: post, candidate: candidate) {
                entries.append(Entry(post: sheet.postIDs[post], candidate: sheet.candidateIDs[candidate], fitUnits: units))
            } else {
                unfilled.append(sheet.postIDs[post])
            }
        }
        precondition(entries.reduce(0) { $0 + Int64($1.fitUnits) } == assignment.totalUnits)
        return PlacementPlan(assignments: entries, totalUnits: assignment.totalUnits, unfilled: unfilled)
    }

    /// The plan as JSON, one assignment per line.
    /// - Complexity: O(posts).
    public func jsonData() -> Data {
        var text = "{\n  \"assignments\": ["
        text += assignments.isEmpty ? "" : "\n" + assignments.map { entry in
            "    {\"post\": \(JSONText.quoted(entry.post)), \"candidate\": \(JSONText.quoted(entry.candidate)), \"fit\": \(Self.decimal(Int64(entry.fitUnits)))}"
        }.joined(separator: ",\n") + "\n  "
        text += "],\n  \"total\": \(Self.decimal(totalUnits)),\n  \"unfilled\": ["
        text += unfilled.map(JSONText.quoted).joined(separator: ", ")
        text += "]\n}\n"
        return Data(text.utf8)
    }

    /// Micro-points as the shortest exact decimal: 91500000 → "91.5", 100000000 → "100".
    /// - Complexity: O(1).
    public static func decimal(_ units: Int64) -> String {
        let whole = units / FitMatrix.unitsPerPoint, fraction = units % FitMatrix.unitsPerPoint
        guard fraction != 0 else { return String(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 6 - digits.count) + digits
        while digits.last == "0" { digits.removeLast() }
        return "\(whole).\(digits)"
    }
}
