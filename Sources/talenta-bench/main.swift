import Foundation
import Psychometrics
import TalentDomain

// talenta-bench [data-dir] [--python PYTHON] [--peers peers.json] [--only placement]
//
// Generates the benchmark data deterministically, writes it to the data directory (so the Python
// peer script reads exactly the same data), times our calibration, CAT simulation, batch
// evaluation and placement solver in this process, and prints a JSON report. With --python, it
// then runs bench/peers.py on the same data (mirt, catsim and scipy's linear_sum_assignment) and
// adds the speed ratios; --peers reads a peers.json printed earlier instead. `--only placement`
// runs the placement part alone (on both sides). `bench/peers.sh` is the one documented command.

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

let arguments = Array(CommandLine.arguments.dropFirst())
let dataDirectory = URL(fileURLWithPath: arguments.enumerated().first(where: { index, argument in
    !argument.hasPrefix("--") && (index == 0 || !["--peers", "--python", "--only"].contains(arguments[index - 1]))
})?.element ?? "bench-data")
let peersPath = arguments.firstIndex(of: "--peers").map { arguments[$0 + 1] }
let pythonPath = arguments.firstIndex(of: "--python").map { arguments[$0 + 1] }
let only = arguments.firstIndex(of: "--only").map { arguments[$0 + 1] }
try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)

/// The peers' report: read from --peers, or bench/peers.py run with --python on the same data.
func peerReport(extraArguments: [String]) throws -> [String: Any]? {
    if let peersPath {
        return try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: peersPath))) as? [String: Any]
    }
    guard let pythonPath else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: pythonPath)
    let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("bench/peers.py").path
    process.arguments = [script, dataDirectory.path] + extraArguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        FileHandle.standardError.write(Data("bench/peers.py failed with status \(process.terminationStatus)\n".utf8))
        exit(1)
    }
    return try JSONSerialization.jsonObject(with: output) as? [String: Any]
}

if only == "placement" {
    var report = try PlacementBench.run(dataDirectory: dataDirectory, now: now)
    if let peers = try peerReport(extraArguments: ["--only", "placement"]) {
        report["peers"] = peers
        report.merge(PlacementBench.compare(ours: report, peers: peers)) { $1 }
    }
    let json = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
    print(String(decoding: json, as: UTF8.self))
    exit(0)
} else if let only {
    FileHandle.standardError.write(Data("--only takes `placement`, not `\(only)`\n".utf8))
    exit(2)
}

// MARK: - Data: 50,000 × 100 2PL, and a 5,000-item 3PL bank.
var rng = Xoshiro256StarStar(seed: 20_250_101)
let persons = 50_000, itemCount = 100
let trueItems: [ItemParameters] = (0 ..< itemCount).map { _ in
    let a = exp(0.2 + 0.3 * StandardNormal.sample(using: &rng))
    let b = StandardNormal.sample(using: &rng)
    return .dichotomous(DichotomousItem(a: a, b: b))
}
let ids = (1 ... itemCount).map { "i\($0)" }
let thetas = ResponseSimulation.abilities(count: persons, using: &rng)
let responses = ResponseSimulation.responses(items: trueItems, thetas: thetas, itemIDs: ids, using: &rng)

var csv = ids.joined(separator: ",") + "\n"
csv.reserveCapacity(persons * itemCount * 2 + 1000)
for i in 0 ..< persons {
    csv += (0 ..< itemCount).map { String(responses[i, $0]!) }.joined(separator: ",")
    csv += "\n"
}
try csv.write(to: dataDirectory.appendingPathComponent("calibration_2pl.csv"), atomically: true, encoding: .utf8)
try ItemBank(model: .twoPL, items: zip(ids, trueItems).map { BankItem(id: $0, parameters: $1) })
    .jsonData().write(to: dataDirectory.appendingPathComponent("calibration_2pl_true.json"))

let bankItems: [BankItem] = (0 ..< 5_000).map { j in
    let a = exp(0.2 + 0.3 * StandardNormal.sample(using: &rng))
    let b = StandardNormal.sample(using: &rng) * 1.2
    let c = 0.1 + 0.15 * Double.random(in: 0 ..< 1, using: &rng)
    return BankItem(id: "c\(j + 1)", parameters: .dichotomous(DichotomousItem(a: a, b: b, c: c)))
}
let bank = ItemBank(model: .threePL, items: bankItems)
try bank.jsonData().write(to: dataDirectory.appendingPathComponent("cat_bank_3pl.json"))
let catThetas = ResponseSimulation.abilities(count: 1_000, using: &rng)
try catThetas.map { String($0) }.joined(separator: "\n").write(to: dataDirectory.appendingPathComponent("cat_thetas.txt"),
                                                                 atomically: true, encoding: .utf8)

