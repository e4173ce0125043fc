import Foundation
import Testing
@testable import TalentDomain

@Suite("JSON reader (bytes to values, no tree)")
struct JSONReaderTests {
    /// Runs `body` on a reader over the UTF-8 of `text`.
    func reading<T>(_ text: String, _ body: (inout JSONReader) throws -> T) rethrows -> T {
        try Data(text.utf8).withUnsafeBytes { bytes in
            var reader = JSONReader(bytes)
            return try body(&reader)
        }
    }

    func string(_ json: String) throws -> String {
        try reading(json) { reader in reader.text(try reader.readString()) }
    }

    func syntaxError(_ json: String, _ body: (inout JSONReader) throws(JSONSyntaxError) -> Void) -> JSONSyntaxError? {
        reading(json) { reader in
            do throws(JSONSyntaxError) {
                try body(&reader)
                return nil
            } catch { return error }
        }
    }

    @Test(arguments: [
        (#""plain""#, "plain"),
        (#""""#, ""),
        (#""a\"b\\c\/d""#, "a\"b\\c/d"),
        (#""\b\f\n\r\t""#, "\u{8}\u{C}\n\r\t"),
        (#""\u0041\u00e9\u4E2D""#, "Aé中"),
        (#""\ud83d\ude00 smile""#, "😀 smile"),
        (#""\uD834\uDD1E""#, "𝄞"),
        ("\"é中😀 raw UTF-8\"", "é中😀 raw UTF-8"),
        (#""\u0000 nul""#, "\u{0} nul"),
    ])
    func decodesStrings(_ json: String, _ expected: String) throws {
        #expect(try string(json) == expected)
    }

    @Test func decodesGeneratedStringsOfEveryLength() throws {
        // setup: seeded strings of 0–40 characters around the bytes that end a plain run (", \, controls,
        // non-ASCII) and their neighbours, so that each lands at every position of an 8-byte word
        var rng = SplitMix64(seed: 8)
        let pool: [Character] = ["a", "Z", " ", "!", "\"", "#", "[", "\\", "]", "~", "\u{7F}", "\u{1F}", "\u{0}", "\n",
                                 "é", "中", "😀", "/"]
        for length in 0 ... 40 {
            for _ in 0 ..< 20 {
                let text = String((0 ..< length).map { _ in pool.randomElement(using: &rng)! })
                let json = try JSONSerialization.data(withJSONObject: [text])
                let quoted = String(decoding: json.dropFirst().dropLast(), as: UTF8.self)
                // MUT
                let decoded = try string(quoted)
                // validate
                #expect(decoded == text, "\(quoted)")
            }
        }
    }

    @Test func findsARawControlCharacterAtAnyPosition() {
        for position in 0 ..< 24 {
            // setup
            let json = "\"" + String(repeating: "x", count: position) + "\u{1}" + String(repeating: "y", count: 10) + "\""
            // MUT
            let error = syntaxError(json) { reader throws(JSONSyntaxError) in _ = try reader.readString() }
            // validate
            #expect(error?.offset == position + 1, "\(position)")
            #expect(error?.message.contains("control character") == true)
        }
    }

    @Test(arguments: [
        (#""\ud83d""#, "high surrogate"),
        (#""\ud83d\u0041""#, "high surrogate"),
        (#""\ude00""#, "low surrogate"),
        (#""\x41""#, "unknown escape"),
        (#""\u12""#, "four hex digits"),
        (#""\u12G4""#, "four hex digits"),
        ("\"line\nbreak\"", "control character"),
        ("\"tab\there\"", "control character"),
        (#""no end"#, "no closing quote"),
        (#""ends in \"#, "escape"),
    ])
    func rejectsBadStrings(_ json: String, _ reason: String) {
        let error = syntaxError(json) { reader throws(JSONSyntaxError) in _ = try reader.readString() }
        #expect(error?.message.contains(reason) == true, "\(String(describing: error))")
    }

    @Test(arguments: [
        [0xC0, 0x80],             // overlong
        [0xE0, 0x80, 0x80],       // overlong
        [0xED, 0xA0, 0x80],       // an encoded surrogate
        [0xF4, 0x90, 0x80, 0x80], // above U+10FFFF
        [0xFF],
        [0xE4, 0xB8],             // cut short before the quote
        [0x80],                   // a lone continuation byte
    ] as [[UInt8]])
    func rejectsInvalidUTF8(_ inner: [UInt8]) {
        // setup
        let bytes = [UInt8(ascii: "\"")] + inner + [UInt8(ascii: "\"")]
        // MUT
        let error = bytes.withUnsafeBytes { raw -> JSONSyntaxError? in
            var reader = JSONReader(raw)
            do throws(JSONSyntaxError) {
                _ = try reader.readString()
                return nil
            } catch { return error }
        }
        // validate
        #expect(error?.message.contains("UTF-8") == true, "\(String(describing: error))")
    }

    @Test(arguments: [
        "0", "-0", "7", "-1", "42", "123456789012345", "1234567890123456789", "98765432109876543210",
        "0.1", "0.30000000000000004", "3.14159", "76.54063019316965", "99.99999999999999", "100.0", "84.5",
        "1e10", "1E+10", "1e-10", "2.5e-3", "-12.5E2", "40e-1", "123.456e-2", "0.000123", "1e22", "1e23",
        "9007199254740993", "1.7976931348623157e308", "2.2250738585072014e-308", "4.9406564584124654e-324",
        "5e-324", "0e0", "-0.0e5",
        // 16–19 digits: near and on midpoints between two Doubles, and past the fast paths
        "9007199254740995", "9007199254740993e-5", "1234567890123456789e-27", "8.98846567431158e307",
        "123456789012345678", "0.1000000000000000055511151231257827", "1844674407370955161.5", "99999999999999999999e-20",
        "2.2250738585072011e-308", "1.00000000000000011102230246251565404236316680908203125",
        // Just above a midpoint between two Doubles, but rounded onto it in 80-bit arithmetic: double rounding
        // would give the lower Double (found by an exact search with rational arithmetic)
        "8816114565763179213e-11", "5356563359829379654e-8", "7640210496411442280e-9", "3163022350604168015e9",
        "4110539579065859016e-15", "1873755773048606720e-7",
    ])
    func readsNumbersExactly(_ json: String) throws {
        // MUT
        let value = try reading(json) { reader in reader.double(try reader.readNumber()) }
        // validate: the same Double, bit for bit, as the standard library's correctly rounded parser
        let expected = try #require(Double(json))
        #expect(value.bitPattern == expected.bitPattern, "\(json): \(value) vs \(expected)")
    }

    @Test func readsGeneratedNumbersExactly() throws {
        // setup: shortest and 17-digit forms of seeded random doubles across magnitudes
        var rng = SplitMix64(seed: 2024)
        var texts: [String] = []
        for _ in 0 ..< 4_000 {
            let magnitude = Double(Int.random(in: -30 ... 30, using: &rng))
            let value = Double.random(in: -1 ... 1, using: &rng) * pow(10, magnitude)
            texts.append(value.description)
            texts.append(String(format: "%.17g", value))
            texts.append(String(format: "%.3f", value))
            // Exact midpoints between two Doubles, written as 16–19-digit integers, and their neighbours
            let power = UInt64.random(in: 54 ..< 63, using: &rng), spacing: UInt64 = 1 << (power - 52)
            let midpoint = (UInt64.random(in: 1 << power ..< 1 << (power + 1), using: &rng) & ~(spacing - 1)) | (spacing / 2)
            texts.append(String(midpoint))
            texts.append(String(midpoint + 1))
            texts.append(String(midpoint - 1))
        }
        // MUT and validate
        for text in texts {
            let value = try reading(text) { reader in reader.double(try reader.readNumber()) }
            #expect(value.bitPattern == Double(text)!.bitPattern, "\(text)")
        }
    }

    @Test func hugeNumbersBecomeInfinite() throws {
        #expect(try reading("1e400") { reader in reader.double(try reader.readNumber()) } == .infinity)
        #expect(try reading("-1e400") { reader in reader.double(try reader.readNumber()) } == -.infinity)
    }

    @Test(arguments: [("01", "leading zero"), ("1.", "'.'"), (".5", "start with a digit"), ("+1", "start with a digit"),
                      ("-", "start with a digit"), ("1e", "exponent"), ("1e+", "exponent"), ("-a", "start with a digit")])
    func rejectsBadNumbers(_ json: String, _ reason: String) {
        let error = syntaxError(json) { reader throws(JSONSyntaxError) in _ = try reader.readNumber() }
        #expect(error?.message.contains(reason) == true, "\(String(describing: error))")
    }

    @Test func skipsAnyValueWithAnyWhitespace() throws {
        // setup
        let json = " \t\r\n{ \"a\" :\t[ 1 , -2.5e3 , { \"b\" : [ true , false , null , \"x\\\"]}\" ] } , [ ] , { } ] ,\n\"c\" : { } } \n"
        // MUT
        let end = try reading(json) { reader in
            try reader.skipValue()
            try reader.expectEnd()
            return reader.offset
        }
        // validate
        #expect(end == json.utf8.count)
    }

    @Test func nestingIsLimited() {
        let deep = String(repeating: "[", count: JSONReader.maximumDepth + 1) + String(repeating: "]", count: JSONReader.maximumDepth + 1)
        let error = syntaxError(deep) { reader throws(JSONSyntaxError) in try reader.skipValue() }
        #expect(error?.message.contains("nested more than") == true)
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(syntaxError(fine) { reader throws(JSONSyntaxError) in try reader.skipValue() } == nil)
    }

    @Test func literalsAreExact() {
        #expect(syntaxError("true") { reader throws(JSONSyntaxError) in _ = try reader.readBoolean() } == nil)
        #expect(syntaxError("nul") { reader throws(JSONSyntaxError) in try reader.readNull() } != nil)
        #expect(syntaxError("True") { reader throws(JSONSyntaxError) in try reader.skipValue() } != nil)
        #expect(syntaxError("{\"a\":1,}") { reader throws(JSONSyntaxError) in try reader.skipValue() } != nil)
        #expect(syntaxError("[1 2]") { reader throws(JSONSyntaxError) in try reader.skipValue() } != nil)
    }

    @Test func byteOrderMarkIsSkippedAndPositionsAreCounted() throws {
        // setup
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\n  \"a\": 1,\n  \"b\": x}".utf8)
        // MUT
        let (error, position) = bytes.withUnsafeBytes { raw -> (JSONSyntaxError?, (line: Int, column: Int)) in
            var reader = JSONReader(raw)
            do throws(JSONSyntaxError) {
                try reader.skipValue()
                return (nil, (0, 0))
            } catch { return (error, reader.lineAndColumn(of: error.offset)) }
        }
        // validate: `x` is byte 22 of the file (the mark counts), on line 3, column 8
        let found = try #require(error)
        #expect(found.offset == 22)
        #expect(position.line == 3 && position.column == 8)
        #expect(found.message.contains("found 'x'"))
    }
}

/// A small seeded generator for reproducible test data (SplitMix64, Steele, Lea & Flood 2014).
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
