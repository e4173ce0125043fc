import JSONText

extension Attempt {
    /// The attempt as the JSON the server stores, read back by `Decodable` like Foundation's encoding of it.
    ///
    /// Written by hand because the server rewrites the state at every adaptive answer (the next item is
    /// part of it), and Foundation's `JSONEncoder` took a quarter of the server's time under load. The tests
    /// compare it, as a JSON value, with Foundation's encoding of attempts that set every field.
    /// - Throws: `StateEncodingError` for a number JSON cannot carry (infinity, NaN).
    ///
    /// `keepingAnswer` chooses the answers written into the state. The server leaves out those it also keeps
    /// as rows of their own (`attempt_answers`), which every reader merges back: the state is then a few
    /// kilobytes whatever the number of answers, where it grew by about 100 bytes with each.
    public func stateJSON(keepingAnswer: (AnswerLog.Entry) -> Bool = { _ in true }) throws -> String {
        var out = JSONBytes(capacity: 2048 + 128 * answers.entries.count)
        out.append("{\"seed\":")
        out.append(seed)
        out.append(",\"status\":")
        out.appendQuoted(status.rawValue)
        if let startAuthorized {
            out.append(",\"startAuthorized\":")
            out.append(startAuthorized)
        }
        out.append(",\"blueprint\":{\"sections\":[")
        for (index, section) in blueprint.sections.enumerated() {
            out.append(index > 0 ? ",{\"id\":" : "{\"id\":")
            out.appendQuoted(section.id)
            out.append(",\"kind\":")
            out.appendQuoted(section.kind.rawValue)
            out.append(",\"minutes\":")
            out.append(section.minutes)
            if let value = section.maximumItems {
                out.append(",\"maximumItems\":")
                out.append(value)
            }
            if let value = section.minimumItems {
                out.append(",\"minimumItems\":")
                out.append(value)
            }
            if let value = section.standardErrorTarget {
                out.append(",\"standardErrorTarget\":")
                try Self.append(value, to: &out)
            }
            if let value = section.itemsPerArea {
                out.append(",\"itemsPerArea\":")
                out.append(value)
            }
            out.append("}")
        }
        out.append("]},\"sections\":[")
        for (index, section) in sections.enumerated() {
            let clock = section.clock
            out.append(index > 0 ? ",{\"clock\":{\"limit\":" : "{\"clock\":{\"limit\":")
            try Self.append(clock.limit, to: &out)
            if let value = clock.startedAt {
                out.append(",\"startedAt\":")
                try Self.append(value, to: &out)
            }
            out.append(",\"pauses\":[")
            for (index, pause) in clock.pauses.enumerated() {
                out.append(index > 0 ? ",{\"from\":" : "{\"from\":")
                try Self.append(pause.from, to: &out)
                if let until = pause.until {
                    out.append(",\"until\":")
                    try Self.append(until, to: &out)
                }
                out.append("}")
            }
            out.append("],\"extraSeconds\":")
            try Self.append(clock.extraSeconds, to: &out)
            if let value = clock.closedAt {
                out.append(",\"closedAt\":")
                try Self.append(value, to: &out)
            }
            out.append("},\"items\":")
            Self.appendStrings(section.items, to: &out)
            out.append(",\"position\":")
            out.append(section.position)
            out.append(",\"flagged\":")
            Self.appendStrings(section.flagged.sorted(), to: &out)
            if let reason = section.stopReason {
                out.append(",\"stopReason\":")
                out.appendQuoted(reason)
            }
            out.append("}")
        }
        out.append("],\"answers\":{\"entries\":{")
        var first = true
        for (key, entry) in answers.entries.sorted(by: { $0.key < $1.key }) where keepingAnswer(entry) {
            if !first { out.append(",") }
            first = false
            out.appendQuoted(key)
            out.append(":{\"itemID\":")
            out.appendQuoted(entry.itemID)
            out.append(",\"answer\":")
            out.appendQuoted(entry.answer)
            out.append(",\"sequence\":")
            out.append(entry.sequence)
            out.append(",\"savedAt\":")
            try Self.append(entry.savedAt, to: &out)
            out.append("}")
        }
        out.append("}}}")
        return out.text
    }

    public struct StateEncodingError: Error, CustomStringConvertible {
        public let value: Double
        public var description: String { "the attempt holds \(value), which JSON cannot carry" }
    }

    /// Writes a finite number; throws for one JSON cannot carry.
    static func append(_ value: Double, to out: inout JSONBytes) throws {
        guard out.appendNumber(value) else { throw StateEncodingError(value: value) }
    }

    private static func appendStrings(_ values: [String], to out: inout JSONBytes) {
        out.append("[")
        for (index, value) in values.enumerated() {
            if index > 0 { out.append(",") }
            out.appendQuoted(value)
        }
        out.append("]")
    }
}
