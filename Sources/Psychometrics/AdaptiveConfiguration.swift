/// The rules of an adaptive test.
public struct AdaptiveConfiguration: Sendable, Hashable, Codable {
    /// Never stop before this many items (unless the bank is exhausted).
    public var minimumItems: Int
    /// Always stop at this many items.
    public var maximumItems: Int
    /// Stop once the posterior SD is at most this (after `minimumItems` and the content minimums);
    /// `nil` disables the SE rule.
    public var standardErrorThreshold: Double?
    /// Randomesque selection: choose uniformly among the `randomesque` most informative eligible
    /// items (1 = pure maximum information).
    public var randomesque: Int
    /// Whether to apply Sympson–Hetter exposure control with the bank's K parameters.
    public var sympsonHetter: Bool
    /// Minimum and maximum items per content area.
    public var contentConstraints: [ContentConstraint]

    /// Creates a configuration.
    public init(minimumItems: Int = 1, maximumItems: Int = 30, standardErrorThreshold: Double? = 0.3,
                randomesque: Int = 1, sympsonHetter: Bool = false, contentConstraints: [ContentConstraint] = []) {
        self.minimumItems = minimumItems
        self.maximumItems = maximumItems
        self.standardErrorThreshold = standardErrorThreshold
        self.randomesque = randomesque
        self.sympsonHetter = sympsonHetter
        self.contentConstraints = contentConstraints
    }

    /// Checks the configuration against a prepared bank.
    /// - Throws: `invalidParameter` for inconsistent limits or an unknown area.
    func validate(for bank: AdaptiveItemBank) throws {
        guard maximumItems >= 1, minimumItems >= 0, minimumItems <= maximumItems else {
            throw PsychometricsError.invalidParameter(name: "maximumItems", value: Double(maximumItems), reason: "need 0 ≤ minimumItems ≤ maximumItems, maximumItems ≥ 1")
        }
        guard randomesque >= 1 else {
            throw PsychometricsError.invalidParameter(name: "randomesque", value: Double(randomesque), reason: "must be at least 1")
        }
        for constraint in contentConstraints {
            guard bank.areas.contains(constraint.area) else {
                throw PsychometricsError.invalidParameter(name: "content area \(constraint.area)", value: 0, reason: "no item in the bank has this area")
            }
            guard constraint.minimum >= 0, constraint.minimum <= constraint.maximum else {
                throw PsychometricsError.invalidParameter(name: "content area \(constraint.area)", value: Double(constraint.minimum), reason: "need 0 ≤ minimum ≤ maximum")
            }
        }
    }
}

/// Limits on the number of items from one content area.
public struct ContentConstraint: Sendable, Hashable, Codable {
    /// The area name, as in the bank's `area` field.
    public var area: String
    /// At least this many items from the area.
    public var minimum: Int
    /// At most this many items from the area.
    public var maximum: Int

    /// Creates a constraint.
    public init(area: String, minimum: Int = 0, maximum: Int = .max) {
        self.area = area
        self.minimum = minimum
        self.maximum = maximum
    }
}

/// One item already given in an adaptive test.
public struct AdministeredItem: Sendable, Hashable, Codable {
    /// The item id.
    public var itemID: String
    /// The scored response category.
    public var response: Int

    /// Creates a record.
    public init(itemID: String, response: Int) {
        self.itemID = itemID
        self.response = response
    }
}

/// What the adaptive engine decided.
public enum AdaptiveDecision: Sendable, Hashable {
    /// Give this item next.
    case administer(itemID: String, index: Int, estimate: AbilityEstimate)
    /// End the test.
    case stop(reason: StopReason, estimate: AbilityEstimate)

    /// The current EAP estimate either way.
    public var estimate: AbilityEstimate {
        switch self {
        case .administer(_, _, let estimate), .stop(_, let estimate): estimate
        }
    }
}

/// Why an adaptive test ended.
public enum StopReason: String, Sendable, Hashable, Codable {
    /// The posterior SD reached the threshold (after the minimum length and content minimums).
    case standardErrorReached
    /// The maximum number of items was given.
    case maximumItemsReached
    /// No eligible item is left (all used or excluded by content maximums).
    case bankExhausted
}
