/// Golongan/ruang: the civil-service rank, from I/a (Juru Muda) to IV/e (Pembina Utama).
///
/// Ranks are totally ordered, so a post's rank floor ("at least IV/a") is a comparison.
public struct Golongan: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// 1...4 (I to IV).
    public let group: Int
    /// "a"..."e" (group IV) or "a"..."d" (groups I-III).
    public let ruang: Character

    public init?(group: Int, ruang: Character) {
        let maxRuang: Character = group == 4 ? "e" : "d"
        guard (1...4).contains(group), ("a"...maxRuang).contains(ruang) else { return nil }
        self.group = group
        self.ruang = ruang
    }

    /// Accepts `IV/a`, `IV.a`, `IVa`, `iv/a`, `4/a` and `4a`, and the rank name (`Pembina`).
    public init?(parsing text: String) {
        let key = text.trimmed.lowercased()
        if let named = Golongan.all.first(where: { $0.pangkat.lowercased() == key }) {
            self = named
            return
        }
        let compact = key.filter { $0 != "/" && $0 != "." && $0 != " " && $0 != "-" }
        guard let ruang = compact.last, ruang.isLetter else { return nil }
        let groupText = String(compact.dropLast())
        let romans = ["i": 1, "ii": 2, "iii": 3, "iv": 4]
        guard let group = romans[groupText] ?? Int(groupText) else { return nil }
        self.init(group: group, ruang: ruang)
    }

    public static let all: [Golongan] = (1...4).flatMap { group in
        (group == 4 ? "abcde" : "abcd").map { Golongan(group: group, ruang: $0)! }
    }

    private var ordinal: Int { (group - 1) * 4 + Int(ruang.asciiValue! - Character("a").asciiValue!) }

    public static func < (lhs: Golongan, rhs: Golongan) -> Bool { lhs.ordinal < rhs.ordinal }

    /// The written form, `IV/a`.
    public var description: String {
        "\(["I", "II", "III", "IV"][group - 1])/\(ruang)"
    }

    /// The rank name (pangkat), e.g. Pembina for IV/a.
    public var pangkat: String {
        let names = [
            ["Juru Muda", "Juru Muda Tingkat I", "Juru", "Juru Tingkat I"],
            ["Pengatur Muda", "Pengatur Muda Tingkat I", "Pengatur", "Pengatur Tingkat I"],
            ["Penata Muda", "Penata Muda Tingkat I", "Penata", "Penata Tingkat I"],
            ["Pembina", "Pembina Tingkat I", "Pembina Utama Muda", "Pembina Utama Madya", "Pembina Utama"],
        ]
        return names[group - 1][Int(ruang.asciiValue! - Character("a").asciiValue!)]
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Golongan(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not a golongan: \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
