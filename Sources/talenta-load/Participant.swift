import Foundation
import NIOCore
import NIOHTTP1

/// Everything the participants share: where to go, the bounds and the logs.
struct Shared: Sendable {
    let endpoints: [Endpoint]
    let switchEvery: Int
    let group: any EventLoopGroup
    let timeout: TimeAmount
    let budget: RequestBudget
    let ackLog: BufferedLog?
    let clockLog: BufferedLog?
}

/// One simulated participant: its own connection and cookie, its place in the battery, and its answer
/// sequence. Only one task uses a participant at a time (phases run one after the other).
final class Participant: @unchecked Sendable {
    let index: Int
    let nip: String
    let token: String
    private let shared: Shared
    private var rng: SeededGenerator
    private var connection: Connection?
    private var endpointIndex = 0
    private var savesHere = 0
    private var cookie: String?
    private var nextSequence = 1
    private var backoffMs = 50.0

    // The latest view.
    private(set) var status = "not-started"
    private var sectionID: String?
    private var sectionKind = ""
    private var sectionState = ""
    private var current: Item?
    private var formSection: String?
    private var form: [Item] = []
    private var cursor = 0
    private var stale = true

    private(set) var loggedIn = false
    /// Two-instance mode: how often this participant moved to the other instance.
    private(set) var switches = 0
    var finished: Bool { status == "finished" || status == "terminated" }

    init(index: Int, nip: String, token: String, shared: Shared, seed: UInt64) {
        self.index = index
        self.nip = nip
        self.token = token
        self.shared = shared
        rng = SeededGenerator(seed: seed ^ (UInt64(index) &* 0x9E37_79B9_7F4A_7C15))
        cursor = index
        // Two-instance mode: half the participants start (and log in) at each instance.
        endpointIndex = index % shared.endpoints.count
    }

    // MARK: - Requests

    enum Outcome {
        case reply(HTTPReply, ms: Double)
        case failed(String)
        case outOfBudget
    }

    /// Sends one request on this participant's connection, opening it first when needed. A connection
    /// that cannot be opened is retried on the next request after a backoff (50 ms doubling to 2 s).
    private func send(_ method: HTTPMethod, _ path: String, body: String? = nil, contentType: String? = nil,
                      cookies: Bool = true, extraHeaders: [(String, String)] = []) async -> Outcome {
        guard shared.budget.take() else { return .outOfBudget }
        if connection?.isActive != true {
            connection?.close()
            connection = nil
            let endpoint = shared.endpoints[endpointIndex]
            do {
                connection = try await Connection.open(host: endpoint.host, port: endpoint.port, group: shared.group,
                                                       timeout: shared.timeout)
                backoffMs = 50
            } catch {
                try? await Task.sleep(nanoseconds: UInt64(backoffMs * 1_000_000))
                backoffMs = min(2_000, backoffMs * 2)
                return .failed(error.kind)
            }
        }
        guard let connection else { return .failed("connect failed") }
        var headers = extraHeaders
        if let contentType { headers.append(("Content-Type", contentType)) }
        if cookies, let cookie { headers.append(("Cookie", cookie)) }
        let buffer = body.map { ByteBuffer(string: $0) }
        let started = nowMs()
        do {
            let reply = try await connection.send(method, path, headers: headers, body: buffer, timeout: shared.timeout)
            return .reply(reply, ms: nowMs() - started)
        } catch {
            connection.close()
            self.connection = nil
            return .failed(error.kind)
        }
    }

    func close() {
        connection?.close()
        connection = nil
    }

    // MARK: - Login

    /// POST /ujian/masuk with NIP and token (an anonymous form echoes its CSRF cookie), keeping the
    /// attempt cookie. Records the login's latency in `stats`.
    func login(_ stats: inout PhaseStats) async -> Bool {
        let csrf = String(UInt64.random(in: 1 ... .max, using: &rng), radix: 16)
        let body = "nip=\(nip)&token=\(token)"
        switch await send(.POST, "/ujian/masuk", body: body, contentType: "application/x-www-form-urlencoded",
                          cookies: false, extraHeaders: [("Cookie", "talenta_csrf=\(csrf)"), ("X-CSRF-Token", csrf)]) {
        case .outOfBudget:
            return false
        case .failed(let kind):
            stats.error(kind)
            return false
        case .reply(let reply, let ms):
            stats.latenciesMs.append(ms)
            guard reply.status == 303,
                  let value = reply.headers["Set-Cookie"].lazy.compactMap(Self.attemptCookie).first else {
                stats.error("HTTP \(reply.status)")
                return false
            }
            stats.succeeded += 1
            cookie = value
            loggedIn = true
            stale = true
            return true
        }
    }

    /// A login in the middle of a phase (the cookie stopped working): an auxiliary request, whose latency
    /// stays out of the phase's figures.
    private func relogin(_ stats: inout PhaseStats) async -> Bool {
        var scratch = PhaseStats()
        let done = await login(&scratch)
        stats.auxiliary += scratch.latenciesMs.count
        for (kind, count) in scratch.errors { stats.errors["\(kind) (login)", default: 0] += count }
        return done
    }

    static func attemptCookie(_ header: String) -> String? {
        guard let pair = header.split(separator: ";").first, pair.hasPrefix("talenta_attempt=") else { return nil }
        return String(pair)
    }

