import Foundation

/// The `talenta evaluate` contract: a JSON batch of officials in, their evaluations out.
///
/// Input: `{"people": [{"id": "...", "levels": {"M.01": 4, ...}, "standard": {"M.01": 4, ...},
/// "potentialScore": 84.5 | "potentialComponents": {"aspects": 80, "qualification": 70, "integrity": 90},
/// "performance": ["Baik", "Sangat Baik"]}]}`. Output: `{"results": [TalentEvaluation, ...]}` in input order.
/// Every malformed value is reported with the record (position and id) and the field.
public enum EvaluationBatch {
    public static func parse(_ data: Data) throws(EvaluationInputError) -> [TalentEvaluation.Input] {
        let root: Any
        do { root = try JSONSerialization.jsonObject(with: data) } catch {
            throw EvaluationInputError(record: nil, id: nil, field: "(file)", reason: "not valid JSON")
        }
        guard let object = root as? [String: Any], let people = object["people"] as? [Any] else {
            throw EvaluationInputError(record: nil, id: nil, field: "people", reason: "expected {\"people\": [...]}")
        }
        var inputs: [TalentEvaluation.Input] = []
        inputs.reserveCapacity(people.count)
        var seen: [String: Int] = [:]
        for (index, element) in people.enumerated() {
            let input = try parsePerson(element, record: index + 1)
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

    private static func parsePerson(_ element: Any, record: Int) throws(EvaluationInputError) -> TalentEvaluation.Input {
        guard let person = element as? [String: Any] else {
            throw EvaluationInputError(record: record, id: nil, field: "(record)", reason: "expected an object")
        }
        guard let id = person["id"] as? String, !id.trimmed.isEmpty else {
            throw EvaluationInputError(record: record, id: nil, field: "id", reason: "a non-empty string is required")
        }
        func fail(_ field: String, _ reason: String) -> EvaluationInputError {
            EvaluationInputError(record: record, id: id, field: field, reason: reason)
        }
        func levels(_ field: String) throws(EvaluationInputError) -> [String: Int] {
            guard let raw = person[field] as? [String: Any] else { throw fail(field, "an object of competency levels is required") }
            var result: [String: Int] = [:]
            for (key, value) in raw {
                let code: String
                if let competency = Competency(code: key) { code = competency.code } else if key.hasPrefix("T.") {
                    code = key
                } else {
                    throw fail("\(field).\(key)", "unknown competency code (expected M.01…M.08, SK.01 or T.…)")
                }
                guard let number = jsonNumber(value), let level = Int(exactly: number.doubleValue),
                      Competency.levels.contains(level) else {
                    throw fail("\(field).\(key)", "a level must be a whole number from 1 to 5, got \(value)")
                }
                result[code] = level
            }
            return result
        }
        func score(_ value: Any?, _ field: String) throws(EvaluationInputError) -> Double {
            guard let number = jsonNumber(value), number.doubleValue.isFinite,
                  (0...100).contains(number.doubleValue) else {
                throw fail(field, "a number from 0 to 100 is required")
            }
            return number.doubleValue
        }
        let achieved = try levels("levels")
        let standard = try levels("standard")
        guard !standard.isEmpty else { throw fail("standard", "must name at least one competency") }
        let potential: TalentEvaluation.Potential
        switch (person["potentialScore"], person["potentialComponents"]) {
        case (let value?, nil):
            potential = .score(try score(value, "potentialScore"))
        case (nil, let value?):
            guard let components = value as? [String: Any] else {
                throw fail("potentialComponents", "expected {\"aspects\", \"qualification\", \"integrity\"}")
            }
            potential = .components(
                aspects: try score(components["aspects"], "potentialComponents.aspects"),
                qualification: try score(components["qualification"], "potentialComponents.qualification"),
                integrity: try score(components["integrity"], "potentialComponents.integrity"))
        case (nil, nil): throw fail("potentialScore", "give potentialScore or potentialComponents")
        case (_?, _?): throw fail("potentialScore", "give potentialScore or potentialComponents, not both")
        }
        guard let history = person["performance"] as? [Any], !history.isEmpty else {
            throw fail("performance", "a non-empty list of predikat, oldest first, is required")
        }
        var performance: [Predikat] = []
        for (index, entry) in history.enumerated() {
            guard let text = entry as? String, let predikat = Predikat(parsing: text) else {
                throw fail("performance[\(index)]",
                           "expected Sangat Baik, Baik, Butuh Perbaikan, Kurang or Sangat Kurang, got \(entry)")
            }
            performance.append(predikat)
        }
        return TalentEvaluation.Input(id: id, levels: achieved, standard: standard, potential: potential,
                                      performance: performance)
    }
}

/// A JSON number, excluding `true`/`false` (Foundation bridges both to `NSNumber`, and on Linux even `1`
/// answers `is Bool`; JSON booleans are the ones whose Objective-C type is `c`).
private func jsonNumber(_ value: Any?) -> NSNumber? {
    guard let number = value as? NSNumber, String(cString: number.objCType) != "c" else { return nil }
    return number
}

/// A malformed evaluation input, naming the record (1-based position and id) and the field.
public struct EvaluationInputError: Error, Equatable, Sendable, CustomStringConvertible {
    public let record: Int?
    public let id: String?
    public let field: String
    public let reason: String

    public var description: String {
        var place = record.map { "record \($0)" } ?? "input"
        if let id { place += " (id \(id))" }
        return "\(place), field \(field): \(reason)"
    }
}
