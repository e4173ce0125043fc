/// A malformed evaluation input, naming the record (1-based position and id) and the field.
///
/// `description` reads `record 4 (id x), field levels.M.01: <reason>`; without a record it reads
/// `input, field people: <reason>`. The field is a path inside the record (`levels.M.01`, `performance[1]`,
/// `potentialComponents.aspects`), `(record)` for the record as a whole and `(file)` for the whole input.
/// Text that is not JSON gives a reason starting `not valid JSON at byte offset N (line L, column C)`.
public struct EvaluationInputError: Error, Equatable, Sendable, CustomStringConvertible {
    public let record: Int?
    public let id: String?
    public let field: String
    public let reason: String

    public init(record: Int?, id: String?, field: String, reason: String) {
        self.record = record
        self.id = id
        self.field = field
        self.reason = reason
    }

    public var description: String {
        var place = record.map { "record \($0)" } ?? "input"
        if let id { place += " (id \(id))" }
        return "\(place), field \(field): \(reason)"
    }
}
