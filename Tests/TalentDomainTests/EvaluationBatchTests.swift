import Foundation
import Testing
@testable import TalentDomain

@Suite("Batch evaluation (talenta evaluate)")
struct EvaluationBatchTests {
    func caseFile(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Cases"))
        return try Data(contentsOf: url)
    }

    @Test func matchesTheWorkedExamples() throws {
        // setup
        let input = try caseFile("evaluate-input")
        let expected = try #require(try JSONSerialization.jsonObject(with: caseFile("evaluate-expected")) as? [String: Any])
        // MUT
        let output = try EvaluationBatch.run(input)
        // validate
        let actual = try #require(try JSONSerialization.jsonObject(with: output) as? [String: Any])
        let got = try #require(actual["results"] as? [[String: Any]])
        let want = try #require(expected["results"] as? [[String: Any]])
        #expect(got.count == want.count)
        for (g, w) in zip(got, want) {
            #expect(g["id"] as? String == w["id"] as? String)
            for key in ["jpm", "potentialScore"] {
                let a = try #require(g[key] as? Double), b = try #require(w[key] as? Double)
                #expect(abs(a - b) < 1e-4, "\(key): \(a) vs \(b)")
            }
            for key in ["fillingCategory", "mappingCategory", "potentialBand", "performanceBand"] {
                #expect(g[key] as? String == w[key] as? String, "\(key)")
            }
            #expect(g["box"] as? Int == w["box"] as? Int)
            #expect((g["gaps"] as? [[String: Any]])?.map { $0["competency"] as? String }
                    == (w["gaps"] as? [[String: Any]])?.map { $0["competency"] as? String })
            #expect((g["actions"] as? [String])?.isEmpty == false)
        }
    }

    @Test func levelsOneAndFiveAreAcceptedAndBooleansAreNot() throws {
        let ok = #"{"people": [{"id": "a", "levels": {"M.01": 1, "M.02": 5}, "standard": {"M.01": 1, "M.02": 1}, "potentialScore": 0, "performance": ["Baik"]}]}"#
        let people = try EvaluationBatch.parse(Data(ok.utf8))
        #expect(people[0].levels == ["M.01": 1, "M.02": 5])
        let bad = #"{"people": [{"id": "a", "levels": {"M.01": true}, "standard": {"M.01": 1}, "potentialScore": 1, "performance": ["Baik"]}]}"#
        #expect(throws: EvaluationInputError.self) { try EvaluationBatch.parse(Data(bad.utf8)) }
    }

    @Test func reEvaluationIsByteIdentical() throws {
        let input = try caseFile("evaluate-input")
        #expect(try EvaluationBatch.run(input) == EvaluationBatch.run(input))
    }

    @Test(arguments: [
        (#"{"people": [{"levels": {}}]}"#, "record 1, field id"),
        (#"{"people": [{"id": "a", "levels": {"M.01": 7}, "standard": {"M.01": 4}, "potentialScore": 80, "performance": ["Baik"]}]}"#,
         "record 1 (id a), field levels.M.01"),
        (#"{"people": [{"id": "a", "levels": {"M.99": 3}, "standard": {"M.01": 4}, "potentialScore": 80, "performance": ["Baik"]}]}"#,
         "field levels.M.99: unknown competency"),
        (#"{"people": [{"id": "a", "levels": {"M.01": 3.5}, "standard": {"M.01": 4}, "potentialScore": 80, "performance": ["Baik"]}]}"#,
         "field levels.M.01"),
        (#"{"people": [{"id": "a", "levels": {"M.01": 3}, "standard": {}, "potentialScore": 80, "performance": ["Baik"]}]}"#,
         "field standard"),
        (#"{"people": [{"id": "a", "levels": {"M.01": 3}, "standard": {"M.01": 4}, "performance": ["Baik"]}]}"#,
         "field potentialScore"),
        (#"{"people": [{"id": "a", "levels": {"M.01": 3}, "standard": {"M.01": 4}, "potentialScore": 120, "performance": ["Baik"]}]}"#,
         "field potentialScore: a number from 0 to 100"),
        (#"{"people": [{"id": "a", "levels": {"M.01": 3}, "standard": {"M.01": 4}, "potentialComponents": {"aspects": 80}, "performance": ["Baik"]}]}"#,
         "field potentialComponents.qualification"),
        (#"{"people": [{"id": "a", "levels": {"M.01": 3}, "standard": {"M.01": 4}, "potentialScore": 80, "performance": []}]}"#,
         "field performance"),
        (#"{"people": [{"id": "a", "levels": {"M.01": 3}, "standard": {"M.01": 4}, "potentialScore": 80, "performance": ["Baik", "Cukup"]}]}"#,
         "field performance[1]"),
        (#"{"people": [{"id": "a", "levels": {"M.01": 3}, "standard": {"M.01": 4}, "potentialScore": 80, "performance": ["Baik"]}, {"id": "a", "levels": {"M.01": 3}, "standard": {"M.01": 4}, "potentialScore": 80, "performance": ["Baik"]}]}"#,
         "record 2 (id a), field id: duplicates record 1"),
        (#"{"orang": []}"#, "field people"),
        ("not json", "field (file)"),
    ])
    func malformedInputNamesRecordAndField(_ json: String, _ expected: String) {
        do {
            _ = try EvaluationBatch.parse(Data(json.utf8))
            Issue.record("expected an error containing \(expected)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }
}
