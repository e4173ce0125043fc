/// One of the nine managerial and socio-cultural competencies of PermenPANRB 38/2017.
public enum Competency: String, Codable, Sendable, CaseIterable, Comparable, CodingKeyRepresentable {
    case integritas = "M.01"
    case kerjaSama = "M.02"
    case komunikasi = "M.03"
    case orientasiPadaHasil = "M.04"
    case pelayananPublik = "M.05"
    case pengembanganDiri = "M.06"
    case mengelolaPerubahan = "M.07"
    case pengambilanKeputusan = "M.08"
    case perekatBangsa = "SK.01"

    public enum Kind: String, Codable, Sendable {
        case managerial = "manajerial"
        case socioCultural = "sosial kultural"
    }

    /// The code as written in the regulation, e.g. `M.01`.
    public var code: String { rawValue }

    /// Accepts `M.01`, `m01`, `M-1`, `SK.01`, `sk1`.
    public init?(code text: String) {
        if let exact = Competency(rawValue: text) {
            self = exact
            return
        }
        let key = text.looseKey
        let prefix = key.prefix(while: \.isLetter)
        guard let number = Int(key.dropFirst(prefix.count)), (0..<100).contains(number) else { return nil }
        let canonical = "\(prefix.uppercased()).\(number < 10 ? "0" : "")\(number)"
        guard let match = Competency(rawValue: canonical) else { return nil }
        self = match
    }

    public var kind: Kind { self == .perekatBangsa ? .socioCultural : .managerial }

    /// The Indonesian name, as in the regulation.
    public var name: String { CompetencyDictionary.entry(self).name }

    public static func < (lhs: Competency, rhs: Competency) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The competency levels, 1 (acts personally on the norm) to 5 (a national role model).
    public static let levels = 1...5
}
