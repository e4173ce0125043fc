import Foundation

/// The command line of `talenta-load`.
struct Options: Sendable {
    var url = "http://127.0.0.1:8080"
    var url2: String?
    var switchEvery = 5
    var logins = ""
    var participants = 1_000
    var seconds = 15.0
    var thinkMs = 250.0
    var seed: UInt64 = 2026
    var maxRequests = 2_000_000
    var phases: [String] = ["bare", "saturation", "paced"]
    var rounds = 1
    var ackLog: String?
    var clockLog: String?
    var threads = 1
    var timeoutSeconds = 60.0
    var loginConcurrency = 50

    static let usage = """
        talenta-load: simulated test participants against a Talenta server over HTTP/1.1 keep-alive.

        usage: talenta-load --logins FILE.csv [options]

          --logins FILE          CSV nip,token (from `talenta load-seed`)                    (required)
          --url URL              the server                                  (http://127.0.0.1:8080)
          --url2 URL             a second instance on the same database: two-instance mode
          --switch-every K       with --url2, each participant switches instance every K saves     (5);
                                 participants start at the two instances alternately
          --participants N       simulated participants, one connection each                    (1000)
          --seconds S            length of each timed phase                                        (15)
          --think-ms MS          paced phase: mean think time, uniform in 0..2×MS                  (250)
          --seed N               the think times' and answers' random seed                       (2026)
          --max-requests N       overall bound on requests sent                              (2000000)
          --phases LIST          comma-separated: bare, saturation, paced     (bare,saturation,paced)
          --rounds N             run the bare and saturation phases N times, alternating, before
                                 the paced phase; a ratio per round and their median            (1)
          --ack-log FILE         append every acknowledged (HTTP 200) answer: nip,item,answer,sequence
          --clock-log FILE       append each 200 reply's section clock: nip,section,state,serverTime,remaining
          --threads N            NIO event-loop threads                                             (1)
          --timeout S            per-request timeout, seconds                                      (60)
          --login-concurrency N  logins in flight at once                                          (50)

        Phases: login (every participant: POST /ujian/masuk, retried up to five times with backoff when it
        fails, GET /api/runner/state, start-section), then
        bare (GET /health/live, no think time), saturation (answer saves, no think time) and paced (answer
        saves with think time), each for --seconds. The report gives each phase's requests per second,
        latency percentiles and errors by kind, the ratio saves/s ÷ bare route req/s, and a last line
        `RESULT {json}` for scripts. With --rounds N the bare and saturation phases alternate N times and
        each saturation phase is compared with the bare phase just before it: the machine's speed drifts
        (other tenants share its cores), and phases run back to back see the same machine. Every round's
        ratio is printed, then their median and the ratio of all saves to all bare requests.
        """

    static func parse(_ arguments: [String]) throws -> Options {
        var options = Options()
        var index = 0
        func value(_ name: String) throws -> String {
            index += 1
            guard index < arguments.count else { throw UsageError("\(name) needs a value") }
            return arguments[index]
        }
        func number<T: LosslessStringConvertible>(_ name: String, _ type: T.Type) throws -> T {
            let text = try value(name)
            guard let parsed = T(text) else { throw UsageError("\(name): '\(text)' is not a number") }
            return parsed
        }
        while index < arguments.count {
            let name = arguments[index]
            switch name {
            case "--url": options.url = try value(name)
            case "--url2": options.url2 = try value(name)
            case "--switch-every": options.switchEvery = try number(name, Int.self)
            case "--logins": options.logins = try value(name)
            case "--participants": options.participants = try number(name, Int.self)
            case "--seconds": options.seconds = try number(name, Double.self)
            case "--think-ms": options.thinkMs = try number(name, Double.self)
            case "--seed": options.seed = try number(name, UInt64.self)
            case "--max-requests": options.maxRequests = try number(name, Int.self)
            case "--phases":
                options.phases = try value(name).split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
                for phase in options.phases where !["bare", "saturation", "paced"].contains(phase) {
                    throw UsageError("--phases: unknown phase '\(phase)' (use bare, saturation, paced)")
                }
            case "--rounds": options.rounds = try number(name, Int.self)
            case "--ack-log": options.ackLog = try value(name)
            case "--clock-log": options.clockLog = try value(name)
            case "--threads": options.threads = try number(name, Int.self)
            case "--timeout": options.timeoutSeconds = try number(name, Double.self)
            case "--login-concurrency": options.loginConcurrency = try number(name, Int.self)
            case "-h", "--help": throw UsageError(nil)
            default: throw UsageError("unknown option '\(name)'")
            }
            index += 1
        }
        guard !options.logins.isEmpty else { throw UsageError("--logins FILE is required") }
        guard options.participants > 0 else { throw UsageError("--participants must be at least 1") }
        guard options.seconds > 0 else { throw UsageError("--seconds must be positive") }
        guard options.thinkMs >= 0 else { throw UsageError("--think-ms must not be negative") }
        guard options.switchEvery > 0 else { throw UsageError("--switch-every must be at least 1") }
        guard options.rounds > 0 else { throw UsageError("--rounds must be at least 1") }
        guard options.threads > 0, options.loginConcurrency > 0, options.timeoutSeconds > 0 else {
            throw UsageError("--threads, --login-concurrency and --timeout must be positive")
        }
        return options
    }
}

struct UsageError: Error {
    let message: String?
    init(_ message: String?) { self.message = message }
}

/// A base URL's host and port (plain HTTP only).
struct Endpoint: Sendable, CustomStringConvertible {
    let host: String
    let port: Int

    init(_ text: String) throws {
        guard let url = URL(string: text), url.scheme == "http", let host = url.host, !host.isEmpty else {
            throw UsageError("'\(text)' is not an http:// URL")
        }
        self.host = host
        port = url.port ?? 80
    }

    var description: String { "http://\(host):\(port)" }
}
