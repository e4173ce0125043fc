import TalentDomain

/// A post a placement round may fill: its SKJ, its rank floor and who holds it now.
public struct PlacementPost: Sendable, Codable, Equatable {
    public var code: String
    public var name: String
    public var jobClass: JobClass
    public var rankFloor: Golongan?
    public var standard: CompetencyStandard
    /// NIP of the current holder, if any.
    public var holder: String?
    /// The holder's installation date in this post.
    public var installedOn: CivilDate?

    public init(code: String, name: String, jobClass: JobClass = .jptPratama, rankFloor: Golongan? = nil,
                standard: CompetencyStandard, holder: String? = nil, installedOn: CivilDate? = nil) {
        self.code = code
        self.name = name
        self.jobClass = jobClass
        self.rankFloor = rankFloor
        self.standard = standard
        self.holder = holder
        self.installedOn = installedOn
    }
}

/// An official a placement round may place: the personnel record the eligibility rules read, and the
/// assessment the fit reads.
public struct PlacementCandidate: Sendable, Codable, Equatable {
    /// The latest competency result and the nine-box position derived from it.
    public struct Assessment: Sendable, Codable, Equatable {
        public var testedOn: CivilDate
        /// Achieved level of each of the nine competencies, by code.
        public var levels: [String: Int]
        /// Achieved technical levels by code, from a separate technical assessment (may be empty).
        public var technical: [String: Int]
        /// 1–9, or nil without a performance history.
        public var box: Int?

        public init(testedOn: CivilDate, levels: [String: Int], technical: [String: Int] = [:], box: Int?) {
            self.testedOn = testedOn
            self.levels = levels
            self.technical = technical
            self.box = box
        }
    }

    /// The NIP.
    public var id: String
    public var name: String
    public var status: EmploymentStatus
    public var birthDate: CivilDate
    /// TMT CPNS (from the NIP): the start of service.
    public var serviceStart: CivilDate
    public var education: Education?
    public var golongan: Golongan?
    /// The current post's code, when it is one of the instansi's posts.
    public var currentPost: String?
    /// The current post's title (jabatan), for the decree.
    public var currentTitle: String?
    public var currentClass: JobClass?
    public var currentSince: CivilDate?
    /// Posts held before, with their start dates (the current post need not be repeated here).
    public var history: [PositionHistoryEntry]
    public var sanctions: [DisciplinaryRecord]
    /// Predikat kinerja by year, oldest first.
    public var performance: [Predikat]
    public var assessment: Assessment?
    /// Post codes in order of preference, first choice first.
    public var preferences: [String]

    public init(id: String, name: String, status: EmploymentStatus = .pns, birthDate: CivilDate, serviceStart: CivilDate,
                education: Education?, golongan: Golongan?, currentPost: String? = nil, currentTitle: String? = nil, currentClass: JobClass? = nil,
                currentSince: CivilDate? = nil, history: [PositionHistoryEntry] = [], sanctions: [DisciplinaryRecord] = [],
                performance: [Predikat] = [], assessment: Assessment?, preferences: [String] = []) {
        self.id = id
        self.name = name
        self.status = status
        self.birthDate = birthDate
        self.serviceStart = serviceStart
        self.education = education
        self.golongan = golongan
        self.currentPost = currentPost
        self.currentTitle = currentTitle
        self.currentClass = currentClass
        self.currentSince = currentSince
        self.history = history
        self.sanctions = sanctions
        self.performance = performance
        self.assessment = assessment
        self.preferences = preferences
    }

    /// Whether the official holds a JPT post now (a move is then a rotation between JPT posts).
    public var holdsJPT: Bool { currentClass?.isJPT ?? false }
}

/// What kind of round: filling the vacant posts, or rotating all JPT posts.
public enum RoundKind: String, Sendable, Codable, CaseIterable {
    /// Pengisian: the vacant posts; candidates are the talent pool.
    case vacancy = "pengisian"
    /// Rotasi: every JPT post; candidates are the talent pool and the holders, none back to their own post.
    case rotation = "rotasi"
}

/// A (post, official) pair named by code and NIP.
public struct PostCandidate: Sendable, Codable, Hashable {
    public var post: String
    public var candidate: String

    public init(post: String, candidate: String) {
        self.post = post
        self.candidate = candidate
    }
}

/// Everything a placement round is computed from. Stored with the round, so anyone can recompute the
/// recommendation from it and compare.
public struct PlacementRoundInput: Sendable, Codable, Equatable {
    public var kind: RoundKind
    /// The date the rules are applied on (ages, tenures, validity).
    public var asOf: CivilDate
    public var settings: PlacementSettings
    public var jpm: JPMRules
    public var performance: PerformanceRules
    /// Years a competency result stays valid.
    public var validityYears: Int
    /// The instansi's JPT posts (targets are chosen from them by `kind`).
    public var posts: [PlacementPost]
    /// The officials who may be candidates: assessed officials and the posts' holders.
    public var officials: [PlacementCandidate]
    public var locks: [PostCandidate]
    public var exclusions: [PostCandidate]

    public init(kind: RoundKind, asOf: CivilDate, configuration: TalentConfiguration, posts: [PlacementPost],
                officials: [PlacementCandidate], locks: [PostCandidate] = [], exclusions: [PostCandidate] = []) {
        self.kind = kind
        self.asOf = asOf
        settings = configuration.placement
        jpm = configuration.jpm
        performance = configuration.performance
        validityYears = configuration.validityYears
        self.posts = posts
        self.officials = officials
        self.locks = locks
        self.exclusions = exclusions
    }
}
