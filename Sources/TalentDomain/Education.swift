/// Highest formal education (pendidikan terakhir), ordered from SD to S3.
///
/// D-IV and S1 are the same level for eligibility ("at least S1/D-IV").
public enum Education: String, Codable, Sendable, CaseIterable, Comparable {
    case sd = "SD", smp = "SMP", sma = "SMA", d1 = "D-I", d2 = "D-II", d3 = "D-III"
    case d4 = "D-IV", s1 = "S1", s2 = "S2", s3 = "S3"

    /// Accepts common spellings: `S-1`, `s1`, `Sarjana`, `D4`, `DIV`, `SLTA`, `SMK`, `Magister`, `Doktor`.
    public init?(parsing text: String) {
        switch text.looseKey.replacingSlashes {
        case "sd": self = .sd
        case "smp", "sltp": self = .smp
        case "sma", "smk", "slta": self = .sma
        case "d1", "di": self = .d1
        case "d2", "dii": self = .d2
        case "d3", "diii": self = .d3
        case "d4", "div": self = .d4
        case "s1", "sarjana": self = .s1
        case "s2", "magister", "master": self = .s2
        case "s3", "doktor", "doctor": self = .s3
        default: return nil
        }
    }

    /// The rank used for comparison; D-IV and S1 share one.
    public var level: Int {
        switch self {
        case .sd: 0
        case .smp: 1
        case .sma: 2
        case .d1: 3
        case .d2: 4
        case .d3: 5
        case .d4, .s1: 6
        case .s2: 7
        case .s3: 8
        }
    }

    public static func < (lhs: Education, rhs: Education) -> Bool { lhs.level < rhs.level }
}

extension String {
    fileprivate var replacingSlashes: String { String(filter { $0 != "/" }) }
}
