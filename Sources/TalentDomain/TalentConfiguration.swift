/// Every threshold DOMAIN.md marks configurable, with its default. One value per instansi.
///
/// Decoding fills any key the JSON leaves out with the default, so a configuration file need only name
/// what it changes, e.g. `{"nineBox": {"highPotential": 85}}`.
public struct TalentConfiguration: Sendable, Codable, Equatable {
    public var jpm = JPMRules()
    public var potential = PotentialWeights()
    public var performance = PerformanceRules()
    public var nineBox = NineBoxCutoffs()
    /// Years a competency result stays valid (DOMAIN.md §3).
    public var validityYears = 3
    public var standardLevels = StandardLevels.default
    /// Placement rounds: the fit weights and the eligibility rules (DOMAIN.md §7).
    public var placement = PlacementSettings()

    public init() {}

    public static let `default` = TalentConfiguration()

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        jpm = try c.decodeIfPresent(JPMRules.self, forKey: .jpm) ?? JPMRules()
        potential = try c.decodeIfPresent(PotentialWeights.self, forKey: .potential) ?? PotentialWeights()
        performance = try c.decodeIfPresent(PerformanceRules.self, forKey: .performance) ?? PerformanceRules()
        nineBox = try c.decodeIfPresent(NineBoxCutoffs.self, forKey: .nineBox) ?? NineBoxCutoffs()
        validityYears = try c.decodeIfPresent(Int.self, forKey: .validityYears) ?? 3
        standardLevels = try c.decodeIfPresent(StandardLevels.self, forKey: .standardLevels) ?? .default
        placement = try c.decodeIfPresent(PlacementSettings.self, forKey: .placement) ?? PlacementSettings()
    }

    /// The first inconsistency, naming the field, or `nil` when the configuration is usable.
    public func problem() -> String? {
        if !(jpm.kmsBelow < jpm.msFrom) { return "jpm.kmsBelow must be below jpm.msFrom" }
        if !(jpm.koBelow < jpm.optimalFrom) { return "jpm.koBelow must be below jpm.optimalFrom" }
        if !(0...1).contains(jpm.technicalWeight) { return "jpm.technicalWeight must be between 0 and 1" }
        let weights = [potential.competency, potential.aspects, potential.qualification, potential.integrity]
        if weights.contains(where: { $0 < 0 }) { return "potential weights must not be negative" }
        if abs(weights.reduce(0, +) - 1) > 1e-9 { return "potential weights must add up to 1" }
        if performance.window < 1 { return "performance.window must be at least 1" }
        if !(performance.asExpectedFrom < performance.aboveFrom) {
            return "performance.asExpectedFrom must be below performance.aboveFrom"
        }
        if !(nineBox.mediumPotential < nineBox.highPotential) {
            return "nineBox.mediumPotential must be below nineBox.highPotential"
        }
        if validityYears < 1 { return "validityYears must be at least 1" }
        return placement.problem()
    }
}
