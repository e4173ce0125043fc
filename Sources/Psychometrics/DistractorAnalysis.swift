/// Option (distractor) analysis of multiple-choice items from the raw choices.
///
/// ```
/// share(o) = #persons choosing o / #persons answering the item
/// meanScore(o) = mean number-correct score (over all items) of the persons choosing o
/// ```
/// A good distractor draws some examinees, and those examinees have lower total scores than the
/// ones choosing the key.
public enum DistractorAnalysis {
    /// Analyses raw choices.
    /// - Parameters:
    ///   - choices: persons × items; each entry the option chosen (e.g. "A") or `nil` if omitted.
    ///   - keys: the correct option of each item.
    /// - Returns: per item, the options sorted by label with counts, shares and mean scores.
    /// - Throws: `dimensionMismatch` for a row whose length differs from `keys`.
    /// - Complexity: O(persons × items).
    public static func analyze(choices: [[String?]], keys: [String]) throws -> [ItemOptionAnalysis] {
        for (i, row) in choices.enumerated() where row.count != keys.count {
            throw PsychometricsError.dimensionMismatch(expected: keys.count, actual: row.count, context: "choices of person \(i)")
        }
        let totals = choices.map { row in
            zip(row, keys).reduce(0) { $0 + ($1.0 == $1.1 ? 1 : 0) }
        }
        return keys.indices.map { j in
            var counts: [String: Int] = [:]
            var scoreSums: [String: Double] = [:]
            var answered = 0
            for (i, row) in choices.enumerated() {
                guard let option = row[j] else { continue }
                answered += 1
                counts[option, default: 0] += 1
                scoreSums[option, default: 0] += Double(totals[i])
            }
            if counts[keys[j]] == nil { counts[keys[j]] = 0 }
            let options = counts.keys.sorted().map { option in
                let count = counts[option]!
                return OptionStatistics(option: option, isKey: option == keys[j], count: count,
                                        share: answered > 0 ? Double(count) / Double(answered) : 0,
                                        meanTotalScore: count > 0 ? scoreSums[option]! / Double(count) : nil)
            }
            return ItemOptionAnalysis(item: j, key: keys[j], answered: answered, omitted: choices.count - answered, options: options)
        }
    }
}

/// The options of one item.
public struct ItemOptionAnalysis: Sendable, Hashable {
    /// The item's column index.
    public var item: Int
    /// The correct option.
    public var key: String
    /// Persons who chose some option.
    public var answered: Int
    /// Persons who chose none.
    public var omitted: Int
    /// The options seen in the data plus the key, sorted by label.
    public var options: [OptionStatistics]
}

/// One option of an item.
public struct OptionStatistics: Sendable, Hashable {
    /// The option label.
    public var option: String
    /// Whether it is the key.
    public var isKey: Bool
    /// How many persons chose it.
    public var count: Int
    /// `count` divided by the number of persons answering the item.
    public var share: Double
    /// Mean number-correct score of those who chose it (`nil` if nobody did).
    public var meanTotalScore: Double?
}
