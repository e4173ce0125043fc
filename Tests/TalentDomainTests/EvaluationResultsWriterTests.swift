import Foundation
import Testing
@testable import TalentDomain

@Suite("Results document (talenta evaluate output)")
struct EvaluationResultsWriterTests {
    @Test func oneResultPerLineWithSortedKeys() throws {
        // setup
        let input = #"{"people": [{"id": "p1", "levels": {"M.01": 4, "M.04": 3, "M.07": 3}, "standard": {"M.01": 4, "M.04": 4, "M.07": 4}, "potentialScore": 91, "performance": ["Baik", "Sangat Baik"]}, {"id": "p2", "levels": {"M.01": 4}, "standard": {"M.01": 4}, "potentialComponents": {"aspects": 70, "qualification": 60, "integrity": 80}, "performance": ["Kurang"]}]}"#
        // MUT
        let output = try EvaluationBatch.run(Data(input.utf8))
        // validate: p1 JPM 10/12 (MS, CO), potential 91; p2 potential 0.4·100 + 0.25·70 + 0.2·60 + 0.15·80 = 81.5
        #expect(String(decoding: output, as: UTF8.self) == """
            {
              "results": [
                {"actions": ["dipromosikan dan dipertahankan", "masuk kelompok rencana suksesi instansi/nasional", "penghargaan"], "box": 9, "fillingCategory": "MS", "gaps": [{"achieved": 3, "competency": "M.04", "standard": 4}, {"achieved": 3, "competency": "M.07", "standard": 4}], "id": "p1", "jpm": 83.33333333333334, "mappingCategory": "CO", "performanceBand": "di atas", "potentialBand": "tinggi", "potentialScore": 91.0},
                {"actions": ["bimbingan kinerja", "konseling kinerja", "pengembangan kompetensi", "penempatan yang sesuai"], "box": 3, "fillingCategory": "MS", "gaps": [], "id": "p2", "jpm": 100.0, "mappingCategory": "O", "performanceBand": "di bawah", "potentialBand": "menengah", "potentialScore": 81.5}
              ]
            }

            """)
    }

    @Test func textIsEscapedAndReadsBack() throws {
        // setup: an id with a quote, a backslash, control characters and non-ASCII text, and a technical code
        let id = "a\"b\\c\n\t\u{1}\u{1F} é 😀 /"
        let input = TalentEvaluation.Input(id: id, levels: ["T.\"X\"": 1], standard: ["T.\"X\"": 2], potential: .score(50),
                                           performance: [.baik])
        // MUT
        let output = try EvaluationBatch.encode(EvaluationBatch.evaluate([input]))
        // validate
        let text = String(decoding: output, as: UTF8.self)
        #expect(text.contains(#""id": "a\"b\\c\n\t\u0001\u001f é 😀 /""#))
        let result = try #require(try EvaluationEquivalenceTests.results(output).first)
        #expect(result.id == id)
        #expect(result.gaps.first?.competency == "T.\"X\"")
    }

    @Test func numbersAreShortestRoundTrip() throws {
        // setup: JPM 2/3 and 7/9 of the standard, composites with long decimals
        let inputs = [
            TalentEvaluation.Input(id: "a", levels: ["M.01": 2], standard: ["M.01": 3],
                                   potential: .components(aspects: 33.3, qualification: 0.1, integrity: 1e-5), performance: [.baik]),
            TalentEvaluation.Input(id: "b", levels: ["M.01": 7], standard: ["M.01": 9], potential: .score(0.30000000000000004),
                                   performance: [.baik]),
        ]
        // MUT
        let evaluations = EvaluationBatch.evaluate(inputs)
        let output = try EvaluationBatch.encode(evaluations)
        // validate: each number reads back to the same Double
        #expect(try EvaluationEquivalenceTests.results(output) == evaluations)
        #expect(String(decoding: output, as: UTF8.self).contains("\"jpm\": \(evaluations[0].jpm.description)"))
    }

    @Test func aNumberJSONCannotCarryIsRefusedWithItsRecord() {
        // setup: a weight that makes the composite NaN
        var configuration = TalentConfiguration()
        configuration.potential.aspects = .nan
        let input = #"{"people": [{"id": "a", "levels": {"M.01": 4}, "standard": {"M.01": 4}, "potentialScore": 80, "performance": ["Baik"]}, {"id": "b", "levels": {"M.01": 4}, "standard": {"M.01": 4}, "potentialComponents": {"aspects": 80, "qualification": 70, "integrity": 90}, "performance": ["Baik"]}]}"#
        // MUT
        do {
            _ = try EvaluationBatch.run(Data(input.utf8), configuration: configuration)
            Issue.record("expected an error")
        } catch {
            // validate
            #expect(error.description.contains("record 2 (id b), field potentialScore: evaluates to nan"), "\(error.description)")
        }
    }

    @Test func anEvaluationIsWrittenAsItIs() throws {
        // setup: an evaluation decoded from elsewhere, with its own actions
        let decoded = try JSONDecoder().decode(TalentEvaluation.self, from: Data(#"{"id": "x", "jpm": 50, "fillingCategory": "KMS", "mappingCategory": "KO", "potentialScore": 10, "potentialBand": "rendah", "performanceBand": "sesuai", "box": 2, "actions": ["catatan khusus"], "gaps": []}"#.utf8))
        // MUT
        let output = try EvaluationBatch.encode([decoded])
        // validate
        #expect(String(decoding: output, as: UTF8.self).contains(#"{"actions": ["catatan khusus"], "box": 2, "#))
    }
}
