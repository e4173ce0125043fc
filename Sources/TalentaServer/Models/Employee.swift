import FluentKit
import Foundation
import TalentDomain

/// An official (pegawai) of one instansi, keyed by NIP within it.
final class Employee: Model, @unchecked Sendable {
    static let schema = "employees"

    @ID var id: UUID?
    @Parent(key: "instansi_id") var instansi: Instansi
    @OptionalParent(key: "unit_id") var unit: UnitKerja?
    @Field(key: "nip") var nip: String
    @Field(key: "name") var name: String
    @Field(key: "birth_date") var birthDate: String
    @Field(key: "sex") var sex: String
    @Field(key: "status") var status: String
    @OptionalField(key: "golongan") var golongan: String?
    @OptionalField(key: "education") var education: String?
    /// The current post as the employee list names it (structured posts also appear as a position's holder).
    @OptionalField(key: "position_title") var positionTitle: String?
    @OptionalField(key: "position_class") var positionClass: String?
    @OptionalField(key: "position_start") var positionStart: String?

    init() {}

    init(instansiID: UUID, nip: NIP) {
        self.$instansi.id = instansiID
        self.nip = nip.value
    }

    /// Copies the fields a spreadsheet row carries. Fields the row leaves empty keep their stored value,
    /// so a narrower re-import never erases data.
    func apply(_ record: EmployeeRecord, unitID: UUID?) {
        name = record.name
        birthDate = record.birthDate.iso
        sex = record.sex.rawValue
        status = record.status.rawValue
        if let golongan = record.golongan { self.golongan = golongan.description }
        if let education = record.education { self.education = education.rawValue }
        if let unitID { $unit.id = unitID }
        if let title = record.positionTitle { positionTitle = title }
        if let jobClass = record.positionClass { positionClass = jobClass.rawValue }
        if let start = record.positionStart { positionStart = start.iso }
    }
}
