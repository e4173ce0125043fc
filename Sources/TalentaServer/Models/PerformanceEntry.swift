import FluentKit
import Foundation

/// One year's predikat kinerja of one official.
final class PerformanceEntry: Model, @unchecked Sendable {
    static let schema = "performance_records"

    @ID var id: UUID?
    @Parent(key: "instansi_id") var instansi: Instansi
    @Parent(key: "employee_id") var employee: Employee
    @Field(key: "year") var year: Int
    @Field(key: "predikat") var predikat: String

    init() {}

    init(instansiID: UUID, employeeID: UUID, year: Int, predikat: String) {
        self.$instansi.id = instansiID
        self.$employee.id = employeeID
        self.year = year
        self.predikat = predikat
    }
}
