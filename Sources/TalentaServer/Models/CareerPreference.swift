import FluentKit
import Foundation

/// One post an official would like, and its place in their ranking (preferensi karier; 1 is the first choice).
final class CareerPreference: Model, @unchecked Sendable {
    static let schema = "career_preferences"

    @ID var id: UUID?
    @Parent(key: "employee_id") var employee: Employee
    @Parent(key: "position_id") var position: Position
    @Field(key: "rank") var rank: Int

    init() {}

    init(employeeID: UUID, positionID: UUID, rank: Int) {
        self.$employee.id = employeeID
        self.$position.id = positionID
        self.rank = rank
    }
}
