/// Where Talenta keeps its data: an SQLite file (the default) or a PostgreSQL server.
public enum DatabaseConfiguration: Sendable, Equatable, CustomStringConvertible {
    /// An SQLite database file, created when missing.
    case sqlite(path: String)
    /// A PostgreSQL database by URL (`postgres://user:password@host:5432/name`), optionally confined to
    /// one schema (tests use a fresh schema each so that they can run side by side).
    case postgres(url: String, schema: String? = nil)

    /// The driver's name, as reported by `/health` and the CLI.
    public var driver: String {
        switch self {
        case .sqlite: "sqlite"
        case .postgres: "postgresql"
        }
    }

    /// The URL or path without its password, for logs.
    public var description: String {
        switch self {
        case .sqlite(let path): "sqlite:\(path)"
        case .postgres(let url, let schema):
            redactPassword(url) + (schema.map { " (schema \($0))" } ?? "")
        }
    }
}

private func redactPassword(_ url: String) -> String {
    guard let scheme = url.range(of: "://"), let at = url.range(of: "@", range: scheme.upperBound..<url.endIndex),
          let colon = url.range(of: ":", range: scheme.upperBound..<at.lowerBound) else { return url }
    return url.replacingCharacters(in: colon.upperBound..<at.lowerBound, with: "***")
}
