/// The plan of a test day: its sections, in order, each with its own time limit (configurable per
/// instansi). The default is DOMAIN.md's battery, about four hours in all.
public struct BatteryBlueprint: Sendable, Codable, Equatable {
    public var sections: [SectionBlueprint]

    public init(sections: [SectionBlueprint]) {
        self.sections = sections
    }

    /// Total time of all sections, in minutes.
    public var totalMinutes: Int { sections.map(\.minutes).reduce(0, +) }

    public static let standard = BatteryBlueprint(sections: [
        SectionBlueprint(id: "kognitif", kind: .cognitiveAdaptive, minutes: 75, maximumItems: 40, minimumItems: 20,
                         standardErrorTarget: 0.3),
        SectionBlueprint(id: "manajerial", kind: .situationalJudgement, minutes: 70),
        SectionBlueprint(id: "potensi", kind: .potentialLikert, minutes: 50),
        SectionBlueprint(id: "integritas", kind: .integrityLikert, minutes: 25),
        SectionBlueprint(id: "preferensi", kind: .careerPreference, minutes: 10),
    ])

    /// A short battery for demonstrations and browser tests: the same kinds, a few items each.
    public static let short = BatteryBlueprint(sections: [
        SectionBlueprint(id: "kognitif", kind: .cognitiveAdaptive, minutes: 10, maximumItems: 5, minimumItems: 5,
                         standardErrorTarget: nil),
        SectionBlueprint(id: "manajerial", kind: .situationalJudgement, minutes: 10, itemsPerArea: 1),
        SectionBlueprint(id: "integritas", kind: .integrityLikert, minutes: 5, itemsPerArea: 3),
    ])

    /// The first problem, naming the section and field, or nil.
    public func problem() -> String? {
        guard !sections.isEmpty else { return "sections: at least one section is required" }
        var seen = Set<String>()
        for (index, section) in sections.enumerated() {
            let place = "sections[\(index)] (\(section.id))"
            if !seen.insert(section.id).inserted { return "\(place).id: duplicate section id" }
            if section.minutes <= 0 { return "\(place).minutes: must be positive" }
            if section.kind == .cognitiveAdaptive {
                guard let maximum = section.maximumItems, maximum > 0 else { return "\(place).maximumItems: required for an adaptive section" }
                if (section.minimumItems ?? 1) > maximum { return "\(place).minimumItems: must not exceed maximumItems" }
            }
            if let perArea = section.itemsPerArea, perArea <= 0 { return "\(place).itemsPerArea: must be positive" }
        }
        return nil
    }
}

/// One section of a battery.
public struct SectionBlueprint: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Cognitive items, adaptive (maximum information, EAP), forward only.
        case cognitiveAdaptive = "cognitive-adaptive"
        /// Situational-judgement items for the nine competencies; linear, with review.
        case situationalJudgement = "sjt"
        /// Likert items for the eight potential aspects; linear, with review.
        case potentialLikert = "potential"
        /// Likert items for integrity; linear, with review.
        case integrityLikert = "integrity"
        /// The career-preference questionnaire (fields and kinds of post); not scored.
        case careerPreference = "career-preference"
        /// Optional digital-literacy items (single best answer); linear.
        case digitalLiteracy = "digital-literacy"

        /// Linear sections allow review, flags and jumps within the section; the adaptive one is forward only.
        public var allowsReview: Bool { self != .cognitiveAdaptive }
    }

    public var id: String
    public var kind: Kind
    public var minutes: Int
    /// Adaptive only.
    public var maximumItems: Int?
    public var minimumItems: Int?
    public var standardErrorTarget: Double?
    /// Linear sections: how many items of each content area (competency, aspect); nil takes every
    /// active item of the section's kind.
    public var itemsPerArea: Int?

    public init(id: String, kind: Kind, minutes: Int, maximumItems: Int? = nil, minimumItems: Int? = nil,
                standardErrorTarget: Double? = nil, itemsPerArea: Int? = nil) {
        self.id = id
        self.kind = kind
        self.minutes = minutes
        self.maximumItems = maximumItems
        self.minimumItems = minimumItems
        self.standardErrorTarget = standardErrorTarget
        self.itemsPerArea = itemsPerArea
    }

    public var seconds: Double { Double(minutes) * 60 }
}
