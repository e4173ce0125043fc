/// A persons × items matrix of response categories, stored compactly as bytes.
///
/// Categories are 0 … 254; the sentinel `ResponseMatrix.missing` (255) marks a response that
/// was not given or not presented, as adaptive tests produce. Storage is row-major (one row per
/// person), so a person's responses are contiguous.
public struct ResponseMatrix: Sendable, Hashable {
    /// The byte that marks a missing response.
    public static let missing: UInt8 = 255

    /// The number of persons (rows).
    public let personCount: Int
    /// The number of items (columns).
    public let itemCount: Int
    /// The item identifiers, one per column.
    public let itemIDs: [String]
    /// Row-major bytes: `storage[person * itemCount + item]`.
    public private(set) var storage: [UInt8]

    /// Creates a matrix in which every response is missing.
    /// - Parameters:
    ///   - personCount: rows.
    ///   - itemCount: columns.
    ///   - itemIDs: column names; defaults to "1", "2", ….
    public init(personCount: Int, itemCount: Int, itemIDs: [String]? = nil) {
        self.personCount = personCount
        self.itemCount = itemCount
        self.itemIDs = itemIDs ?? (0 ..< itemCount).map { String($0 + 1) }
        storage = [UInt8](repeating: Self.missing, count: personCount * itemCount)
    }

    /// Creates a matrix from rows of optional categories (`nil` = missing).
    /// - Parameters:
    ///   - rows: one array per person, all of the same length.
    ///   - itemIDs: column names; defaults to "1", "2", ….
    /// - Throws: `dimensionMismatch` for a ragged row or wrong number of ids,
    ///   `responseOutOfRange` for a category outside 0 … 254.
    public init(rows: [[Int?]], itemIDs: [String]? = nil) throws {
        let columns = itemIDs?.count ?? rows.first?.count ?? 0
        self.init(personCount: rows.count, itemCount: columns, itemIDs: itemIDs)
        for (i, row) in rows.enumerated() {
            guard row.count == columns else {
                throw PsychometricsError.dimensionMismatch(expected: columns, actual: row.count, context: "row \(i)")
            }
            for (j, value) in row.enumerated() {
                guard let x = value else { continue }
                guard x >= 0, x < 255 else {
                    throw PsychometricsError.responseOutOfRange(item: j, response: x, categoryCount: 255)
                }
                storage[i * columns + j] = UInt8(x)
            }
        }
    }

    /// The response of a person to an item; `nil` when missing. Setting `nil` marks it missing.
    public subscript(person: Int, item: Int) -> Int? {
        get {
            let value = storage[person * itemCount + item]
            return value == Self.missing ? nil : Int(value)
        }
        set {
            precondition(newValue.map { $0 >= 0 && $0 < 255 } ?? true, "category must be in 0...254")
            storage[person * itemCount + item] = newValue.map { UInt8($0) } ?? Self.missing
        }
    }

    /// A person's responses as an optional pattern.
    /// - Parameter person: the row.
    /// - Returns: one optional category per item.
    /// - Complexity: O(itemCount).
    public func pattern(person: Int) -> [Int?] {
        (0 ..< itemCount).map { self[person, $0] }
    }

    /// The largest category observed for each item (−1 for an item with no responses).
    /// - Complexity: O(personCount × itemCount).
    public func maximumCategories() -> [Int] {
        let counts = categoryFrequencies()
        return (0 ..< itemCount).map { j in
            (0 ..< 255).last { counts[j * 256 + $0] > 0 } ?? -1
        }
    }

    /// How often each byte value occurs in each column: `result[item * 256 + value]`
    /// (value 255 counts the missing responses).
    /// - Complexity: O(personCount × itemCount).
    public func categoryFrequencies() -> [Int] {
        var counts = [Int](repeating: 0, count: itemCount * 256)
        guard itemCount > 0 else { return counts }
        counts.withUnsafeMutableBufferPointer { counts in
            storage.withUnsafeBufferPointer { bytes in
                var column = 0
                for v in bytes {
                    counts[column &* 256 &+ Int(v)] &+= 1
                    column &+= 1
                    if column == itemCount { column = 0 }
                }
            }
        }
        return counts
    }
}
