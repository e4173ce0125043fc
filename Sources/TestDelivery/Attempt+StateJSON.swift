import JSONText

extension Attempt {
    /// The attempt as the JSON the server stores, read back by `Decodable` like Foundation's encoding of it.
    ///
    /// Written by hand because the server rewrites the state at every adaptive answer (the next item is
    /// part of it), and Foundation's `JSONEncoder` took a quarter of the server's time under load. The tests
    /// compare it, as a JSON value, with Foundation's encoding of attempts that set every field.
    /// - Throws: `StateEncodingError` for a number JSON cannot carry (infinity, NaN).
    public func stateJSON() throws -> String {
        var out = ""
        out.reserveCapacity(2048 + 96 * answers.entries.count)
        out += "{\"seed\":\(seed),\"status\":"
        JSONText.appendQuoted(status.rawValue, to: &out)
        if let startAuthorized { out += ",\"startAuthorized\":\(startAuthorized)" }
        out += ",\"blueprint\":{\"sections\":["
        for (index, section) in blueprint.sections.enumerated() {
            if index > 0 { out += "," }
            out += "{\"id\":"
            JSONText.appendQuoted(section.id, to: &out)
            out += ",\"kind\":"
            JSONText.appendQuoted(section.kind.rawValue, to: &out)
            out += ",\"minutes\":\(section.minutes)"
            if let value = section.maximumItems { out += ",\"maximumItems\":\(value)" }
            if let value = section.minimumItems { out += ",\"minimumItems\":\(value)" }
            if let value = section.standardErrorTarget { out += ",\"standardErrorTarget\":\(try Self.number(value))" }
            if let value = section.itemsPerArea { out += ",\"itemsPerArea\":\(value)" }
            out += "}"
        }
        out += "]},\"sections\":["
        for (index, section) in sections.enumerated() {
            if index > 0 { out += "," }
            let clock = section.clock
            out += "{\"clock\":{\"limit\":\(try Self.number(clock.limit))"
            if let value = clock.startedAt { out += ",\"startedAt\":\(try Self.number(value))" }
            out += ",\"pauses\":["
            for (index, pause) in clock.pauses.enumerated() {
                out += index > 0 ? ",{\"from\":" : "{\"from\":"
                out += try Self.number(pause.from)
                if let until = pause.until { out += ",\"until\":\(try Self.number(until))" }
                out += "}"
            }
            out += "],\"extraSeconds\":\(try Self.number(clock.extraSeconds))"
            if let value = clock.closedAt { out += ",\"closedAt\":\(try Self.number(value))" }
            out += "},\"items\":"
            Self.appendStrings(section.items, to: &out)
            out += ",\"position\":\(section.position),\"flagged\":"
            Self.appendStrings(section.flagged.sorted(), to: &out)
            if let reason = section.stopReason {
                out += ",\"stopReason\":"
                JSONText.appendQuoted(reason, to: &out)
            }
            out += "}"
        }
        out += "],\"answers\":{\"entries\":{"
        for (index, key) in answers.entries.keys.sorted().enumerated() {
            let entry = answers.entries[key]!
            if index > 0 { out += "," }
            JSONText.appendQuoted(key, to: &out)
            out += ":{\"itemID\":"
            JSONText.appendQuoted(entry.itemID, to: &out)
            out += ",\"answer\":"
            JSONText.appendQuoted(entry.answer, to: &out)
            out += ",\"sequence\":\(entry.sequence),\"savedAt\":\(try Self.number(entry.savedAt))}"
        }
        out += "}}}"
        return out
    }

    public struct StateEncodingError: Error, CustomStringConvertible {
        public let value: Double
        public var description: String { "the attempt holds \(value), which JSON cannot carry" }
    }

    static func number(_ value: Double) throws -> String {
        guard let text = JSONText.number(value) else { throw StateEncodingError(value: value) }
        return text
    }

    private static func appendStrings(_ values: [String], to out: inout String) {
        out += "["
        for (index, value) in values.enumerated() {
            if index > 0 { out += "," }
            JSONText.appendQuoted(value, to: &out)
        }
        out += "]"
    }
}
