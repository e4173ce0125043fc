/// An ability estimate with its standard error.
///
/// Response patterns throughout the module are `[Int?]`, one entry per item in the same order
/// as the items: `nil` means *not presented or not answered* (missing), and a missing response
/// contributes nothing to the likelihood.
public struct AbilityEstimate: Sendable, Hashable, Codable {
    /// The estimate θ̂.
    public var theta: Double
    /// Its standard error (posterior SD for EAP).
    public var standardError: Double

    /// Creates an estimate.
    public init(theta: Double, standardError: Double) {
        self.theta = theta
        self.standardError = standardError
    }
}

/// Checks a response pattern against its items.
/// - Throws: `dimensionMismatch` if the lengths differ, `responseOutOfRange` for a bad category.
func validatePattern<Item: ItemResponseFunction>(_ items: [Item], _ responses: [Int?]) throws {
    guard items.count == responses.count else {
        throw PsychometricsError.dimensionMismatch(expected: items.count, actual: responses.count, context: "response pattern")
    }
    for (j, response) in responses.enumerated() {
        if let x = response, x < 0 || x >= items[j].categoryCount {
            throw PsychometricsError.responseOutOfRange(item: j, response: x, categoryCount: items[j].categoryCount)
        }
    }
}

/// The test information Σ_j I_j(θ) over the answered items.
func answeredInformation<Item: ItemResponseFunction>(_ items: [Item], _ responses: [Int?], at theta: Double) -> Double {
    var total = 0.0
    for (j, response) in responses.enumerated() where response != nil {
        total += items[j].information(at: theta)
    }
    return total
}

/// The log-likelihood of a pattern and its first two θ-derivatives.
func patternLogLikelihood<Item: ItemResponseFunction>(_ items: [Item], _ responses: [Int?], at theta: Double) -> (value: Double, first: Double, second: Double) {
    var value = 0.0, first = 0.0, second = 0.0
    for (j, response) in responses.enumerated() {
        guard let x = response else { continue }
        let d = items[j].logLikelihoodDerivatives(response: x, at: theta)
        value += d.value
        first += d.first
        second += d.second
    }
    return (value, first, second)
}
