import Psychometrics

/// The scores of one attempt, computed only from its stored answers and the bank, so that re-scoring gives
/// the same result (and, encoded with sorted keys, the same bytes).
///
/// Method `talenta-scoring/1`:
/// - **Cognitive**: θ by EAP (61-point quadrature, N(0, 1) prior) over the administered items, with its
///   posterior SD as the standard error. Responses are 1 for the keyed option, 0 otherwise; an item given
///   but unanswered when time ran out counts as missing.
/// - **Situational judgement**: per competency, the mean level of the chosen options, rounded half up to a
///   whole level 1–5. Chosen because every option's level is written against the competency dictionary, so
///   the achieved level can be explained to the official option by option, and because it needs no
///   calibration data, which a new bank does not have yet. (IRT partial credit with level cut points can
///   replace it once the items are calibrated; the method string changes with it.) A competency with no
///   answered item is *not assessed* and absent from `competencyLevels`.
/// - **Likert**: per aspect (and integrity), the mean item score on 0–4 (answer 1…5 minus 1, reversed for
///   reverse-keyed items) × 25, a 0–100 scale.
/// - Career preference: the chosen options, unscored.
public struct AttemptScore: Sendable, Codable, Equatable {
    public static let method = "talenta-scoring/1"

    public struct Cognitive: Sendable, Codable, Equatable {
        public let theta: Double
        public let standardError: Double
        public let itemsAnswered: Int
    }

    public let method: String
    public let cognitive: Cognitive?
    /// Competency code → achieved level 1–5.
    public let competencyLevels: [String: Int]
    /// Aspect (including `integritas`) → 0–100.
    public let aspectScores: [String: Double]
    /// Preference item key → chosen option key.
    public let preferences: [String: String]

    public init(_ attempt: Attempt, bank: DeliveryBank) throws {
        var cognitiveItems: [ItemParameters] = [], cognitiveResponses: [Int?] = []
        var levels: [String: [Int]] = [:], likert: [String: [Double]] = [:], preferences: [String: String] = [:]
        for (index, section) in attempt.sections.enumerated() {
            let kind = attempt.blueprint.sections[index].kind
            for key in section.items {
                guard let item = bank.items[key] else { continue }
                let answer = attempt.answers.answer(for: key)
                switch kind {
                case .cognitiveAdaptive, .digitalLiteracy:
                    guard let parameters = try item.parameters?.itemParameters(id: key) else { continue }
                    cognitiveItems.append(parameters)
                    cognitiveResponses.append(answer.map { $0 == item.correctOption ? 1 : 0 })
                case .situationalJudgement:
                    if let level = item.options.first(where: { $0.key == answer })?.level {
                        levels[item.area, default: []].append(level)
                    }
                case .potentialLikert, .integrityLikert:
                    if let answer, let value = Int(answer), (1...5).contains(value) {
                        let score = Double(item.reverseKeyed ? 5 - value : value - 1)
                        likert[item.area, default: []].append(score)
                    }
                case .careerPreference:
                    if let answer { preferences[key] = answer }
                }
            }
        }
        method = Self.method
        if cognitiveItems.isEmpty {
            cognitive = nil
        } else {
            let estimate = try ExpectedAPosteriori(points: 61).estimate(items: cognitiveItems, responses: cognitiveResponses)
            cognitive = Cognitive(theta: estimate.theta, standardError: estimate.standardError,
                                  itemsAnswered: cognitiveResponses.compactMap { $0 }.count)
        }
        competencyLevels = levels.mapValues { chosen in
            let mean = Double(chosen.reduce(0, +)) / Double(chosen.count)
            return min(5, max(1, Int((mean + 0.5).rounded(.down))))
        }
        aspectScores = likert.mapValues { scores in scores.reduce(0, +) / Double(scores.count) * 25 }
        self.preferences = preferences
    }
}
