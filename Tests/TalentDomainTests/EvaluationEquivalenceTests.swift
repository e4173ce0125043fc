import Foundation
import Testing
@testable import TalentDomain

/// The batch path (byte reader, fixed-position rules, parallel stretches, hand-written writer) against an
/// independent one: Foundation's JSONSerialization to write the input, Foundation's JSONDecoder to read
/// input and output, and the rules as `JobPersonMatch` computes them from dictionaries.
///
/// (JSONDecoder rather than JSONSerialization reads the numbers: on Linux, swift-corelibs-foundation's
/// JSONSerialization rounds some of them wrongly, e.g. `55.172413793103445` to `55.172413793103466`.)
@Suite("Batch evaluation equals an independent evaluation")
struct EvaluationEquivalenceTests {
    static let technicalCodes = ["T.KES.01", "T.KES.02", "T.TI.07"]

    /// Seeded people as JSON values: some competencies left out, technical codes for a third of them,
    /// potential as a score or as components, 1–4 years of predikat, awkward ids, ignored keys.
    static func people(_ count: Int, seed: UInt64) -> [[String: Any]] {
        var rng = SplitMix64(seed: seed)
        return (0 ..< count).map { index in
            var levels: [String: Int] = [:], standard: [String: Int] = [:]
            for competency in Competency.allCases {
                if Int.random(in: 0 ..< 20, using: &rng) > 0 { levels[competency.code] = Int.random(in: 1 ... 5, using: &rng) }
                if Int.random(in: 0 ..< 20, using: &rng) > 0 { standard[competency.code] = Int.random(in: 1 ... 5, using: &rng) }
            }
            if index % 3 == 0 {
                for code in technicalCodes {
                    if Bool.random(using: &rng) { levels[code] = Int.random(in: 1 ... 5, using: &rng) }
                    if Bool.random(using: &rng) { standard[code] = Int.random(in: 1 ... 5, using: &rng) }
                }
            }
            if standard.isEmpty { standard["SK.01"] = 4 }
            let id = switch index % 4 {
            case 0: "19\(750_315_200_003_100 + index)"
            case 1: "Pegawai \"\(index)\" \\ Ñ 😀\t},{"
            case 2: "p\(index)"
            default: "\(index)/\u{1}/é"
            }
            let years = Int.random(in: 1 ... 4, using: &rng)
            var person: [String: Any] = [
                "id": id, "levels": levels, "standard": standard,
                "performance": (0 ..< years).map { _ in Predikat.allCases.randomElement(using: &rng)!.rawValue },
            ]
            if index % 2 == 0 {
                person["potentialScore"] = Double.random(in: 0 ... 100, using: &rng)
            } else {
                person["potentialComponents"] = ["aspects": Double.random(in: 0 ... 100, using: &rng),
                                                 "qualification": Double(Int.random(in: 0 ... 100, using: &rng)),
                                                 "integrity": Double.random(in: 0 ... 100, using: &rng)]
            }
            if index % 5 == 0 { person["unit"] = ["name": "Biro {SDM}", "posts": [["a": 1], ["b": [true, NSNull()]]]] }
            return person
        }
    }

    /// Inputs built from Foundation's reading of the same text.
    static func independentInputs(_ data: Data) throws -> [TalentEvaluation.Input] {
        struct Batch: Decodable { let people: [Person] }
        struct Person: Decodable {
            let id: String
            let levels: [String: Int]
            let standard: [String: Int]
            let potentialScore: Double?
            let potentialComponents: [String: Double]?
            let performance: [String]
        }
        return try JSONDecoder().decode(Batch.self, from: data).people.map { person in
            let potential: TalentEvaluation.Potential
            if let score = person.potentialScore {
                potential = .score(score)
            } else {
                let components = try #require(person.potentialComponents)
                potential = .components(aspects: components["aspects"]!, qualification: components["qualification"]!,
                                        integrity: components["integrity"]!)
            }
            return TalentEvaluation.Input(id: person.id, levels: person.levels, standard: person.standard, potential: potential,
                                          performance: person.performance.map { Predikat(rawValue: $0)! })
        }
    }

