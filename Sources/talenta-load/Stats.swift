import Foundation
import JSONText

/// What one participant (then, merged, one phase) measured: the latency of every request of the phase's
/// kind that got a full response, the requests with a success status, the errors by kind, and the
/// auxiliary requests (state, start-section, re-login) a save phase needed on the way.
struct PhaseStats: Sendable {
    var latenciesMs: [Double] = []
    var succeeded = 0
    var errors: [String: Int] = [:]
    var auxiliary = 0

    mutating func merge(_ other: PhaseStats) {
        latenciesMs += other.latenciesMs
        succeeded += other.succeeded
        auxiliary += other.auxiliary
        for (kind, count) in other.errors { errors[kind, default: 0] += count }
    }

    mutating func error(_ kind: String) { errors[kind, default: 0] += 1 }
}

/// A phase's figures for the report and the RESULT line.
struct PhaseSummary: Sendable {
    let name: String
    let seconds: Double
    let completed: Int
    let succeeded: Int
    let perSecond: Double
    let p50: Double, p95: Double, p99: Double, max: Double
    let errors: [String: Int]
    let auxiliary: Int

    init(name: String, seconds: Double, stats: PhaseStats) {
        self.name = name
        self.seconds = seconds
        let sorted = stats.latenciesMs.sorted()
        func percentile(_ p: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let rank = Int((p * Double(sorted.count)).rounded(.up)) - 1
            return sorted[Swift.min(sorted.count - 1, Swift.max(0, rank))]
        }
        completed = sorted.count
        succeeded = stats.succeeded
        perSecond = seconds > 0 ? Double(stats.succeeded) / seconds : 0
        p50 = percentile(0.50)
        p95 = percentile(0.95)
        p99 = percentile(0.99)
        max = sorted.last ?? 0
        errors = stats.errors
        auxiliary = stats.auxiliary
    }

    var line: String {
        let errorText = errors.isEmpty ? "none"
            : errors.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
        return name.padding(toLength: 16, withPad: " ", startingAt: 0)
            + String(format: "%8ld ok in %6.1f s = %9.1f/s   p50 %8.1f  p95 %8.1f  p99 %8.1f  max %8.1f ms",
                     succeeded, seconds, perSecond, p50, p95, p99, max)
            + "\n              responses \(completed), auxiliary requests \(auxiliary), errors: \(errorText)"
    }

    var json: [String: Any] {
        ["seconds": round3(seconds), "completed": completed, "ok": succeeded, "perSecond": round3(perSecond),
         "p50Ms": round3(p50), "p95Ms": round3(p95), "p99Ms": round3(p99), "maxMs": round3(max),
         "errors": errors, "auxiliaryRequests": auxiliary]
    }
}

func round3(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }

/// Compact JSON with sorted keys; numbers in Swift's shortest form (0.067, not 0.06699999999999999).
func jsonText(_ value: Any) -> String {
    switch value {
    case let object as [String: Any]:
        "{" + object.keys.sorted().map { jsonText($0) + ":" + jsonText(object[$0]!) }.joined(separator: ",") + "}"
    case let counts as [String: Int]:
        jsonText(counts.mapValues { $0 as Any })
    case let numbers as [Double]:
        "[" + numbers.map(jsonText).joined(separator: ",") + "]"
    case let text as String: JSONText.quoted(text)
    case let flag as Bool: flag ? "true" : "false"
    case let number as Int: String(number)
    case let number as UInt64: String(number)
    case let number as Double: JSONText.number(number) ?? "null"
    default: "null"
    }
}

/// A text file appended to through a buffer: lines are kept in memory and written in large blocks, and
/// at exit or on SIGTERM/SIGINT (`flush()`).
final class BufferedLog: @unchecked Sendable {
    private let lock = NSLock()
    private let handle: FileHandle
    private var buffer = Data()

    init(path: String) throws {
        if !FileManager.default.fileExists(atPath: path) {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw UsageError("cannot create \(path)")
            }
        }
        guard let handle = FileHandle(forWritingAtPath: path) else { throw UsageError("cannot open \(path)") }
        handle.seekToEndOfFile()
        self.handle = handle
    }

    func append(_ line: String) {
        lock.lock()
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        let full = buffer.count >= 1 << 18
        if full { writeLocked() }
        lock.unlock()
    }

    func flush() {
        lock.lock()
        writeLocked()
        lock.unlock()
    }

    private func writeLocked() {
        guard !buffer.isEmpty else { return }
        handle.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}

/// The overall request bound, shared by every participant.
final class RequestBudget: @unchecked Sendable {
    private let lock = NSLock()
    private var left: Int
    private(set) var exhausted = false

    init(_ total: Int) { left = total }

    /// Takes one request from the budget; false once it is spent.
    func take() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard left > 0 else {
            exhausted = true
            return false
        }
        left -= 1
        return true
    }

    var spent: Bool {
        lock.lock()
        defer { lock.unlock() }
        return exhausted
    }
}

/// SplitMix64: a small seeded generator, so each participant's think times and answers repeat per seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Monotonic milliseconds.
func nowMs() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1_000_000 }
