import Foundation

/// Writes the results of `talenta evaluate` as JSON text, deterministically: the same evaluations always
/// give the same bytes.
///
/// The format, one result per line, keys sorted:
/// ```
/// {
///   "results": [
///     {"actions": ["rotasi", "pengembangan kompetensi"], "box": 4, "fillingCategory": "MS", "gaps": [{"achieved": 3, "competency": "M.04", "standard": 4}], "id": "p1", "jpm": 94.44444444444444, "mappingCategory": "O", "performanceBand": "di atas", "potentialBand": "rendah", "potentialScore": 71.5},
///     ...
///   ]
/// }
/// ```
/// Numbers are written as Swift's `description` of the `Double` (the shortest text that reads back to the
/// same value, e.g. `91.0`, `94.44444444444444`); a value that is not finite cannot be JSON and is refused.
/// Strings escape `"`, `\` and the control characters and keep every other character as UTF-8.
struct EvaluationResultsWriter {
    /// The results written so far, separated but without the document's opening and closing.
    let bytes: ByteBuffer
    private var count = 0

    init(capacity: Int = 0) {
        bytes = ByteBuffer(capacity: capacity)
    }

    /// The whole document of the parts (each a run of results, in order).
    static func document(_ parts: [EvaluationResultsWriter]) -> Data {
        guard parts.contains(where: { $0.count > 0 }) else { return Data("{\n  \"results\": []\n}\n".utf8) }
        return ByteBuffer.joined(parts.map(\.bytes), opening: "{\n  \"results\": [\n", separator: ",\n",
                                 closing: "\n  ]\n}\n")
    }

    /// Appends the result of one batch record.
    mutating func append(_ record: EvaluationRecord, _ outcome: TalentEvaluation.Outcome, number: Int) throws(EvaluationInputError) {
        if count > 0 { bytes.append(",\n") }
        count += 1
        if (1 ... 9).contains(outcome.box) {
            bytes.append(Self.actionsAndBox[outcome.box])
        } else {
            appendActionsAndBox(NineBox.actions(outcome.box), outcome.box)
        }
        appendFillingCategory(outcome)
        var first = true
        record.competencies.forEachGap { code, achieved, standard in
            appendGap(code, achieved, standard, first: first)
            first = false
        }
        try endResult(id: record.id, outcome: outcome, number: number)
    }

    /// Appends one evaluation made through the public API.
    mutating func append(_ evaluation: TalentEvaluation, number: Int) throws(EvaluationInputError) {
        let outcome = TalentEvaluation.Outcome(evaluation)
        if count > 0 { bytes.append(",\n") }
        count += 1
        appendActionsAndBox(evaluation.actions, evaluation.box)
        appendFillingCategory(outcome)
        for (index, gap) in evaluation.gaps.enumerated() {
            appendGap(gap.competency, gap.achieved, gap.standard, first: index == 0)
        }
        try endResult(id: evaluation.id, outcome: outcome, number: number)
    }

    /// `    {"actions": […], "box": n, `
    private mutating func appendActionsAndBox(_ actions: [String], _ box: Int) {
        append("    {\"actions\": [")
        for (index, action) in actions.enumerated() {
            if index > 0 { append(", ") }
            appendString(action)
        }
        append("], \"box\": ")
        appendInteger(box)
        append(", ")
    }

    /// `"fillingCategory": "…", "gaps": [`
    private mutating func appendFillingCategory(_ outcome: TalentEvaluation.Outcome) {
        append("\"fillingCategory\": ")
        appendString(outcome.fillingCategory.rawValue)
        append(", \"gaps\": [")
    }

    private mutating func appendGap(_ code: String, _ achieved: Int, _ standard: Int, first: Bool) {
        append(first ? "{\"achieved\": " : ", {\"achieved\": ")
        appendInteger(achieved)
        append(", \"competency\": ")
        appendString(code)
        append(", \"standard\": ")
        appendInteger(standard)
        bytes.append(UInt8(ascii: "}"))
    }

    /// `], "id": …, "jpm": …, …}`
    private mutating func endResult(id: String, outcome: TalentEvaluation.Outcome, number: Int) throws(EvaluationInputError) {
        append("], \"id\": ")
        appendString(id)
        append(", \"jpm\": ")
        try appendNumber(outcome.jpm, field: "jpm", record: number, id: id)
        append(", \"mappingCategory\": ")
        appendString(outcome.mappingCategory.rawValue)
        append(", \"performanceBand\": ")
        appendString(outcome.performanceBand.rawValue)
        append(", \"potentialBand\": ")
        appendString(outcome.potentialBand.rawValue)
        append(", \"potentialScore\": ")
        try appendNumber(outcome.potentialScore, field: "potentialScore", record: number, id: id)
        bytes.append(UInt8(ascii: "}"))
    }

    /// `    {"actions": [...], "box": n, ` for each box (index 0 unused), written once.
    private static let actionsAndBox: [[UInt8]] = (0 ... 9).map { box in
        var writer = EvaluationResultsWriter()
        writer.appendActionsAndBox(NineBox.actions(box), box)
        return Array(writer.bytes.bytes)
    }

    // MARK: - Values

    private func append(_ text: StaticString) {
        bytes.append(text)
    }

    private mutating func appendInteger(_ value: Int) {
        if (0 ... 9).contains(value) {
            bytes.append(UInt8(ascii: "0") + UInt8(value))
        } else {
            var text = value.description
            text.withUTF8 { bytes.append(UnsafeRawBufferPointer($0)) }
        }
    }

    /// A number as the shortest text that reads back to the same `Double`.
    private mutating func appendNumber(_ value: Double, field: String, record: Int, id: String) throws(EvaluationInputError) {
        guard value.isFinite else {
            throw EvaluationInputError(record: record, id: id, field: field,
                                       reason: "evaluates to \(value), which JSON cannot represent (check the configuration)")
        }
        var text = value.description
        text.withUTF8 { bytes.append(UnsafeRawBufferPointer($0)) }
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`, `\t`, … or `\u00XX`.
    private mutating func appendString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        let plain = text.utf8.withContiguousStorageIfAvailable { utf8 -> Bool in
            guard !utf8.contains(where: Self.needsEscape) else { return false }
            bytes.append(UnsafeRawBufferPointer(utf8))
            return true
        }
        if plain != true {
            for byte in text.utf8 {
                guard Self.needsEscape(byte) else {
                    bytes.append(byte)
                    continue
                }
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    let digits = Array("0123456789abcdef".utf8)
                    bytes.append([UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                  digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
    }
}

extension TalentEvaluation.Outcome {
    /// The outcome an evaluation carries.
    init(_ evaluation: TalentEvaluation) {
        self.init(jpm: evaluation.jpm, fillingCategory: evaluation.fillingCategory, mappingCategory: evaluation.mappingCategory,
                  potentialScore: evaluation.potentialScore, potentialBand: evaluation.potentialBand,
                  performanceBand: evaluation.performanceBand, box: evaluation.box)
    }
}
