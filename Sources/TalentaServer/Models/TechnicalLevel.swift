import FluentKit
import Foundation

/// One technical competency level of one official, from a technical assessment (kompetensi teknis).
final class TechnicalLevel: Model, @unchecked Sendable {
    static let schema = "technical_levels"

    @ID var id: UUID?
    @Parent(key: "employee_id") var employee: Employee
    /// The competency code, upper-cased, e.g. `T.KEU.01`.
    @Field(key: "code") var code: String
    @Field(key: "level") var level: Int
    /// The assessment date, `yyyy-mm-dd`.
    @Field(key: "assessed_on") var assessedOn: String

    init() {}

    init(employeeID: UUID, code: String, level: Int, assessedOn: String) {
        self.$employee.id = employeeID
        self.code = code
        self.level = level
        self.assessedOn = assessedOn
    }
}
