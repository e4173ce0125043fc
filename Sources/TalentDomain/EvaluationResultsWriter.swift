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
/// same value, e.g. `91.0`, `94.44444444444444`); a value that is not finite cannot be JSON and is refused
/// earlier, by `ResultNumbers`. Strings escape `"`, `\` and the control characters and keep every other
/// character as UTF-8.
///
/// The same writer either writes (`ByteRegion`) or only counts (`ByteCount`), so a document can be sized
/// exactly before it is written (see `ResultsDocument`).
struct EvaluationResultsWriter<Sink: ByteSink> {
    var sink: Sink
    /// Results written so far; all but the first are preceded by `,\n`.
    private var count = 0

    init(_ sink: Sink) {
        self.sink = sink
    }

    /// Appends the result of one batch record. The text that depends only on the box, the categories and
    /// the bands, and each gap of the nine with levels 0–9, is copied from tables made once.
    mutating func append(_ record: EvaluationRecord, _ outcome: TalentEvaluation.Outcome, _ numbers: ResultNumbers) {
        startResult()
        if (1 ... 9).contains(outcome.box) {
            sink.append(ResultText.heads[outcome.box * 3 + outcome.fillingCategory.position])
        } else {
            appendActionsAndBox(NineBox.actions(outcome.box), outcome.box)
            appendFillingCategory(outcome.fillingCategory)
        }
        let competencies = record.competencies
        var first = true
        for index in 0 ..< 9 where competencies.inStandard & (1 << index) != 0 {
            let achieved = Int(competencies.achieved[index]), standard = Int(competencies.standard[index])
            guard achieved < standard else { continue }
            if (0 ... 9).contains(achieved) && (0 ... 9).contains(standard) {
                if !first { sink.append(", ") }
                sink.append(ResultText.nineGaps[(index * 10 + achieved) * 10 + standard])
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
        sink.append("], \"id\": ")
        appendString(record.id)
        sink.append(", \"jpm\": ")
        appendText(numbers.jpm)
        sink.append(ResultText.tails[(outcome.mappingCategory.position * 3 + outcome.performanceBand.position) * 3
                                     + outcome.potentialBand.position])
        appendText(numbers.potentialScore)
        sink.append(UInt8(ascii: "}"))
    }

    /// Appends one evaluation made through the public API, with its own actions and gaps.
    mutating func append(_ evaluation: TalentEvaluation, _ numbers: ResultNumbers) {
        startResult()
        appendActionsAndBox(evaluation.actions, evaluation.box)
        appendFillingCategory(evaluation.fillingCategory)
        for (index, gap) in evaluation.gaps.enumerated() {
            appendGap(gap.competency, gap.achieved, gap.standard, first: index == 0)
        }
        sink.append("], \"id\": ")
        appendString(evaluation.id)
        sink.append(", \"jpm\": ")
        appendText(numbers.jpm)
        appendTail(evaluation.mappingCategory, evaluation.performanceBand, evaluation.potentialBand)
        appendText(numbers.potentialScore)
        sink.append(UInt8(ascii: "}"))
    }

    private mutating func startResult() {
        if count > 0 { sink.append(",\n") }
        count += 1
    }

    /// `    {"actions": […], "box": n, `
    mutating func appendActionsAndBox(_ actions: [String], _ box: Int) {
        sink.append("    {\"actions\": [")
        for (index, action) in actions.enumerated() {
            if index > 0 { sink.append(", ") }
            appendString(action)
        }
        sink.append("], \"box\": ")
        appendInteger(box)
        sink.append(", ")
    }

    /// `"fillingCategory": "…", "gaps": [`
    mutating func appendFillingCategory(_ filling: FillingCategory) {
        sink.append("\"fillingCategory\": ")
        appendString(filling.rawValue)
        sink.append(", \"gaps\": [")
    }

    /// `{"achieved": a, "competency": "…", "standard": s}`, after `, ` unless first.
    mutating func appendGap(_ code: String, _ achieved: Int, _ standard: Int, first: Bool) {
        sink.append(first ? "{\"achieved\": " : ", {\"achieved\": ")
        appendInteger(achieved)
        sink.append(", \"competency\": ")
        appendString(code)
        sink.append(", \"standard\": ")
        appendInteger(standard)
        sink.append(UInt8(ascii: "}"))
    }

    /// `, "mappingCategory": "…", "performanceBand": "…", "potentialBand": "…", "potentialScore": `
    mutating func appendTail(_ mapping: MappingCategory, _ performance: PerformanceBand, _ potential: PotentialBand) {
        sink.append(", \"mappingCategory\": ")
        appendString(mapping.rawValue)
        sink.append(", \"performanceBand\": ")
        appendString(performance.rawValue)
        sink.append(", \"potentialBand\": ")
        appendString(potential.rawValue)
        sink.append(", \"potentialScore\": ")
    }

    // MARK: - Values

    private mutating func appendInteger(_ value: Int) {
        if (0 ... 9).contains(value) {
            sink.append(UInt8(ascii: "0") + UInt8(value))
        } else {
            appendText(value.description)
        }
    }

    /// Text that needs no escaping (numbers), as it is.
    private mutating func appendText(_ text: String) {
        var text = text
        text.withUTF8 { sink.append(UnsafeRawBufferPointer($0)) }
    }

    /// A JSON string: `"` and `\` escaped, control characters as `\n`, `\t`, … or `\u00XX`.
    private mutating func appendString(_ text: String) {
        sink.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            guard utf8.contains(where: needsEscape) else { return sink.append(UnsafeRawBufferPointer(utf8)) }
            for byte in utf8 {
                guard needsEscape(byte) else {
                    sink.append(byte)
                    continue
                }
                sink.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): sink.append(byte)
                case 0x08: sink.append(UInt8(ascii: "b"))
                case 0x0C: sink.append(UInt8(ascii: "f"))
                case 0x0A: sink.append(UInt8(ascii: "n"))
                case 0x0D: sink.append(UInt8(ascii: "r"))
                case 0x09: sink.append(UInt8(ascii: "t"))
                default:
                    let digits: StaticString = "0123456789abcdef"
                    sink.append("u00")
                    sink.append(digits.utf8Start[Int(byte >> 4)])
                    sink.append(digits.utf8Start[Int(byte & 0xF)])
                }
            }
        }
        sink.append(UInt8(ascii: "\""))
    }
}

