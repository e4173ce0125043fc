/// Predikat kinerja: the yearly performance rating (PermenPANRB 6/2022).
public enum Predikat: String, Codable, Sendable, CaseIterable {
    case sangatBaik = "Sangat Baik"
    case baik = "Baik"
    case butuhPerbaikan = "Butuh Perbaikan"
    case kurang = "Kurang"
    case sangatKurang = "Sangat Kurang"

    /// Accepts the names in any case and spacing (`SANGAT BAIK`, `sangat_baik`, `Butuh perbaikan`).
    public init?(parsing text: String) {
        if let exact = Predikat(rawValue: text) {
            self = exact
            return
        }
        let key = text.looseKey
        guard let match = Predikat.allCases.first(where: { $0.rawValue.looseKey == key }) else { return nil }
        self = match
    }
}
