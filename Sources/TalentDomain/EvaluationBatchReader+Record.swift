/// Reading one record of a batch: its fields in any order, each problem noted in a `RecordDraft` and
/// reported in the order of the checks once the record is read.
extension EvaluationBatchReader {
    mutating func readRecord(_ number: Int) throws(EvaluationInputError) -> EvaluationRecord {
        let kind = try structure(field: "(record)", record: number) { json throws(JSONSyntaxError) in try json.peekKind() }
        guard kind == .object else {
            throw EvaluationInputError(record: number, id: nil, field: "(record)", reason: "expected an object, got \(json.described(kind))")
        }
        var draft = RecordDraft()
        do throws(JSONSyntaxError) {
            try readFields(into: &draft)
        } catch {
            throw invalidJSON(error, record: number, id: draft.id, field: draft.location(json))
        }
        return try draft.validated(record: number, json)
    }

    /// The top-level keys of a record object.
    private enum Field: Int {
        case id, levels, standard, potentialScore, potentialComponents, performance
    }

    private func field(_ key: JSONReader.StringSpan) -> Field? {
        if !key.isPlain {
            return switch json.text(key) {
            case "id": .id
            case "levels": .levels
            case "standard": .standard
            case "potentialScore": .potentialScore
            case "potentialComponents": .potentialComponents
            case "performance": .performance
            default: nil
            }
        }
        // The six names differ in length, so the length picks the one candidate.
        let candidate: (Field, StaticString)
        switch key.end - key.start {
        case 2: candidate = (.id, "id")
        case 6: candidate = (.levels, "levels")
        case 8: candidate = (.standard, "standard")
        case 14: candidate = (.potentialScore, "potentialScore")
        case 19: candidate = (.potentialComponents, "potentialComponents")
        case 11: candidate = (.performance, "performance")
        default: return nil
        }
        return json.matches(key, candidate.1) ? candidate.0 : nil
    }

    private mutating func readFields(into draft: inout RecordDraft) throws(JSONSyntaxError) {
        guard try json.beginObject() else { return }
        var given: UInt8 = 0
        repeat {
            draft.key = nil
            draft.nestedKey = nil
            draft.index = nil
            let key = try json.readKey()
            draft.key = key
            guard let field = field(key) else {
                try json.skipValue(depth: 2)
                continue
            }
            guard given & (1 << field.rawValue) == 0 else {
                draft.note(Self.stage(of: field), field: json.text(key), reason: "given more than once")
                try json.skipValue(depth: 2)
                continue
            }
            given |= 1 << field.rawValue
            switch field {
            case .id: try readID(into: &draft)
            case .levels: try readLevels(.levels, into: &draft)
            case .standard: try readLevels(.standard, into: &draft)
            case .potentialScore:
                let score = try readScore("potentialScore", into: &draft)
                draft.potentialScore = score
            case .potentialComponents: try readComponents(into: &draft)
            case .performance: try readPerformance(into: &draft)
            }
        } while try json.nextMember()
        draft.key = nil
    }

    private static func stage(of field: Field) -> RecordDraft.Stage {
        switch field {
        case .id: .id
        case .levels: .levels
        case .standard: .standard
        case .potentialScore, .potentialComponents: .potential
        case .performance: .performance
        }
    }

    private mutating func readID(into draft: inout RecordDraft) throws(JSONSyntaxError) {
        switch try json.peekKind() {
        case .string: draft.id = json.text(try json.readString())
        case .null: try json.readNull()
        case let kind:
            draft.note(.id, field: "id", reason: "a non-empty string is required, got \(json.described(kind))")
            try json.skipValue(depth: 2)
        }
    }

    /// `levels` or `standard`: an object of competency code to level.
    private mutating func readLevels(_ side: RecordDraft.Side, into draft: inout RecordDraft) throws(JSONSyntaxError) {
        let stage: RecordDraft.Stage = side == .levels ? .levels : .standard
        let kind = try json.peekKind()
        if kind == .null { return try json.readNull() }
        guard kind == .object else {
            draft.note(stage, field: side.name, reason: "an object of competency levels is required, got \(json.described(kind))")
            return try json.skipValue(depth: 2)
        }
        draft.given(side)
        guard try json.beginObject() else { return }
        repeat {
            if let (key, position, level) = quickLevel() {
                // The common case, read in one go: `"M.01": 4`.
                draft.nestedKey = key
                if !draft.competencies.set(level, at: position, side) {
                    draft.note(stage, field: "\(side.name).\(json.text(key))", reason: "the same competency is given more than once")
                }
                continue
            }
            draft.nestedKey = nil
            let key = try json.readKey()
            draft.nestedKey = key
            if key.isPlain, let position = canonicalPosition(key) {
                guard let level = try readLevel(stage, side, key, into: &draft) else { continue }
                if !draft.competencies.set(level, at: position, side) {
                    draft.note(stage, field: "\(side.name).\(json.text(key))", reason: "the same competency is given more than once")
                }
                continue
            }
            let competency = self.competency(key)
            if case .unknown = competency {
                draft.note(stage, field: "\(side.name).\(json.text(key))",
                           reason: "unknown competency code (expected M.01…M.08, SK.01 or T.…)")
                try json.skipValue(depth: 3)
                continue
            }
            guard let level = try readLevel(stage, side, key, into: &draft) else { continue }
            if !draft.competencies.set(level, competency, side) {
                draft.note(stage, field: "\(side.name).\(json.text(key))", reason: "the same competency is given more than once")
            }
        } while try json.nextMember()
        draft.nestedKey = nil
    }

