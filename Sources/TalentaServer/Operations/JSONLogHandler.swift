import Foundation
import JSONText
import Logging
import Synchronization

/// Structured logs: one JSON object per line on standard error, with the time (ISO 8601, UTC), level,
/// logger label, message, source and every metadata field, e.g.
/// `{"ts":"2026-11-30T05:01:02.345Z","level":"info","logger":"talenta","msg":"server started","port":"8080"}`.
/// `talenta serve` and `talenta demo` use it unless `TALENTA_LOG_FORMAT=text`; `LOG_LEVEL` sets
/// the level (`debug` logs every request with its route, status and time).
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level
    let label: String
    private static let output = Mutex(FileHandle.standardError)

    public init(label: String, level: Logger.Level) {
        self.label = label
        logLevel = level
    }

    /// Installs the handler for every logger of the process, at the level `LOG_LEVEL` names (info).
    public static func bootstrapFromEnvironment() {
        let environment = ProcessInfo.processInfo.environment
        guard environment["TALENTA_LOG_FORMAT"] != "text" else { return }
        let level = environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        LoggingSystem.bootstrap { JSONLogHandler(label: $0, level: level) }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let text = line(level: event.level, message: event.message.description, metadata: event.metadata,
                        source: event.source, error: event.error)
        let data = Data((text + "\n").utf8)
        Self.output.withLock { $0.write(data) }
    }

    /// One log line: a JSON object with `ts`, `level`, `logger` and `msg` first, then the other fields sorted.
    func line(level: Logger.Level, message: String, metadata extra: Logger.Metadata?, source: String,
              error: (any Error)? = nil, at date: Date = Date()) -> String {
        var fields: [String: String] = [:]
        for (key, value) in metadata.merging(extra ?? [:], uniquingKeysWith: { $1 }) { fields[key] = "\(value)" }
        fields["ts"] = Self.timestamp(date)
        fields["level"] = level.rawValue
        fields["logger"] = label
        fields["msg"] = message
        fields["source"] = source
        if let error { fields["error"] = String(describing: error) }
        let leading = ["ts", "level", "logger", "msg"]
        let keys = leading + fields.keys.filter { !leading.contains($0) }.sorted()
        return "{" + keys.map { "\(JSONText.quoted($0)):\(JSONText.quoted(fields[$0] ?? ""))" }.joined(separator: ",") + "}"
    }

    static func timestamp(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt))
    }
}
