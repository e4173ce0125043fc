import FluentKit
import Foundation

/// A unit kerja or organisasi perangkat daerah (OPD): a dinas, a badan, the secretariat.
final class UnitKerja: Model, @unchecked Sendable {
    static let schema = "unit_kerja"

    @ID var id: UUID?
    @Parent(key: "instansi_id") var instansi: Instansi
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String

    init() {}

    init(instansiID: UUID, code: String, name: String) {
        self.$instansi.id = instansiID
        self.code = code
        self.name = name
    }
}
