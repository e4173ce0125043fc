import ArgumentParser
import Foundation
import Psychometrics

/// `talenta simulate`: a CAT simulation on a bank, for planning test length and precision.
public struct Simulate: ParsableCommand {
    public static let configuration = CommandConfiguration(
        abstract: "Simulate adaptive tests (EAP + maximum information) on a bank.",
        discussion: "Prints examinees per second, mean test length, and the RMSE and bias of θ.")

    @Option(help: "The bank JSON: {\"model\", \"items\": [{\"id\", \"a\", \"b\", \"c\"?, \"area\"?}]}.")
    var bank: String

    @Option(help: "How many examinees, with θ drawn from N(0, 1).")
    var examinees: Int

    @Option(help: "The maximum test length.")
    var maxItems: Int

    @Option(help: "The minimum test length.")
    var minItems: Int = 1

    @Option(help: "Stop once the standard error of θ is at most this.")
    var se: Double?

    @Option(help: "Randomesque exposure control: choose among the top k items.")
    var randomesque: Int = 1

    @Option(help: "The seed; the same seed gives the same simulation.")
    var seed: UInt64

    @Option(help: "Where to write the per-examinee results JSON.")
    var output: String

    public init() {}

    public func validate() throws {
        guard examinees > 0 else { throw ValidationError("--examinees must be positive") }
        guard maxItems > 0, minItems > 0, minItems <= maxItems else {
            throw ValidationError("--min-items and --max-items must be positive, min ≤ max")
        }
        if let se, !(se > 0) { throw ValidationError("--se must be positive") }
        guard randomesque >= 1 else { throw ValidationError("--randomesque must be at least 1") }
    }

    public func run() throws {
        do {
            let itemBank = try ItemBank.parse(try readFile(bank))
            let started = ContinuousClock.now
            let prepared = try AdaptiveItemBank(bank: itemBank)
            let configuration = AdaptiveConfiguration(minimumItems: minItems, maximumItems: maxItems,
                                                      standardErrorThreshold: se, randomesque: randomesque)
            let results = try AdaptiveSimulation.run(bank: prepared, configuration: configuration, examinees: examinees,
                                                     seed: seed)
            let seconds = (ContinuousClock.now - started) / .seconds(1)
            let summary = SimulationSummary(results, seconds: seconds)
            try writeFile(try summary.json(results, bank: itemBank), to: output)
            print(summary.text)
        } catch let error as PsychometricsError {
            throw CommandFailure(error.description)
        }
    }
}

struct SimulationSummary {
    let examinees: Int
    let seconds: Double
    let meanLength: Double
    let rmse: Double
    let bias: Double

    init(_ results: [AdaptiveSimulation.Examinee], seconds: Double) {
        examinees = results.count
        self.seconds = seconds
        let n = Double(max(results.count, 1))
        meanLength = Double(results.map(\.testLength).reduce(0, +)) / n
        let errors = results.map { $0.estimate.theta - $0.trueTheta }
        rmse = (errors.map { $0 * $0 }.reduce(0, +) / n).squareRoot()
        bias = errors.reduce(0, +) / n
    }

    var examineesPerSecond: Double { Double(examinees) / max(seconds, 1e-9) }

    var text: String {
        String(format: "%d examinees in %.3f s (%.0f examinees/s), mean test length %.2f, RMSE(θ) %.4f, bias(θ) %+.4f",
               examinees, seconds, examineesPerSecond, meanLength, rmse, bias)
    }

    func json(_ results: [AdaptiveSimulation.Examinee], bank: ItemBank) throws -> Data {
        let ids = bank.items.map(\.id)
        let root: [String: Any] = [
            "summary": ["examinees": examinees, "seconds": seconds, "examineesPerSecond": examineesPerSecond,
                        "meanTestLength": meanLength, "rmse": rmse, "bias": bias],
            "examinees": results.map { e in
                ["trueTheta": e.trueTheta, "theta": e.estimate.theta, "se": e.estimate.standardError,
                 "length": e.testLength, "stopReason": e.stopReason.rawValue,
                 "items": e.items.map { ids[$0] }, "responses": e.responses] as [String: Any]
            },
        ]
        return try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])
    }
}
