import Foundation
import Testing
@testable import TestDelivery

@Suite("Answer saves: idempotent and order-independent")
struct AnswerLogTests {
    @Test func duplicatesAndLateArrivalsChangeNothing() {
        var log = AnswerLog()
        #expect(log.apply(itemID: "q1", answer: "A", sequence: 1, at: 0) == .stored)
        #expect(log.apply(itemID: "q1", answer: "A", sequence: 1, at: 1) == .duplicate)
        #expect(log.apply(itemID: "q1", answer: "C", sequence: 3, at: 2) == .stored)
        // The answer sent second arrives last: it must not overwrite the newer one.
        #expect(log.apply(itemID: "q1", answer: "B", sequence: 2, at: 3) == .superseded(by: 3))
        #expect(log.answer(for: "q1") == "C")
        #expect(log.lastSequence == 3)
    }

    @Test func anyDeliveryOrderGivesTheSameResult() {
        let saves = [("q1", "A", 1), ("q2", "B", 2), ("q1", "D", 3), ("q3", "E", 4), ("q2", "C", 5)]
        var reference = AnswerLog()
        for (item, answer, seq) in saves { _ = reference.apply(itemID: item, answer: answer, sequence: seq, at: 0) }
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            var log = AnswerLog()
            // shuffled, with every save delivered twice
            for (item, answer, seq) in (saves + saves).shuffled(using: &rng) {
                _ = log.apply(itemID: item, answer: answer, sequence: seq, at: 0)
            }
            #expect(log.entries.mapValues(\.answer) == reference.entries.mapValues(\.answer))
        }
    }

    @Test func theHighestSequenceIsKeptAsSavesComeAndRecomputedWhenRead() throws {
        var log = AnswerLog()
        #expect(log.lastSequence == 0)
        _ = log.apply(itemID: "q1", answer: "A", sequence: 7, at: 0)
        _ = log.apply(itemID: "q2", answer: "B", sequence: 4, at: 1)  // late: a lower number for another item
        _ = log.apply(itemID: "q1", answer: "C", sequence: 5, at: 2)  // overtaken: refused
        #expect(log.lastSequence == 7)
        // Stored as its entries only, so the attempt's state keeps its format; read back, the highest
        // sequence comes from the entries.
        let data = try JSONEncoder().encode(log)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Array(object.keys) == ["entries"])
        let read = try JSONDecoder().decode(AnswerLog.self, from: data)
        #expect(read == log)
        #expect(read.lastSequence == 7)
        let empty = try JSONDecoder().decode(AnswerLog.self, from: Data(#"{"entries":{}}"#.utf8))
        #expect(empty.lastSequence == 0)
    }
}
