/// Nomor Induk Pegawai: the 18-digit national civil-servant number.
///
/// ```
/// 19750315 200003 1 002
/// birth date (YYYYMMDD) · appointment, TMT CPNS (YYYYMM) · sex (1 male, 2 female) · sequence
/// ```
/// Every part is validated: a real calendar birth date, a real appointment month that is not before the
/// birth, the sex digit, and the sequence. Source: BKN's NIP structure (DOMAIN.md §8).
public struct NIP: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let value: String
    public let birthDate: CivilDate
    public let appointmentYear: Int
    public let appointmentMonth: Int
    public let sex: Sex
    public let sequence: Int

    /// Validates `text` (spaces inside are allowed, as NIPs are often written `19750315 200003 1 002`).
    public init(_ text: String) throws(NIPError) {
        let compact = text.filter { !$0.isWhitespace }
        guard !compact.isEmpty else { throw .empty }
        if let bad = compact.first(where: { !$0.isASCIIDigit }) {
            throw .nonDigit(String(bad))
        }
        guard compact.count == 18 else { throw .wrongLength(compact.count) }
        let digits = compact.compactMap { $0.wholeNumberValue }
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + $1 } }

        let year = number(0..<4), month = number(4..<6), day = number(6..<8)
        guard let birth = CivilDate(year: year, month: month, day: day), year >= 1900 else {
            throw .impossibleBirthDate(String(compact.prefix(8)))
        }
        let appointmentYear = number(8..<12), appointmentMonth = number(12..<14)
        guard (1...12).contains(appointmentMonth), appointmentYear >= 1900,
              (appointmentYear, appointmentMonth) >= (birth.year, birth.month) else {
            throw .impossibleAppointment(String(compact.dropFirst(8).prefix(6)))
        }
        guard let sex = Sex(nipDigit: digits[14]) else { throw .invalidSexDigit(digits[14]) }
        let sequence = number(15..<18)
        guard sequence > 0 else { throw .zeroSequence }

        self.value = compact
        self.birthDate = birth
        self.appointmentYear = appointmentYear
        self.appointmentMonth = appointmentMonth
        self.sex = sex
        self.sequence = sequence
    }

    public var description: String { value }

    /// The customary grouped form: `19750315 200003 1 002`.
    public var grouped: String {
        let chars = Array(value)
        return "\(String(chars[0..<8])) \(String(chars[8..<14])) \(chars[14]) \(String(chars[15..<18]))"
    }

    public static func < (lhs: NIP, rhs: NIP) -> Bool { lhs.value < rhs.value }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do { try self.init(text) } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }
}

/// Why a text is not a valid NIP. Each case carries the offending part.
public enum NIPError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case nonDigit(String)
    case wrongLength(Int)
    case impossibleBirthDate(String)
    case impossibleAppointment(String)
    case invalidSexDigit(Int)
    case zeroSequence

    public var description: String {
        switch self {
        case .empty: "NIP is empty"
        case .nonDigit(let c): "NIP may contain only digits, found '\(c)'"
        case .wrongLength(let n): "NIP must have 18 digits, found \(n)"
        case .impossibleBirthDate(let d): "NIP digits 1-8 (birth date YYYYMMDD) are not a real date: \(d)"
        case .impossibleAppointment(let d):
            "NIP digits 9-14 (appointment YYYYMM) are not a real month after the birth date: \(d)"
        case .invalidSexDigit(let d): "NIP digit 15 (sex) must be 1 or 2, found \(d)"
        case .zeroSequence: "NIP digits 16-18 (sequence) must not be 000"
        }
    }
}

/// Jenis kelamin as coded in the NIP.
public enum Sex: String, Codable, Sendable, CaseIterable {
    case male = "L"
    case female = "P"

    public init?(nipDigit: Int) {
        switch nipDigit {
        case 1: self = .male
        case 2: self = .female
        default: return nil
        }
    }

    /// Accepts the spreadsheet forms: L/P, Laki-laki/Perempuan, M/F, Male/Female, 1/2.
    public init?(parsing text: String) {
        switch text.trimmed.lowercased() {
        case "l", "laki-laki", "laki laki", "pria", "m", "male", "1": self = .male
        case "p", "perempuan", "wanita", "f", "female", "2": self = .female
        default: return nil
        }
    }

    public var nipDigit: Int { self == .male ? 1 : 2 }
}
