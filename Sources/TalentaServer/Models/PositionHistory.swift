import FluentKit
import Foundation

/// One post an official held, from its TMT. The newest entry is the current post.
final class PositionHistory: Model, @unchecked Sendable {
    static let schema = "position_history"

    @ID var id: UUID?
    @Parent(key: "employee_id") var employee: Employee
    @OptionalField(key: "position_code") var positionCode: String?
    @Field(key: "title") var title: String
    @OptionalField(key: "job_class") var jobClass: String?
    @Field(key: "start_date") var startDate: String

    init() {}

    init(employeeID: UUID, positionCode: String?, title: String, jobClass: String?, startDate: String) {
        self.$employee.id = employeeID
        self.positionCode = positionCode
        self.title = title
        self.jobClass = jobClass
        self.startDate = startDate
    }
}
