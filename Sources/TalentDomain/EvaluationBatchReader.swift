import Foundation

/// Reads a `talenta evaluate` batch, `{"people": [{...}, ...]}`, straight from its bytes into validated
/// records, with no intermediate tree.
///
/// A large list of people is read in parallel. About every `chunkBytes` the reader guesses a boundary
/// between two records (a `}`, a comma and a `{`), and each stretch of records between two guesses is read
/// on its own, fully checked. The guess is only a guess (the same bytes may occur inside a string or an
/// ignored value), so the stretches must join up exactly: each must end precisely at a comma of the list
/// just before the next one starts. If any stretch fails or does not join, the whole list is read again from
/// its start on one thread, so the result, and the error reported, are exactly those of a sequential read.
///
/// Every problem names the record (1-based position, and the id when the record gives one) and the field.
/// Within a record the checks run in a fixed order whatever the order of the keys: id, levels, standard,
/// potential, performance; within one field the first problem in the text wins. Text that is not JSON stops
/// the reading at once, with the byte offset, line and column in the reason. Keys the batch does not use are
/// skipped whatever their value; `null` counts as absent for the fields of a record, as before.
struct EvaluationBatchReader {
    var json: JSONReader
    /// The ids read so far and their record numbers, when this reader checks for duplicates as it goes.
    private var seen: [String: Int]?

    /// Reads and validates a whole batch: its records in stretches of consecutive records, in batch order.
    static func read(_ data: Data) throws(EvaluationInputError) -> [[EvaluationRecord]] {
        let result = data.withUnsafeBytes { bytes -> Result<[[EvaluationRecord]], EvaluationInputError> in
            var reader = EvaluationBatchReader(json: JSONReader(bytes), seen: nil)
            do throws(EvaluationInputError) { return .success(try reader.readBatch()) } catch { return .failure(error) }
        }
        return try result.get()
    }

    // MARK: - The batch

    private mutating func readBatch() throws(EvaluationInputError) -> [[EvaluationRecord]] {
        let kind = try structure(field: "(file)") { json throws(JSONSyntaxError) in try json.peekKind() }
        guard kind == .object else {
            throw EvaluationInputError(record: nil, id: nil, field: "(file)",
                                       reason: "expected an object {\"people\": [...]}, got \(json.described(kind))")
        }
        var records: [[EvaluationRecord]]?
        var hasMembers = try structure(field: "(file)") { json throws(JSONSyntaxError) in try json.beginObject() }
        while hasMembers {
            let key = try structure(field: "(file)") { json throws(JSONSyntaxError) in try json.readKey() }
            if json.matches(key, "people") {
                guard records == nil else {
                    throw EvaluationInputError(record: nil, id: nil, field: "people", reason: "given more than once")
                }
                records = try readPeople()
            } else {
                let name = json.text(key)
                try structure(field: name) { json throws(JSONSyntaxError) in try json.skipValue(depth: 1) }
            }
            hasMembers = try structure(field: "(file)") { json throws(JSONSyntaxError) in try json.nextMember() }
        }
        try structure(field: "(file)") { json throws(JSONSyntaxError) in try json.expectEnd() }
        guard let records else {
            throw EvaluationInputError(record: nil, id: nil, field: "people", reason: "expected {\"people\": [...]}")
        }
        return records
    }

    /// The value of `people`: `null` (treated as absent), or a list of records.
    private mutating func readPeople() throws(EvaluationInputError) -> [[EvaluationRecord]]? {
        let kind = try structure(field: "people") { json throws(JSONSyntaxError) in try json.peekKind() }
        if kind == .null {
            try structure(field: "people") { json throws(JSONSyntaxError) in try json.readNull() }
            return nil
        }
        guard kind == .list else {
            throw EvaluationInputError(record: nil, id: nil, field: "people",
                                       reason: "expected a list of records, got \(json.described(kind))")
        }
        guard try structure(field: "people", { json throws(JSONSyntaxError) in try json.beginList() }) else { return [] }
        let start = json.offset
        let boundaries = Self.guessRecordBoundaries(json.bytes, from: start, every: Self.chunkBytes(json.bytes.count))
        if !boundaries.isEmpty {
            let starts = [start] + boundaries
            let bytes = json.bytes
            let stretches = ParallelChunks.map(tasks: starts.count) { task -> Result<Stretch, EvaluationInputError> in
                var reader = EvaluationBatchReader(json: JSONReader(bytes, at: starts[task]), seen: nil)
                let stop = task + 1 < starts.count ? starts[task + 1] : nil
                do throws(EvaluationInputError) {
                    // Numbered from 1 in each stretch: a stretch that fails is read again in order anyway.
                    return .success(try reader.readRecords(first: 1, stop: stop))
                } catch { return .failure(error) }
            }
            if let (records, end) = try? Self.joined(stretches) {
                json.offset = end
                return records
            }
            // A stretch failed or did not join: read again on one thread, for the first error in the text.
            json.offset = start
        }
        seen = Dictionary(minimumCapacity: min(json.bytes.count / 200, 1 << 22))
        defer { seen = nil }
        return [try readRecords(first: 1, stop: nil).records]
    }

