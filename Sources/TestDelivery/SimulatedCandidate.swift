import Foundation
import Psychometrics

/// A simulated participant who sits a whole battery through the same `Attempt` state machine as the
/// runner: for the demo's test day and for load tests. Deterministic for a given seed.
///
/// - Cognitive: answers correctly with the item's 3PL probability at `theta`.
/// - Situational judgement: chooses the option whose level is nearest to the competency's true level,
///   shifted by one level up or down in one answer of five.
/// - Likert: answers `round(trait + N(0, 0.7))` clamped to 1…5 (mirrored for reverse-keyed items), where
///   the trait is on the 1–5 agreement scale.
/// - Career preference: a random option.
public struct SimulatedCandidate: Sendable, Equatable {
    public var theta: Double
    /// Competency code → true level 1–5.
    public var levels: [String: Int]
    /// Scale key → true agreement 1–5.
    public var traits: [String: Double]
    /// Seconds spent on each answer.
    public var secondsPerAnswer: Double

    public init(theta: Double, levels: [String: Int], traits: [String: Double], secondsPerAnswer: Double = 30) {
        self.theta = theta
        self.levels = levels
        self.traits = traits
        self.secondsPerAnswer = secondsPerAnswer
    }

    /// Takes `attempt` from not started to finished, starting at `start`; returns the time it ended.
    /// A start that awaits a proctor's authorization is authorized first.
    public func sit(_ attempt: inout Attempt, bank: DeliveryBank, start: Double, seed: UInt64) throws -> Double {
        var rng = Xoshiro256StarStar(seed: seed)
        var now = start
        var sequence = 0
        attempt.authorizeStart()
        try attempt.start(at: now)
        while attempt.status == .inProgress, let index = attempt.currentSectionIndex(at: now) {
            try attempt.startSection(at: now, bank: bank)
            let kind = attempt.blueprint.sections[index].kind
            var answered = Set<String>()
            while attempt.currentSectionIndex(at: now) == index,
                  let key = attempt.sections[index].items.first(where: { !answered.contains($0) }) {
                guard let item = bank.items[key] else { break }
                now += secondsPerAnswer
                sequence += 1
                try attempt.answer(item: key, value: choose(item, kind: kind, rng: &rng), sequence: sequence, at: now, bank: bank)
                answered.insert(key)
            }
            if attempt.status == .inProgress, attempt.currentSectionIndex(at: now) == index {
                now += 5
                try attempt.submitSection(at: now)
            }
        }
        return now
    }

    private func choose(_ item: TestItem, kind: SectionBlueprint.Kind, rng: inout Xoshiro256StarStar) throws -> String {
        let keys = item.options.map(\.key)
        switch kind {
        case .cognitiveAdaptive, .digitalLiteracy:
            let p = try item.parameters?.itemParameters(id: item.key).categoryProbabilities(at: theta)[1] ?? 0.5
            let correct = Double.random(in: 0..<1, using: &rng) < p
            return correct ? (item.correctOption ?? keys[0]) : (keys.first { $0 != item.correctOption } ?? keys[0])
        case .situationalJudgement:
            let shift = [-1, 0, 0, 0, 1][Int.random(in: 0..<5, using: &rng)]
            let wanted = (levels[item.area] ?? 3) + shift
            return item.options.min { lhs, rhs in
                (abs((lhs.level ?? 0) - wanted), lhs.key) < (abs((rhs.level ?? 0) - wanted), rhs.key)
            }?.key ?? keys[0]
        case .potentialLikert, .integrityLikert:
            let u1 = Double.random(in: Double.ulpOfOne..<1, using: &rng), u2 = Double.random(in: 0..<1, using: &rng)
            let noise = (-2 * log(u1)).squareRoot() * cos(2 * .pi * u2) * 0.7
            let value = min(5, max(1, Int(((traits[item.area] ?? 3) + noise).rounded())))
            return String(item.reverseKeyed ? 6 - value : value)
        case .careerPreference:
            return keys[Int.random(in: 0..<keys.count, using: &rng)]
        }
    }
}
