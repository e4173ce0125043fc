/// How an instansi's placement rounds weigh fit and which eligibility rules of DOMAIN.md §7 they apply.
/// Part of `TalentConfiguration`; every value here is a default that the instansi may change.
///
/// Decoding fills any key the JSON leaves out with its default, at every level, so
/// `{"eligibility": {"age": {"enabled": false}}}` turns one rule off and changes nothing else.
public struct PlacementSettings: Sendable, Codable, Equatable {
    public var fit = FitWeights()
    public var eligibility = EligibilityRules()
    /// Runner-ups explained per post, each with what choosing them instead would cost.
    public var runnerUps = 3
    /// Length of each target post's succession list.
    public var successionLength = 5
    /// Posts listed per official as the ones they fit best.
    public var bestPosts = 3

    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fit = try c.decodeIfPresent(FitWeights.self, forKey: .fit) ?? FitWeights()
        eligibility = try c.decodeIfPresent(EligibilityRules.self, forKey: .eligibility) ?? EligibilityRules()
        runnerUps = try c.decodeIfPresent(Int.self, forKey: .runnerUps) ?? 3
        successionLength = try c.decodeIfPresent(Int.self, forKey: .successionLength) ?? 5
        bestPosts = try c.decodeIfPresent(Int.self, forKey: .bestPosts) ?? 3
    }

    /// The first inconsistency, naming the field, or `nil`.
    public func problem() -> String? {
        let weights = [fit.jpm, fit.nineBox, fit.performance, fit.preference]
        if weights.contains(where: { !($0 >= 0) }) { return "placement.fit weights must not be negative" }
        if abs(weights.reduce(0, +) - 1) > 1e-9 { return "placement.fit weights must add up to 1" }
        if !(0...1).contains(fit.technical) { return "placement.fit.technical must be between 0 and 1" }
        if fit.preferenceChoices < 1 { return "placement.fit.preferenceChoices must be at least 1" }
        if runnerUps < 0 { return "placement.runnerUps must not be negative" }
        if successionLength < 1 { return "placement.successionLength must be at least 1" }
        if bestPosts < 1 { return "placement.bestPosts must be at least 1" }
        return eligibility.problem()
    }
}

/// The weights of the fit formula (the formula itself is `FitFormula` in TalentPlacement):
/// ```
/// fit = w_jpm · JPM + w_box · box score + w_perf · performance score + w_pref · preference score
/// ```
/// Defaults: 60 % JPM, 20 % nine-box, 15 % performance, 5 % career preference (a small soft factor).
public struct FitWeights: Sendable, Codable, Equatable {
    public var jpm = 0.60
    public var nineBox = 0.20
    public var performance = 0.15
    public var preference = 0.05
    /// Share of the technical competencies inside the JPM when the post's SKJ names any (0 leaves them out):
    /// `JPM = (1 − t) · JPM(the nine) + t · JPM(technical)`.
    public var technical = 0.25
    /// How many ranked preferences an official may state; rank r of n scores (n − r + 1) / n × 100.
    public var preferenceChoices = 3

    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        jpm = try c.decodeIfPresent(Double.self, forKey: .jpm) ?? 0.60
        nineBox = try c.decodeIfPresent(Double.self, forKey: .nineBox) ?? 0.20
        performance = try c.decodeIfPresent(Double.self, forKey: .performance) ?? 0.15
        preference = try c.decodeIfPresent(Double.self, forKey: .preference) ?? 0.05
        technical = try c.decodeIfPresent(Double.self, forKey: .technical) ?? 0.25
        preferenceChoices = try c.decodeIfPresent(Int.self, forKey: .preferenceChoices) ?? 3
    }
}

