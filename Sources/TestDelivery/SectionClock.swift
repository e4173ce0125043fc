/// The clock of one timed section, kept by the server.
///
/// Time is measured on the server only; the browser merely displays what the server says. A section
/// runs from its start; a pause stops the clock until the resume; extra time (granted by a proctor, with a
/// reason) lengthens the limit. So, at server time `now`:
/// ```
/// used      = (now − start) − Σ paused intervals            (an open pause counts up to now)
/// remaining = max(0, limit + Σ extra − used)
/// ```
/// The section ends when `remaining` reaches 0, whether or not a browser is connected.
///
/// Time while the *server* was down counts as used: the participant's clock is wall-clock time, the same
/// for everyone in the room. A proctor can give it back as extra time with the reason "server outage".
public struct SectionClock: Sendable, Codable, Equatable {
    /// Seconds since the Unix epoch, on the server.
    public typealias Instant = Double

    public let limit: Double
    public private(set) var startedAt: Instant?
    public private(set) var pauses: [Pause] = []
    public private(set) var extraSeconds: Double = 0
    /// Set when the section was closed early (finished by the participant or terminated).
    public private(set) var closedAt: Instant?

    public struct Pause: Sendable, Codable, Equatable {
        public let from: Instant
        public var until: Instant?
    }

    public init(limit: Double) {
        self.limit = limit
    }

    public var isStarted: Bool { startedAt != nil }
    public var isPaused: Bool { pauses.last.map { $0.until == nil } ?? false }

    /// Starts the clock; starting twice keeps the first start (a retried request is harmless).
    public mutating func start(at now: Instant) {
        if startedAt == nil { startedAt = now }
    }

    /// Pauses the clock. Ignored when not running.
    public mutating func pause(at now: Instant) {
        guard isStarted, !isPaused, !isEnded(at: now) else { return }
        pauses.append(Pause(from: now, until: nil))
    }

    /// Resumes a paused clock. Ignored when not paused.
    public mutating func resume(at now: Instant) {
        guard isPaused else { return }
        pauses[pauses.count - 1].until = max(now, pauses[pauses.count - 1].from)
    }

    /// Lengthens the section by `seconds` (> 0).
    public mutating func addExtraTime(_ seconds: Double) {
        guard seconds > 0 else { return }
        extraSeconds += seconds
    }

    /// Ends the section now, e.g. when the participant submits it or the proctor terminates.
    public mutating func close(at now: Instant) {
        if closedAt == nil { closedAt = now }
    }

    /// Seconds used at `now`: running time, pauses excluded.
    public func used(at now: Instant) -> Double {
        guard let startedAt else { return 0 }
        let end = closedAt.map { min($0, now) } ?? now
        let paused = pauses.reduce(0.0) { total, pause in
            let pauseEnd = min(pause.until ?? end, end)
            return total + max(0, pauseEnd - pause.from)
        }
        return max(0, end - startedAt - paused)
    }

    /// Seconds left at `now`, never negative.
    public func remaining(at now: Instant) -> Double {
        max(0, limit + extraSeconds - used(at: now))
    }

    /// Whether the section is over at `now`: closed, or out of time.
    public func isEnded(at now: Instant) -> Bool {
        if let closedAt, closedAt <= now { return true }
        return isStarted && remaining(at: now) <= 0
    }

    /// The server time at which the section is over if nothing changes it: when it was closed, or when its
    /// time runs out while it runs. Nil while it cannot end by itself: not started (and not closed), or paused.
    /// `isEnded(at: t)` holds exactly from then on.
    public var endsAt: Instant? {
        var runsOut: Instant?
        if let startedAt, !isPaused {
            let paused = pauses.reduce(0.0) { total, pause in total + max(0, (pause.until ?? pause.from) - pause.from) }
            runsOut = startedAt + limit + extraSeconds + paused
        }
        guard let closedAt else { return runsOut }
        return runsOut.map { min($0, closedAt) } ?? closedAt
    }

    /// The server time at which the section runs out, if it keeps running from `now` (nil while paused).
    public func deadline(from now: Instant) -> Instant? {
        guard isStarted, !isPaused, closedAt == nil else { return nil }
        return now + remaining(at: now)
    }
}
