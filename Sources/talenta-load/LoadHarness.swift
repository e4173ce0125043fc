import Foundation
import NIOCore
import NIOPosix

/// talenta-load: N simulated participants over loopback, one keep-alive connection each. See `Options.usage`.
@main
enum LoadHarness {
    static func main() async {
        let options: Options
        do {
            options = try Options.parse(Array(CommandLine.arguments.dropFirst()))
        } catch let error as UsageError {
            if let message = error.message {
                FileHandle.standardError.write(Data("talenta-load: \(message)\n\n\(Options.usage)\n".utf8))
                exit(2)
            }
            print(Options.usage)
            exit(0)
        } catch {
            fail("\(error)")
        }


        // The logins: `nip,token` with a header line.
        guard let text = try? String(contentsOfFile: options.logins, encoding: .utf8) else { fail("cannot read \(options.logins)") }
        let logins: [(nip: String, token: String)] = text.split(whereSeparator: \.isNewline).compactMap { line in
            let fields = line.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard fields.count >= 2, fields[0] != "nip" else { return nil }
            return (fields[0], fields[1])
        }
        guard logins.count >= options.participants else {
            fail("\(options.logins) has \(logins.count) logins, fewer than --participants \(options.participants)")
        }

        let endpoints: [Endpoint]
        do { endpoints = try ([options.url] + (options.url2.map { [$0] } ?? [])).map(Endpoint.init) } catch {
            fail((error as? UsageError)?.message ?? "bad URL")
        }

        let ackLog: BufferedLog?
        let clockLog: BufferedLog?
        do {
            ackLog = try options.ackLog.map(BufferedLog.init(path:))
            clockLog = try options.clockLog.map(BufferedLog.init(path:))
        } catch {
            fail((error as? UsageError)?.message ?? "cannot open a log: \(error)")
        }

        // SIGTERM and SIGINT flush the logs before the process ends: acknowledged answers are never lost.
        var signalSources: [any DispatchSourceSignal] = []
        for number in [SIGTERM, SIGINT] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                ackLog?.flush()
                clockLog?.flush()
                FileHandle.standardError.write(Data("talenta-load: stopped by signal \(number); logs flushed\n".utf8))
                exit(128 + number)
            }
            source.resume()
            signalSources.append(source)
        }

        let eventLoops = MultiThreadedEventLoopGroup(numberOfThreads: options.threads)
        let budget = RequestBudget(options.maxRequests)
        let shared = Shared(endpoints: endpoints, switchEvery: options.switchEvery, group: eventLoops,
                            timeout: .milliseconds(Int64(options.timeoutSeconds * 1000)), budget: budget,
                            ackLog: ackLog, clockLog: clockLog)
        let participants = (0..<options.participants).map {
            Participant(index: $0, nip: logins[$0].nip, token: logins[$0].token, shared: shared, seed: options.seed)
        }

        print("talenta-load: \(options.participants) participants against \(endpoints.map(\.description).joined(separator: " + "))"
              + (endpoints.count > 1 ? " (switching every \(options.switchEvery) saves)" : "")
              + "; phases login,\(options.phases.joined(separator: ",")) of \(options.seconds) s each"
              + (options.rounds > 1 ? " (bare and saturation alternating, \(options.rounds) rounds)" : "")
              + "; think \(options.thinkMs) ms mean (paced); seed \(options.seed); at most \(options.maxRequests) requests")
        fflush(nil)

        // Login: POST /ujian/masuk, GET state, start the section; at most --login-concurrency at once.
        let loginStarted = nowMs()
        let loginStats = await withTaskGroup(of: PhaseStats.self) { group in
            @Sendable func sitDown(_ participant: Participant) async -> PhaseStats {
                var stats = PhaseStats()
                // A participant whose login fails tries again, as a person would: up to five times, backing off.
                for attempt in 0..<5 {
                    if await participant.login(&stats) { break }
                    if budget.spent { return stats }
                    try? await Task.sleep(nanoseconds: UInt64(200_000_000) << UInt64(attempt))
                }
                if participant.loggedIn { _ = await participant.refresh(&stats) }
                return stats
            }
            var total = PhaseStats()
            var next = 0
            while next < min(options.loginConcurrency, participants.count) {
                let participant = participants[next]
                group.addTask { await sitDown(participant) }
                next += 1
            }
            for await stats in group {
                total.merge(stats)
                if next < participants.count {
                    let participant = participants[next]
                    group.addTask { await sitDown(participant) }
                    next += 1
                }
            }
            return total
        }
        var summaries = [PhaseSummary(name: "login", seconds: (nowMs() - loginStarted) / 1000, stats: loginStats)]
        print(summaries[0].line)
        fflush(nil)
        let seated = participants.filter(\.loggedIn)

        /// Runs one timed phase with every seated participant at once; the rate is over the phase's wall time,
        /// from its start until the last request in flight at the deadline has returned.
        func timedPhase(_ name: String, _ body: @escaping @Sendable (Participant, Double) async -> PhaseStats) async -> PhaseSummary {
            let started = nowMs()
            let deadline = started + options.seconds * 1000
            let stats = await withTaskGroup(of: PhaseStats.self) { group in
                for participant in seated { group.addTask { await body(participant, deadline) } }
                var total = PhaseStats()
                for await stats in group { total.merge(stats) }
                return total
            }
            let summary = PhaseSummary(name: name, seconds: (nowMs() - started) / 1000, stats: stats)
            print(summary.line)
            fflush(nil)
            return summary
        }

        let thinkMs = options.thinkMs
        // With rounds, the bare and saturation phases repeat in their order; the paced phase runs once, last.
        let repeated = options.phases.filter { $0 != "paced" }
        let phases = (0..<options.rounds).flatMap { _ in repeated } + options.phases.filter { $0 == "paced" }
        var ran: [String: Int] = [:]
        /// The phase's name, numbered by round when there are rounds.
        func named(_ name: String) -> String {
            ran[name, default: 0] += 1
            return options.rounds > 1 ? "\(name) \(ran[name]!)" : name
        }
        for phase in phases where !seated.isEmpty {
            if budget.spent {
                print("\(phase): skipped, the request bound (--max-requests \(options.maxRequests)) was reached")
                continue
            }
            switch phase {
            case "bare":
                summaries.append(await timedPhase(named("bare route")) { participant, deadline in
                    var stats = PhaseStats()
                    await participant.bare(until: deadline, &stats)
                    return stats
                })
            case "saturation":
                summaries.append(await timedPhase(named("saves think 0")) { participant, deadline in
                    var stats = PhaseStats()
                    await participant.saves(until: deadline, thinkMs: 0, &stats)
                    return stats
                })
            default:
                summaries.append(await timedPhase("saves paced") { participant, deadline in
                    var stats = PhaseStats()
                    await participant.saves(until: deadline, thinkMs: thinkMs, &stats)
                    return stats
                })
            }
        }
        for participant in participants { participant.close() }
        ackLog?.flush()
        clockLog?.flush()

        // Each saturation phase against the bare phase before it.
        var pairs: [(bare: PhaseSummary, saves: PhaseSummary)] = []
        var lastBare: PhaseSummary?
        for summary in summaries {
            if summary.name.hasPrefix("bare route") { lastBare = summary }
            if summary.name.hasPrefix("saves think 0"), let bare = lastBare, bare.perSecond > 0 { pairs.append((bare, summary)) }
        }
        let ratios = pairs.map { $0.saves.perSecond / $0.bare.perSecond }
        for (index, pair) in pairs.enumerated() {
            print(String(format: "ratio%@: saves at saturation %.1f/s ÷ bare route %.1f/s = %.4f (%.2f%%)",
                         pairs.count > 1 ? " round \(index + 1)" : "", pair.saves.perSecond, pair.bare.perSecond,
                         ratios[index], ratios[index] * 100))
        }
        var ratio = ratios.first
        if ratios.count > 1 {
            let sorted = ratios.sorted()
            let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
            ratio = median
            let saves = pairs.map { Double($0.saves.succeeded) }.reduce(0, +) / pairs.map(\.saves.seconds).reduce(0, +)
            let bare = pairs.map { Double($0.bare.succeeded) }.reduce(0, +) / pairs.map(\.bare.seconds).reduce(0, +)
            print(String(format: "ratio: median of %d rounds %.4f (%.2f%%), lowest %.2f%%, highest %.2f%%; all rounds: saves %.1f/s ÷ bare route %.1f/s = %.2f%%",
                         ratios.count, median, median * 100, sorted.first! * 100, sorted.last! * 100, saves, bare, saves / bare * 100))
        }
        if budget.spent { print("the request bound (--max-requests \(options.maxRequests)) was reached") }
        let finished = participants.filter(\.finished).count
        print("participants: \(options.participants), logged in \(seated.count), finished their battery \(finished)")

        var result: [String: Any] = [
            "participants": options.participants, "loggedIn": seated.count, "finishedAttempts": finished,
            "url": options.url, "secondsPerPhase": options.seconds, "thinkMs": options.thinkMs, "seed": options.seed,
            "maxRequests": options.maxRequests, "requestBoundReached": budget.spent,
            "phases": Dictionary(uniqueKeysWithValues: summaries.map { ($0.name, $0.json) }),
        ]
        if let url2 = options.url2 {
            let switches = participants.map(\.switches).reduce(0, +)
            let switched = participants.filter { $0.switches > 0 }.count
            print("two instances: \(switches) switches between them; \(switched) participants carried on at the other instance")
            result["url2"] = url2
            result["switchEvery"] = options.switchEvery
            result["instanceSwitches"] = switches
            result["participantsSwitched"] = switched
        }
        if let ratio { result["ratioSavesToBare"] = (ratio * 1_000_000).rounded() / 1_000_000 }
        if ratios.count > 1 {
            result["rounds"] = ratios.count
            result["roundRatios"] = ratios.map { ($0 * 1_000_000).rounded() / 1_000_000 }
        }
        print("RESULT " + jsonText(result))
        fflush(nil)
        try? await eventLoops.shutdownGracefully()
        exit(seated.isEmpty ? 1 : 0)
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("talenta-load: \(message)\n".utf8))
    exit(2)
}