/// The eligibility rules for a JPT Pratama post (DOMAIN.md §7), each a named check that can be turned off
/// or given other limits. The checks themselves are `Eligibility` in TalentPlacement.
public struct EligibilityRules: Sendable, Codable, Equatable {
    /// Only a PNS may hold a JPT post.
    public var pns = Toggle()
    /// Education at least S1/D-IV.
    public var education = EducationRule()
    /// Age at most 56 on the round's date, for officials entering a JPT post. A JPT holder moving between
    /// JPT posts is governed by `retirement` instead, unless `appliesToRotation` is set.
    public var age = AgeRule()
    /// At least 5 years of service, counted from the TMT CPNS in the NIP.
    public var experience = YearsRule(minimumYears: 5)
    /// At least 2 years, in total, as Administrator or Ahli Madya or higher (JPT, Ahli Utama).
    public var seniorPost = YearsRule(minimumYears: 2)
    /// No moderate or heavy disciplinary sanction in the last 2 years.
    public var discipline = DisciplineRule()
    /// Golongan at least the post's floor (e.g. IV/a for eselon II.b, IV/b for II.a).
    public var rank = Toggle()
    /// A valid competency result (within `TalentConfiguration.validityYears`) with a JPM category for
    /// the target post of at least MMS.
    public var assessment = AssessmentRule()
    /// Rotation between JPT posts: at least 2 years in the current post; and a post whose holder was
    /// installed less than 2 years ago is not given to anyone else.
    public var rotationTenure = YearsRule(minimumYears: 2)
    /// JPT retirement age 60: a post is not given to someone who reaches it within the term's first year.
    public var retirement = RetirementRule()

    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        pns = try c.decodeIfPresent(Toggle.self, forKey: .pns) ?? Toggle()
        education = try c.decodeIfPresent(EducationRule.self, forKey: .education) ?? EducationRule()
        age = try c.decodeIfPresent(AgeRule.self, forKey: .age) ?? AgeRule()
        experience = try YearsRule.decode(c, .experience, defaultYears: 5)
        seniorPost = try YearsRule.decode(c, .seniorPost, defaultYears: 2)
        discipline = try c.decodeIfPresent(DisciplineRule.self, forKey: .discipline) ?? DisciplineRule()
        rank = try c.decodeIfPresent(Toggle.self, forKey: .rank) ?? Toggle()
        assessment = try c.decodeIfPresent(AssessmentRule.self, forKey: .assessment) ?? AssessmentRule()
        rotationTenure = try YearsRule.decode(c, .rotationTenure, defaultYears: 2)
        retirement = try c.decodeIfPresent(RetirementRule.self, forKey: .retirement) ?? RetirementRule()
    }

    func problem() -> String? {
        if age.maximumYears < 18 { return "placement.eligibility.age.maximumYears must be at least 18" }
        for (name, rule) in [("experience", experience), ("seniorPost", seniorPost), ("rotationTenure", rotationTenure)]
        where rule.minimumYears < 0 {
            return "placement.eligibility.\(name).minimumYears must not be negative"
        }
        if discipline.years < 0 { return "placement.eligibility.discipline.years must not be negative" }
        if retirement.firstYears < 0 { return "placement.eligibility.retirement.firstYears must not be negative" }
        if retirement.age < 18 { return "placement.eligibility.retirement.age must be at least 18" }
        return nil
    }

    /// A rule with no limit of its own.
    public struct Toggle: Sendable, Codable, Equatable {
        public var enabled = true
        public init(enabled: Bool = true) { self.enabled = enabled }
        public init(from decoder: any Decoder) throws {
            enabled = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(Bool.self, forKey: .enabled) ?? true
        }
    }

    public struct EducationRule: Sendable, Codable, Equatable {
        public var enabled = true
        public var minimum = Education.s1
        public init() {}
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            enabled = try c.decodeIfPresent(Bool.self, forKey: .enabled) ?? true
            minimum = try c.decodeIfPresent(Education.self, forKey: .minimum) ?? .s1
        }
    }

    public struct AgeRule: Sendable, Codable, Equatable {
        public var enabled = true
        public var maximumYears = 56
        public var appliesToRotation = false
        public init() {}
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            enabled = try c.decodeIfPresent(Bool.self, forKey: .enabled) ?? true
            maximumYears = try c.decodeIfPresent(Int.self, forKey: .maximumYears) ?? 56
            appliesToRotation = try c.decodeIfPresent(Bool.self, forKey: .appliesToRotation) ?? false
        }
    }

    public struct YearsRule: Sendable, Codable, Equatable {
        public var enabled = true
        public var minimumYears: Int
        public init(enabled: Bool = true, minimumYears: Int) {
            self.enabled = enabled
            self.minimumYears = minimumYears
        }

        private enum Keys: String, CodingKey { case enabled, minimumYears }

        static func decode<K: CodingKey>(_ c: KeyedDecodingContainer<K>, _ key: K, defaultYears: Int) throws -> YearsRule {
            guard c.contains(key) else { return YearsRule(minimumYears: defaultYears) }
            let rule = try c.nestedContainer(keyedBy: Keys.self, forKey: key)
            return YearsRule(enabled: try rule.decodeIfPresent(Bool.self, forKey: .enabled) ?? true,
                             minimumYears: try rule.decodeIfPresent(Int.self, forKey: .minimumYears) ?? defaultYears)
        }
    }

    public struct DisciplineRule: Sendable, Codable, Equatable {
        public var enabled = true
        /// How far back a sanction counts.
        public var years = 2
        /// The sanction levels that make an official ineligible.
        public var levels: [SanctionLevel] = [.sedang, .berat]
        public init() {}
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            enabled = try c.decodeIfPresent(Bool.self, forKey: .enabled) ?? true
            years = try c.decodeIfPresent(Int.self, forKey: .years) ?? 2
            levels = try c.decodeIfPresent([SanctionLevel].self, forKey: .levels) ?? [.sedang, .berat]
        }
    }

    public struct AssessmentRule: Sendable, Codable, Equatable {
        public var enabled = true
        /// The lowest JPM filling category accepted for the target post.
        public var minimumCategory = FillingCategory.mms
        public init() {}
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            enabled = try c.decodeIfPresent(Bool.self, forKey: .enabled) ?? true
            minimumCategory = try c.decodeIfPresent(FillingCategory.self, forKey: .minimumCategory) ?? .mms
        }
    }

    public struct RetirementRule: Sendable, Codable, Equatable {
        public var enabled = true
        /// Retirement age of a JPT (batas usia pensiun).
        public var age = 60
        /// The official must not reach `age` within this many years of the round's date.
        public var firstYears = 1
        public init() {}
        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            enabled = try c.decodeIfPresent(Bool.self, forKey: .enabled) ?? true
            age = try c.decodeIfPresent(Int.self, forKey: .age) ?? 60
            firstYears = try c.decodeIfPresent(Int.self, forKey: .firstYears) ?? 1
        }
    }
}

extension FillingCategory {
    /// MS 2, MMS 1, KMS 0: higher is better.
    public var rank: Int {
        switch self {
        case .ms: 2
        case .mms: 1
        case .kms: 0
        }
    }
}
