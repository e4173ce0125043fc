import FluentKit
import Foundation
import TalentDomain

/// A post (jabatan) of an instansi with its competency standard (SKJ), rank floor and current holder.
final class Position: Model, @unchecked Sendable {
    static let schema = "positions"

    @ID var id: UUID?
    @Parent(key: "instansi_id") var instansi: Instansi
    @Parent(key: "unit_id") var unit: UnitKerja
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @Field(key: "job_class") var jobClass: String
    @OptionalField(key: "rank_floor") var rankFloor: String?
    @Field(key: "standard") var standard: CompetencyStandard
    @OptionalParent(key: "holder_id") var holder: Employee?
    @OptionalField(key: "installed_on") var installedOn: String?
    @Field(key: "is_critical") var isCritical: Bool
    @Field(key: "is_target") var isTarget: Bool

    init() {}

    init(instansiID: UUID, code: String) {
        self.$instansi.id = instansiID
        self.code = code
    }

    func apply(_ record: PositionRecord, unitID: UUID, holderID: UUID?) {
        $unit.id = unitID
        name = record.name
        jobClass = record.jobClass.rawValue
        rankFloor = record.rankFloor?.description
        standard = record.standard
        if let holderID { $holder.id = holderID }
        if let installed = record.installedOn { installedOn = installed.iso }
        isCritical = record.isCritical
        isTarget = record.isTarget
    }
}