    /// The member at the reader, when it is exactly `"M.0n": d` or `"SK.01": d` (any whitespace around the
    /// colon) with a digit d from 1 to 5: the key, the competency's position and the level, with the reader
    /// just after the digit. Anything else leaves the reader where it was, for the full reading.
    private mutating func quickLevel() -> (key: JSONReader.StringSpan, position: Int, level: Int)? {
        let bytes = json.bytes, end = bytes.count
        func isSpace(_ index: Int) -> Bool {
            index < end && (bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09)
        }
        var index = json.offset
        while isSpace(index) { index += 1 }
        guard index + 8 <= end, bytes[index] == UInt8(ascii: "\"") else { return nil }
        let keyStart = index + 1
        let position: Int
        if bytes[index + 1] == UInt8(ascii: "M") && bytes[index + 2] == UInt8(ascii: ".") && bytes[index + 3] == UInt8(ascii: "0")
            && bytes[index + 4] &- UInt8(ascii: "1") < 8 && bytes[index + 5] == UInt8(ascii: "\"") {
            position = Int(bytes[index + 4] &- UInt8(ascii: "1"))
            index += 5
        } else if bytes[index + 1] == UInt8(ascii: "S") && bytes[index + 2] == UInt8(ascii: "K") && bytes[index + 3] == UInt8(ascii: ".")
                    && bytes[index + 4] == UInt8(ascii: "0") && bytes[index + 5] == UInt8(ascii: "1") && bytes[index + 6] == UInt8(ascii: "\"") {
            position = 8
            index += 6
        } else {
            return nil
        }
        let key = JSONReader.StringSpan(start: keyStart, end: index, isPlain: true)
        index += 1
        while isSpace(index) { index += 1 }
        guard index < end, bytes[index] == UInt8(ascii: ":") else { return nil }
        index += 1
        while isSpace(index) { index += 1 }
        guard index + 1 < end, bytes[index] &- UInt8(ascii: "1") < 5 else { return nil }
        let next = bytes[index + 1]
        guard next == UInt8(ascii: ",") || next == UInt8(ascii: "}") || isSpace(index + 1) else { return nil }
        json.offset = index + 1
        return (key, position, Int(bytes[index] &- UInt8(ascii: "0")))
    }

    /// A level: a whole number from 1 to 5 (`4`, `4.0` and `4e0` alike). Anything else is noted.
    private mutating func readLevel(_ stage: RecordDraft.Stage, _ side: RecordDraft.Side, _ key: JSONReader.StringSpan,
                                    into draft: inout RecordDraft) throws(JSONSyntaxError) -> Int? {
        let kind = try json.peekKind()
        guard kind == .number else {
            draft.note(stage, field: "\(side.name).\(json.text(key))",
                       reason: "a level must be a whole number from 1 to 5, got \(json.described(kind))")
            try json.skipValue(depth: 3)
            return nil
        }
        let number = try json.readNumber()
        if number.end - number.start == 1 {
            let digit = Int(json.bytes[number.start] &- UInt8(ascii: "0"))
            if Competency.levels.contains(digit) { return digit }
        } else if let level = Int(exactly: json.double(number)), Competency.levels.contains(level) {
            return level
        }
        draft.note(stage, field: "\(side.name).\(json.text(key))",
                   reason: "a level must be a whole number from 1 to 5, got \(json.literal(number))")
        return nil
    }

    private func competency(_ key: JSONReader.StringSpan) -> CompetencyCode {
        if key.isPlain, let position = canonicalPosition(key) { return .nine(position) }
        let text = json.text(key)
        if let competency = Competency(code: text) { return .nine(CompetencyProfile.position(of: competency.code)!) }
        return text.hasPrefix("T.") ? .other(text) : .unknown
    }

