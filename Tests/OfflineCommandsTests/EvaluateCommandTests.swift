import Foundation
import Testing
@testable import OfflineCommands

@Suite("talenta evaluate command")
struct EvaluateCommandTests {
    @Test func writesResultsAndHonoursConfig() throws {
        // setup
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.json"), output = dir.appendingPathComponent("out.json")
        let config = dir.appendingPathComponent("config.json")
        try Data(#"{"people": [{"id": "p1", "levels": {"M.01": 4}, "standard": {"M.01": 4}, "potentialScore": 85, "performance": ["Baik", "Sangat Baik"]}]}"#.utf8).write(to: input)
        try Data(#"{"nineBox": {"highPotential": 85}}"#.utf8).write(to: config)
        // MUT
        var command = try Evaluate.parse(["--input", input.path, "--output", output.path])
        try command.run()
        let plain = try String(contentsOf: output, encoding: .utf8)
        command = try Evaluate.parse(["--input", input.path, "--output", output.path, "--config", config.path])
        try command.run()
        let configured = try String(contentsOf: output, encoding: .utf8)
        // validate
        #expect(plain.contains("\"box\": 7"))
        #expect(configured.contains("\"box\": 9"))
    }

    @Test func malformedInputNamesFileRecordAndField() throws {
        // setup
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.json")
        try Data(#"{"people": [{"id": "p1", "levels": {"M.01": true}, "standard": {"M.01": 4}, "potentialScore": 85, "performance": ["Baik"]}]}"#.utf8).write(to: input)
        let command = try Evaluate.parse(["--input", input.path, "--output", dir.appendingPathComponent("out.json").path])
        // MUT
        do {
            try command.run()
            Issue.record("expected a failure")
        } catch {
            // validate
            #expect(String(describing: error).contains("in.json: record 1 (id p1), field levels.M.01: a level must be a whole number from 1 to 5, got true"),
                    "\(error)")
        }
    }

    @Test func badConfigAndMissingFilesAreClearErrors() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("eval-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let config = dir.appendingPathComponent("config.json")
        try Data(#"{"potential": {"aspects": 0.5}}"#.utf8).write(to: config)
        #expect(throws: CommandFailure.self) { try loadTalentConfiguration(config.path) }
        do { _ = try loadTalentConfiguration(config.path) } catch {
            #expect(String(describing: error).contains("potential weights must add up to 1"))
        }
        try Data(#"{"jpm": {"msFrom": "eighty"}}"#.utf8).write(to: config)
        do { _ = try loadTalentConfiguration(config.path) } catch {
            #expect(String(describing: error).contains("jpm.msFrom"))
        }
        let command = try Evaluate.parse(["--input", "/nonexistent.json", "--output", "/tmp/x.json"])
        #expect(throws: CommandFailure.self) { try command.run() }
    }
}
