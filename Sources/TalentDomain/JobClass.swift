/// The class of a position (kelas jabatan), which sets its default competency standard.
public enum JobClass: String, Codable, Sendable, CaseIterable, CodingKeyRepresentable {
    case jptUtama = "JPT Utama"
    case jptMadya = "JPT Madya"
    case jptPratama = "JPT Pratama"
    case administrator = "Administrator"
    case pengawas = "Pengawas"
    case pelaksana = "Pelaksana"
    case ahliUtama = "Ahli Utama"
    case ahliMadya = "Ahli Madya"
    case ahliMuda = "Ahli Muda"
    case ahliPertama = "Ahli Pertama"

    /// Accepts the written names loosely (`jpt pratama`, `JPT-Pratama`, `Eselon II.b`).
    public init?(parsing text: String) {
        let key = text.looseKey
        if let match = JobClass.allCases.first(where: { $0.rawValue.looseKey == key }) {
            self = match
            return
        }
        switch key {
        case "eselonia", "eselonib": self = .jptMadya
        case "eselon2a", "eseloniia", "eselon2b", "eseloniib": self = .jptPratama
        case "eselon3a", "eseloniiia", "eselon3b", "eseloniiib": self = .administrator
        case "eselon4a", "eseloniva", "eselon4b", "eselonivb": self = .pengawas
        default: return nil
        }
    }

    /// Whether the class is a JPT (top) post, the posts this product places people in.
    public var isJPT: Bool { self == .jptUtama || self == .jptMadya || self == .jptPratama }

    public var isFunctional: Bool {
        self == .ahliUtama || self == .ahliMadya || self == .ahliMuda || self == .ahliPertama
    }
}

/// The standard competency level of each job class (DOMAIN.md §2). Configurable: a value of this type is
/// configuration, and `.default` is the value the rules give.
public struct StandardLevels: Sendable, Codable, Equatable {
    public var levels: [JobClass: Int]

    public init(levels: [JobClass: Int]) { self.levels = levels }

    public static let `default` = StandardLevels(levels: [
        .jptUtama: 5, .jptMadya: 5, .jptPratama: 4, .administrator: 3, .pengawas: 2, .pelaksana: 1,
        .ahliUtama: 4, .ahliMadya: 3, .ahliMuda: 2, .ahliPertama: 1,
    ])

    public func level(for jobClass: JobClass) -> Int { levels[jobClass] ?? 1 }
}
