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
    /// The JPM counts the `T.` codes as the technical part (weighted by `configuration.jpm.technicalWeight`)
    /// and everything else as the managerial and socio-cultural part, as `JobPersonMatch` does when given
    /// them separately.
    ///
    /// - Precondition: `input.performance` is not empty (the batch parser guarantees it).
    public init(_ input: Input, configuration: TalentConfiguration = .default) {
        let competencies = CompetencyProfile(levels: input.levels, standard: input.standard)
        let outcome = Outcome(competencies, potential: input.potential, performance: input.performance,
                              configuration: configuration)
        self.init(id: input.id, outcome: outcome, gaps: competencies.gaps)
    }

    init(id: String, outcome: Outcome, gaps: [JobPersonMatch.Gap]) {
        self.id = id
        jpm = outcome.jpm
        fillingCategory = outcome.fillingCategory
        mappingCategory = outcome.mappingCategory
        potentialScore = outcome.potentialScore
        potentialBand = outcome.potentialBand
        performanceBand = outcome.performanceBand
        box = outcome.box
        actions = NineBox.actions(outcome.box)
        self.gaps = gaps
    }

    /// What the rules decide for one official: every result field but the id and the two lists, which the
    /// batch writer takes from the competency profile and the box directly.
    struct Outcome: Sendable {
        let jpm: Double
        let fillingCategory: FillingCategory
        let mappingCategory: MappingCategory
        let potentialScore: Double
        let potentialBand: PotentialBand
        let performanceBand: PerformanceBand
        let box: Int
    }
}

extension TalentEvaluation.Outcome {
    /// Applies the rules (DOMAIN.md §3–§6) to one official's competencies, potential and performance.
    init(_ competencies: CompetencyProfile, potential: TalentEvaluation.Potential, performance history: [Predikat],
         configuration: TalentConfiguration) {
        jpm = competencies.jobPersonMatch(configuration.jpm)
        fillingCategory = configuration.jpm.filling(jpm)
        mappingCategory = configuration.jpm.mapping(jpm)
        potentialScore = switch potential {
        case .score(let score): score
        case .components(let aspects, let qualification, let integrity):
            configuration.potential.composite(competency: jpm, aspects: aspects,
                                              qualification: qualification, integrity: integrity)
        }
        performanceBand = configuration.performance.band(history) ?? .diBawah
        potentialBand = configuration.nineBox.band(potentialScore)
        box = NineBox.box(performance: performanceBand, potential: potentialBand)
    }
}
