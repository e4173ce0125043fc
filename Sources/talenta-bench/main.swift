import Foundation
import Psychometrics

// psy-bench [data-dir] [--peers peers.json]
//
// Generates the benchmark data deterministically, writes it to the data directory (so the Python
// peer script reads exactly the same data), times our calibration and CAT simulation in this
// process, and prints a JSON report. With --peers, it reads the JSON printed by bench/peers.py
// and adds the speed ratios.

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

let arguments = Array(CommandLine.arguments.dropFirst())
let dataDirectory = URL(fileURLWithPath: arguments.first(where: { !$0.hasPrefix("--") && !$0.hasSuffix(".json") }) ?? "bench-data")
let peersPath = arguments.firstIndex(of: "--peers").map { arguments[$0 + 1] }
try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)

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
if let peersPath {
    let peers = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: peersPath))) as! [String: Any]
    report["peers"] = peers
    if let t = peers["mirt_fit_2pl_seconds"] as? Double { report["ratio_calibration_mirt_over_ours"] = t / calibrationSeconds }
    if let t = peers["mirt_cat_seconds"] as? Double { report["ratio_cat_mirt_over_ours"] = t / (prepareSeconds + simulateSeconds) }
    if let a = peers["mirt_rmse_a"] as? Double { report["mirt_rmse_a"] = a }
    if let b = peers["mirt_rmse_b"] as? Double { report["mirt_rmse_b"] = b }
}
let json = try JSONSerialization.data(withJSONObject: report, options: [.prettyPrinted, .sortedKeys])
print(String(decoding: json, as: UTF8.self))
