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

    /// A person with every field valid; `replacing` swaps in other JSON for one field's value, or removes
    /// the field when `json` is nil. A field not there yet is added.
    static func person(_ id: String = "a", replacing field: String? = nil, with json: String? = nil) -> String {
        var fields: [(String, String)] = [
            ("id", "\"\(id)\""), ("levels", #"{"M.01": 3, "M.02": 4}"#), ("standard", #"{"M.01": 4, "M.02": 4}"#),
            ("potentialScore", "80"), ("performance", #"["Baik", "Sangat Baik"]"#),
        ]
        if let field, let index = fields.firstIndex(where: { $0.0 == field }) {
            if let json { fields[index].1 = json } else { fields.remove(at: index) }
        } else if let field, let json {
            fields.append((field, json))
        }
        return "{" + fields.map { "\"\($0.0)\": \($0.1)" }.joined(separator: ", ") + "}"
    }

    static func batch(_ people: String...) -> String { #"{"people": ["# + people.joined(separator: ", ") + "]}" }

    @Test(arguments: [
        // Truncated input: the record, its id and the field being read, and where the text ends.
        (#"{"people": [{"id": "a", "levels": {"M.01": 4"#,
         "record 1 (id a), field levels.M.01: not valid JSON at byte offset 44 (line 1, column 45): expected ',' or '}', found the end of the input"),
        (#"{"people": [{"id": "a", "lev"#, "record 1 (id a), field (record): not valid JSON at byte offset 24"),
        (#"{"people": [{"id": "a", "levels": {"M.02": 4 x}}]}"#,
         "record 1 (id a), field levels.M.02: not valid JSON at byte offset 45 (line 1, column 46): expected ',' or '}', found 'x'"),
        ("{\"people\": [\n  \(person()),\n  {\"id\": \"b\",\n   \"performance\": [\"Baik\",",
         "record 2 (id b), field performance[1]: not valid JSON at byte offset 200 (line 4, column 27): expected a value, found the end of the input"),
        // Bad numbers.
        (batch(person(replacing: "levels", with: #"{"M.01": 01}"#)), "record 1 (id a), field levels.M.01: not valid JSON"),
        (batch(person(replacing: "levels", with: #"{"M.01": 01}"#)), "leading zero"),
        (batch(person(replacing: "potentialScore", with: "8.")), "field potentialScore: not valid JSON"),
        (batch(person(replacing: "potentialScore", with: "-")), "field potentialScore: not valid JSON"),
        (batch(person(replacing: "levels", with: #"{"M.01": 4.5}"#)), "field levels.M.01: a level must be a whole number from 1 to 5, got 4.5"),
        (batch(person(replacing: "potentialScore", with: "1e400")), "field potentialScore: a number from 0 to 100 is required, got 1e400"),
        // Booleans are not numbers; null is not a level.
        (batch(person(replacing: "levels", with: #"{"M.01": true}"#)), "record 1 (id a), field levels.M.01: a level must be a whole number from 1 to 5, got true"),
        (batch(person(replacing: "standard", with: #"{"M.01": false}"#)), "field standard.M.01: a level must be a whole number from 1 to 5, got false"),
        (batch(person(replacing: "levels", with: #"{"M.01": null}"#)), "field levels.M.01: a level must be a whole number from 1 to 5, got null"),
        (batch(person(replacing: "potentialScore", with: "true")), "field potentialScore: a number from 0 to 100 is required, got true"),
        (batch(person(replacing: "potentialScore", with: #""80""#)), "field potentialScore: a number from 0 to 100 is required, got text"),
        (batch(person(replacing: "performance", with: #"["Baik", null]"#)),
         "field performance[1]: expected Sangat Baik, Baik, Butuh Perbaikan, Kurang or Sangat Kurang, got null"),
        (batch(person(replacing: "performance", with: #"["Baik", 3]"#)), "field performance[1]"),
        // Wrong types.
        (batch(person(replacing: "levels", with: "[3, 4]")), "record 1 (id a), field levels: an object of competency levels is required, got a list"),
        (batch(person(replacing: "performance", with: #""Baik""#)), "field performance: a non-empty list of predikat, oldest first, is required, got text"),
        (batch(person(replacing: "potentialComponents", with: "[]")), "field potentialComponents: an object"),
        (batch(#"{"id": 7}"#), "record 1, field id: a non-empty string is required, got a number"),
        (batch(#"{"id": "   "}"#), "record 1, field id: a non-empty string is required"),
        (batch(person(), "42"), "record 2, field (record): expected an object, got a number"),
        (#"{"people": {"id": "a"}}"#, "input, field people: expected a list of records, got an object"),
        (#"["people"]"#, #"input, field (file): expected an object {"people": [...]}, got a list"#),
        (#"{"people": null}"#, #"input, field people: expected {"people": [...]}"#),
        // Missing fields, in the order of the checks.
        (batch(person(replacing: "levels")), "record 1 (id a), field levels: an object of competency levels is required"),
        (batch(person(replacing: "standard")), "record 1 (id a), field standard: an object of competency levels is required"),
        (batch(person(replacing: "performance")), "record 1 (id a), field performance: a non-empty list of predikat"),
        (batch(person(replacing: "potentialScore")), "field potentialScore: give potentialScore or potentialComponents"),
        (batch(person(replacing: "potentialComponents", with: #"{"aspects": 80, "qualification": 70}"#)),
         "field potentialScore: give potentialScore or potentialComponents, not both"),
        (#"{"people": [{"id": "a", "levels": {"M.01": 3}, "standard": {"M.01": 4}, "potentialScore": null, "potentialComponents": {"aspects": 80, "qualification": 70}, "performance": ["Baik"]}]}"#,
         "record 1 (id a), field potentialComponents.integrity: a number from 0 to 100 is required"),
        (batch(#"{"levels": {"M.01": 9}, "performance": 3, "id": "z", "standard": {"M.01": 4}, "potentialScore": 1}"#),
         "record 1 (id z), field levels.M.01: a level must be a whole number from 1 to 5, got 9"),
        // Duplicates.
        (batch(person("a"), person("b"), person("b")), "record 3 (id b), field id: duplicates record 2"),
        (batch(person(replacing: "levels", with: #"{"M.01": 3, "m01": 4}"#)), "field levels.m01: the same competency is given more than once"),
        (batch(person(replacing: "levels", with: #"{"T.KES.01": 3, "T.KES.01": 4}"#)),
         "field levels.T.KES.01: the same competency is given more than once"),
        (#"{"people": [{"id": "a", "levels": {"M.01": 3}, "levels": {}}]}"#, "record 1 (id a), field levels: given more than once"),
        (#"{"people": [], "people": []}"#, "input, field people: given more than once"),
        // Text after the document, bad escapes and unpaired surrogates name the place too.
        (#"{"people": []} x"#, "input, field (file): not valid JSON at byte offset 15 (line 1, column 16): expected the end of the input"),
        (batch(person(#"a\x"#)), "record 1, field id: not valid JSON at byte offset 21"),
        (batch(person(#"a\ud800"#)), "record 1, field id: not valid JSON"),
        (batch(person(replacing: "levels", with: "{\"M.01\": 3, \"T.\u{1}\": 2}")), "record 1 (id a), field levels: not valid JSON"),
    ])
    func errorsNameRecordFieldAndPlace(_ json: String, _ expected: String) {
        do {
            _ = try EvaluationBatch.parse(Data(json.utf8))
            Issue.record("expected an error containing \(expected)")
        } catch {
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test func readsEscapesUnicodeWhitespaceAndLooseCodes() throws {
        // setup: a byte order mark, CR LF and tabs, escaped keys and text, loose codes, technical codes,
        // numbers in exponent form, and keys the batch does not use, with values of every kind
        let json = "\u{FEFF}{\r\n\t\"version\": [1, {\"x\": [null, true, {}]}],\r\n\t\"people\" : [ {\n"
            + #"  "\u0069d" : "N\u00edp \"\ud83d\ude00\" \\ \/ \t", "note": {"a": [{"b": "}},{"}, {}]},"#
            + #"  "levels": {"m01": 40e-1, "SK-1": 3.0, "T.KES.01": 2, "M.02": 5},"#
            + #"  "standard": {"M.01": 4, "SK.01": 4, "T.KES.01": 3, "M.02": 4}, "extra": -1.5e-7,"#
            + #"  "potentialScore": null, "potentialComponents": {"aspects": 8.5e1, "qualification": 0, "integrity": 100, "more": false},"#
            + "  \"performance\": [\"SANGAT BAIK\", \"butuh_perbaikan\", \"Baik\"]\t}\r\n ], \"after\": \"ignored\" }\n"
        // MUT
        let people = try EvaluationBatch.parse(Data(json.utf8))
        // validate
        #expect(people == [TalentEvaluation.Input(
            id: "Níp \"😀\" \\ / \t",
            levels: ["M.01": 4, "SK.01": 3, "T.KES.01": 2, "M.02": 5],
            standard: ["M.01": 4, "SK.01": 4, "T.KES.01": 3, "M.02": 4],
            potential: .components(aspects: 85, qualification: 0, integrity: 100),
            performance: [.sangatBaik, .butuhPerbaikan, .baik])])
    }

    @Test func anEmptyListIsAnEmptyResult() throws {
        #expect(try EvaluationBatch.parse(Data(#"{"people": []}"#.utf8)).isEmpty)
        let output = try EvaluationBatch.run(Data(" {\"people\":[ ]} ".utf8))
        #expect(String(decoding: output, as: UTF8.self) == "{\n  \"results\": []\n}\n")
    }
}
