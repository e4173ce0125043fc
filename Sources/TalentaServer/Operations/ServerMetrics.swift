import Foundation
import Hummingbird
import Synchronization

/// The counters `/metrics` reports, in Prometheus's text format (written here: no metrics backend needed).
///
/// - `talenta_http_requests_total{method,route,status}`: requests answered, by route pattern.
/// - `talenta_http_request_duration_seconds{route}`: a latency histogram per route pattern.
/// - `talenta_answer_saves_total`: answers committed (acknowledged) by this server.
/// - `talenta_commit_batches_total`, `talenta_commit_batch_writes_total`: group commits and the writes they
///   carried (their ratio is the mean batch size); `talenta_commit_seconds_total`, the time spent
///   committing them (from the transaction's start to its commit).
/// - `talenta_checkpoints_total`: SQLite checkpoints the writer ran while no request waited
///   (`AttemptWriter`).
/// - `talenta_attempts_active`: attempts in progress, counted in the database (all servers).
final class ServerMetrics: Sendable {
    /// Histogram bucket bounds in seconds.
    static let buckets: [Double] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    private struct RequestKey: Hashable, Sendable {
        let method: String
        let route: String
        let status: Int
    }

    private struct Histogram: Sendable {
        var counts = [Int](repeating: 0, count: ServerMetrics.buckets.count)
        var count = 0
        var sum = 0.0
    }

    private struct State: Sendable {
        var requests: [RequestKey: Int] = [:]
        var latency: [String: Histogram] = [:]
        var saves = 0
        var batches = 0
        var batchWrites = 0
        var commitSeconds = 0.0
        var checkpoints = 0
    }

    private let state = Mutex(State())

    init() {}

    func recordRequest(method: String, route: String, status: Int, seconds: Double) {
        state.withLock { state in
            state.requests[RequestKey(method: method, route: route, status: status), default: 0] += 1
            var histogram = state.latency[route] ?? Histogram()
            if let bucket = Self.buckets.firstIndex(where: { seconds <= $0 }) { histogram.counts[bucket] += 1 }
            histogram.count += 1
            histogram.sum += seconds
            state.latency[route] = histogram
        }
    }

    func recordBatch(size: Int, saves: Int, seconds: Double) {
        state.withLock { state in
            state.batches += 1
            state.batchWrites += size
            state.commitSeconds += seconds
            state.saves += saves
        }
    }

    func recordCheckpoint() {
        state.withLock { $0.checkpoints += 1 }
    }

    var saves: Int { state.withLock { $0.saves } }
    var checkpoints: Int { state.withLock { $0.checkpoints } }

    /// The exposition text; `activeAttempts` is counted by the caller in the database.
    func render(activeAttempts: Int) -> String {
        let state = state.withLock { $0 }
        var out = ""
        out += "# HELP talenta_http_requests_total HTTP requests answered, by route pattern and status.\n"
        out += "# TYPE talenta_http_requests_total counter\n"
        for (key, count) in state.requests.sorted(by: { ($0.key.route, $0.key.method, $0.key.status) < ($1.key.route, $1.key.method, $1.key.status) }) {
            out += "talenta_http_requests_total{method=\"\(key.method)\",route=\"\(Self.escape(key.route))\",status=\"\(key.status)\"} \(count)\n"
        }
        out += "# HELP talenta_http_request_duration_seconds Time from request to response head, by route pattern.\n"
        out += "# TYPE talenta_http_request_duration_seconds histogram\n"
        for (route, histogram) in state.latency.sorted(by: { $0.key < $1.key }) {
            let label = "route=\"\(Self.escape(route))\""
            var cumulative = 0
            for (bound, count) in zip(Self.buckets, histogram.counts) {
                cumulative += count
                out += "talenta_http_request_duration_seconds_bucket{\(label),le=\"\(bound)\"} \(cumulative)\n"
            }
            out += "talenta_http_request_duration_seconds_bucket{\(label),le=\"+Inf\"} \(histogram.count)\n"
            out += "talenta_http_request_duration_seconds_sum{\(label)} \(histogram.sum)\n"
            out += "talenta_http_request_duration_seconds_count{\(label)} \(histogram.count)\n"
        }
        out += "# HELP talenta_answer_saves_total Answers committed and acknowledged by this server.\n"
        out += "# TYPE talenta_answer_saves_total counter\n"
        out += "talenta_answer_saves_total \(state.saves)\n"
        out += "# HELP talenta_commit_batches_total Group commits of participants' writes.\n"
        out += "# TYPE talenta_commit_batches_total counter\n"
        out += "talenta_commit_batches_total \(state.batches)\n"
        out += "# HELP talenta_commit_batch_writes_total Writes carried by the group commits.\n"
        out += "# TYPE talenta_commit_batch_writes_total counter\n"
        out += "talenta_commit_batch_writes_total \(state.batchWrites)\n"
        out += "# HELP talenta_commit_seconds_total Time spent committing the group commits.\n"
        out += "# TYPE talenta_commit_seconds_total counter\n"
        out += "talenta_commit_seconds_total \(state.commitSeconds)\n"
        out += "# HELP talenta_checkpoints_total SQLite checkpoints run by the writer while no request waited.\n"
        out += "# TYPE talenta_checkpoints_total counter\n"
        out += "talenta_checkpoints_total \(state.checkpoints)\n"
        out += "# HELP talenta_attempts_active Attempts in progress (all servers, from the database).\n"
        out += "# TYPE talenta_attempts_active gauge\n"
        out += "talenta_attempts_active \(activeAttempts)\n"
        return out
    }

    private static func escape(_ value: String) -> String {
        value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
}

/// Times every request and counts it by route pattern (the matched route, never the raw path, so that ids
/// do not multiply the series) and status; logs it at debug level as a structured line.
struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: ServerMetrics

    func handle(_ request: Request, context: Context,
                next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let status: Int
        do {
            let response = try await next(request, context)
            status = response.status.code
            record(request, context: context, status: status, since: start)
            return response
        } catch let error as any HTTPResponseError {
            status = error.status.code
            record(request, context: context, status: status, since: start)
            throw error
        } catch {
            record(request, context: context, status: 500, since: start)
            throw error
        }
    }

    private func record(_ request: Request, context: Context, status: Int, since start: ContinuousClock.Instant) {
        let seconds = (ContinuousClock.now - start) / .seconds(1)
        let route = context.endpointPath ?? "unmatched"
        metrics.recordRequest(method: request.method.rawValue, route: route, status: status, seconds: seconds)
        context.logger.debug("request", metadata: [
            "method": .string(request.method.rawValue), "route": .string(route), "status": .stringConvertible(status),
            "ms": .string(String(format: "%.2f", seconds * 1000)),
        ])
    }
}
