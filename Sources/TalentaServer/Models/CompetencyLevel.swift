import FluentKit
import Foundation
import TalentDomain

/// One row of the competency dictionary: a competency at one level, with its description.
final class CompetencyLevel: Model, @unchecked Sendable {
    static let schema = "competency_levels"

    @ID var id: UUID?
    @Field(key: "code") var code: String
    @Field(key: "name") var name: String
    @Field(key: "kind") var kind: String
    @Field(key: "definition") var definition: String
    @Field(key: "level") var level: Int
    @Field(key: "description") var description: String

    init() {}

    init(entry: CompetencyDictionary.Entry, level: Int) {
        code = entry.competency.code
        name = entry.name
        kind = entry.competency.kind.rawValue
        definition = entry.definition
        self.level = level
        description = entry.description(level: level) ?? ""
    }
}
