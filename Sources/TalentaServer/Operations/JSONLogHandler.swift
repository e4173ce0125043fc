import Foundation
import Logging
import Synchronization

/// Structured logs: one JSON object per line on standard error, with the time (ISO 8601, UTC), level,
/// logger label, message, source and every metadata field, e.g.
/// `{"ts":"2026-11-30T05:01:02.345Z","level":"info","logger":"talenta","msg":"server started","port":"8080"}`.
/// `talenta serve` and `talenta demo` use it unless `TALENTA_LOG_FORMAT=text`; `TALENTA_LOG_LEVEL` sets
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

    /// Installs the handler for every logger of the process, at the level `TALENTA_LOG_LEVEL` names (info).
    public static func bootstrapFromEnvironment() {
        let environment = ProcessInfo.processInfo.environment
        guard environment["TALENTA_LOG_FORMAT"] != "text" else { return }
        let level = environment["TALENTA_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        LoggingSystem.bootstrap { JSONLogHandler(label: $0, level: level) }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields: [String: String] = [:]
        for (key, value) in metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 }) { fields[key] = "\(value)" }
        fields["ts"] = Self.timestamp()
        fields["level"] = event.level.rawValue
        fields["logger"] = label
        fields["msg"] = event.message.description
        fields["source"] = event.source
        if let error = event.error { fields["error"] = String(describing: error) }
        let leading = ["ts", "level", "logger", "msg"]
        let keys = leading + fields.keys.filter { !leading.contains($0) }.sorted()
        let body = keys.map { "\(Self.quote($0)):\(Self.quote(fields[$0] ?? ""))" }.joined(separator: ",")
        let line = Data(("{" + body + "}\n").utf8)
        Self.output.withLock { $0.write(line) }
    }

    static func timestamp() -> String {
        let formatter = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)
        return Date().formatted(formatter)
    }

    /// A JSON string literal.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
