/// A position's Standar Kompetensi Jabatan (SKJ): the level required for each of the nine competencies,
/// and for the technical competencies the position names.
///
/// The nine levels default to the job class's standard (DOMAIN.md §2); a position may override any one.
public struct CompetencyStandard: Sendable, Codable, Equatable {
    public var managerial: [Competency: Int]
    /// Technical competencies by code (e.g. `T.PEND.01`), each 1...5. Defined per position.
    public var technical: [String: Int]

    public init(managerial: [Competency: Int], technical: [String: Int] = [:]) {
        self.managerial = managerial
        self.technical = technical
    }

    /// The class default for all nine competencies, with `overrides` applied on top.
    public init(jobClass: JobClass, levels: StandardLevels = .default,
                overrides: [Competency: Int] = [:], technical: [String: Int] = [:]) {
        let base = levels.level(for: jobClass)
        var managerial = Dictionary(uniqueKeysWithValues: Competency.allCases.map { ($0, base) })
        managerial.merge(overrides) { _, new in new }
        self.init(managerial: managerial, technical: technical)
    }

    public func level(_ competency: Competency) -> Int { managerial[competency] ?? 0 }
}
