import TalentDomain

/// The fit of one official for one post, with every component it was made of (method `talenta-fit/1`).
///
/// ```
/// JPM              = (1 − t) · JPM(the nine, against the post's SKJ) + t · JPM(technical)
///                    t = weights.technical when the SKJ names technical competencies, else 0;
///                    a technical competency without an assessed level counts 0 (Peraturan BKN 26/2019)
/// box score        = (box − 1) / 8 × 100           box 9 → 100, box 1 → 0, no box → 0
/// performance      = (mean value − 1) / 2 × 100    over the performance window (Sangat Baik 3, Baik 2,
///                                                  lower 1); no ratings → 0
/// preference       = (n − r + 1) / n × 100         the post is the official's r-th of n choices; else 0
/// fit              = w_jpm · JPM + w_box · box score + w_perf · performance + w_pref · preference
/// ```
/// The fit is rounded to two decimals, the value shown on every page, before the solver sees it, so a
/// reader who adds up the shown fits gets the solver's total.
public struct FitBreakdown: Sendable, Codable, Equatable {
    public static let method = "talenta-fit/1"

    public let jpm: Double
    public let jpmCategory: FillingCategory
    /// JPM of the nine competencies alone, and of the technical ones (nil when the post names none or
    /// their weight is 0).
    public let jpmManagerial: Double
    public let jpmTechnical: Double?
    public let box: Int?
    public let boxScore: Double
    public let performanceScore: Double
    /// 1 for the official's first choice; nil when the post is not among their choices.
    public let preferenceRank: Int?
    public let preferenceScore: Double
    public let fit: Double

    /// The breakdown of `candidate` for `post`; `nil` without an assessment (there is nothing to fit).
    public init?(candidate: PlacementCandidate, post: PlacementPost, weights: FitWeights, jpmRules: JPMRules,
                 performance: PerformanceRules) {
        guard let assessment = candidate.assessment else { return nil }
        let nine = Dictionary(uniqueKeysWithValues: post.standard.managerial.map { ($0.key.code, $0.value) })
        var rules = jpmRules
        rules.technicalWeight = post.standard.technical.isEmpty ? 0 : weights.technical
        let match = JobPersonMatch(achieved: assessment.levels, standard: nine, technicalAchieved: assessment.technical,
                                   technicalStandard: post.standard.technical, rules: rules)
        var managerialOnly = rules
        managerialOnly.technicalWeight = 0
        jpmManagerial = Self.round(JobPersonMatch(achieved: assessment.levels, standard: nine, rules: managerialOnly).percentage)
        if rules.technicalWeight > 0 {
            var technicalOnly = rules
            technicalOnly.technicalWeight = 1
            jpmTechnical = Self.round(JobPersonMatch(achieved: [:], standard: [:], technicalAchieved: assessment.technical,
                                                     technicalStandard: post.standard.technical, rules: technicalOnly).percentage)
        } else {
            jpmTechnical = nil
        }
        // Each component once, unrounded: the fit sums these, so rounding happens once, and the breakdown
        // shows each rounded. The box's term is multiplied out left to right, as every stored round's fit was.
        let boxSteps = Double((assessment.box ?? 1) - 1)
        let performanceComponent = performance.mean(candidate.performance).map { ($0 - 1) / 2 * 100 } ?? 0
        let choices = max(1, weights.preferenceChoices)
        let preferenceComponent: Double
        if let index = candidate.preferences.prefix(choices).firstIndex(of: post.code) {
            preferenceRank = index + 1
            preferenceComponent = Double(choices - index) / Double(choices) * 100
        } else {
            preferenceRank = nil
            preferenceComponent = 0
        }
        jpm = Self.round(match.percentage)
        jpmCategory = match.filling
        box = assessment.box
        boxScore = Self.round(boxSteps / 8 * 100)
        performanceScore = Self.round(performanceComponent)
        preferenceScore = Self.round(preferenceComponent)
        let unrounded = weights.jpm * match.percentage + weights.nineBox * boxSteps / 8 * 100
            + weights.performance * performanceComponent + weights.preference * preferenceComponent
        fit = min(100, max(0, Self.round(unrounded)))
        self.match = match
    }

    /// The JPM the fit used (categories, gaps); not encoded.
    public let match: JobPersonMatch?

    /// Two decimals, halves away from zero.
    static func round(_ value: Double) -> Double { (value * 100).rounded() / 100 }

    enum CodingKeys: String, CodingKey {
        case jpm, jpmCategory, jpmManagerial, jpmTechnical, box, boxScore, performanceScore, preferenceRank, preferenceScore, fit
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        jpm = try c.decode(Double.self, forKey: .jpm)
        jpmCategory = try c.decode(FillingCategory.self, forKey: .jpmCategory)
        jpmManagerial = try c.decode(Double.self, forKey: .jpmManagerial)
        jpmTechnical = try c.decodeIfPresent(Double.self, forKey: .jpmTechnical)
        box = try c.decodeIfPresent(Int.self, forKey: .box)
        boxScore = try c.decode(Double.self, forKey: .boxScore)
        performanceScore = try c.decode(Double.self, forKey: .performanceScore)
        preferenceRank = try c.decodeIfPresent(Int.self, forKey: .preferenceRank)
        preferenceScore = try c.decode(Double.self, forKey: .preferenceScore)
        fit = try c.decode(Double.self, forKey: .fit)
        match = nil
    }

    public static func == (lhs: FitBreakdown, rhs: FitBreakdown) -> Bool {
        (lhs.jpm, lhs.jpmCategory, lhs.jpmManagerial, lhs.jpmTechnical, lhs.box, lhs.boxScore) ==
            (rhs.jpm, rhs.jpmCategory, rhs.jpmManagerial, rhs.jpmTechnical, rhs.box, rhs.boxScore)
            && (lhs.performanceScore, lhs.preferenceRank, lhs.preferenceScore, lhs.fit) ==
            (rhs.performanceScore, rhs.preferenceRank, rhs.preferenceScore, rhs.fit)
    }
}
