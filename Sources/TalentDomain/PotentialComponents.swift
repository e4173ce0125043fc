import Foundation

/// The three non-test components of the potential composite (DOMAIN.md §4), each on 0–100, derived from
/// what a test and the personnel records give. Method `talenta-potential/1`:
///
/// - **Potential aspects**: the mean of the eight potential aspects. Each aspect is the score of its
///   Likert scale (0–100), except *kemampuan intelektual*, which is the cognitive test's percentile against
///   the bank's N(0, 1) reference, `100 · Φ(θ)`, whenever a cognitive θ exists: ability measured by
///   right/wrong items outranks a self-report. An aspect without a score is left out of the mean.
/// - **Qualification**: the mean of an education score (S3 100, S2 90, S1/D-IV 75, D-III 55, D-I/D-II 45,
///   SMA and below 35) and a rank score (IV/e 100, IV/d 90, IV/c 80, IV/b 70, IV/a 60, III/d 50, III/c 40,
///   anything lower 30). A missing one is left out; both missing gives 0. Training hours are not in the
///   records yet, so they do not count.
/// - **Integrity/morality**: the mean of the integrity scale (0–100) and a discipline score over the last
///   `validityYears` before the test: 100 with no sanction, 60 after a light (ringan), 30 after a moderate
///   (sedang) and 0 after a heavy (berat) one, taking the heaviest. Without an integrity scale the
///   discipline score stands alone.
public struct PotentialComponents: Sendable, Equatable, Codable {
    public static let method = "talenta-potential/1"

    /// The eight potential aspects of DOMAIN.md §4, by the keys the item bank's Likert scales use.
    public static let aspectKeys = [
        "kemampuan-intelektual", "kemampuan-interpersonal", "kesadaran-diri", "berpikir-kritis-strategis",
        "penyelesaian-masalah", "kecerdasan-emosional", "kesediaan-belajar", "motivasi-komitmen",
    ]

    /// Aspect key → 0–100, after the cognitive override.
    public let aspectScores: [String: Double]
    public let aspects: Double
    public let qualification: Double
    public let integrity: Double

    /// - Parameters:
    ///   - scales: Likert scale scores (0–100) by key; `integritas` is the integrity scale.
    ///   - theta: the cognitive ability estimate, when the battery had a cognitive section.
    ///   - sanctions: the official's disciplinary record; only those from `testedOn` minus
    ///     `lookbackYears` up to `testedOn` count.
    public init(scales: [String: Double], theta: Double?, education: Education?, golongan: Golongan?,
                sanctions: [DisciplinaryRecord], testedOn: CivilDate, lookbackYears: Int) {
        var aspectScores: [String: Double] = [:]
        for key in Self.aspectKeys {
            if let score = scales[key] { aspectScores[key] = score }
        }
        if let theta { aspectScores["kemampuan-intelektual"] = Self.percentile(theta) }
        self.aspectScores = aspectScores
        let present = Self.aspectKeys.compactMap { aspectScores[$0] }
        aspects = present.isEmpty ? 0 : present.reduce(0, +) / Double(present.count)
        let qualificationParts = [education.map(Self.educationScore), golongan.map(Self.rankScore)].compactMap { $0 }
        qualification = qualificationParts.isEmpty ? 0 : qualificationParts.reduce(0, +) / Double(qualificationParts.count)
        let from = testedOn.adding(years: -lookbackYears)
        let discipline = Self.disciplineScore(sanctions.filter { $0.date >= from && $0.date <= testedOn })
        integrity = scales["integritas"].map { ($0 + discipline) / 2 } ?? discipline
    }

    /// `100 · Φ(θ)`: the percentile of θ in the N(0, 1) reference population.
    public static func percentile(_ theta: Double) -> Double {
        50 * erfc(-theta / 2.0.squareRoot())
    }

    public static func educationScore(_ education: Education) -> Double {
        switch education {
        case .s3: 100
        case .s2: 90
        case .s1, .d4: 75
        case .d3: 55
        case .d1, .d2: 45
        case .sma, .smp, .sd: 35
        }
    }

    public static func rankScore(_ golongan: Golongan) -> Double {
        switch (golongan.group, golongan.ruang) {
        case (4, "e"): 100
        case (4, "d"): 90
        case (4, "c"): 80
        case (4, "b"): 70
        case (4, _): 60
        case (3, "d"): 50
        case (3, "c"): 40
        default: 30
        }
    }

    /// 100 without sanctions; otherwise the score of the heaviest.
    public static func disciplineScore(_ sanctions: [DisciplinaryRecord]) -> Double {
        sanctions.map { record -> Double in
            switch record.level {
            case .ringan: 60
            case .sedang: 30
            case .berat: 0
            }
        }.min() ?? 100
    }
}

extension CivilDate {
    /// The same calendar day `years` later (or earlier); 29 February becomes 28 February in other years.
    public func adding(years: Int) -> CivilDate {
        let target = year + years
        return CivilDate(year: target, month: month, day: min(day, CivilDate.daysInMonth(year: target, month: month)))!
    }
}
