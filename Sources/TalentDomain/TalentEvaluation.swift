/// One official's talent evaluation: JPM and its categories, potential, performance, nine-box box,
/// actions and gaps (DOMAIN.md §3–§6). Pure and deterministic.
public struct TalentEvaluation: Sendable, Equatable, Codable {
    public let id: String
    public let jpm: Double
    public let fillingCategory: FillingCategory
    public let mappingCategory: MappingCategory
    public let potentialScore: Double
    public let potentialBand: PotentialBand
    public let performanceBand: PerformanceBand
    public let box: Int
    public let actions: [String]
    public let gaps: [JobPersonMatch.Gap]

    /// The potential axis: a composite score given as such, or its components (the competency component
    /// is then the person's own JPM).
    public enum Potential: Sendable, Equatable {
        case score(Double)
        case components(aspects: Double, qualification: Double, integrity: Double)
    }

    /// What an evaluation needs about one official.
    public struct Input: Sendable, Equatable {
        public var id: String
        public var levels: [String: Int]
        public var standard: [String: Int]
        public var potential: Potential
        /// Predikat of recent years, oldest first. Must not be empty.
        public var performance: [Predikat]

        public init(id: String, levels: [String: Int], standard: [String: Int], potential: Potential,
                    performance: [Predikat]) {
            self.id = id
            self.levels = levels
            self.standard = standard
            self.potential = potential
            self.performance = performance
        }
    }

    /// Evaluates one official under `configuration`.
    ///
    /// - Precondition: `input.performance` is not empty (the batch parser guarantees it).
    public init(_ input: Input, configuration: TalentConfiguration = .default) {
        let hasTechnical = input.standard.keys.contains { $0.hasPrefix("T.") }
            || input.levels.keys.contains { $0.hasPrefix("T.") }
        let match = hasTechnical
            ? JobPersonMatch(achieved: input.levels.filter { !$0.key.hasPrefix("T.") },
                             standard: input.standard.filter { !$0.key.hasPrefix("T.") },
                             technicalAchieved: input.levels.filter { $0.key.hasPrefix("T.") },
                             technicalStandard: input.standard.filter { $0.key.hasPrefix("T.") },
                             rules: configuration.jpm)
            : JobPersonMatch(achieved: input.levels, standard: input.standard, rules: configuration.jpm)
        let potential: Double = switch input.potential {
        case .score(let score): score
        case .components(let aspects, let qualification, let integrity):
            configuration.potential.composite(competency: match.percentage, aspects: aspects,
                                              qualification: qualification, integrity: integrity)
        }
        let performance = configuration.performance.band(input.performance) ?? .diBawah
        let potentialBand = configuration.nineBox.band(potential)
        let box = NineBox.box(performance: performance, potential: potentialBand)
        id = input.id
        jpm = match.percentage
        fillingCategory = match.filling
        mappingCategory = match.mapping
        potentialScore = potential
        self.potentialBand = potentialBand
        performanceBand = performance
        self.box = box
        actions = NineBox.actions(box)
        gaps = match.gaps
    }
}