    /// The results of an output document, as Foundation reads them.
    static func results(_ output: Data) throws -> [TalentEvaluation] {
        struct Document: Decodable { let results: [TalentEvaluation] }
        return try JSONDecoder().decode(Document.self, from: output).results
    }

    /// The evaluation as the rules were first written: dictionaries split by the `T.` prefix into
    /// `JobPersonMatch`, the performance mean over `suffix(window)`.
    static func reference(_ input: TalentEvaluation.Input, _ configuration: TalentConfiguration) -> TalentEvaluation {
        let isTechnical: (Dictionary<String, Int>.Element) -> Bool = { $0.key.hasPrefix("T.") }
        let match = JobPersonMatch(achieved: input.levels.filter { !isTechnical($0) },
                                   standard: input.standard.filter { !isTechnical($0) },
                                   technicalAchieved: input.levels.filter(isTechnical),
                                   technicalStandard: input.standard.filter(isTechnical), rules: configuration.jpm)
        let potential = switch input.potential {
        case .score(let score): score
        case .components(let aspects, let qualification, let integrity):
            configuration.potential.composite(competency: match.percentage, aspects: aspects,
                                              qualification: qualification, integrity: integrity)
        }
        let recent = input.performance.suffix(configuration.performance.window)
        let mean = Double(recent.map(PerformanceRules.value).reduce(0, +)) / Double(recent.count)
        let performance: PerformanceBand = mean >= configuration.performance.aboveFrom ? .diAtas
            : mean >= configuration.performance.asExpectedFrom ? .sesuai : .diBawah
        let potentialBand = configuration.nineBox.band(potential)
        let outcome = TalentEvaluation.Outcome(
            jpm: match.percentage, fillingCategory: match.filling, mappingCategory: match.mapping, potentialScore: potential,
            potentialBand: potentialBand, performanceBand: performance,
            box: NineBox.box(performance: performance, potential: potentialBand))
        return TalentEvaluation(id: input.id, outcome: outcome, gaps: match.gaps)
    }

    static let configurations: [TalentConfiguration] = {
        var technical = TalentConfiguration()
        technical.jpm.technicalWeight = 0.3
        technical.jpm.capAtStandard = true
        technical.nineBox.highPotential = 85
        technical.nineBox.mediumPotential = 70
        technical.performance.window = 3
        technical.performance.aboveFrom = 2.4
        return [.default, technical]
    }()

    @Test(arguments: [0, 1])
    func batchPathEqualsIndependentEvaluation(_ configurationIndex: Int) throws {
        // setup: 3,000 people, about 1 MB, so the list is read in several parallel stretches
        let configuration = Self.configurations[configurationIndex]
        let data = try JSONSerialization.data(withJSONObject: ["people": Self.people(3_000, seed: 7)])
        let inputs = try Self.independentInputs(data)
        // MUT
        let parsed = try EvaluationBatch.parse(data)
        let output = try EvaluationBatch.run(data, configuration: configuration)
        // validate: the same inputs as Foundation reads, the same evaluations as the dictionary rules
        #expect(parsed == inputs)
        let expected = inputs.map { Self.reference($0, configuration) }
        #expect(inputs.map { TalentEvaluation($0, configuration: configuration) } == expected)
        #expect(try Self.results(output) == expected)
        // The public stages give the same bytes as the batch path.
        #expect(try EvaluationBatch.encode(EvaluationBatch.evaluate(inputs, configuration: configuration)) == output)
    }

    @Test func whitespaceAndKeyOrderDoNotMatter() throws {
        // setup
        let people = Self.people(1_500, seed: 11)
        let compact = try JSONSerialization.data(withJSONObject: ["people": people])
        let pretty = try JSONSerialization.data(withJSONObject: ["people": people], options: [.prettyPrinted, .sortedKeys])
        // MUT and validate
        #expect(try EvaluationBatch.parse(pretty) == EvaluationBatch.parse(compact))
        #expect(try EvaluationBatch.run(pretty) == EvaluationBatch.run(compact))
    }

