import Foundation
import Psychometrics
import Testing
@testable import TestDelivery

@Suite("Scoring an attempt from its stored answers")
struct AttemptScoreTests {
    static let bank = AttemptTests.bank

    /// A short battery answered by a fixed rule: cognitive always "A", SJT the option of level 3 or 4,
    /// integrity "4" (agree).
    func answeredAttempt(seed: UInt64) throws -> Attempt {
        var attempt = Attempt(seed: seed, blueprint: .short)
        var now = 0.0, sequence = 0
        try attempt.start(at: now)
        for index in attempt.sections.indices {
            try attempt.startSection(at: now, bank: Self.bank)
            while attempt.currentSectionIndex(at: now) == index, let key = attempt.sections[index].items.first(where: {
                attempt.answers.answer(for: $0) == nil
            }) {
                let item = Self.bank.items[key]!
                let value: String = switch item.type {
                case .singleBestAnswer: "A"
                case .situationalJudgement: item.options.first { $0.level == (item.area == "M.01" ? 4 : 3) }?.key ?? item.options[0].key
                default: "4"
                }
                sequence += 1
                now += 1
                try attempt.answer(item: key, value: value, sequence: sequence, at: now, bank: Self.bank)
            }
            if attempt.currentSectionIndex(at: now) == index { try attempt.submitSection(at: now) }
        }
        return attempt
    }

    @Test func scoresEachSectionByItsMethod() throws {
        let attempt = try answeredAttempt(seed: 11)
        let score = try AttemptScore(attempt, bank: Self.bank)
        #expect(score.method == "talenta-scoring/1")
        let cognitive = try #require(score.cognitive)
        #expect(cognitive.itemsAnswered == 5)
        #expect(cognitive.standardError > 0 && cognitive.standardError < 1)
        #expect(score.competencyLevels.count == 9)
        #expect(score.competencyLevels["M.01"] == 4)
        #expect(score.competencyLevels["M.02"] == 3)
        // Integrity: "agree" scores 3 of 4 (75) on a plain item and 1 of 4 (25) on a reverse-keyed one.
        let integrity = try #require(score.aspectScores["integritas"])
        let keys = attempt.sections[2].items
        let expected = keys.map { Self.bank.items[$0]!.reverseKeyed ? 25.0 : 75.0 }.reduce(0, +) / Double(keys.count)
        #expect(abs(integrity - expected) < 1e-12)
    }

    @Test func reScoringIsByteIdentical() throws {
        let attempt = try answeredAttempt(seed: 12)
        let stored = try JSONEncoder().encode(attempt)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let first = try encoder.encode(AttemptScore(attempt, bank: Self.bank))
        let again = try encoder.encode(AttemptScore(JSONDecoder().decode(Attempt.self, from: stored), bank: Self.bank))
        #expect(first == again)
    }

    @Test func meanLevelsRoundHalfUpAndUnansweredCompetenciesAreNotAssessed() throws {
        var attempt = Attempt(seed: 1, blueprint: BatteryBlueprint(sections: [
            SectionBlueprint(id: "sjt", kind: .situationalJudgement, minutes: 10, itemsPerArea: 2),
        ]))
        try attempt.start(at: 0)
        try attempt.startSection(at: 0, bank: Self.bank)
        let m03 = attempt.sections[0].items.filter { Self.bank.items[$0]!.area == "M.03" }
        #expect(m03.count == 2)
        for (n, (key, level)) in zip(m03, [3, 4]).enumerated() {
            let option = try #require(Self.bank.items[key]!.options.first { $0.level == level })
            try attempt.answer(item: key, value: option.key, sequence: n + 1, at: 1, bank: Self.bank)
        }
        let score = try AttemptScore(attempt, bank: Self.bank)
        #expect(score.competencyLevels == ["M.03": 4])   // mean 3.5 rounds up; the other eight are not assessed
        #expect(score.cognitive == nil)
    }
}
