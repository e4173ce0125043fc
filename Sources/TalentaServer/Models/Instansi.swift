import FluentKit
import Foundation

/// A government body (instansi): a city, a regency, a province or a ministry. Every record belongs to one,
/// and it is the tenant boundary.
final class Instansi: Model, @unchecked Sendable {
    static let schema = "instansi"

    enum Kind: String, Codable, CaseIterable {
        case kota, kabupaten, provinsi, kementerian, lembaga
    }

    @ID var id: UUID?
    /// A short stable code used in URLs and on the command line, e.g. `kota-serang`.
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    /// The province, for the national search's region filter.
    @Field(key: "region") var region: String

    init() {}

    init(code: String, name: String, kind: Kind, region: String) {
        self.code = code
        self.name = name
        self.kind = kind.rawValue
        self.region = region
    }
}
