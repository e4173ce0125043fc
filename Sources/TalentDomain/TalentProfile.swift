/// One official's competency profile and talent mapping (DOMAIN.md §2–§6), derived from a scored test and
/// the personnel records under an instansi's configuration. Pure and deterministic: the same inputs give
/// the same profile, so any reader can recompute it.
///
/// - The profile matches the achieved levels against the current post's standard and against any target
///   post's, each with its JPM, categories, gaps and development recommendations. Only the nine
///   managerial and socio-cultural competencies count: this battery does not assess technical ones.
/// - The potential composite takes the JPM against the current post (or, with no current post, against
///   the JPT Pratama class standard) as its competency component.
/// - The nine-box needs a performance history; without one the box is `nil` and says so.
public struct TalentProfile: Sendable, Equatable {
    /// A post to match against.
    public struct Post: Sendable, Equatable {
        public var code: String
        public var name: String
        public var standard: CompetencyStandard

        public init(code: String, name: String, standard: CompetencyStandard) {
            self.code = code
            self.name = name
            self.standard = standard
        }
    }

    public struct Input: Sendable, Equatable {
        public var id: String
        /// Achieved level per competency code (from the test's SJT scoring).
        public var levels: [String: Int]
        /// Likert scale scores (0–100) by key, `integritas` included.
        public var scales: [String: Double]
        public var theta: Double?
        public var education: Education?
        public var golongan: Golongan?
        public var sanctions: [DisciplinaryRecord]
        /// Predikat kinerja by year, oldest first; may be empty.
        public var performance: [Predikat]
        public var testedOn: CivilDate
        public var currentPost: Post?
        public var targetPosts: [Post]

        public init(id: String, levels: [String: Int], scales: [String: Double], theta: Double?,
                    education: Education?, golongan: Golongan?, sanctions: [DisciplinaryRecord],
                    performance: [Predikat], testedOn: CivilDate, currentPost: Post?, targetPosts: [Post] = []) {
            self.id = id
            self.levels = levels
            self.scales = scales
            self.theta = theta
            self.education = education
            self.golongan = golongan
            self.sanctions = sanctions
            self.performance = performance
            self.testedOn = testedOn
            self.currentPost = currentPost
            self.targetPosts = targetPosts
        }
    }

    /// The match against one post.
    public struct PostMatch: Sendable, Equatable {
        public struct Row: Sendable, Equatable {
            public let competency: Competency
            public let achieved: Int?
            public let standard: Int
            public var gap: Int { (achieved ?? 0) - standard }
        }

        public let post: Post
        public let rows: [Row]
        public let match: JobPersonMatch
        public let recommendations: [DevelopmentRecommendation]
    }

    public let id: String
    public let current: PostMatch?
    public let targets: [PostMatch]
    public let potential: PotentialComponents
    /// The JPM the potential composite used as its competency component.
    public let competencyComponent: Double
    public let potentialScore: Double
    public let potentialBand: PotentialBand
    public let performanceBand: PerformanceBand?
    /// 1–9, or nil without performance data.
    public let box: Int?
    public let actions: [String]
    public let testedOn: CivilDate
    public let validUntil: CivilDate

    public var isTalentPool: Bool { box.map(NineBox.isTalentPool) ?? false }

    public init(_ input: Input, configuration: TalentConfiguration = .default) {
        func match(_ post: Post) -> PostMatch {
            let standard = Dictionary(uniqueKeysWithValues: post.standard.managerial.map { ($0.key.code, $0.value) })
            let result = JobPersonMatch(achieved: input.levels, standard: standard, rules: configuration.jpm)
            let rows = Competency.allCases.compactMap { competency -> PostMatch.Row? in
                guard let level = post.standard.managerial[competency] else { return nil }
                return PostMatch.Row(competency: competency, achieved: input.levels[competency.code], standard: level)
            }
            return PostMatch(post: post, rows: rows, match: result,
                             recommendations: result.gaps.compactMap(DevelopmentRecommendation.init))
        }
        id = input.id
        current = input.currentPost.map(match)
        targets = input.targetPosts.map(match)
        potential = PotentialComponents(scales: input.scales, theta: input.theta, education: input.education,
                                        golongan: input.golongan, sanctions: input.sanctions,
                                        testedOn: input.testedOn, lookbackYears: configuration.validityYears)
        let reference = current?.match ?? JobPersonMatch(
            achieved: input.levels,
            standard: Dictionary(uniqueKeysWithValues: CompetencyStandard(jobClass: .jptPratama, levels: configuration.standardLevels)
                .managerial.map { ($0.key.code, $0.value) }),
            rules: configuration.jpm)
        competencyComponent = reference.percentage
        potentialScore = configuration.potential.composite(
            competency: reference.percentage, aspects: potential.aspects,
            qualification: potential.qualification, integrity: potential.integrity)
        potentialBand = configuration.nineBox.band(potentialScore)
        performanceBand = configuration.performance.band(input.performance)
        let band = potentialBand
        let box = performanceBand.map { NineBox.box(performance: $0, potential: band) }
        self.box = box
        actions = box.map(NineBox.actions) ?? []
        testedOn = input.testedOn
        validUntil = input.testedOn.adding(years: configuration.validityYears)
    }

    /// Whether the result is still valid on `date` (DOMAIN.md §3: 3 years by default).
    public func isValid(on date: CivilDate) -> Bool { date < validUntil }
}

/// What to develop for one gap: the competency, the level to reach with its dictionary description, and
/// the activities suited to the size of the gap.
///
/// The activities follow the classical/non-classical development routes of PermenPANRB 38/2017 practice:
/// a gap of one level is closed on the job (coaching by the superior, a cross-unit assignment), a larger
/// gap needs structured learning first (classical training, mentoring by a senior official) and then
/// assignments.
public struct DevelopmentRecommendation: Sendable, Equatable {
    public let competency: Competency
    public let achieved: Int
    public let standard: Int
    /// The dictionary description of the standard level.
    public let targetBehaviour: String
    public let activities: [String]

    public init?(_ gap: JobPersonMatch.Gap) {
        guard let competency = Competency(rawValue: gap.competency) else { return nil }
        self.competency = competency
        achieved = gap.achieved
        standard = gap.standard
        targetBehaviour = CompetencyDictionary.entry(competency).description(level: gap.standard) ?? ""
        activities = gap.standard - gap.achieved <= 1
            ? ["coaching oleh atasan langsung", "penugasan khusus atau proyek lintas unit"]
            : ["pelatihan klasikal kompetensi \(CompetencyDictionary.entry(competency).name.lowercased())",
               "mentoring oleh pejabat senior", "penugasan bertahap dengan tanggung jawab yang meningkat"]
    }
}
