/// Everything Talenta reads from its environment, read in one place and passed down.
///
/// | variable | meaning | default |
/// |---|---|---|
/// | `DATABASE_URL` | `postgres://user:pass@host:5432/db` for PostgreSQL, or `sqlite:PATH` | SQLite file |
/// | `TALENTA_SQLITE_PATH` | the SQLite file when `DATABASE_URL` is not set | `talenta.sqlite` |
/// | `HOST` | the address to bind | `127.0.0.1` |
/// | `PORT` | the port to bind | `8080` |
public struct AppConfiguration: Sendable, Equatable {
    public var host: String
    public var port: Int
    public var database: DatabaseConfiguration

    public init(host: String = "127.0.0.1", port: Int = 8080,
                database: DatabaseConfiguration = .sqlite(path: "talenta.sqlite")) {
        self.host = host
        self.port = port
        self.database = database
    }

    /// Reads the configuration from environment variables; a malformed value is an error naming it.
    public init(environment env: [String: String]) throws(ConfigurationError) {
        self.init()
        if let host = env["HOST"], !host.isEmpty { self.host = host }
        if let text = env["PORT"], !text.isEmpty {
            guard let port = Int(text), (1...65535).contains(port) else { throw .invalid("PORT", text) }
            self.port = port
        }
        if let path = env["TALENTA_SQLITE_PATH"], !path.isEmpty { database = .sqlite(path: path) }
        if let url = env["DATABASE_URL"], !url.isEmpty {
            database = try Self.database(fromURL: url)
        }
    }

    static func database(fromURL url: String) throws(ConfigurationError) -> DatabaseConfiguration {
        if url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") { return .postgres(url: url) }
        if url.hasPrefix("sqlite:") {
            let path = String(url.dropFirst("sqlite:".count)).replacing("//", with: "", maxReplacements: 1)
            guard !path.isEmpty else { throw .invalid("DATABASE_URL", url) }
            return .sqlite(path: path)
        }
        throw .invalid("DATABASE_URL", url)
    }
}

public enum ConfigurationError: Error, Equatable, CustomStringConvertible {
    case invalid(String, String)

    public var description: String {
        switch self {
        case .invalid("DATABASE_URL", let value):
            "DATABASE_URL must start with postgres://, postgresql:// or sqlite:, got '\(value)'"
        case .invalid(let name, let value): "\(name) has an invalid value '\(value)'"
        }
    }
}