    /// Consecutive records of the list, and the offset where reading stopped.
    private struct Stretch {
        var records: [EvaluationRecord]
        var end: Int
    }

    /// Reads records numbered from `first` until the offset `stop` (just after a separating comma) or, when
    /// `stop` is nil, the end of the list.
    private mutating func readRecords(first: Int, stop: Int?) throws(EvaluationInputError) -> Stretch {
        var records: [EvaluationRecord] = []
        records.reserveCapacity(stop.map { ($0 - json.offset) / 200 } ?? min(json.bytes.count / 200, 1 << 22))
        while true {
            let number = first + records.count
            let record = try readRecord(number)
            if seen != nil, let earlier = seen!.updateValue(number, forKey: record.id) {
                throw EvaluationInputError(record: number, id: record.id, field: "id", reason: "duplicates record \(earlier)")
            }
            records.append(record)
            let more = try structure(field: "people", detail: " after record \(number)") { json throws(JSONSyntaxError) in
                try json.nextElement()
            }
            if !more || json.offset == stop { break }
            if let stop, json.offset > stop {
                // The guessed boundary lies inside a record (in a string or an ignored value).
                throw EvaluationInputError(record: number, id: nil, field: "people", reason: "record boundaries do not line up")
            }
        }
        if stop != nil && json.offset != stop {
            throw EvaluationInputError(record: nil, id: nil, field: "people", reason: "record boundaries do not line up")
        }
        return Stretch(records: records, end: json.offset)
    }

    /// The stretches' records, checked for duplicate ids across the batch, and where the last one ended; the
    /// first failure otherwise.
    private static func joined(_ stretches: [Result<Stretch, EvaluationInputError>]) throws(EvaluationInputError)
        -> (records: [[EvaluationRecord]], end: Int) {
        var result: [[EvaluationRecord]] = []
        result.reserveCapacity(stretches.count)
        var end = 0
        for stretch in stretches {
            let stretch = try stretch.get()
            result.append(stretch.records)
            end = stretch.end
        }
        var seen: [String: Int] = Dictionary(minimumCapacity: result.reduce(0) { $0 + $1.count })
        var number = 0
        for records in result {
            for index in records.indices {
                number += 1
                if let first = seen.updateValue(number, forKey: records[index].id) {
                    throw EvaluationInputError(record: number, id: records[index].id, field: "id", reason: "duplicates record \(first)")
                }
            }
        }
        return (result, end)
    }

    /// Stretch length for parallel reading: about 48 stretches, none shorter than 256 KiB.
    private static func chunkBytes(_ total: Int) -> Int { max(1 << 18, total / 48) }

    /// Guessed starts of records, about `stride` bytes apart: the offset just after each comma in a
    /// `}` `,` `{` sequence (whitespace allowed between them) found at or after every `stride` bytes.
    static func guessRecordBoundaries(_ bytes: UnsafeRawBufferPointer, from start: Int, every stride: Int) -> [Int] {
        var boundaries: [Int] = []
        let end = bytes.count
        var index = start + stride
        func skipWhitespace(_ index: inout Int) {
            while index < end && (bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09) {
                index += 1
            }
        }
        while index < end {
            guard bytes[index] == UInt8(ascii: "}") else {
                index += 1
                continue
            }
            var next = index + 1
            skipWhitespace(&next)
            guard next < end, bytes[next] == UInt8(ascii: ",") else {
                index += 1
                continue
            }
            let boundary = next + 1
            next = boundary
            skipWhitespace(&next)
            guard next < end, bytes[next] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            boundaries.append(boundary)
            index = boundary + stride
        }
        return boundaries
    }

    /// Runs a step of the JSON structure, naming `field` when the text is not JSON.
    mutating func structure<T>(field: String, record: Int? = nil, detail: @autoclosure () -> String = "",
                                       _ step: (inout JSONReader) throws(JSONSyntaxError) -> T) throws(EvaluationInputError) -> T {
        do { return try step(&json) } catch {
            throw invalidJSON(error, record: record, id: nil, field: field, detail: detail())
        }
    }

    func invalidJSON(_ error: JSONSyntaxError, record: Int?, id: String?, field: String,
                             detail: String = "") -> EvaluationInputError {
        let (line, column) = json.lineAndColumn(of: error.offset)
        return EvaluationInputError(record: record, id: id, field: field,
                                    reason: "not valid JSON at byte offset \(error.offset) (line \(line), column \(column)): \(error.message)\(detail)")
    }
}