    /// Brings the view up to date: GET state, and start the section when it waits to be started.
    /// Counts these as auxiliary requests; returns false when a request failed (counted in `stats`).
    func refresh(_ stats: inout PhaseStats) async -> Bool {
        if stale {
            guard await auxiliary(.GET, "/api/runner/state", body: nil, &stats) else { return false }
        }
        if !finished, sectionState == "pending" || sectionID == nil && status == "not-started" {
            guard await auxiliary(.POST, "/api/runner/start-section", body: "{}", &stats) else { return false }
        }
        return true
    }

    private func auxiliary(_ method: HTTPMethod, _ path: String, body: String?, _ stats: inout PhaseStats) async -> Bool {
        let outcome = await send(method, path, body: body, contentType: body == nil ? nil : "application/json")
        switch outcome {
        case .outOfBudget:
            return false
        case .failed(let kind):
            stats.error("\(kind) (\(path))")
            return false
        case .reply(let reply, _):
            stats.auxiliary += 1
            if reply.status == 401 {
                stats.error("HTTP 401 (\(path))")
                _ = await relogin(&stats)
                return false
            }
            guard reply.status == 200 else {
                stats.error("HTTP \(reply.status) (\(path))")
                return false
            }
            return read(reply, stats: &stats)
        }
    }

    /// Takes in a 200 reply's view.
    @discardableResult
    private func read(_ reply: HTTPReply, stats: inout PhaseStats) -> Bool {
        guard let lite = reply.body.withUnsafeReadableBytes(LiteReply.read) else {
            stats.error("unreadable reply")
            stale = true
            return false
        }
        let view = lite.view
        status = view.status
        nextSequence = max(nextSequence, view.lastSequence + 1)
        sectionID = view.section?.id
        sectionKind = view.section?.kind ?? ""
        sectionState = view.section?.state ?? ""
        current = view.section?.current
        stale = false
        if let section = view.section, section.kind != "cognitive-adaptive", section.state != "pending",
           formSection != section.id {
            let form = (try? JSONDecoder().decode(FormReply.self, from: Data(reply.body.readableBytesView)))?.view.section?.form ?? []
            self.form = form
            formSection = form.isEmpty ? nil : section.id
        }
        if let clockLog = shared.clockLog, let section = view.section, section.state != "pending" {
            clockLog.append("\(nip),\(section.id),\(section.state),\(view.serverTime),\(section.remainingSeconds)")
        }
        return true
    }

    // MARK: - Phases

    /// The bare route: GET /health/live without cookies (the gate then never touches the database).
    func bare(until deadline: Double, _ stats: inout PhaseStats) async {
        while nowMs() < deadline {
            switch await send(.GET, "/health/live", cookies: false) {
            case .outOfBudget: return
            case .failed(let kind): stats.error(kind)
            case .reply(let reply, let ms):
                stats.latenciesMs.append(ms)
                if reply.status == 200 { stats.succeeded += 1 } else { stats.error("HTTP \(reply.status)") }
            }
        }
    }

    /// Answer saves until the deadline, with think time uniform in 0..2×`thinkMs` before each save.
    func saves(until deadline: Double, thinkMs: Double, _ stats: inout PhaseStats) async {
        while nowMs() < deadline, !shared.budget.spent {
            if !loggedIn {
                guard await relogin(&stats) else {
                    try? await Task.sleep(nanoseconds: 200_000_000)
                    continue
                }
            }
            guard await refresh(&stats) else { continue }
            if finished { return }
            if sectionState == "paused" {
                try? await Task.sleep(nanoseconds: 500_000_000)
                stale = true
                continue
            }
            if thinkMs > 0 {
                let think = Double.random(in: 0...(2 * thinkMs), using: &rng)
                let left = deadline - nowMs()
                if left <= 0 { return }
                try? await Task.sleep(nanoseconds: UInt64(min(think, left) * 1_000_000))
                if nowMs() >= deadline { return }
            }
            guard let item = nextItem(), let option = item.options.randomElement(using: &rng)?.key else {
                stale = true
                continue
            }
            let sequence = nextSequence
            nextSequence += 1
            let body = #"{"item":"\#(item.key)","answer":"\#(option)","sequence":\#(sequence)}"#
            switch await send(.POST, "/api/runner/answer", body: body, contentType: "application/json") {
            case .outOfBudget:
                return
            case .failed(let kind):
                stats.error(kind)
                stale = true
            case .reply(let reply, let ms):
                stats.latenciesMs.append(ms)
                switch reply.status {
                case 200:
                    stats.succeeded += 1
                    shared.ackLog?.append("\(nip),\(item.key),\(option),\(sequence)")
                    read(reply, stats: &stats)
                    switchInstanceIfDue()
                case 401:
                    stats.error("HTTP 401")
                    loggedIn = false
                default:
                    stats.error("HTTP \(reply.status)")
                    stale = true
                }
            }
        }
    }

    /// The item to answer next: the adaptive section's current item, or the next item of the linear
    /// form, walked cyclically (revising earlier answers, as participants do).
    private func nextItem() -> Item? {
        guard sectionState == "running" else { return nil }
        if sectionKind == "cognitive-adaptive" { return current }
        guard formSection == sectionID, !form.isEmpty else { return nil }
        defer { cursor += 1 }
        return form[cursor % form.count]
    }

    /// Two-instance mode: every `switchEvery` acknowledged saves, carry on at the other instance.
    private func switchInstanceIfDue() {
        guard shared.endpoints.count > 1 else { return }
        savesHere += 1
        if savesHere >= shared.switchEvery {
            savesHere = 0
            endpointIndex = (endpointIndex + 1) % shared.endpoints.count
            switches += 1
            close()
        }
    }
}
