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

    /// Appends the result of one batch record. The text that depends only on the box, the categories and
    /// the bands, and each gap of the nine with levels 0–9, is copied from tables made once.
    mutating func append(_ record: EvaluationRecord, _ outcome: TalentEvaluation.Outcome, number: Int) throws(EvaluationInputError) {
        if count > 0 { bytes.append(",\n") }
        count += 1
        if (1 ... 9).contains(outcome.box) {
            bytes.append(Self.heads[outcome.box * 3 + outcome.fillingCategory.position])
        } else {
            appendActionsAndBox(NineBox.actions(outcome.box), outcome.box)
            appendFillingCategory(outcome.fillingCategory)
        }
        let competencies = record.competencies
        var first = true
        for index in 0 ..< 9 where competencies.inStandard & (1 << index) != 0 {
            let achieved = competencies.achieved[index], standard = competencies.standard[index]
            guard achieved < standard else { continue }
            if (0 ... 9).contains(achieved) && (0 ... 9).contains(standard) {
                if !first { append(", ") }
                bytes.append(Self.nineGaps[(index * 10 + achieved) * 10 + standard])
            } else {
                appendGap(CompetencyProfile.nine[index].code, achieved, standard, first: first)
            }
            first = false
        }
        for other in competencies.others {
            guard let standard = other.standard, (other.achieved ?? 0) < standard else { continue }
            appendGap(other.code, other.achieved ?? 0, standard, first: first)
            first = false
        }
        append("], \"id\": ")
        appendString(record.id)
        append(", \"jpm\": ")
        try appendNumber(outcome.jpm, field: "jpm", record: number, id: record.id)
        bytes.append(Self.tails[(outcome.mappingCategory.position * 3 + outcome.performanceBand.position) * 3
                                + outcome.potentialBand.position])
        try appendNumber(outcome.potentialScore, field: "potentialScore", record: number, id: record.id)
        bytes.append(UInt8(ascii: "}"))
    }

    /// Appends one evaluation made through the public API.
    mutating func append(_ evaluation: TalentEvaluation, number: Int) throws(EvaluationInputError) {
        let outcome = TalentEvaluation.Outcome(evaluation)
        if count > 0 { bytes.append(",\n") }
        count += 1
        appendActionsAndBox(evaluation.actions, evaluation.box)
        appendFillingCategory(outcome.fillingCategory)
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
    private mutating func appendFillingCategory(_ filling: FillingCategory) {
        append("\"fillingCategory\": ")
        appendString(filling.rawValue)
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
        appendTail(outcome)
        try appendNumber(outcome.potentialScore, field: "potentialScore", record: number, id: id)
        bytes.append(UInt8(ascii: "}"))
    }

    /// `, "mappingCategory": "…", "performanceBand": "…", "potentialBand": "…", "potentialScore": `
    private mutating func appendTail(_ outcome: TalentEvaluation.Outcome) {
        append(", \"mappingCategory\": ")
        appendString(outcome.mappingCategory.rawValue)
        append(", \"performanceBand\": ")
        appendString(outcome.performanceBand.rawValue)
        append(", \"potentialBand\": ")
        appendString(outcome.potentialBand.rawValue)
        append(", \"potentialScore\": ")
    }

    // MARK: - Tables

    /// The start of a result up to its first gap, by `box * 3 + filling category` (boxes 1–9).
    private static let heads: [[UInt8]] = (0 ... 9).flatMap { box in
        [FillingCategory.ms, .mms, .kms].map { filling in
            piece { writer in
                writer.appendActionsAndBox(NineBox.actions(box), box)
                writer.appendFillingCategory(filling)
            }
        }
    }

    /// A gap of the nine, by `(position * 10 + achieved) * 10 + standard`, levels 0–9.
    private static let nineGaps: [[UInt8]] = (0 ..< 9).flatMap { position in
        (0 ... 9).flatMap { achieved in
            (0 ... 9).map { standard in
                piece { $0.appendGap(CompetencyProfile.nine[position].code, achieved, standard, first: true) }
            }
        }
    }

    /// From the end of the JPM to the potential score, by `(mapping * 3 + performance) * 3 + potential band`.
    private static let tails: [[UInt8]] = [MappingCategory.optimal, .cukupOptimal, .kurangOptimal].flatMap { mapping in
        [PerformanceBand.diBawah, .sesuai, .diAtas].flatMap { performance in
            [PotentialBand.rendah, .menengah, .tinggi].map { potential in
                piece { writer in
                    writer.appendTail(TalentEvaluation.Outcome(jpm: 0, fillingCategory: .ms, mappingCategory: mapping,
                                                               potentialScore: 0, potentialBand: potential,
                                                               performanceBand: performance, box: 1))
                }
            }
        }
    }

    private static func piece(_ write: (inout EvaluationResultsWriter) -> Void) -> [UInt8] {
        var writer = EvaluationResultsWriter()
        write(&writer)
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

private extension FillingCategory {
    /// The position in the writer's tables.
    var position: Int {
        switch self {
        case .ms: 0
        case .mms: 1
        case .kms: 2
        }
    }
}

private extension MappingCategory {
    var position: Int {
        switch self {
        case .optimal: 0
        case .cukupOptimal: 1
        case .kurangOptimal: 2
        }
    }
}

private extension PerformanceBand {
    var position: Int {
        switch self {
        case .diBawah: 0
        case .sesuai: 1
        case .diAtas: 2
        }
    }
}

private extension PotentialBand {
    var position: Int {
        switch self {
        case .rendah: 0
        case .menengah: 1
        case .tinggi: 2
        }
    }
}
