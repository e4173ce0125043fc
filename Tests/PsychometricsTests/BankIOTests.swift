import Foundation
import Testing
@testable import Psychometrics

@Suite("Bank JSON and response CSV")
struct BankIOTests {
    @Test func decodesTheDocumentedShape() throws {
        let json = #"{"model": "3PL", "items": [{"id": "i1", "a": 1.1, "b": -0.4, "c": 0.2, "area": "numerik"}, {"id": "i2", "a": 0.9, "b": 0.3, "c": 0.15}]}"#
        let bank = try ItemBank.parse(Data(json.utf8))
        #expect(bank.model == .threePL)
        #expect(bank.items[0] == BankItem(id: "i1", parameters: .dichotomous(DichotomousItem(a: 1.1, b: -0.4, c: 0.2)), area: "numerik"))
        #expect(bank.items[1].area == nil)
    }

    @Test func roundTripsEveryModel() throws {
        let banks = [
            ItemBank(model: .twoPL, items: [BankItem(id: "i1", parameters: .dichotomous(DichotomousItem(a: 1.1, b: -0.4)), area: "numerik")]),
            ItemBank(model: .graded, items: [BankItem(id: "p1", parameters: .graded(GradedResponseItem(a: 1.3, b: [-1, 0.2, 1.4])))]),
            ItemBank(model: .partialCredit, items: [BankItem(id: "p2", parameters: .partialCredit(GeneralizedPartialCreditItem(a: 0.7, b: [0.5, -0.2])))]),
        ]
        for bank in banks { #expect(try ItemBank.parse(bank.jsonData()) == bank) }
        // 2PL output has no "c"; GRM carries "b" as an array.
        let twoPL = String(decoding: try banks[0].jsonData(prettyPrinted: false), as: UTF8.self)
        #expect(twoPL == #"{"items":[{"a":1.1,"area":"numerik","b":-0.4,"id":"i1"}],"model":"2PL"}"#)
        let graded = String(decoding: try banks[1].jsonData(prettyPrinted: false), as: UTF8.self)
        #expect(graded.contains(#""b":[-1,0.2,1.4]"#))
    }

    @Test func rejectsBadBanks() {
        #expect(throws: PsychometricsError.self) { try ItemBank.parse(Data(#"{"model": "4PL", "items": []}"#.utf8)) }
        #expect(throws: PsychometricsError.invalidItem(id: "p", reason: "GRM thresholds must be finite and strictly increasing")) {
            try ItemBank.parse(Data(#"{"model": "GRM", "items": [{"id": "p", "a": 1, "b": [0.5, 0.1]}]}"#.utf8))
        }
        #expect(throws: PsychometricsError.malformedBank(reason: "duplicate item id x")) {
            try ItemBank.parse(Data(#"{"model": "2PL", "items": [{"id": "x", "a": 1, "b": 0}, {"id": "x", "a": 1, "b": 1}]}"#.utf8))
        }
    }

    @Test func parsesAnchors() throws {
        let anchors = try ItemBank.parseAnchors(Data(#"{"model": "2PL", "items": [{"id": "i1", "a": 1.1, "b": -0.4}]}"#.utf8), model: .twoPL)
        #expect(anchors["i1"] == .dichotomous(DichotomousItem(a: 1.1, b: -0.4)))
        #expect(throws: PsychometricsError.unsupportedModel(.twoPL, operation: "anchors for a 3PL calibration")) {
            try ItemBank.parseAnchors(Data(#"{"model": "2PL", "items": []}"#.utf8), model: .threePL)
        }
    }

    @Test func parsesResponseCSV() throws {
        let matrix = try ResponseCSV.parse("\u{FEFF}i1, i2 ,i3\r\n1,0,\r\n\n0,,1\n", model: .twoPL)
        #expect(matrix.itemIDs == ["i1", "i2", "i3"])
        #expect(matrix.personCount == 2)
        #expect(matrix.pattern(person: 0) == [1, 0, nil])
        #expect(matrix.pattern(person: 1) == [0, nil, 1])
        let poly = try ResponseCSV.parse("p1,p2\n3,0\n2,4\n", model: .graded)
        #expect(poly.pattern(person: 1) == [2, 4])
    }

    @Test func reportsMalformedCSVWithLineNumbers() {
        #expect(throws: PsychometricsError.malformedCSV(line: 3, reason: "expected 2 fields, found 3")) {
            try ResponseCSV.parse("a,b\n1,0\n1,0,1\n", model: .twoPL)
        }
        #expect(throws: PsychometricsError.malformedCSV(line: 2, reason: "\"x\" for item b is not an integer")) {
            try ResponseCSV.parse("a,b\n1,x\n", model: .twoPL)
        }
        #expect(throws: PsychometricsError.malformedCSV(line: 3, reason: "value 2 for item a is outside the 2PL categories 0…1")) {
            try ResponseCSV.parse("a,b\n1,0\n2,0\n", model: .twoPL)
        }
        #expect(throws: PsychometricsError.malformedCSV(line: 1, reason: "duplicate item id \"a\"")) {
            try ResponseCSV.parse("a,b,a\n1,0,1\n", model: .twoPL)
        }
        #expect(throws: PsychometricsError.malformedCSV(line: 2, reason: "\"1.5\" for item a is not an integer")) {
            try ResponseCSV.parse("a\n1.5\n", model: .graded)
        }
        #expect(throws: PsychometricsError.malformedCSV(line: 1, reason: "the file is empty")) {
            try ResponseCSV.parse("", model: .twoPL)
        }
    }
}
