import Foundation

/// The `talenta evaluate` contract: a JSON batch of officials in, their evaluations out.
///
/// Input: `{"people": [{"id": "...", "levels": {"M.01": 4, ...}, "standard": {"M.01": 4, ...},
/// "potentialScore": 84.5 | "potentialComponents": {"aspects": 80, "qualification": 70, "integrity": 90},
/// "performance": ["Baik", "Sangat Baik"]}]}`. Output: `{"results": [TalentEvaluation, ...]}` in input order.
/// Every malformed value is reported with the record (position and id) and the field.
public enum EvaluationBatch {
    public static func parse(_ data: Data) throws(EvaluationInputError) -> [TalentEvaluation.Input] {
        let batch: RawBatch
        do { batch = try JSONDecoder().decode(RawBatch.self, from: data) } catch {
            throw EvaluationInputError(decoding: error)
        }
        guard let people = batch.people else {
            throw EvaluationInputError(record: nil, id: nil, field: "people", reason: "expected {\"people\": [...]}")
        }
        var inputs: [TalentEvaluation.Input] = []
        inputs.reserveCapacity(people.count)
        var seen: [String: Int] = [:]
        seen.reserveCapacity(people.count)
        for (index, person) in people.enumerated() {
            let input = try person.validated(record: index + 1)
            if let first = seen[input.id] {
                throw EvaluationInputError(record: index + 1, id: input.id, field: "id",
                                           reason: "duplicates record \(first)")
            }
            seen[input.id] = index + 1
            inputs.append(input)
        }
        return inputs
    }

    public static func evaluate(_ inputs: [TalentEvaluation.Input],
                                configuration: TalentConfiguration = .default) -> [TalentEvaluation] {
        inputs.map { TalentEvaluation($0, configuration: configuration) }
    }

    /// Parses, evaluates and encodes: the whole command in one call.
    public static func run(_ data: Data, configuration: TalentConfiguration = .default) throws -> Data {
        struct Output: Encodable { let results: [TalentEvaluation] }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(Output(results: evaluate(try parse(data), configuration: configuration)))
    }
}

/// The input as JSON gives it; `validated(record:)` checks every field and names the bad one.
private struct RawBatch: Decodable {
    let people: [RawPerson]?
}

private struct RawPerson: Decodable {
    struct Components: Decodable {
        let aspects: Double?
        let qualification: Double?
        let integrity: Double?
    }

    let id: String?
    let levels: [String: Double]?
    let standard: [String: Double]?
    let potentialScore: Double?
    let potentialComponents: Components?
    let performance: [String]?

    func validated(record: Int) throws(EvaluationInputError) -> TalentEvaluation.Input {
        guard let id, !id.trimmed.isEmpty else {
            throw EvaluationInputError(record: record, id: nil, field: "id", reason: "a non-empty string is required")
        }
        func fail(_ field: String, _ reason: String) -> EvaluationInputError {
            EvaluationInputError(record: record, id: id, field: field, reason: reason)
        }
        func parseLevels(_ raw: [String: Double]?, _ field: String) throws(EvaluationInputError) -> [String: Int] {
            guard let raw else { throw fail(field, "an object of competency levels is required") }
            var result: [String: Int] = [:]
            result.reserveCapacity(raw.count)
            for (key, value) in raw {
                let code: String
                if let competency = Competency(code: key) { code = competency.code } else if key.hasPrefix("T.") {
                    code = key
                } else {
                    throw fail("\(field).\(key)", "unknown competency code (expected M.01…M.08, SK.01 or T.…)")
                }
                guard let level = Int(exactly: value), Competency.levels.contains(level) else {
                    throw fail("\(field).\(key)", "a level must be a whole number from 1 to 5, got \(value)")
                }
                result[code] = level
            }
            return result
        }
        func score(_ value: Double?, _ field: String) throws(EvaluationInputError) -> Double {
            guard let value, value.isFinite, (0...100).contains(value) else {
                throw fail(field, "a number from 0 to 100 is required")
            }
            return value
        }
        let achieved = try parseLevels(levels, "levels")
        let standard = try parseLevels(self.standard, "standard")
        guard !standard.isEmpty else { throw fail("standard", "must name at least one competency") }
        let potential: TalentEvaluation.Potential
        switch (potentialScore, potentialComponents) {
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
        guard let history = performance, !history.isEmpty else {
            throw fail("performance", "a non-empty list of predikat, oldest first, is required")
        }
        var ratings: [Predikat] = []
        for (index, text) in history.enumerated() {
            guard let predikat = Predikat(parsing: text) else {
                throw fail("performance[\(index)]",
                           "expected Sangat Baik, Baik, Butuh Perbaikan, Kurang or Sangat Kurang, got \(text)")
            }
            ratings.append(predikat)
        }
        return TalentEvaluation.Input(id: id, levels: achieved, standard: standard, potential: potential,
                                      performance: ratings)
    }
}

/// A malformed evaluation input, naming the record (1-based position and id) and the field.
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

    /// A decoding failure, with the record and field taken from its coding path
    /// (`people[3].levels.M.01` becomes record 4, field `levels.M.01`).
    init(decoding error: any Error) {
        let context: DecodingError.Context?
        var path: [any CodingKey] = []
        var reason = "not valid JSON"
        switch error {
        case DecodingError.typeMismatch(let type, let c):
            context = c
            reason = type == String.self ? "expected text" : type == Double.self ? "expected a number"
                : "expected \(type == [String].self ? "a list" : "another kind of value")"
        case DecodingError.valueNotFound(_, let c):
            context = c
            reason = "must not be null"
        case DecodingError.keyNotFound(let key, let c):
            context = c
            path = [key]
            reason = "is missing"
        case DecodingError.dataCorrupted(let c):
            context = c
            reason = c.codingPath.isEmpty ? "not valid JSON" : "invalid value"
        default:
            context = nil
        }
        path = (context?.codingPath ?? []) + path
        var record: Int?
        var fields: [String] = []
        for (position, key) in path.enumerated() {
            if position == 1, let index = key.intValue { record = index + 1 } else if position > 0 {
                fields.append(key.intValue.map { "[\($0)]" } ?? key.stringValue)
            }
        }
        let field = fields.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        self.init(record: record, id: nil, field: path.isEmpty ? "(file)" : (record == nil ? "people" : field), reason: reason)
    }

    public var description: String {
        var place = record.map { "record \($0)" } ?? "input"
        if let id { place += " (id \(id))" }
        return "\(place), field \(field): \(reason)"
    }
}