/// Whether a byte of a string must be escaped in JSON.
private func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
}

/// The two numbers of a result as text, made (and checked) before the result is sized and written.
struct ResultNumbers: Sendable {
    let jpm: String
    let potentialScore: String

    /// The numbers of one result; a value that is not finite cannot be JSON and names its record and field.
    init(jpm: Double, potentialScore: Double, record: Int, id: String) throws(EvaluationInputError) {
        func text(_ value: Double, _ field: String) throws(EvaluationInputError) -> String {
            guard value.isFinite else {
                throw EvaluationInputError(record: record, id: id, field: field,
                                           reason: "evaluates to \(value), which JSON cannot represent (check the configuration)")
            }
            return value.description
        }
        self.jpm = try text(jpm, "jpm")
        self.potentialScore = try text(potentialScore, "potentialScore")
    }
}

/// The fixed text of results, written once by the writer itself into tables.
enum ResultText {
    /// The start of a result up to its first gap, by `box * 3 + filling category` (boxes 1–9).
    static let heads = PieceTable((0 ... 9).flatMap { box in
        [FillingCategory.ms, .mms, .kms].map { filling in
            piece { writer in
                writer.appendActionsAndBox(NineBox.actions(box), box)
                writer.appendFillingCategory(filling)
            }
        }
    })

    /// A gap of the nine, by `(position * 10 + achieved) * 10 + standard`, levels 0–9.
    static let nineGaps = PieceTable((0 ..< 9).flatMap { position in
        (0 ... 9).flatMap { achieved in
            (0 ... 9).map { standard in
                piece { $0.appendGap(CompetencyProfile.nine[position].code, achieved, standard, first: true) }
            }
        }
    })

    /// From the end of the JPM to the potential score, by `(mapping * 3 + performance) * 3 + potential band`.
    static let tails = PieceTable([MappingCategory.optimal, .cukupOptimal, .kurangOptimal].flatMap { mapping in
        [PerformanceBand.diBawah, .sesuai, .diAtas].flatMap { performance in
            [PotentialBand.rendah, .menengah, .tinggi].map { potential in
                piece { $0.appendTail(mapping, performance, potential) }
            }
        }
    })

    private static func piece(_ write: (inout EvaluationResultsWriter<ByteArray>) -> Void) -> [UInt8] {
        var writer = EvaluationResultsWriter(ByteArray())
        write(&writer)
        return writer.sink.bytes
    }
}

/// Pieces of text in one block of memory that is made once and never freed, so that copying a piece out
/// costs no reference counting.
struct PieceTable: @unchecked Sendable {
    private let bytes: UnsafeMutableRawPointer
    private let starts: UnsafeMutablePointer<Int>

    init(_ pieces: [[UInt8]]) {
        bytes = UnsafeMutableRawPointer.allocate(byteCount: max(1, pieces.reduce(0) { $0 + $1.count }), alignment: 1)
        starts = UnsafeMutablePointer<Int>.allocate(capacity: pieces.count + 1)
        var offset = 0
        for (index, piece) in pieces.enumerated() {
            starts[index] = offset
            piece.withUnsafeBytes { piece in
                if let source = piece.baseAddress { (bytes + offset).copyMemory(from: source, byteCount: piece.count) }
            }
            offset += piece.count
        }
        starts[pieces.count] = offset
    }

    subscript(index: Int) -> UnsafeRawBufferPointer {
        UnsafeRawBufferPointer(start: bytes + starts[index], count: starts[index + 1] - starts[index])
    }
}

extension FillingCategory {
    /// The position in the writer's tables.
    fileprivate var position: Int {
        switch self {
        case .ms: 0
        case .mms: 1
        case .kms: 2
        }
    }
}

extension MappingCategory {
    fileprivate var position: Int {
        switch self {
        case .optimal: 0
        case .cukupOptimal: 1
        case .kurangOptimal: 2
        }
    }
}

extension PerformanceBand {
    fileprivate var position: Int {
        switch self {
        case .diBawah: 0
        case .sesuai: 1
        case .diAtas: 2
        }
    }
}

extension PotentialBand {
    fileprivate var position: Int {
        switch self {
        case .rendah: 0
        case .menengah: 1
        case .tinggi: 2
        }
    }
}
