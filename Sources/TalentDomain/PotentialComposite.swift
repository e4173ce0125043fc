/// The potential axis of the nine-box: a weighted composite on 0–100 (DOMAIN.md §4).
///
/// ```
/// potential = w_c · JPM + w_a · aspects + w_q · qualification + w_i · integrity
/// ```
/// with BKN's 2025 practice as the default weights: 40 % competency (the test's JPM), 25 % potential
/// aspects, 20 % qualifications (education, rank, training), 15 % integrity/morality.
public struct PotentialWeights: Sendable, Codable, Equatable {
    public var competency = 0.40
    public var aspects = 0.25
    public var qualification = 0.20
    public var integrity = 0.15

    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        competency = try c.decodeIfPresent(Double.self, forKey: .competency) ?? 0.40
        aspects = try c.decodeIfPresent(Double.self, forKey: .aspects) ?? 0.25
        qualification = try c.decodeIfPresent(Double.self, forKey: .qualification) ?? 0.20
        integrity = try c.decodeIfPresent(Double.self, forKey: .integrity) ?? 0.15
    }

    /// The composite of the four components, each on 0–100.
    public func composite(competency jpm: Double, aspects: Double, qualification: Double, integrity: Double) -> Double {
        competency * jpm + self.aspects * aspects + self.qualification * qualification + self.integrity * integrity
    }
}

/// The potential band of a composite score.
public enum PotentialBand: String, Sendable, Codable, CaseIterable {
    case rendah, menengah, tinggi
}

/// The nine-box cut-offs each instansi sets (DOMAIN.md §6): ≥ 90 high, 78–90 medium, < 78 low by default.
public struct NineBoxCutoffs: Sendable, Codable, Equatable {
    public var highPotential = 90.0
    public var mediumPotential = 78.0

    public init() {}

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        highPotential = try c.decodeIfPresent(Double.self, forKey: .highPotential) ?? 90
        mediumPotential = try c.decodeIfPresent(Double.self, forKey: .mediumPotential) ?? 78
    }

    public func band(_ potential: Double) -> PotentialBand {
        potential >= highPotential ? .tinggi : potential >= mediumPotential ? .menengah : .rendah
    }
}
