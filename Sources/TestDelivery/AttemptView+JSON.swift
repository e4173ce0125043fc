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
        var out = JSONBytes(capacity: 1024)
        try appendJSON(to: &out)
        return out.text
    }

    public func appendJSON(to out: inout JSONBytes) throws {
        out.append("{\"status\":")
        out.appendQuoted(status.rawValue)
        out.append(",\"startAuthorized\":")
        out.append(startAuthorized)
        if let section {
            out.append(",\"section\":")
            try section.appendJSON(to: &out)
        }
        out.append(",\"lastSequence\":")
        out.append(lastSequence)
        out.append(",\"serverTime\":")
        try Attempt.append(serverTime, to: &out)
        out.append("}")
    }
}

extension AttemptView.SectionView {
    func appendJSON(to out: inout JSONBytes) throws {
        out.append("{\"index\":")
        out.append(index)
        out.append(",\"count\":")
        out.append(count)
        out.append(",\"id\":")
        out.appendQuoted(id)
        out.append(",\"kind\":")
        out.appendQuoted(kind.rawValue)
        out.append(",\"state\":")
        out.appendQuoted(state)
        out.append(",\"limitSeconds\":")
        try Attempt.append(limitSeconds, to: &out)
        out.append(",\"remainingSeconds\":")
        try Attempt.append(remainingSeconds, to: &out)
        out.append(",\"allowsReview\":")
        out.append(allowsReview)
        out.append(",\"itemCount\":")
        out.append(itemCount)
        if let maximumItems {
            out.append(",\"maximumItems\":")
            out.append(maximumItems)
        }
        out.append(",\"answeredCount\":")
        out.append(answeredCount)
        out.append(",\"position\":")
        out.append(position)
        if let items {
            out.append(",\"items\":[")
            for (index, item) in items.enumerated() {
                out.append(index > 0 ? ",{\"key\":" : "{\"key\":")
                out.appendQuoted(item.key)
                out.append(",\"answered\":")
                out.append(item.answered)
                out.append(",\"flagged\":")
                out.append(item.flagged)
                out.append("}")
            }
            out.append("]")
        }
        if let current {
            out.append(",\"current\":")
            current.appendJSON(to: &out)
        }
        if let currentAnswer {
            out.append(",\"currentAnswer\":")
            out.appendQuoted(currentAnswer)
        }
        if let form {
            out.append(",\"form\":[")
            for (index, item) in form.enumerated() {
                if index > 0 { out.append(",") }
                item.appendJSON(to: &out)
            }
            out.append("]")
        }
        if let answers {
            out.append(",\"answers\":")
            out.appendObject(answers)
        }
        out.append("}")
    }
}

extension PresentedItem {
    func appendJSON(to out: inout JSONBytes) {
        out.append("{\"key\":")
        out.appendQuoted(key)
        out.append(",\"version\":")
        out.append(version)
        out.append(",\"type\":")
        out.appendQuoted(type.rawValue)
        out.append(",\"stem\":")
        out.appendQuoted(stem)
        out.append(",\"options\":[")
        for (index, option) in options.enumerated() {
            out.append(index > 0 ? ",{\"key\":" : "{\"key\":")
            out.appendQuoted(option.key)
            out.append(",\"text\":")
            out.appendQuoted(option.text)
            out.append("}")
        }
        out.append("]}")
    }
}
