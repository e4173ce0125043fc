import Foundation
import Testing
@testable import OfflineCommands

@Suite("talenta place command")
struct PlaceCommandTests {
    func temporaryDirectory() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("place-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func writesTheOptimalPlanNotTheGreedyOne() throws {
        // setup: greedy would give P01 to A (90) and leave P02 with B (60); the optimum is 88 + 85.
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let scores = dir.appendingPathComponent("scores.csv"), plan = dir.appendingPathComponent("plan.json")
        try Data("\u{FEFF}kandidat;P01;P02;P03\r\nA;90;85;\r\nB;88;60,0;\r\n".utf8).write(to: scores)
        // MUT
        let command = try Place.parse(["--scores", scores.path, "--output", plan.path])
        try command.run()
        // validate
        #expect(try String(contentsOf: plan, encoding: .utf8) == """
            {
              "assignments": [
                {"post": "P01", "candidate": "B", "fit": 88},
                {"post": "P02", "candidate": "A", "fit": 85}
              ],
              "total": 173,
              "unfilled": ["P03"]
            }

            """)
        #expect(offlineCommands.contains { $0 == Place.self })
    }

    @Test func badCellsFailWithoutWritingAnything() throws {
        let dir = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let scores = dir.appendingPathComponent("scores.csv"), plan = dir.appendingPathComponent("plan.json")
        try Data("candidate,P01,P02\nC1,abc,50\nC2,nan,100.5\nC1,1,2\n".utf8).write(to: scores)
        let command = try Place.parse(["--scores", scores.path, "--output", plan.path])
        do {
            try command.run()
            Issue.record("bad cells must fail")
        } catch {
            let message = String(describing: error)
            #expect(message.contains("line 2, post P01: \"abc\" is not a number"))
            #expect(message.contains("line 3, post P01: \"nan\" is not a number"))
            #expect(message.contains("line 3, post P02: \"100.5\" is outside 0 to 100"))
            #expect(message.contains("line 4: duplicate candidate id C1 (first on line 2)"))
        }
        #expect(!FileManager.default.fileExists(atPath: plan.path))
        #expect(throws: (any Error).self) { try Place.parse(["--output", plan.path]) }
        let missing = try Place.parse(["--scores", dir.appendingPathComponent("none.csv").path, "--output", plan.path])
        #expect(throws: CommandFailure.self) { try missing.run() }
    }
}