// MARK: - Calibration.
var options = CalibrationOptions()
options.quadraturePoints = 21
options.computeStandardErrors = false
var start = now()
let fit = try MarginalMaximumLikelihood.calibrate(responses, model: .twoPL, options: options)
let calibrationSeconds = now() - start

options.computeStandardErrors = true
start = now()
let fitWithSE = try MarginalMaximumLikelihood.calibrate(responses, model: .twoPL, options: options)
let calibrationWithSESeconds = now() - start

func rmse(_ x: [Double], _ y: [Double]) -> Double {
    (zip(x, y).reduce(0) { $0 + ($1.0 - $1.1) * ($1.0 - $1.1) } / Double(x.count)).squareRoot()
}
let rmseA = rmse(fit.items.map(\.parameters.a), trueItems.map(\.a))
let rmseB = rmse(fit.items.map { $0.parameters.thresholds[0] }, trueItems.map { $0.thresholds[0] })
let meanSEa = fitWithSE.items.compactMap { $0.standardErrors?.a }.reduce(0, +) / Double(itemCount)

// MARK: - CAT simulation: 1,000 examinees × 30 items, 5,000-item 3PL bank, EAP + max information.
start = now()
let adaptiveBank = try AdaptiveItemBank(bank: bank, quadraturePoints: 21)
let prepareSeconds = now() - start
let configuration = AdaptiveConfiguration(minimumItems: 30, maximumItems: 30, standardErrorThreshold: 1e-4)
start = now()
let simulated = try AdaptiveSimulation.run(bank: adaptiveBank, configuration: configuration, trueThetas: catThetas, seed: 7)
let simulateSeconds = now() - start
let catRMSE = rmse(simulated.map(\.estimate.theta), simulated.map(\.trueTheta))
let meanLength = Double(simulated.map(\.testLength).reduce(0, +)) / Double(simulated.count)

var report: [String: Any] = [
    "calibration_2pl_50000x100_seconds": calibrationSeconds,
    "calibration_2pl_with_standard_errors_seconds": calibrationWithSESeconds,
    "calibration_iterations": fit.report.iterations,
    "calibration_converged": fit.report.converged,
    "calibration_log_likelihood": fit.report.logLikelihood,
    "calibration_rmse_a": rmseA,
    "calibration_rmse_b": rmseB,
    "calibration_mean_se_a": meanSEa,
    "cat_bank_preparation_seconds": prepareSeconds,
    "cat_simulation_seconds": simulateSeconds,
    "cat_total_seconds": prepareSeconds + simulateSeconds,
    "cat_examinees_per_second": Double(simulated.count) / (prepareSeconds + simulateSeconds),
    "cat_mean_length": meanLength,
    "cat_theta_rmse": catRMSE,
]
// MARK: - Batch evaluation: 200,000 officials (talenta evaluate): read, parse, rules, encode, write.
var evaluationRNG = Xoshiro256StarStar(seed: 99)
let evaluationPeople = 200_000
let codes = Competency.allCases.map(\.code)
let predikat = Predikat.allCases.map(\.rawValue)
var people: [[String: Any]] = []
people.reserveCapacity(evaluationPeople)
for index in 0 ..< evaluationPeople {
    var levels: [String: Int] = [:], standard: [String: Int] = [:]
    for code in codes {
        levels[code] = Int.random(in: 1 ... 5, using: &evaluationRNG)
        standard[code] = 4
    }
    let performance = (0 ..< 2).map { _ in predikat[Int.random(in: 0 ..< predikat.count, using: &evaluationRNG)] }
    var person: [String: Any] = ["id": "p\(index)", "levels": levels, "standard": standard, "performance": performance]
    if index % 2 == 0 {
        person["potentialScore"] = Double.random(in: 50 ... 100, using: &evaluationRNG)
    } else {
        person["potentialComponents"] = ["aspects": 70.0, "qualification": 60.0, "integrity": 90.0]
    }
    people.append(person)
}
let evaluationInput = try JSONSerialization.data(withJSONObject: ["people": people])
let evaluationDirectory = FileManager.default.temporaryDirectory
    .appendingPathComponent("talenta-bench-evaluate-\(ProcessInfo.processInfo.processIdentifier)")
