/// Job-person match (JPM, Peraturan BKN 26/2019): how far an official's achieved competency levels meet a
/// post's standard.
///
/// ```
/// JPM = Σ achieved_i / Σ standard_i × 100      over the competencies assessed, capped at 100
/// ```
/// With `capAtStandard` each achieved level counts at most its standard (default off). When technical
/// competencies are included with weight w > 0:
/// ```
/// JPM = (1 − w) · JPM(managerial and socio-cultural) + w · JPM(technical)
/// ```
/// Categories are decided on the unrounded value; only display rounds (two decimals).
public struct JobPersonMatch: Sendable, Equatable {
    public let percentage: Double
    public let filling: FillingCategory
    public let mapping: MappingCategory
    /// Competencies whose achieved level is below the standard, in dictionary order.
    public let gaps: [Gap]

    public struct Gap: Sendable, Equatable, Codable {
        public let competency: String
        public let achieved: Int
        public let standard: Int
    }

    /// Computes the match of `achieved` levels against `standard` levels.
    ///
    /// - Parameters:
    ///   - achieved: achieved level per competency code; a competency of the standard missing here counts 0.
    ///   - standard: required level per competency code (the nine, by their codes).
    ///   - technicalAchieved, technicalStandard: the same for technical competencies, used when
    ///     `rules.technicalWeight > 0` and the standard names any.
    /// - Complexity: O(n) in the number of competencies.
    public init(achieved: [String: Int], standard: [String: Int], technicalAchieved: [String: Int] = [:],
                technicalStandard: [String: Int] = [:], rules: JPMRules = JPMRules()) {
        func ratio(_ achieved: [String: Int], _ standard: [String: Int]) -> Double {
            var got = 0, need = 0
            for (code, level) in standard {
                let value = achieved[code] ?? 0
                got += rules.capAtStandard ? min(value, level) : value
                need += level
            }
            return need == 0 ? 0 : Double(got) / Double(need) * 100
        }
        var value = ratio(achieved, standard)
        if rules.technicalWeight > 0 && !technicalStandard.isEmpty {
            value = (1 - rules.technicalWeight) * value
                + rules.technicalWeight * ratio(technicalAchieved, technicalStandard)
        }
        percentage = min(value, 100)
        filling = rules.filling(percentage)
        mapping = rules.mapping(percentage)
        func rank(_ code: String) -> Int { Competency(rawValue: code).map { Self.order[$0]! } ?? Self.order.count }
        gaps = (standard.map { ($0.key, $0.value, false) } + technicalStandard.map { ($0.key, $0.value, true) })
            .compactMap { code, level, technical -> Gap? in
                let got = (technical ? technicalAchieved : achieved)[code] ?? 0
                return got < level ? Gap(competency: code, achieved: got, standard: level) : nil
            }
            .sorted { (rank($0.competency), $0.competency) < (rank($1.competency), $1.competency) }
    }

    private static let order = Dictionary(uniqueKeysWithValues: Competency.allCases.enumerated().map { ($1, $0) })

    /// The percentage as displayed: two decimals.
    public var display: String {
        let hundredths = (percentage * 100).rounded()
        let whole = Int(hundredths) / 100, fraction = Int(hundredths) % 100
        return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

/// JPM category for filling a post.
public enum FillingCategory: String, Sendable, Codable {
    /// Memenuhi Syarat
    case ms = "MS"
    /// Masih Memenuhi Syarat
    case mms = "MMS"
    /// Kurang Memenuhi Syarat
    case kms = "KMS"
}

/// JPM category for talent mapping.
public enum MappingCategory: String, Sendable, Codable {
    case optimal = "O"
    case cukupOptimal = "CO"
    case kurangOptimal = "KO"
}

/// The JPM thresholds (DOMAIN.md §3), all configurable.
public struct JPMRules: Sendable, Codable, Equatable {
    public var msFrom = 80.0
    public var kmsBelow = 68.0
    public var optimalFrom = 90.0
    public var koBelow = 78.0
    public var capAtStandard = false
    /// Weight of technical competencies; 0 leaves them out.
    public var technicalWeight = 0.0

    public init() {}

    /// The filling category of an unrounded JPM.
    public func filling(_ jpm: Double) -> FillingCategory {
        jpm >= msFrom ? .ms : jpm >= kmsBelow ? .mms : .kms
    }

    /// The mapping category of an unrounded JPM.
    public func mapping(_ jpm: Double) -> MappingCategory {
        jpm >= optimalFrom ? .optimal : jpm >= koBelow ? .cukupOptimal : .kurangOptimal
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        msFrom = try c.decodeIfPresent(Double.self, forKey: .msFrom) ?? 80
        kmsBelow = try c.decodeIfPresent(Double.self, forKey: .kmsBelow) ?? 68
        optimalFrom = try c.decodeIfPresent(Double.self, forKey: .optimalFrom) ?? 90
        koBelow = try c.decodeIfPresent(Double.self, forKey: .koBelow) ?? 78
        capAtStandard = try c.decodeIfPresent(Bool.self, forKey: .capAtStandard) ?? false
        technicalWeight = try c.decodeIfPresent(Double.self, forKey: .technicalWeight) ?? 0
    }
}
