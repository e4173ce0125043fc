import JSONText

extension AttemptView {
    /// The view as JSON, read back by `Decodable` like Foundation's encoding of it (absent optionals left
    /// out, keys as the properties are named).
    ///
    /// Written by hand because it is the reply to every participant request, most of a test day's traffic,
    /// and Foundation's `JSONEncoder` was a sizeable share of the server's time under load. The tests compare
    /// it, as a JSON value, with Foundation's encoding of views of every kind.
    /// - Throws: `Attempt.StateEncodingError` for a number JSON cannot carry (infinity, NaN).
    public func json() throws -> String {
        var out = ""
        try appendJSON(to: &out)
        return out
    }

    public func appendJSON(to out: inout String) throws {
        out += "{\"status\":"
        JSONText.appendQuoted(status.rawValue, to: &out)
        out += ",\"startAuthorized\":\(startAuthorized)"
        if let section {
            out += ",\"section\":"
            try section.appendJSON(to: &out)
        }
        out += ",\"lastSequence\":\(lastSequence),\"serverTime\":\(try Attempt.number(serverTime))}"
    }
}

extension AttemptView.SectionView {
    func appendJSON(to out: inout String) throws {
        out += "{\"index\":\(index),\"count\":\(count),\"id\":"
        JSONText.appendQuoted(id, to: &out)
        out += ",\"kind\":"
        JSONText.appendQuoted(kind.rawValue, to: &out)
        out += ",\"state\":"
        JSONText.appendQuoted(state, to: &out)
        out += ",\"limitSeconds\":\(try Attempt.number(limitSeconds))"
        out += ",\"remainingSeconds\":\(try Attempt.number(remainingSeconds))"
        out += ",\"allowsReview\":\(allowsReview),\"itemCount\":\(itemCount)"
        if let maximumItems { out += ",\"maximumItems\":\(maximumItems)" }
        out += ",\"answeredCount\":\(answeredCount),\"position\":\(position)"
        if let items {
            out += ",\"items\":["
            for (index, item) in items.enumerated() {
                out += index > 0 ? ",{\"key\":" : "{\"key\":"
                JSONText.appendQuoted(item.key, to: &out)
                out += ",\"answered\":\(item.answered),\"flagged\":\(item.flagged)}"
            }
            out += "]"
        }
        if let current {
            out += ",\"current\":"
            current.appendJSON(to: &out)
        }
        if let currentAnswer {
            out += ",\"currentAnswer\":"
            JSONText.appendQuoted(currentAnswer, to: &out)
        }
        if let form {
            out += ",\"form\":["
            for (index, item) in form.enumerated() {
                if index > 0 { out += "," }
                item.appendJSON(to: &out)
            }
            out += "]"
        }
        if let answers {
            out += ",\"answers\":"
            out += JSONText.object(answers)
        }
        out += "}"
    }
}

extension PresentedItem {
    func appendJSON(to out: inout String) {
        out += "{\"key\":"
        JSONText.appendQuoted(key, to: &out)
        out += ",\"version\":\(version),\"type\":"
        JSONText.appendQuoted(type.rawValue, to: &out)
        out += ",\"stem\":"
        JSONText.appendQuoted(stem, to: &out)
        out += ",\"options\":["
        for (index, option) in options.enumerated() {
            out += index > 0 ? ",{\"key\":" : "{\"key\":"
            JSONText.appendQuoted(option.key, to: &out)
            out += ",\"text\":"
            JSONText.appendQuoted(option.text, to: &out)
            out += "}"
        }
        out += "]}"
    }
}