try FileManager.default.createDirectory(at: evaluationDirectory, withIntermediateDirectories: true)
let evaluationInputURL = evaluationDirectory.appendingPathComponent("people.json")
let evaluationOutputURL = evaluationDirectory.appendingPathComponent("results.json")
try evaluationInput.write(to: evaluationInputURL)

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

// The command's own path, three times: read the file, EvaluationBatch.run (with its stage times), write the
// results atomically as `talenta evaluate` does.
var endToEndRuns: [Double] = [], runRuns: [Double] = []
var runParse: [Double] = [], runRules: [Double] = [], runEncode: [Double] = []
var evaluationOutput = Data()
for _ in 0 ..< 3 {
    start = now()
    let data = try Data(contentsOf: evaluationInputURL)
    let runStart = now()
    var timings = EvaluationBatch.Timings()
    evaluationOutput = try EvaluationBatch.run(data, timings: &timings)
    runRuns.append(now() - runStart)
    try evaluationOutput.write(to: evaluationOutputURL, options: .atomic)
    endToEndRuns.append(now() - start)
    runParse.append(timings.parse / .seconds(1))
    runRules.append(timings.rules / .seconds(1))
    runEncode.append(timings.encode / .seconds(1))
}
try? FileManager.default.removeItem(at: evaluationDirectory)

// The public stages one at a time. `parse` also builds each official's level dictionaries
// (TalentEvaluation.Input), which `run` does without, so these add up to more than `run`.
start = now()
let parsedPeople = try EvaluationBatch.parse(evaluationInput)
let parseSeconds = now() - start
start = now()
let evaluations = EvaluationBatch.evaluate(parsedPeople)
let evaluateSeconds = now() - start
start = now()
let encodedEvaluations = try EvaluationBatch.encode(evaluations)
let encodeSeconds = now() - start
precondition(evaluations.count == evaluationPeople && encodedEvaluations == evaluationOutput)

report["evaluation_officials"] = evaluationPeople
report["evaluation_input_bytes"] = evaluationInput.count
report["evaluation_output_bytes"] = evaluationOutput.count
// Read file + run + atomic write: median and each of 3 runs.
report["evaluation_end_to_end_seconds"] = median(endToEndRuns)
report["evaluation_end_to_end_runs_seconds"] = endToEndRuns
// EvaluationBatch.run in memory, and its stages (medians of the same 3 runs).
report["evaluation_run_seconds"] = median(runRuns)
report["evaluation_run_parse_seconds"] = median(runParse)
report["evaluation_run_rules_seconds"] = median(runRules)
report["evaluation_run_encode_seconds"] = median(runEncode)
// The public stages alone, once each.
report["evaluation_parse_seconds"] = parseSeconds
report["evaluation_rules_seconds"] = evaluateSeconds
report["evaluation_encode_seconds"] = encodeSeconds

// MARK: - Placement: the exact assignment solver against scipy's linear_sum_assignment.
report.merge(try PlacementBench.run(dataDirectory: dataDirectory, now: now)) { $1 }

let peers = try peerReport(extraArguments: [])
if let peers {
    report["peers"] = peers
    if let t = peers["mirt_fit_2pl_seconds"] as? Double { report["ratio_calibration_mirt_over_ours"] = t / calibrationSeconds }
    if let t = peers["mirt_cat_seconds"] as? Double { report["ratio_cat_mirt_over_ours"] = t / (prepareSeconds + simulateSeconds) }
    if let t = peers["catsim_seconds"] as? Double, let n = peers["catsim_examinees"] as? Int, n > 0 {
        report["ratio_cat_catsim_per_examinee_over_ours"] = (t / Double(n)) / ((prepareSeconds + simulateSeconds) / Double(simulated.count))
    }
    if let a = peers["mirt_rmse_a"] as? Double { report["mirt_rmse_a"] = a }
    if let b = peers["mirt_rmse_b"] as? Double { report["mirt_rmse_b"] = b }
    report.merge(PlacementBench.compare(ours: report, peers: peers)) { $1 }
}
let json = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
print(String(decoding: json, as: UTF8.self))
