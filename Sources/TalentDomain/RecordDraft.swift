/// A record as read so far: its values, the first problem noticed, and where the reader is (for messages).
struct RecordDraft {
    /// The order in which a record's checks run.
    enum Stage: Int, Comparable {
        case id, levels, standard, potential, performance
        static func < (a: Stage, b: Stage) -> Bool { a.rawValue < b.rawValue }
    }

    enum Side {
        case levels, standard
        var name: String { self == .levels ? "levels" : "standard" }
    }

    struct Components {
        var aspects: JSONReader.NumberSpan?
        var qualification: JSONReader.NumberSpan?
        var integrity: JSONReader.NumberSpan?
    }

    var id: String?
    var hasLevels = false
    var hasStandard = false
    var competencies = CompetencyProfile.Compact()
    var potentialScore: JSONReader.NumberSpan?
    var components: Components?
    var performance: [Predikat]?
    /// The first problem of the earliest stage that has one.
    var problem: (stage: Stage, field: String, reason: String)?

    /// Where the reader is: the record's key, and the key or index inside its value.
    var key: JSONReader.StringSpan?
    var nestedKey: JSONReader.StringSpan?
    var index: Int?

    mutating func given(_ side: Side) {
        if side == .levels { hasLevels = true } else { hasStandard = true }
    }

    mutating func note(_ stage: Stage, field: String, reason: String) {
        if let problem, problem.stage <= stage { return }
        problem = (stage, field, reason)
    }

    /// The field the reader is in, as an error names it.
    func location(_ json: JSONReader) -> String {
        guard let key else { return "(record)" }
        var field = json.text(key)
        if let nestedKey { field += ".\(json.text(nestedKey))" } else if let index { field += "[\(index)]" }
        return field
    }

    /// The record, or the first problem in the order of the checks.
    func validated(record: Int, _ json: JSONReader) throws(EvaluationInputError) -> EvaluationRecord {
        guard let id, !id.isBlank else {
            let reason = problem?.stage == .id ? problem!.reason : "a non-empty string is required"
            throw EvaluationInputError(record: record, id: nil, field: "id", reason: reason)
        }
        func fail(_ field: String, _ reason: String) -> EvaluationInputError {
            EvaluationInputError(record: record, id: id, field: field, reason: reason)
        }
        func check(_ stage: Stage) throws(EvaluationInputError) {
            if let problem, problem.stage == stage { throw fail(problem.field, problem.reason) }
        }
        func score(_ span: JSONReader.NumberSpan?, _ field: String) throws(EvaluationInputError) -> Double {
            guard let span else { throw fail(field, "a number from 0 to 100 is required") }
            let value = json.double(span)
            guard value.isFinite, (0 ... 100).contains(value) else {
                throw fail(field, "a number from 0 to 100 is required, got \(json.literal(span))")
            }
            return value
        }
        try check(.id)
        try check(.levels)
        guard hasLevels else { throw fail("levels", "an object of competency levels is required") }
        try check(.standard)
        guard hasStandard else { throw fail("standard", "an object of competency levels is required") }
        guard !competencies.standardIsEmpty else { throw fail("standard", "must name at least one competency") }
        try check(.potential)
        let potential: TalentEvaluation.Potential
        switch (potentialScore, components) {
        case (let value?, nil):
            potential = .score(try score(value, "potentialScore"))
        case (nil, let components?):
            potential = .components(
                aspects: try score(components.aspects, "potentialComponents.aspects"),
                qualification: try score(components.qualification, "potentialComponents.qualification"),
                integrity: try score(components.integrity, "potentialComponents.integrity"))
        case (nil, nil): throw fail("potentialScore", "give potentialScore or potentialComponents")
        case (_?, _?): throw fail("potentialScore", "give potentialScore or potentialComponents, not both")
        }
        try check(.performance)
        guard let performance, !performance.isEmpty else {
            throw fail("performance", "a non-empty list of predikat, oldest first, is required")
        }
        var competencies = competencies
        competencies.sortOthers()
        return EvaluationRecord(id: id, competencies: competencies, potential: potential, performance: performance)
    }
}

extension CompetencyProfile.Compact {
    /// Stores the level of the nine's competency at `position`; false when it already has one on this side.
    mutating func set(_ level: Int, at position: Int, _ side: RecordDraft.Side) -> Bool {
        let bit: UInt16 = 1 << position
        switch side {
        case .levels:
            guard assessed & bit == 0 else { return false }
            assessed |= bit
            achieved[position] = UInt8(level)
        case .standard:
            guard inStandard & bit == 0 else { return false }
            inStandard |= bit
            standard[position] = UInt8(level)
        }
        return true
    }

    /// Stores one level; false when that competency already has one on this side.
    mutating func set(_ level: Int, _ code: CompetencyCode, _ side: RecordDraft.Side) -> Bool {
        switch code {
        case .nine(let position):
            return set(level, at: position, side)
        case .other(let text):
            if let existing = others.firstIndex(where: { $0.code == text }) {
                switch side {
                case .levels:
                    guard others[existing].achieved == nil else { return false }
                    others[existing].achieved = level
                case .standard:
                    guard others[existing].standard == nil else { return false }
                    others[existing].standard = level
                }
            } else {
                others.append(CompetencyProfile.Other(code: text, achieved: side == .levels ? level : nil,
                                                      standard: side == .standard ? level : nil))
            }
        case .unknown:
            break
        }
        return true
    }
}

private extension String {
    /// Whether the text is empty or only white space (as `trimmed.isEmpty`, without building the trimmed text).
    var isBlank: Bool {
        if let first = utf8.first, (0x21 ... 0x7E).contains(first) { return false }
        return trimmed.isEmpty
    }
}
