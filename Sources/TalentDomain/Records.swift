/// Status kepegawaian. Only PNS may hold a JPT post (DOMAIN.md §7).
public enum EmploymentStatus: String, Codable, Sendable, CaseIterable {
    case pns = "PNS"
    case pppk = "PPPK"

    public init?(parsing text: String) {
        switch text.looseKey {
        case "pns": self = .pns
        case "pppk", "p3k": self = .pppk
        default: return nil
        }
    }
}

/// Tingkat hukuman disiplin (PP 94/2021): light, moderate or heavy.
public enum SanctionLevel: String, Codable, Sendable, CaseIterable {
    case ringan, sedang, berat

    public init?(parsing text: String) {
        switch text.looseKey {
        case "ringan", "light": self = .ringan
        case "sedang", "moderate": self = .sedang
        case "berat", "heavy": self = .berat
        default: return nil
        }
    }
}

/// One disciplinary sanction on an official's record.
public struct DisciplinaryRecord: Sendable, Codable, Equatable {
    public var level: SanctionLevel
    public var date: CivilDate
    public var note: String

    public init(level: SanctionLevel, date: CivilDate, note: String = "") {
        self.level = level
        self.date = date
        self.note = note
    }
}

/// One post an official held, from its TMT (terhitung mulai tanggal).
public struct PositionHistoryEntry: Sendable, Codable, Equatable {
    public var positionCode: String?
    public var title: String
    public var jobClass: JobClass?
    public var start: CivilDate

    public init(positionCode: String?, title: String, jobClass: JobClass?, start: CivilDate) {
        self.positionCode = positionCode
        self.title = title
        self.jobClass = jobClass
        self.start = start
    }
}

/// An official as a spreadsheet row describes them, validated.
public struct EmployeeRecord: Sendable, Equatable {
    public var nip: NIP
    public var name: String
    public var birthDate: CivilDate
    public var sex: Sex
    public var status: EmploymentStatus
    public var golongan: Golongan?
    public var education: Education?
    public var unitCode: String?
    /// The current post: a position code of the instansi, when it is one of its structured posts.
    public var positionCode: String?
    /// The current post's title, for posts that are not in the position list (e.g. functional).
    public var positionTitle: String?
    public var positionClass: JobClass?
    public var positionStart: CivilDate?
    public var sanction: DisciplinaryRecord?

    public init(nip: NIP, name: String, birthDate: CivilDate? = nil, sex: Sex? = nil,
                status: EmploymentStatus = .pns, golongan: Golongan? = nil, education: Education? = nil,
                unitCode: String? = nil, positionCode: String? = nil, positionTitle: String? = nil,
                positionClass: JobClass? = nil, positionStart: CivilDate? = nil,
                sanction: DisciplinaryRecord? = nil) {
        self.nip = nip
        self.name = name
        self.birthDate = birthDate ?? nip.birthDate
        self.sex = sex ?? nip.sex
        self.status = status
        self.golongan = golongan
        self.education = education
        self.unitCode = unitCode
        self.positionCode = positionCode
        self.positionTitle = positionTitle
        self.positionClass = positionClass
        self.positionStart = positionStart
        self.sanction = sanction
    }
}

/// A position (jabatan) with its standard, as a spreadsheet row describes it, validated.
public struct PositionRecord: Sendable, Equatable {
    public var code: String
    public var name: String
    public var unitCode: String
    public var unitName: String?
    public var jobClass: JobClass
    public var rankFloor: Golongan?
    public var standard: CompetencyStandard
    public var holderNIP: NIP?
    public var installedOn: CivilDate?
    public var isCritical: Bool
    public var isTarget: Bool

    public init(code: String, name: String, unitCode: String, unitName: String? = nil, jobClass: JobClass,
                rankFloor: Golongan? = nil, standard: CompetencyStandard? = nil, holderNIP: NIP? = nil,
                installedOn: CivilDate? = nil, isCritical: Bool = false, isTarget: Bool = false) {
        self.code = code
        self.name = name
        self.unitCode = unitCode
        self.unitName = unitName
        self.jobClass = jobClass
        self.rankFloor = rankFloor
        self.standard = standard ?? CompetencyStandard(jobClass: jobClass)
        self.holderNIP = holderNIP
        self.installedOn = installedOn
        self.isCritical = isCritical
        self.isTarget = isTarget
    }
}

/// One year's predikat kinerja for one official.
public struct PerformanceRecord: Sendable, Equatable, Codable {
    public var nip: NIP
    public var year: Int
    public var predikat: Predikat

    public init(nip: NIP, year: Int, predikat: Predikat) {
        self.nip = nip
        self.year = year
        self.predikat = predikat
    }
}

/// One technical competency level of one official, from a technical assessment (not from the test).
///
/// The nine managerial and socio-cultural competencies come from the test; technical ones
/// (`T.KEU.01`, …) are assessed separately and brought in by a BKD clerk.
public struct TechnicalAssessmentRecord: Sendable, Equatable, Codable {
    public var nip: NIP
    /// The technical competency code, upper-cased, e.g. `T.KEU.01`.
    public var code: String
    /// The level reached, 1 to 5 (`Competency.levels`).
    public var level: Int
    public var assessedOn: CivilDate

    public init(nip: NIP, code: String, level: Int, assessedOn: CivilDate) {
        self.nip = nip
        self.code = code
        self.level = level
        self.assessedOn = assessedOn
    }
}

/// One post an official has stated they would like, and its place in their ranking (1 is the first choice).
public struct CareerPreferenceRecord: Sendable, Equatable, Codable {
    public var nip: NIP
    public var positionCode: String
    /// 1, 2 or 3 (`CareerPreferenceRecord.ranks`).
    public var rank: Int

    /// The ranks an official may give: up to three posts.
    public static let ranks = 1...3

    public init(nip: NIP, positionCode: String, rank: Int) {
        self.nip = nip
        self.positionCode = positionCode
        self.rank = rank
    }
}
