import Hummingbird
import TalentDomain

extension RunnerController.AnswerBody {
    /// Reads `{"item": "…", "answer": "…", "sequence": n}` with `JSONReader`: the body comes with every answer,
    /// and `JSONDecoder` took about 4.5 % of the server's time at saturation.
    ///
    /// The rules and sentences are `RequestSupport.json`'s: an empty body reads as `{}`, other fields are
    /// ignored (of a repeated one the first counts), and after the whole body has been read as JSON the first of
    /// `item`, `answer`, `sequence` that is missing, null or of the wrong type is named. `sequence` takes an
    /// integer, also written as `12.0` or `1.2e1`, as `JSONDecoder` does.
    ///
    /// Where `JSONDecoder` is vaguer or laxer, this is stricter and says more: a fraction or an out-of-range
    /// number is the wrong type for `sequence` (not just "not valid JSON"), and a trailing comma is not JSON
    /// (RFC 8259), with the byte where reading failed.
    static func read(_ body: ByteBuffer) -> Result<Self, AppError> {
        enum Found<Value> {
            case missing, null, wrongType, value(Value)
        }
        var item = Found<String>.missing, answer = Found<String>.missing, sequence = Found<Int>.missing
        var isObject = true
        let syntax: JSONSyntaxError? = body.withUnsafeReadableBytes { bytes in
            guard !bytes.isEmpty else { return nil }
            var reader = JSONReader(bytes)
            func text() throws(JSONSyntaxError) -> Found<String> {
                switch try reader.peekKind() {
                case .string: return .value(reader.text(try reader.readString()))
                case .null: try reader.skipValue(); return .null
                default: try reader.skipValue(); return .wrongType
                }
            }
            func integer() throws(JSONSyntaxError) -> Found<Int> {
                switch try reader.peekKind() {
                case .number:
                    guard let value = reader.integer(try reader.readNumber()) else { return .wrongType }
                    return .value(value)
                case .null: try reader.skipValue(); return .null
                default: try reader.skipValue(); return .wrongType
                }
            }
            do throws(JSONSyntaxError) {
                guard try reader.peekKind() == .object else {
                    try reader.skipValue()
                    try reader.expectEnd()
                    isObject = false
                    return nil
                }
                if try reader.beginObject() {
                    repeat {
                        let key = try reader.readKey()
                        if reader.matches(key, "item"), case .missing = item {
                            item = try text()
                        } else if reader.matches(key, "answer"), case .missing = answer {
                            answer = try text()
                        } else if reader.matches(key, "sequence"), case .missing = sequence {
                            sequence = try integer()
                        } else {
                            try reader.skipValue()
                        }
                    } while try reader.nextMember()
                }
                try reader.expectEnd()
                return nil
            } catch {
                return error
            }
        }
        if let syntax {
            return .failure(AppError(.badRequest, "invalid JSON body: not valid JSON (\(syntax.message), at byte \(syntax.offset))"))
        }
        guard isObject else { return .failure(AppError(.badRequest, "invalid JSON body: the body must be a JSON object")) }
        func problem<Value>(_ found: Found<Value>, _ name: String) -> AppError? {
            switch found {
            case .value: nil
            case .missing: AppError(.badRequest, "invalid JSON body: field \(name) is missing", field: name)
            case .null: AppError(.badRequest, "invalid JSON body: field \(name) is null", field: name)
            case .wrongType: AppError(.badRequest, "invalid JSON body: field \(name) has the wrong type", field: name)
            }
        }
        switch (item, answer, sequence) {
        case (.value(let item), .value(let answer), .value(let sequence)):
            return .success(Self(item: item, answer: answer, sequence: sequence))
        default:
            return .failure(problem(item, "item") ?? problem(answer, "answer") ?? problem(sequence, "sequence")!)
        }
    }
}
