/// The answers of one attempt, as the server keeps them: the latest answer per item by the client's
/// sequence number.
///
/// The browser numbers every answer it sends (1, 2, 3, … per attempt). A save is applied only when its
/// sequence number is higher than that of the answer already kept for the item, so a retried request (the
/// same number) or a late one (a lower number, overtaken by a newer answer) changes nothing: saves are
/// idempotent and order-independent, and the result is the answer with the highest number.
public struct AnswerLog: Sendable, Codable, Equatable {
    public struct Entry: Sendable, Codable, Equatable {
        public let itemID: String
        public let answer: String
        public let sequence: Int
        public let savedAt: Double
    }

    public private(set) var entries: [String: Entry] = [:]
    /// The highest sequence number seen, so a resuming browser continues numbering after it. Kept as the
    /// answers come (every save's plan and reply reads it); not stored, as the entries give it.
    public private(set) var lastSequence = 0

    public init() {}

    private enum CodingKeys: String, CodingKey {
        case entries
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        entries = try container.decode([String: Entry].self, forKey: .entries)
        lastSequence = entries.values.reduce(0) { max($0, $1.sequence) }
    }

    public enum Outcome: Sendable, Equatable {
        /// The answer was stored (first answer for the item, or a newer one).
        case stored
        /// The same sequence number was already stored: a retry.
        case duplicate
        /// A newer answer (higher sequence number) is already stored.
        case superseded(by: Int)
    }

    /// Why a save numbered `sequence` for the item would change nothing: `.duplicate` when that is the kept
    /// answer's number (a retry), `.superseded` when a higher number is kept; nil when it would be stored.
    public func unchanged(itemID: String, sequence: Int) -> Outcome? {
        guard let current = entries[itemID], current.sequence >= sequence else { return nil }
        return current.sequence == sequence ? .duplicate : .superseded(by: current.sequence)
    }

    /// Applies a save and says what happened.
    public mutating func apply(itemID: String, answer: String, sequence: Int, at now: Double) -> Outcome {
        if let unchanged = unchanged(itemID: itemID, sequence: sequence) { return unchanged }
        entries[itemID] = Entry(itemID: itemID, answer: answer, sequence: sequence, savedAt: now)
        lastSequence = max(lastSequence, sequence)
        return .stored
    }

    public func answer(for itemID: String) -> String? { entries[itemID]?.answer }
}
