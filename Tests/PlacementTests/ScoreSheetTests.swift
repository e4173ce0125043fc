import Foundation
import JSONText
import Testing
@testable import Placement

@Suite("ScoreSheet and PlacementPlan: the place command's CSV in and plan.json out")
struct ScoreSheetTests {
    func parse(_ text: String) throws -> ScoreSheet { try ScoreSheet.parse(Array(text.utf8)) }

    func problems(_ text: String) -> [ScoreSheetProblem] {
        do {
            _ = try parse(text)
            return []
        } catch PlacementError.badScores(let problems) {
            return problems
        } catch {
            return [ScoreSheetProblem(line: 0, reason: "unexpected \(error)")]
        }
    }

    @Test func readsCommasSemicolonsDecimalCommasBOMAndCRLF() throws {
        // setup
        let comma = "candidate,P01,P02\nC01,91.5,\nC02,80,100\n"
        let semicolon = "\u{FEFF}candidate;P01;P02\r\nC01;91,5;\r\n\r\nC02;80;100,000\r\n"
        let quoted = "\"\",\"P01\",P02\n\"C01\", 91.5 ,\nC02,80,100"
        // MUT
        let sheets = try [comma, semicolon, quoted].map(parse)
        // validate
        for sheet in sheets {
            #expect(sheet.postIDs == ["P01", "P02"] && sheet.candidateIDs == ["C01", "C02"])
            #expect(sheet.fits.fitUnits(post: 0, candidate: 0) == 91_500_000)
            #expect(sheet.fits.fitUnits(post: 1, candidate: 0) == nil)
            #expect(sheet.fits.fitUnits(post: 1, candidate: 1) == 100_000_000)
        }
        #expect(sheets[0] == sheets[1] && sheets[1] == sheets[2])
        // Exact decimals: six places kept, the seventh rounds.
        let fine = try parse("x,P\nA,83.3333333\nB,83.3333335\nC,0.000001\nD,+7\nE,-0")
        #expect((0 ..< 5).map { fine.fits.fitUnits(post: 0, candidate: $0) } == [83_333_333, 83_333_334, 1, 7_000_000, 0])
    }

    @Test func badCellsAreReportedByLineAndPost() {
        let found = problems("candidate,P01,P02\nC01,abc,50\nC02,NaN,101\nC03,1e2\nC01,,\nC04,50.5.5,-3\n")
        #expect(found.map(\.description) == [
            "line 2, post P01: \"abc\" is not a number",
            "line 3, post P01: \"NaN\" is not a number",
            "line 3, post P02: \"101\" is outside 0 to 100",
            "line 4: has 2 cells, the header has 3",
            "line 5: duplicate candidate id C01 (first on line 2)",
            "line 6, post P01: \"50.5.5\" is not a number",
            "line 6, post P02: \"-3\" is outside 0 to 100",
        ])
        #expect(problems("id,P01,P01,\nC1,1,2,3\n").map(\.description) == [
            "line 1, post P01: duplicate post id", "line 1: column 4 of the header has an empty post id",
        ])
        // A decimal comma with the comma separator splits the cell: a ragged row.
        #expect(problems("id,P01\nC1,91,5\n").map(\.description) == ["line 2: has 3 cells, the header has 2"])
        #expect(problems("").map(\.description) == ["line 1: the file is empty"])
        #expect(problems("id\nC1\n").map(\.description) == ["line 1: the header has no post columns"])
        #expect(problems("\n\nid;P1\n\n;5\n").map(\.description) == ["line 5: empty candidate id"])
        // Reading stops at 1,000 problems, and says so.
        let many = problems("id,P1\n" + (1 ... 1_500).map { "C\($0),x\n" }.joined())
        #expect(many.count == 1_001 && many.last?.description == "line 1001: stopped reading after 1000 problems")
    }

    @Test func planIsExactDeterministicAndIndependentOfRowAndColumnOrder() throws {
        // setup: a tie between C1 and C2 on both posts; P03 has no eligible candidate.
        let text = "candidate,P01,P02,P03\nC2,80,80,\nC1,80,80,\nC3,10.25,,\n"
        let shuffled = "candidate;P03;P02;P01\nC3;;;10,25\nC1;;80;80\nC2;;80;80\n"
        // MUT
        let plan = try PlacementPlan.solve(try parse(text))
        let again = try PlacementPlan.solve(try parse(shuffled))
        // validate: the smallest post id gets the smallest candidate id among equal optima.
        let json = String(decoding: plan.jsonData(), as: UTF8.self)
        #expect(json == """
            {
              "assignments": [
                {"post": "P01", "candidate": "C1", "fit": 80},
                {"post": "P02", "candidate": "C2", "fit": 80}
              ],
              "total": 160,
              "unfilled": ["P03"]
            }

            """)
        #expect(Set(again.assignments.map { "\($0.post)=\($0.candidate)" }) == ["P01=C1", "P02=C2"])
        #expect(again.unfilled == ["P03"] && again.totalUnits == plan.totalUnits)
        #expect(PlacementPlan.decimal(1_234_500_000) == "1234.5" && PlacementPlan.decimal(1) == "0.000001")
        #expect(JSONText.quoted("a\"b\\c\u{1}") == "\"a\\\"b\\\\c\\u0001\"")
        let empty = try PlacementPlan.solve(try parse("id,P1\n"))
        #expect(String(decoding: empty.jsonData(), as: UTF8.self) == "{\n  \"assignments\": [],\n  \"total\": 0,\n  \"unfilled\": [\"P1\"]\n}\n")
    }

    @Test func shuffledSheetsGiveByteIdenticalPlans() throws {
        var rng = TestRandom(seed: 5)
        for _ in 0 ..< 60 {
            // setup: a random sheet with many ties, written in two random orders.
            let n = Int.random(in: 1 ... 8, using: &rng), m = Int.random(in: 1 ... 12, using: &rng)
            let cells = (0 ..< m).map { _ in (0 ..< n).map { _ in Bool.random(using: &rng) ? "" : ["75", "80", "88.5"].randomElement(using: &rng)! } }
            func write(_ posts: [Int], _ candidates: [Int]) -> String {
                "candidate," + posts.map { "P\($0)" }.joined(separator: ",") + "\n"
                    + candidates.map { c in "C\(c)," + posts.map { cells[c][$0] }.joined(separator: ",") }.joined(separator: "\n")
            }
            let posts = Array(0 ..< n), candidates = Array(0 ..< m)
            // MUT
            let plan = try PlacementPlan.solve(try parse(write(posts, candidates)))
            let other = try PlacementPlan.solve(try parse(write(posts, candidates.shuffled(using: &rng))))
            let reordered = try PlacementPlan.solve(try parse(write(posts.shuffled(using: &rng), candidates.shuffled(using: &rng))))
            // validate
            #expect(plan.jsonData() == other.jsonData())
            #expect(Set(plan.assignments.map { "\($0.post)=\($0.candidate)" }) == Set(reordered.assignments.map { "\($0.post)=\($0.candidate)" }))
        }
    }
}
