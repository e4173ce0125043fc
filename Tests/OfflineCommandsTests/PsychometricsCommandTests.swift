import Foundation
import Psychometrics
import Testing
@testable import OfflineCommands

@Suite("talenta calibrate and simulate commands")
struct PsychometricsCommandTests {
    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("psy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    /// 1,000 persons × 8 items of a known 2PL bank, with every fifth response missing.
    func writeResponses(to url: URL) throws -> [ItemParameters] {
        var rng = Xoshiro256StarStar(seed: 42)
        let items = (0..<8).map { j in ItemParameters.dichotomous(DichotomousItem(a: 0.8 + 0.1 * Double(j), b: -1.4 + 0.4 * Double(j))) }
        let ids = (1...8).map { "i\($0)" }
        let thetas = ResponseSimulation.abilities(count: 1_000, using: &rng)
        let responses = ResponseSimulation.responses(items: items, thetas: thetas, itemIDs: ids, using: &rng)
        var csv = ids.joined(separator: ",") + "\n"
        for i in 0..<1_000 {
            csv += (0..<8).map { j in (i + j) % 5 == 0 ? "" : String(responses[i, j]!) }.joined(separator: ",") + "\n"
        }
        try csv.write(to: url, atomically: true, encoding: .utf8)
        return items
    }

    @Test func calibrateWritesTheBankShapeWithStandardErrors() throws {
        // setup
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("responses.csv"), output = dir.appendingPathComponent("params.json")
        let truth = try writeResponses(to: input)
        // MUT
        let command = try Calibrate.parse(["--model", "2pl", "--input", input.path, "--output", output.path])
        try command.run()
        // validate
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any])
        #expect(json["model"] as? String == "2PL")
        let items = try #require(json["items"] as? [[String: Any]])
        #expect(items.count == 8)
        for (item, true_) in zip(items, truth) {
            let a = try #require(item["a"] as? Double), b = try #require(item["b"] as? Double)
            #expect(abs(a - true_.a) < 0.35)
            #expect(abs(b - true_.thresholds[0]) < 0.35)
            #expect((item["se"] as? [String: Any])?["a"] is Double)
        }
        #expect((json["convergence"] as? [String: Any])?["converged"] as? Bool == true)
        // The output is a bank: simulate reads it.
        let bank = try ItemBank.parse(Data(contentsOf: output))
        #expect(bank.items.count == 8)
    }

    @Test func calibrateNamesTheBadLine() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("bad.csv")
        try "i1,i2\n1,0\n1\n".write(to: input, atomically: true, encoding: .utf8)
        let command = try Calibrate.parse(["--model", "2pl", "--input", input.path, "--output", dir.appendingPathComponent("o.json").path])
        do {
            try command.run()
            Issue.record("a ragged row must fail")
        } catch {
            #expect(String(describing: error).contains("line 3"))
        }
        try "i1,i2\n1,2\n".write(to: input, atomically: true, encoding: .utf8)
        do { try command.run() } catch { #expect(String(describing: error).contains("outside the 2PL categories")) }
        #expect(throws: (any Error).self) { try Calibrate.parse(["--model", "4pl", "--input", "x", "--output", "y"]) }
    }

    @Test func simulateIsReproducibleAndReportsItsFigures() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bankURL = dir.appendingPathComponent("bank.json")
        let items = (0..<200).map { (j: Int) -> BankItem in
            let a: Double = 1 + Double(j % 5) * 0.2
            let b: Double = -3 + 6 * Double(j) / 199
            let item = DichotomousItem(a: a, b: b, c: 0.15)
            return BankItem(id: "c\(j)", parameters: .dichotomous(item), area: j % 2 == 0 ? "numerik" : "verbal")
        }
        try ItemBank(model: .threePL, items: items).jsonData().write(to: bankURL)
        let out1 = dir.appendingPathComponent("a.json"), out2 = dir.appendingPathComponent("b.json")
        for out in [out1, out2] {
            let command = try Simulate.parse(["--bank", bankURL.path, "--examinees", "50", "--max-items", "20", "--se", "0.3",
                                              "--seed", "7", "--output", out.path])
            try command.run()
        }
        let a = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out1)) as? [String: Any])
        let b = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out2)) as? [String: Any])
        #expect((a["examinees"] as? [[String: Any]])?.map { $0["items"] as? [String] }
                == (b["examinees"] as? [[String: Any]])?.map { $0["items"] as? [String] })
        let summary = try #require(a["summary"] as? [String: Any])
        #expect(summary["examinees"] as? Int == 50)
        let length = try #require(summary["meanTestLength"] as? Double)
        #expect(length > 1 && length <= 20)
        #expect((summary["rmse"] as? Double).map { $0 < 0.8 } == true)
        #expect(throws: (any Error).self) {
            try Simulate.parse(["--bank", bankURL.path, "--examinees", "0", "--max-items", "20", "--seed", "1", "--output", "x"])
        }
    }
}
