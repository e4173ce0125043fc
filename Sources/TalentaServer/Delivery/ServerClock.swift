import Foundation

/// The server's clock, as a client with a live and a test value: every deadline is computed from it.
public protocol ServerClock: Sendable {
    /// Seconds since the Unix epoch.
    func now() -> Double
}

public struct LiveClock: ServerClock {
    public init() {}
    public func now() -> Double { Date().timeIntervalSince1970 }
}

/// A clock that tests move by hand.
public final class ManualClock: ServerClock, @unchecked Sendable {
    private let lock = NSLock()
    private var time: Double

    public init(_ start: Double = 1_800_000_000) {
        time = start
    }

    public func now() -> Double { lock.withLock { time } }

    public func advance(by seconds: Double) {
        lock.withLock { time += seconds }
    }
}
