import FluentKit
import Foundation

/// A disciplinary sanction on an official's record (hukuman disiplin).
final class DisciplinaryEntry: Model, @unchecked Sendable {
    static let schema = "disciplinary_records"

    @ID var id: UUID?
    @Parent(key: "employee_id") var employee: Employee
    @Field(key: "level") var level: String
    @Field(key: "date") var date: String
    @Field(key: "note") var note: String

    init() {}

    init(employeeID: UUID, level: String, date: String, note: String) {
        self.$employee.id = employeeID
        self.level = level
        self.date = date
        self.note = note
    }
}
