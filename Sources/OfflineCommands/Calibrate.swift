import ArgumentParser
import Foundation
import Psychometrics

/// `talenta calibrate`: MML-EM item calibration from a response CSV.
public struct Calibrate: ParsableCommand {
    public static let configuration = CommandConfiguration(
        abstract: "Calibrate item parameters (MML-EM) from a CSV of responses.",
        discussion: """
            The CSV has a header of item ids and a row per person; an empty cell is a missing response.
            The output has the bank shape {"model", "items": [{"id", "a", "b", "c"?}]} plus each item's
            standard errors ("se"), the latent distribution and the convergence report.
            """)

    @Option(help: "2pl, 3pl, grm or gpcm (also 1pl).")
    var model: String

    @Option(help: "The responses CSV.")
    var input: String

    @Option(help: "Where to write params.json.")
    var output: String

    @Option(help: "Quadrature points.")
    var quadrature: Int = 21

    @Option(help: "A bank JSON of anchor items whose parameters stay fixed.")
    var anchors: String?

    @Flag(help: "Skip the standard errors (faster).")
    var noStandardErrors = false

    public init() {}

    public func validate() throws {
        guard ItemModel(cliName: model) != nil else { throw ValidationError("unknown model '\(model)'; use 2pl, 3pl, grm or gpcm") }
        guard (5...201).contains(quadrature) else { throw ValidationError("--quadrature must be from 5 to 201") }
    }

    public func run() throws {
        let model = ItemModel(cliName: model)!
        let text = String(decoding: try readFile(input), as: UTF8.self)
        do {
            let responses = try ResponseCSV.parse(text, model: model)
            let anchorItems = try anchors.map { try ItemBank.parseAnchors(try readFile($0), model: model) } ?? [:]
            var options = CalibrationOptions()
            options.quadraturePoints = quadrature
            options.computeStandardErrors = !noStandardErrors
            let started = ContinuousClock.now
            let result = try MarginalMaximumLikelihood.calibrate(responses, model: model, anchors: anchorItems,
                                                                 options: options) { step in
                FileHandle.standardError.write(Data(String(
                    format: "EM iteration %d  log-likelihood %.4f  largest change %.6f\n",
                    step.iteration, step.logLikelihood, step.largestChange).utf8))
            }
            let elapsed = ContinuousClock.now - started
            try writeFile(try CalibrationOutput.json(result), to: output)
            let r = result.report
            FileHandle.standardError.write(Data(String(
                format: "%@ after %d iterations, log-likelihood %.4f, largest change %.6f, %d persons x %d items in %@\n",
                r.converged ? "converged" : "NOT converged", r.iterations, r.logLikelihood, r.largestChange,
                responses.personCount, responses.itemCount, "\(elapsed)").utf8))
        } catch let error as PsychometricsError {
            throw CommandFailure("\(error.description)")
        }
    }
}

extension ItemModel {
    /// The command-line spelling: `1pl`, `2pl`, `3pl`, `grm`, `gpcm` (any case).
    init?(cliName: String) {
        guard let model = ItemModel(rawValue: cliName.uppercased()) else { return nil }
        self = model
    }
}

/// The calibrate output: the bank JSON with standard errors, latent distribution and convergence.
enum CalibrationOutput {
    static func json(_ result: CalibrationResult) throws -> Data {
        guard var root = try JSONSerialization.jsonObject(with: result.bank.jsonData()) as? [String: Any],
              var items = root["items"] as? [[String: Any]] else {
            throw CommandFailure("internal: the bank did not encode as an object")
        }
        for (index, item) in result.items.enumerated() where index < items.count {
            if let se = item.standardErrors {
                var entry: [String: Any] = [:]
                if let a = se.a { entry["a"] = a }
                entry["b"] = se.b.count == 1 ? se.b[0] as Any : se.b as Any
                if let c = se.c { entry["c"] = c }
                items[index]["se"] = entry
            }
            if item.isAnchor { items[index]["anchor"] = true }
        }
        root["items"] = items
        root["latent"] = ["mean": result.latentMean, "sd": result.latentStandardDeviation]
        root["convergence"] = ["iterations": result.report.iterations, "logLikelihood": result.report.logLikelihood,
                               "largestChange": result.report.largestChange, "converged": result.report.converged]
        return try JSONSerialization.data(withJSONObject: root, options: [.prettyPrinted, .sortedKeys])
    }
}
