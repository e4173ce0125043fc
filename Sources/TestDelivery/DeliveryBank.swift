import Psychometrics

/// The active items of a bank, arranged for delivery: by key, by section kind, and the cognitive items
/// prepared for the adaptive engine. Built once per bank version and shared by every attempt.
public struct DeliveryBank: Sendable {
    public let items: [String: TestItem]
    public let bySection: [SectionBlueprint.Kind: [TestItem]]
    /// The adaptive engine's view of the cognitive items (nil when there are none).
    public let adaptive: AdaptiveItemBank?

    public init(items all: [TestItem]) throws {
        let active = all.filter { $0.status == .active }
        var byKey: [String: TestItem] = [:]
        for item in active {
            if let other = byKey[item.key], other.version > item.version { continue }
            byKey[item.key] = item
        }
        items = byKey
        let sorted = byKey.values.sorted { $0.key < $1.key }
        bySection = Dictionary(grouping: sorted, by: \.section)
        let cognitive = (bySection[.cognitiveAdaptive] ?? []).compactMap { item -> BankItem? in
            guard let parameters = try? item.parameters?.itemParameters(id: item.key) else { return nil }
            return BankItem(id: item.key, parameters: parameters, area: item.area)
        }
        adaptive = cognitive.isEmpty ? nil
            : try AdaptiveItemBank(bank: ItemBank(model: .threePL, items: cognitive), quadraturePoints: 41)
    }

    /// The version this bank delivers of each of `keys` that it holds, in their order (to freeze, once given).
    public func versions(of keys: some Sequence<String>) -> [(key: String, version: Int)] {
        keys.compactMap { key in items[key].map { (key: key, version: $0.version) } }
    }

    /// The scored response of a single-best-answer item: 1 when the chosen option is the key.
    func score(_ item: TestItem, answer: String) -> Int {
        item.correctOption == answer ? 1 : 0
    }
}

/// Why a delivery request cannot be carried out. Each case names what is wrong.
public enum DeliveryError: Error, Equatable, Sendable, CustomStringConvertible {
    case notStarted
    case awaitingAuthorization
    case attemptClosed(status: String)
    case sectionNotRunning(section: String)
    case sectionEnded(section: String)
    case paused(section: String)
    case itemNotInSection(item: String, section: String)
    case notCurrentItem(item: String, current: String)
    case invalidAnswer(item: String, value: String, allowed: [String])
    case invalidSequence(Int)
    case noItems(section: String)

    public var description: String {
        switch self {
        case .notStarted: "the attempt has not started"
        case .awaitingAuthorization: "the proctor has not yet authorized the start"
        case .attemptClosed(let status): "the attempt is \(status)"
        case .sectionNotRunning(let section): "section \(section) is not running"
        case .sectionEnded(let section): "section \(section) has ended"
        case .paused(let section): "section \(section) is paused by the proctor"
        case .itemNotInSection(let item, let section): "item \(item) is not part of section \(section)"
        case .notCurrentItem(let item, let current):
            "item \(item) cannot be answered now: the adaptive section is forward only and the current item is \(current)"
        case .invalidAnswer(let item, let value, let allowed):
            "answer '\(value)' is not an option of item \(item) (options: \(allowed.joined(separator: ", ")))"
        case .invalidSequence(let sequence): "sequence must be a positive number, got \(sequence)"
        case .noItems(let section): "the bank has no active items for section \(section)"
        }
    }

    /// The request field the error is about, for API error bodies.
    public var field: String {
        switch self {
        case .invalidAnswer: "answer"
        case .invalidSequence: "sequence"
        case .itemNotInSection, .notCurrentItem: "item"
        default: "attempt"
        }
    }
}
