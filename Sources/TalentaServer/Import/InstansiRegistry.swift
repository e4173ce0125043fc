import FluentKit
import TalentDomain

/// Adds and lists instansi: the tenants every record belongs to.
public struct InstansiRegistry: Sendable {
    let database: TalentaDatabase

    public init(database: TalentaDatabase) {
        self.database = database
    }

    /// Why an instansi cannot be saved, naming the field.
    public struct Invalid: Error, Equatable, CustomStringConvertible {
        public let field: String
        public let value: String
        public let reason: String
        public var description: String { "\(field) '\(value)': \(reason)" }
    }

    /// Creates the instansi, or updates the one with this code. Returns whether it was created.
    @discardableResult
    public func save(code: String, name: String, kind: String, region: String) async throws -> (created: Bool, code: String) {
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        guard !code.isEmpty, code.count <= 64, code.allSatisfy({ allowed.contains($0) }) else {
            throw Invalid(field: "code", value: code, reason: "use 1 to 64 characters a-z, 0-9 and -")
        }
        guard let kindValue = Instansi.Kind(rawValue: kind.lowercased()) else {
            throw Invalid(field: "kind", value: kind,
                          reason: "use one of \(Instansi.Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard !name.trimmed.isEmpty else { throw Invalid(field: "name", value: name, reason: "is required") }
        guard !region.trimmed.isEmpty else { throw Invalid(field: "region", value: region, reason: "is required") }
        let db = database.db
        let existing = try await Instansi.query(on: db).filter(\.$code == code).first()
        let instansi = existing ?? Instansi(code: code, name: name, kind: kindValue, region: region)
        instansi.name = name.trimmed
        instansi.kind = kindValue.rawValue
        instansi.region = region.trimmed
        try await instansi.save(on: db)
        return (existing == nil, code)
    }

    public func list() async throws -> [(code: String, name: String)] {
        try await Instansi.query(on: database.db).sort(\.$code).all().map { ($0.code, $0.name) }
    }
}