    /// The position of `M.01` … `M.08` or `SK.01` written exactly so, read from the bytes.
    private func canonicalPosition(_ key: JSONReader.StringSpan) -> Int? {
        let bytes = json.bytes, start = key.start
        switch key.end - start {
        case 4:
            guard bytes[start] == UInt8(ascii: "M"), bytes[start + 1] == UInt8(ascii: "."),
                  bytes[start + 2] == UInt8(ascii: "0") else { return nil }
            let digit = Int(bytes[start + 3]) - Int(UInt8(ascii: "1"))
            return (0 ..< 8).contains(digit) ? digit : nil
        case 5:
            return bytes[start] == UInt8(ascii: "S") && bytes[start + 1] == UInt8(ascii: "K") && bytes[start + 2] == UInt8(ascii: ".")
                && bytes[start + 3] == UInt8(ascii: "0") && bytes[start + 4] == UInt8(ascii: "1") ? 8 : nil
        default:
            return nil
        }
    }

    /// A score on 0–100: `null` counts as absent; a value of another kind is noted. The range is checked
    /// later, in the order of the checks.
    private mutating func readScore(_ field: String, into draft: inout RecordDraft) throws(JSONSyntaxError) -> JSONReader.NumberSpan? {
        switch try json.peekKind() {
        case .number: return try json.readNumber()
        case .null: try json.readNull()
        case let kind:
            draft.note(.potential, field: field, reason: "a number from 0 to 100 is required, got \(json.described(kind))")
            try json.skipValue(depth: 3)
        }
        return nil
    }

    private mutating func readComponents(into draft: inout RecordDraft) throws(JSONSyntaxError) {
        let kind = try json.peekKind()
        if kind == .null { return try json.readNull() }
        guard kind == .object else {
            draft.note(.potential, field: "potentialComponents",
                       reason: "an object {\"aspects\", \"qualification\", \"integrity\"} is required, got \(json.described(kind))")
            return try json.skipValue(depth: 2)
        }
        var components = RecordDraft.Components()
        if try json.beginObject() {
            repeat {
                draft.nestedKey = nil
                let key = try json.readKey()
                draft.nestedKey = key
                if json.matches(key, "aspects") {
                    components.aspects = try readScore("potentialComponents.aspects", into: &draft)
                } else if json.matches(key, "qualification") {
                    components.qualification = try readScore("potentialComponents.qualification", into: &draft)
                } else if json.matches(key, "integrity") {
                    components.integrity = try readScore("potentialComponents.integrity", into: &draft)
                } else {
                    try json.skipValue(depth: 3)
                }
            } while try json.nextMember()
        }
        draft.nestedKey = nil
        draft.components = components
    }

    private mutating func readPerformance(into draft: inout RecordDraft) throws(JSONSyntaxError) {
        let kind = try json.peekKind()
        if kind == .null { return try json.readNull() }
        guard kind == .list else {
            draft.note(.performance, field: "performance",
                       reason: "a non-empty list of predikat, oldest first, is required, got \(json.described(kind))")
            return try json.skipValue(depth: 2)
        }
        var ratings: [Predikat] = []
        ratings.reserveCapacity(2)
        if try json.beginList() {
            var index = 0
            repeat {
                draft.index = index
                let kind = try json.peekKind()
                if kind == .string {
                    let text = try json.readString()
                    if let predikat = predikat(text) {
                        ratings.append(predikat)
                    } else {
                        draft.note(.performance, field: "performance[\(index)]", reason: "\(Self.predikatExpected), got \(json.text(text))")
                    }
                } else {
                    draft.note(.performance, field: "performance[\(index)]", reason: "\(Self.predikatExpected), got \(json.described(kind))")
                    try json.skipValue(depth: 3)
                }
                index += 1
            } while try json.nextElement()
        }
        draft.index = nil
        draft.performance = ratings
    }

    private static let predikatExpected = "expected Sangat Baik, Baik, Butuh Perbaikan, Kurang or Sangat Kurang"

    /// A predikat written exactly (compared on the bytes) or loosely (`SANGAT BAIK`, `sangat_baik`).
    private func predikat(_ text: JSONReader.StringSpan) -> Predikat? {
        if text.isPlain {
            // The five names differ in length.
            let candidate: Predikat? = switch text.end - text.start {
            case 4: .baik
            case 6: .kurang
            case 11: .sangatBaik
            case 13: .sangatKurang
            case 15: .butuhPerbaikan
            default: nil
            }
            if let candidate, json.matches(text, candidate.staticName) { return candidate }
        }
        return Predikat(parsing: json.text(text))
    }
}

/// How a key of `levels` or `standard` reads.
enum CompetencyCode {
    case nine(Int)
    case other(String)
    case unknown
}

private extension Predikat {
    var staticName: StaticString {
        switch self {
        case .sangatBaik: "Sangat Baik"
        case .baik: "Baik"
        case .butuhPerbaikan: "Butuh Perbaikan"
        case .kurang: "Kurang"
        case .sangatKurang: "Sangat Kurang"
        }
    }
}
