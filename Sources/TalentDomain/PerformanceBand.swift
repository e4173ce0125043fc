/// The performance axis of the nine-box, from yearly predikat (DOMAIN.md §5).
///
/// ```
/// value(Sangat Baik) = 3, value(Baik) = 2, value(anything lower) = 1
/// mean = average of value over the last `window` years
/// band = di atas if mean ≥ 2.5, sesuai if mean ≥ 1.5, otherwise di bawah
/// ```
public enum PerformanceBand: String, Sendable, Codable, CaseIterable {
    case diBawah = "di bawah"
    case sesuai
    case diAtas = "di atas"
}

/// The configurable rules of the performance axis.
public struct PerformanceRules: Sendable, Codable, Equatable {
    /// How many recent years count.
    public var window = 2
    public var aboveFrom = 2.5
    public var asExpectedFrom = 1.5

    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        window = try c.decodeIfPresent(Int.self, forKey: .window) ?? 2
        aboveFrom = try c.decodeIfPresent(Double.self, forKey: .aboveFrom) ?? 2.5
        asExpectedFrom = try c.decodeIfPresent(Double.self, forKey: .asExpectedFrom) ?? 1.5
    }

    public static func value(_ predikat: Predikat) -> Int {
        switch predikat {
        case .sangatBaik: 3
        case .baik: 2
        case .butuhPerbaikan, .kurang, .sangatKurang: 1
        }
    }

    /// The band of the last `window` ratings of `history` (oldest first); `nil` when there are none.
    public func band(_ history: [Predikat]) -> PerformanceBand? {
        guard let mean = mean(history) else { return nil }
        return mean >= aboveFrom ? .diAtas : mean >= asExpectedFrom ? .sesuai : .diBawah
    }

    /// The mean value (1–3) of the last `window` ratings of `history` (oldest first); `nil` when there are none.
    public func mean(_ history: [Predikat]) -> Double? {
        let count = min(max(window, 0), history.count)
        guard count > 0 else { return nil }
        var total = 0
        for predikat in history[(history.count - count)...] { total += Self.value(predikat) }
        return Double(total) / Double(count)
    }
}
