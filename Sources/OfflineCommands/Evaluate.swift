import ArgumentParser
import Foundation
import TalentDomain

/// `talenta evaluate`: the pure talent evaluation of a batch (JPM, potential, performance, nine-box).
public struct Evaluate: ParsableCommand {
    public static let configuration = CommandConfiguration(
        abstract: "Evaluate a batch of officials: JPM and categories, potential, performance, nine-box, gaps.",
        discussion: """
            Input: {"people": [{"id", "levels": {"M.01": 4, ...}, "standard": {...}, "potentialScore" or
            "potentialComponents": {"aspects", "qualification", "integrity"}, "performance": ["Baik", ...]}]}.
            The default configuration is DOMAIN.md's; --config FILE overrides any part of it.
            """)

    @Option(help: "The input JSON file.")
    var input: String

    @Option(help: "Where to write the results JSON.")
    var output: String

    @Option(help: "A configuration JSON file (any subset of the defaults).")
    var config: String?

    public init() {}

    public func run() throws {
        let configuration = try loadTalentConfiguration(config)
        // Mapped rather than copied: the batch is read once, front to back, and may be large.
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: input), options: .alwaysMapped) } catch {
            throw CommandFailure("cannot read the file '\(input)'")
        }
        let started = ContinuousClock.now
        var timings = EvaluationBatch.Timings()
        let results: Data
        do { results = try EvaluationBatch.run(data, configuration: configuration, timings: &timings) } catch {
            throw CommandFailure("\(input): \(error.description)")
        }
        let written = ContinuousClock.now
        try writeFile(results, to: output)
        let finished = ContinuousClock.now
        func ms(_ duration: Duration) -> String { duration.formatted(.units(allowed: [.milliseconds])) }
        FileHandle.standardError.write(Data("""
            evaluated \(input) in \(ms(finished - started)) (\(timings.records) officials; parse \(ms(timings.parse)), \
            rules \(ms(timings.rules)), encode \(ms(timings.encode)), write \(ms(finished - written)))

            """.utf8))
    }
}

/// Reads `--config`, or the defaults when absent.
func loadTalentConfiguration(_ path: String?) throws -> TalentConfiguration {
    guard let path else { return .default }
    let configuration: TalentConfiguration
    do { configuration = try JSONDecoder().decode(TalentConfiguration.self, from: try readFile(path)) } catch let error as CommandFailure {
        throw error
    } catch {
        throw CommandFailure("\(path): not a valid configuration: \(describe(error))")
    }
    if let problem = configuration.problem() { throw CommandFailure("\(path): \(problem)") }
    return configuration
}
