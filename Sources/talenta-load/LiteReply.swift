import TalentDomain

/// What the harness reads of a runner reply: only the fields it acts on. The linear section's form (all
/// item texts) is decoded only when the participant enters a section whose form it does not hold yet
/// (`FormReply`).
struct LiteReply: Decodable, Equatable {
    struct View: Decodable, Equatable {
        struct Section: Decodable, Equatable {
            let id: String
            let kind: String
            let state: String
            let remainingSeconds: Double
            let current: Item?
        }
        let status: String
        let lastSequence: Int
        let serverTime: Double
        let section: Section?
    }
    let view: View

    /// Reads a reply with `JSONReader`, which builds no tree and skips what the harness does not use:
    /// `JSONDecoder` was about 28 % of the harness's time at saturation, CPU the two cores' server did not
    /// get. Gives nil where `JSONDecoder` would fail: not JSON, or a field the harness needs missing, null or
    /// of the wrong type (the Decodable conformance stays, for the test that holds the two together); and on
    /// the few texts `JSONDecoder` takes that are not JSON, such as one with a trailing comma.
    static func read(_ bytes: UnsafeRawBufferPointer) -> LiteReply? {
        var reader = JSONReader(bytes)
        do throws(JSONSyntaxError) {
            var view: View?
            try reader.members { reader, key throws(JSONSyntaxError) in
                if reader.matches(key, "view"), view == nil { view = try View.read(&reader) } else { try reader.skipValue() }
            }
            try reader.expectEnd()
            return view.map(LiteReply.init)
        } catch {
            return nil
        }
    }
}

struct FormReply: Decodable {
    struct View: Decodable {
        struct Section: Decodable { let form: [Item]? }
        let section: Section?
    }
    let view: View
}

struct Item: Decodable, Sendable, Equatable {
    struct Option: Decodable, Sendable, Equatable { let key: String }
    let key: String
    let options: [Option]

    static func read(_ reader: inout JSONReader) throws(JSONSyntaxError) -> Item? {
        var key: String?, options: [Option]?
        try reader.members { reader, name throws(JSONSyntaxError) in
            if reader.matches(name, "key"), key == nil {
                key = try reader.string()
            } else if reader.matches(name, "options"), options == nil {
                var list: [Option] = []
                try reader.elements { reader throws(JSONSyntaxError) in
                    var optionKey: String?
                    try reader.members { reader, name throws(JSONSyntaxError) in
                        if reader.matches(name, "key"), optionKey == nil { optionKey = try reader.string() } else { try reader.skipValue() }
                    }
                    guard let optionKey else { throw reader.missing("an option's key") }
                    list.append(Option(key: optionKey))
                }
                options = list
            } else {
                try reader.skipValue()
            }
        }
        guard let key, let options else { return nil }
        return Item(key: key, options: options)
    }
}

extension LiteReply.View {
    static func read(_ reader: inout JSONReader) throws(JSONSyntaxError) -> Self? {
        var status: String?, lastSequence: Int?, serverTime: Double?
        var section: Section??
        try reader.members { reader, key throws(JSONSyntaxError) in
            if reader.matches(key, "status"), status == nil {
                status = try reader.string()
            } else if reader.matches(key, "lastSequence"), lastSequence == nil {
                lastSequence = try reader.integer()
            } else if reader.matches(key, "serverTime"), serverTime == nil {
                serverTime = try reader.number()
            } else if reader.matches(key, "section"), section == nil {
                section = try reader.nullable("section", Section.read)
            } else {
                try reader.skipValue()
            }
        }
        guard let status, let lastSequence, let serverTime else { return nil }
        return Self(status: status, lastSequence: lastSequence, serverTime: serverTime, section: section ?? nil)
    }
}

extension LiteReply.View.Section {
    static func read(_ reader: inout JSONReader) throws(JSONSyntaxError) -> Self? {
        var id: String?, kind: String?, state: String?, remaining: Double?
        var current: Item??
        try reader.members { reader, key throws(JSONSyntaxError) in
            if reader.matches(key, "id"), id == nil {
                id = try reader.string()
            } else if reader.matches(key, "kind"), kind == nil {
                kind = try reader.string()
            } else if reader.matches(key, "state"), state == nil {
                state = try reader.string()
            } else if reader.matches(key, "remainingSeconds"), remaining == nil {
                remaining = try reader.number()
            } else if reader.matches(key, "current"), current == nil {
                current = try reader.nullable("current", Item.read)
            } else {
                try reader.skipValue()
            }
        }
        guard let id, let kind, let state, let remaining else { return nil }
        return Self(id: id, kind: kind, state: state, remainingSeconds: remaining, current: current ?? nil)
    }
}

extension JSONReader {
    /// Reads an object member by member; `body` reads or skips each member's value.
    mutating func members(_ body: (inout JSONReader, StringSpan) throws(JSONSyntaxError) -> Void) throws(JSONSyntaxError) {
        guard try peekKind() == .object else { throw missing("an object") }
        guard try beginObject() else { return }
        repeat {
            let key = try readKey()
            try body(&self, key)
        } while try nextMember()
    }

    /// Reads a list element by element.
    mutating func elements(_ body: (inout JSONReader) throws(JSONSyntaxError) -> Void) throws(JSONSyntaxError) {
        guard try peekKind() == .list else { throw missing("a list") }
        guard try beginList() else { return }
        repeat { try body(&self) } while try nextElement()
    }

    mutating func string() throws(JSONSyntaxError) -> String {
        guard try peekKind() == .string else { throw missing("text") }
        return text(try readString())
    }

    mutating func number() throws(JSONSyntaxError) -> Double {
        guard try peekKind() == .number else { throw missing("a number") }
        return double(try readNumber())
    }

    mutating func integer() throws(JSONSyntaxError) -> Int {
        guard try peekKind() == .number, let value = integer(try readNumber()) else { throw missing("an integer") }
        return value
    }

    /// A value that may be null: `.some(nil)` for null, else what `read` reads (nil from it is a missing field).
    mutating func nullable<Value>(
        _ what: String, _ read: (inout JSONReader) throws(JSONSyntaxError) -> Value?
    ) throws(JSONSyntaxError) -> Value?? {
        if try peekKind() == .null {
            try skipValue()
            return .some(nil)
        }
        guard let value = try read(&self) else { throw missing(what) }
        return .some(value)
    }

    /// The harness treats a wrong or missing field like bad JSON: the reply is unreadable.
    func missing(_ what: String) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset, message: "expected \(what)")
    }
}
