import FluentKit
import Foundation

/// An instansi's talent configuration (JPM thresholds, potential weights, performance window, nine-box
/// cut-offs, validity): `TalentConfiguration` as JSON. No row means DOMAIN.md's defaults.
final class InstansiSettings: Model, @unchecked Sendable {
    static let schema = "instansi_settings"

    @ID var id: UUID?
    @Parent(key: "instansi_id") var instansi: Instansi
    @Field(key: "configuration") var configuration: String
    @Field(key: "updated_at") var updatedAt: Double
    @Field(key: "updated_by") var updatedBy: String

    init() {}
}