    @Test func reRunsAreByteIdentical() throws {
        let data = try JSONSerialization.data(withJSONObject: ["people": Self.people(2_000, seed: 3)])
        let first = try EvaluationBatch.run(data)
        #expect(try EvaluationBatch.run(data) == first)
        #expect(try EvaluationBatch.run(data) == first)
    }

    /// A compact batch of `count` valid people with plain ids, one line each, about 300 bytes apiece.
    static func plainBatch(_ count: Int, editing edit: (Int, inout String) -> Void = { _, _ in }) -> Data {
        var lines: [String] = []
        for index in 1 ... count {
            var line = #"{"id":"p\#(index)","levels":{"M.01":4,"M.02":3,"M.03":5,"M.04":2,"M.05":4,"M.06":4,"M.07":1,"M.08":4,"SK.01":3},"#
                + #""standard":{"M.01":4,"M.02":4,"M.03":4,"M.04":4,"M.05":4,"M.06":4,"M.07":4,"M.08":4,"SK.01":4},"#
                + #""potentialScore":77.25,"performance":["Baik","Sangat Baik"]}"#
            edit(index, &line)
            lines.append(line)
        }
        return Data(("{\"people\":[" + lines.joined(separator: ",") + "]}").utf8)
    }

    @Test(arguments: [
        (4_321, "record 4321 (id p4321), field levels.M.03: a level must be a whole number from 1 to 5, got 9"),
        (4_500, "record 4500 (id p17), field id: duplicates record 17"),
        (5_999, "record 5999 (id p5999), field levels: not valid JSON"),
    ])
    func errorsLateInALargeBatchAreTheFirstInTheText(_ bad: Int, _ expected: String) {
        // setup: about 2 MB, read in parallel stretches; one record is broken
        let data = Self.plainBatch(6_000) { index, line in
            guard index == bad else { return }
            switch bad {
            case 4_321: line = line.replacingOccurrences(of: #""M.03":5"#, with: #""M.03":9"#)
            case 4_500: line = line.replacingOccurrences(of: #""id":"p4500""#, with: #""id":"p17""#)
            default: line = line.replacingOccurrences(of: #""M.03":5"#, with: #""M.03" 5"#)
            }
        }
        // MUT
        do {
            _ = try EvaluationBatch.run(data)
            Issue.record("expected an error")
        } catch {
            // validate
            #expect(error.description.contains(expected), "\(error.description)")
        }
    }

    @Test func aLargeBatchIsReadInStretchesThatJoinUp() throws {
        // setup
        let data = Self.plainBatch(6_000)
        // MUT
        let stretches = try EvaluationBatchReader.read(data)
        // validate: several stretches were read in parallel, and together they are the batch in order
        #expect(stretches.count > 1)
        #expect(stretches.flatMap { $0.map(\.id) } == (1 ... 6_000).map { "p\($0)" })
        #expect(try stretches.flatMap { $0.map(\.input) } == Self.independentInputs(data))
    }

    @Test func recordLikeTextInsideValuesDoesNotSplitTheBatch() throws {
        // setup: `},{` inside ids and inside an ignored list of objects, in every record
        let data = Self.plainBatch(6_000) { index, line in
            line = line.replacingOccurrences(of: #""id":"p\#(index)""#, with: #""id":"p\#(index) },{ }, {","x":[{},{},{"y":"},{"}]"#)
        }
        // MUT
        let people = try EvaluationBatch.parse(data)
        // validate
        #expect(people.count == 6_000)
        #expect(people.map(\.id) == (1 ... 6_000).map { "p\($0) },{ }, {" })
        #expect(try people == Self.independentInputs(data))
    }
}
