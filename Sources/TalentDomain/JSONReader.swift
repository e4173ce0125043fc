/// A cursor over the bytes of one JSON text (RFC 8259) that validates as it reads and builds no tree.
///
/// The batch reader drives it value by value: it asks what comes next, reads the strings, numbers and
/// literals it wants and skips the rest. Strings are returned as spans of the input and decoded only when
/// needed; numbers are returned as spans and converted on demand.
///
/// Accepted: the full RFC 8259 grammar (whitespace is space, tab, line feed and carriage return), all
/// escapes including `\uXXXX` and surrogate pairs, and a leading UTF-8 byte order mark, which RFC 8259 §8.1
/// allows a reader to ignore. Rejected with the byte offset: invalid UTF-8, control characters and unpaired
/// surrogates in strings, numbers outside the grammar (`01`, `1.`, `.5`, `+1`), and nesting deeper than
/// `maximumDepth`.
///
/// The reader does not own its bytes: use it only inside the `withUnsafeBytes` call that produced them.
package struct JSONReader {
    let bytes: UnsafeRawBufferPointer
    /// The offset of the next byte to read.
    package var offset = 0

    /// How deeply `skipValue` follows nested objects and lists.
    static let maximumDepth = 512

    /// A reader at the start of `bytes`, past a byte order mark if there is one.
    package init(_ bytes: UnsafeRawBufferPointer) {
        self.bytes = bytes
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { offset = 3 }
    }

    /// A reader at `offset` in `bytes`, to read a part of a text another reader has found.
    init(_ bytes: UnsafeRawBufferPointer, at offset: Int) {
        self.bytes = bytes
        self.offset = offset
    }

    /// What the next value is, judged by its first byte.
    package enum Kind: Equatable {
        case object, list, string, number, boolean, null

    }

    /// The value of `kind` that starts at the current position, as a reason names it: `got a number`,
    /// `got true`. Use right after `peekKind`.
    package func described(_ kind: Kind) -> String {
        switch kind {
        case .object: "an object"
        case .list: "a list"
        case .string: "text"
        case .number: "a number"
        case .boolean: bytes[offset] == UInt8(ascii: "t") ? "true" : "false"
        case .null: "null"
        }
    }

    /// A string value: the bytes between its quotes, and whether any escape occurs there.
    package struct StringSpan {
        let start: Int
        let end: Int
        let isPlain: Bool
    }

    /// A number value: its bytes, already checked against the grammar.
    package struct NumberSpan {
        let start: Int
        let end: Int
    }

    // MARK: - Structure

    @inline(__always)
    mutating func skipWhitespace() {
        // Compact JSON has none: test the common case before looping.
        guard offset < bytes.count, bytes[offset] <= 0x20 else { return }
        skipWhitespaceRun()
    }

    private mutating func skipWhitespaceRun() {
        var index = offset
        let end = bytes.count
        while index < end {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default:
                offset = index
                return
            }
        }
        offset = index
    }

    /// Skips whitespace and consumes `byte` if it comes next.
    @inline(__always)
    mutating func consume(_ byte: UInt8) -> Bool {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == byte else { return false }
        offset += 1
        return true
    }

    /// Skips whitespace and consumes `byte`, or fails saying what was expected.
    @inline(__always)
    mutating func expect(_ byte: UInt8, _ expected: StaticString) throws(JSONSyntaxError) {
        guard consume(byte) else { throw unexpected(expected.description) }
    }

    /// Skips whitespace and reports the kind of the value that starts there.
    @inline(__always)
    package mutating func peekKind() throws(JSONSyntaxError) -> Kind {
        skipWhitespace()
        guard offset < bytes.count else { throw unexpected("a value") }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .list
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "-"), UInt8(ascii: "0") ... UInt8(ascii: "9"): return .number
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .boolean
        case UInt8(ascii: "n"): return .null
        default: throw unexpected("a value")
        }
    }

    /// Checks that only whitespace follows the top-level value.
    package mutating func expectEnd() throws(JSONSyntaxError) {
        skipWhitespace()
        guard offset == bytes.count else { throw unexpected("the end of the input after the top-level value") }
    }

    /// Reads `"key":` of an object member, leaving the reader at the value.
    @inline(__always)
    package mutating func readKey() throws(JSONSyntaxError) -> StringSpan {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw unexpected("a quoted key") }
        let key = try readString()
        try expect(UInt8(ascii: ":"), "':' after a key")
        return key
    }

    /// After an object member: consumes `,` and returns true when another member follows, or consumes `}`
    /// and returns false.
    @inline(__always)
    package mutating func nextMember() throws(JSONSyntaxError) -> Bool {
        if consume(UInt8(ascii: ",")) { return true }
        if consume(UInt8(ascii: "}")) { return false }
        throw unexpected("',' or '}'")
    }

    /// After a list element: consumes `,` and returns true when another element follows, or consumes `]`
    /// and returns false.
    @inline(__always)
    package mutating func nextElement() throws(JSONSyntaxError) -> Bool {
        if consume(UInt8(ascii: ",")) { return true }
        if consume(UInt8(ascii: "]")) { return false }
        throw unexpected("',' or ']'")
    }

    /// Consumes `{` and reports whether the object has members (false for `{}`, whose `}` is consumed too).
    package mutating func beginObject() throws(JSONSyntaxError) -> Bool {
        try expect(UInt8(ascii: "{"), "'{'")
        return !consume(UInt8(ascii: "}"))
    }

    /// Consumes `[` and reports whether the list has elements (false for `[]`, whose `]` is consumed too).
    package mutating func beginList() throws(JSONSyntaxError) -> Bool {
        try expect(UInt8(ascii: "["), "'['")
        return !consume(UInt8(ascii: "]"))
    }

    // MARK: - Values

    /// Reads and validates any value without keeping it.
    package mutating func skipValue(depth: Int = 0) throws(JSONSyntaxError) {
        guard depth < Self.maximumDepth else {
            throw JSONSyntaxError(offset: offset, message: "values nested more than \(Self.maximumDepth) deep")
        }
        switch try peekKind() {
        case .object:
            guard try beginObject() else { return }
            repeat {
                _ = try readKey()
                try skipValue(depth: depth + 1)
            } while try nextMember()
        case .list:
            guard try beginList() else { return }
            repeat { try skipValue(depth: depth + 1) } while try nextElement()
        case .string: _ = try readString()
        case .number: _ = try readNumber()
        case .boolean: _ = try readBoolean()
        case .null: try readNull()
        }
    }

    mutating func readBoolean() throws(JSONSyntaxError) -> Bool {
        if readLiteral("true") { return true }
        if readLiteral("false") { return false }
        throw unexpected("true or false")
    }

    mutating func readNull() throws(JSONSyntaxError) {
        guard readLiteral("null") else { throw unexpected("null") }
    }

    private mutating func readLiteral(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard bytes.count - offset >= count else { return false }
        let text = UnsafeRawBufferPointer(start: word.utf8Start, count: count)
        for index in 0 ..< count where bytes[offset + index] != text[index] { return false }
        offset += count
        return true
    }

    /// Reads a string, checking its escapes and UTF-8, and returns the span between the quotes.
    @inline(__always)
    package mutating func readString() throws(JSONSyntaxError) -> StringSpan {
        skipWhitespace()
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "\"") else { throw unexpected("text in quotes") }
        // The common case: printable ASCII other than the quote and the backslash, then the closing quote.
        // Eight bytes at a time while eight remain, then byte by byte.
        var index = offset + 1
        let end = bytes.count
        while index + 8 <= end {
            let special = Self.specialBytes(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            guard special == 0 else {
                index += special.trailingZeroBitCount / 8
                break
            }
            index += 8
        }
        while index < end {
            let byte = bytes[index]
            guard byte >= 0x20 && byte < 0x80 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") else { break }
            index += 1
        }
        if index < end && bytes[index] == UInt8(ascii: "\"") {
            let start = offset + 1
            offset = index + 1
            return StringSpan(start: start, end: index, isPlain: true)
        }
        return try readStringRest(from: index)
    }

    /// The bytes of `word` (the first in its low byte) that end the plain part of a string: `"`, `\`, a control
    /// character or a non-ASCII byte, each marked by its top bit. The lowest mark is always exact (a false
    /// mark can only follow a true one, through a borrow), which is all the caller uses.
    @inline(__always)
    static func specialBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, tops: UInt64 = 0x8080_8080_8080_8080
        func zeroBytes(_ x: UInt64) -> UInt64 { (x &- ones) & ~x & tops }
        let quote = zeroBytes(word ^ (ones &* 0x22))
        let backslash = zeroBytes(word ^ (ones &* 0x5C))
        let control = (word &- ones &* 0x20) & ~word & tops
        return quote | backslash | control | (word & tops)
    }

    /// The rest of a string from `index`, where escapes, control characters or non-ASCII bytes begin.
    private mutating func readStringRest(from index: Int) throws(JSONSyntaxError) -> StringSpan {
        let opening = offset
        let start = offset + 1
        offset = index
        var isPlain = true
        while true {
            while offset < bytes.count {
                let byte = bytes[offset]
                guard byte >= 0x20 && byte < 0x80 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") else {
                    break
                }
                offset += 1
            }
            guard offset < bytes.count else {
                throw JSONSyntaxError(offset: opening, message: "the text that starts here has no closing quote")
            }
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                offset += 1
                return StringSpan(start: start, end: offset - 1, isPlain: isPlain)
            } else if byte == UInt8(ascii: "\\") {
                isPlain = false
                try skipEscape()
            } else if byte < 0x20 {
                throw JSONSyntaxError(offset: offset, message: "a control character (byte \(hex(byte))) inside text must be escaped")
            } else {
                try skipUTF8Scalar()
            }
        }
    }

    /// Validates one escape at `offset` (the backslash) and moves past it.
    private mutating func skipEscape() throws(JSONSyntaxError) {
        let backslash = offset
        guard offset + 1 < bytes.count else {
            throw JSONSyntaxError(offset: backslash, message: "the input ends inside an escape")
        }
        switch bytes[offset + 1] {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            offset += 2
        case UInt8(ascii: "u"):
            let unit = try hexUnit(at: offset + 2, escape: backslash)
            offset += 6
            if (0xDC00 ... 0xDFFF).contains(unit) {
                throw JSONSyntaxError(offset: backslash, message: "\\u\(hex4(unit)) is a low surrogate without a high one before it")
            }
            if (0xD800 ... 0xDBFF).contains(unit) {
                guard offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "\\"), bytes[offset + 1] == UInt8(ascii: "u"),
                      (0xDC00 ... 0xDFFF).contains(try hexUnit(at: offset + 2, escape: offset)) else {
                    throw JSONSyntaxError(offset: backslash, message: "\\u\(hex4(unit)) is a high surrogate without a low one after it")
                }
                offset += 6
            }
        default:
            throw JSONSyntaxError(offset: backslash, message: "unknown escape '\\\(printable(bytes[offset + 1]))'")
        }
    }

    /// The four hex digits at `position` as a UTF-16 code unit.
    func hexUnit(at position: Int, escape: Int) throws(JSONSyntaxError) -> UInt32 {
        guard position + 4 <= bytes.count else {
            throw JSONSyntaxError(offset: escape, message: "\\u must be followed by four hex digits")
        }
        var unit: UInt32 = 0
        for index in position ..< position + 4 {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0") ... UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a") ... UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A") ... UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw JSONSyntaxError(offset: escape, message: "\\u must be followed by four hex digits")
            }
            unit = unit << 4 | UInt32(digit)
        }
        return unit
    }

    /// Validates one multi-byte UTF-8 sequence at `offset` (RFC 3629: no overlong forms, no surrogates,
    /// nothing above U+10FFFF) and moves past it.
    private mutating func skipUTF8Scalar() throws(JSONSyntaxError) {
        let lead = bytes[offset]
        let length: Int, lowest: UInt32
        switch lead {
        case 0xC2 ... 0xDF: length = 2; lowest = 0x80
        case 0xE0 ... 0xEF: length = 3; lowest = 0x800
        case 0xF0 ... 0xF4: length = 4; lowest = 0x10000
        default: throw JSONSyntaxError(offset: offset, message: "invalid UTF-8 (byte \(hex(lead)))")
        }
        guard offset + length <= bytes.count else {
            throw JSONSyntaxError(offset: offset, message: "invalid UTF-8 (the input ends inside a character)")
        }
        var scalar = UInt32(lead) & (0xFF >> (length + 1))
        for index in offset + 1 ..< offset + length {
            let byte = bytes[index]
            guard byte & 0xC0 == 0x80 else {
                throw JSONSyntaxError(offset: index, message: "invalid UTF-8 (byte \(hex(byte)) where a continuation byte belongs)")
            }
            scalar = scalar << 6 | UInt32(byte & 0x3F)
        }
        guard scalar >= lowest, scalar <= 0x10FFFF, !(0xD800 ... 0xDFFF).contains(scalar) else {
            throw JSONSyntaxError(offset: offset, message: "invalid UTF-8 (an overlong form, a surrogate or a value above U+10FFFF)")
        }
        offset += length
    }

    /// Reads a number, checking it against the JSON grammar
    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    @inline(__always)
    package mutating func readNumber() throws(JSONSyntaxError) -> NumberSpan {
        skipWhitespace()
        // The common case: one digit, then a delimiter.
        if offset + 1 < bytes.count && bytes[offset] &- UInt8(ascii: "1") < 9 && !isNumberByte(bytes[offset + 1]) {
            offset += 1
            return NumberSpan(start: offset - 1, end: offset)
        }
        return try readNumberInFull()
    }

    /// Whether `byte` can continue a number.
    private func isNumberByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")
    }

    private mutating func readNumberInFull() throws(JSONSyntaxError) -> NumberSpan {
        let start = offset
        if offset < bytes.count && bytes[offset] == UInt8(ascii: "-") { offset += 1 }
        guard offset < bytes.count, isDigit(bytes[offset]) else {
            throw JSONSyntaxError(offset: start, message: "a number must start with a digit or '-' and a digit")
        }
        if bytes[offset] == UInt8(ascii: "0") {
            offset += 1
            if offset < bytes.count && isDigit(bytes[offset]) {
                throw JSONSyntaxError(offset: start, message: "a number must not have a leading zero")
            }
        } else {
            skipDigits()
        }
        if offset < bytes.count && bytes[offset] == UInt8(ascii: ".") {
            offset += 1
            guard offset < bytes.count, isDigit(bytes[offset]) else {
                throw JSONSyntaxError(offset: start, message: "a number's '.' must be followed by a digit")
            }
            skipDigits()
        }
        if offset < bytes.count && (bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E")) {
            offset += 1
            if offset < bytes.count && (bytes[offset] == UInt8(ascii: "+") || bytes[offset] == UInt8(ascii: "-")) { offset += 1 }
            guard offset < bytes.count, isDigit(bytes[offset]) else {
                throw JSONSyntaxError(offset: start, message: "a number's exponent must have a digit")
            }
            skipDigits()
        }
        return NumberSpan(start: start, end: offset)
    }

    private mutating func skipDigits() {
        while offset < bytes.count && isDigit(bytes[offset]) { offset += 1 }
    }

    @inline(__always)
    func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }
}

/// Input that is not JSON: where (a byte offset into the input) and what was wrong.
package struct JSONSyntaxError: Error {
    package let offset: Int
    package let message: String

    package init(offset: Int, message: String) {
        self.offset = offset
        self.message = message
    }
}
