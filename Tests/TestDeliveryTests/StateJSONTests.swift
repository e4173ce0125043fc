import Foundation
import JSONText
import Testing
@testable import TestDelivery

@Suite("The attempt's stored JSON, written by hand")
struct StateJSONTests {
    static let bank = try! DeliveryBank(items: DemoBank.items())

    /// Attempts that between them set every field: authorization, pauses (closed and open), extra time,
    /// flags, positions, a stop reason, closed sections, answers with characters JSON must escape.
    func attempts() throws -> [Attempt] {
        var result: [Attempt] = [Attempt(seed: 7, blueprint: .standard, requiresAuthorization: true)]
        var attempt = Attempt(seed: UInt64.max - 3, blueprint: .short, requiresAuthorization: true)
        attempt.authorizeStart()
        try attempt.start(at: 1_764_480_000.125)
        try attempt.startSection(at: 1_764_480_000.125, bank: Self.bank)
        var sequence = 0, now = 1_764_480_000.125
        while let item = AttemptView(attempt, bank: Self.bank, at: now).section?.current, attempt.sections[0].stopReason == nil {
            sequence += 1
            now += 7.3
            try attempt.answer(item: item.key, value: item.options[0].key, sequence: sequence, at: now, bank: Self.bank)
        }
        result.append(attempt)
        try attempt.startSection(at: now, bank: Self.bank)
        attempt.pause(at: now + 1)
        attempt.resume(at: now + 61.5)
        attempt.addExtraTime(0.1, at: now + 62)
        let keys = attempt.sections[1].items
        try attempt.flag(item: keys[2], true, at: now + 63)
        try attempt.flag(item: keys[0], true, at: now + 64)
        try attempt.go(to: 3, at: now + 65)
        attempt.restoreAnswer(item: keys[1], value: "quote \" backslash \\ line\nbreak tab\t bell \u{7} é ✓", sequence: 99,
                              savedAt: now + 66)
        attempt.pause(at: now + 70)  // left open
        result.append(attempt)
        attempt.resume(at: now + 80)
        try attempt.submitSection(at: now + 81)
        attempt.terminate(at: now + 90)
        result.append(attempt)
        return result
    }

    @Test func readsBackAsTheSameAttemptAndEqualsFoundationsEncoding() throws {
        for attempt in try attempts() {
            let text = try attempt.stateJSON()
            #expect(try JSONDecoder().decode(Attempt.self, from: Data(text.utf8)) == attempt)
            let mine = try Self.normalised(JSONSerialization.jsonObject(with: Data(text.utf8)))
            let foundation = try Self.normalised(JSONSerialization.jsonObject(with: JSONEncoder().encode(attempt)))
            #expect(mine == foundation, "\(text)")
        }
    }

    /// The runner's reply: views of every attempt above (and of one in the middle of its adaptive section),
    /// full and progress, at moments before, during and after their sections.
    @Test func viewsReadBackAsTheSameViewAndEqualFoundationsEncoding() throws {
        var running = Attempt(seed: 11, blueprint: .short)
        try running.start(at: 1_764_480_000)
        try running.startSection(at: 1_764_480_000, bank: Self.bank)
        let first = try #require(AttemptView(running, bank: Self.bank, at: 1_764_480_001).section?.current)
        try running.answer(item: first.key, value: first.options[1].key, sequence: 1, at: 1_764_480_002, bank: Self.bank)
        var checked = 0, withForm = 0, withCurrent = 0
        for attempt in try attempts() + [running] {
            for now in [0, 1_764_480_001.5, 1_764_480_900.25, 1_764_499_999.0] {
                for detail in [AttemptView.Detail.full, .progress] {
                    let view = AttemptView(attempt, bank: Self.bank, at: now, detail: detail)
                    let text = try view.json()
                    #expect(try JSONDecoder().decode(AttemptView.self, from: Data(text.utf8)) == view)
                    let mine = try Self.normalised(JSONSerialization.jsonObject(with: Data(text.utf8)))
                    let foundation = try Self.normalised(JSONSerialization.jsonObject(with: JSONEncoder().encode(view)))
                    #expect(mine == foundation, "\(text)")
                    if view.section != nil { checked += 1 }
                    if view.section?.form != nil, view.section?.answers?.isEmpty == false, view.section?.items?.isEmpty == false { withForm += 1 }
                    if view.section?.current != nil { withCurrent += 1 }
                }
            }
        }
        #expect(checked >= 12, "views with a section on screen")
        #expect(withForm > 0 && withCurrent > 0, "a reviewable section's form, marks and answers; an item on screen")
    }

    @Test func aNumberJSONCannotCarryIsAnError() throws {
        var attempt = Attempt(seed: 1, blueprint: .short)
        try attempt.start(at: 0)
        try attempt.startSection(at: 0, bank: Self.bank)
        attempt.addExtraTime(.infinity, at: 1)
        #expect(throws: Attempt.StateEncodingError.self) { try attempt.stateJSON() }
        #expect(JSONText.number(.nan) == nil)
        #expect(JSONText.number(0.1) == "0.1")
    }

    @Test func stringsAreEscapedAsJSONRequires() {
        #expect(JSONText.quoted("plain") == "\"plain\"")
        #expect(JSONText.quoted("a\"b\\c\nd\re\tf\u{1}g\u{1f}") == #""a\"b\\c\nd\re\tf\u0001g\u001f""#)
        #expect(JSONText.quoted("é ✓ /") == "\"é ✓ /\"")
        #expect(JSONText.quoted("del \u{7f} 😀 \u{0}") == "\"del \u{7f} 😀 \\u0000\"")
        #expect(JSONText.object(["b": "\"", "a": ""]) == #"{"a":"","b":"\""}"#)
    }

    /// The byte writer's pieces, put together, give the text `JSONText`'s functions give for each piece (the
    /// escaping itself is pinned to literal text in `stringsAreEscapedAsJSONRequires`).
    @Test func bytesAreWrittenAsJSONTextWritesThem() {
        var out = JSONBytes(capacity: 0)
        var expected = ""
        let strings = ["", "plain", "a\"b\\c\nd\re\tf\u{1}g\u{1f}\u{7f}", "é ✓ / 😀", "\"", "\\", String(repeating: "x", count: 300) + "\n",
                       String(repeating: "é", count: 40)]
        for text in strings {
            out.appendQuoted(text)
            JSONText.appendQuoted(text, to: &expected)
            out.append(",")
            expected += ","
        }
        for value in [0, -0.0, 0.1, 1.5e-05, 1e300, -2.5, 1_764_480_000.125, Double.leastNonzeroMagnitude] {
            let written = out.appendNumber(value)
            #expect(written)
            expected += JSONText.number(value)!
        }
        let infinity = out.appendNumber(.infinity), nan = out.appendNumber(.nan)
        #expect(!infinity && !nan)
        let fields = ["sequence": "12", "item": "Q-1", "answer": "say \"yes\"\n", "": "empty key", "é": "✓"]
        out.appendObject(fields)
        out.appendObject([:])
        expected += JSONText.object(fields) + "{}"
        out.append(-42)
        out.append(UInt64.max)
        out.append(true)
        out.append(false)
        expected += "-42\(UInt64.max)truefalse"
        #expect(out.text == expected)
    }

    /// Event data: string fields in key order, read back by Foundation as the same dictionary.
    @Test func stringObjectsHaveTheirKeysInOrder() throws {
        let fields = ["sequence": "12", "item": "Q-1", "answer": "say \"yes\"\n", "": "empty key"]
        let text = JSONText.object(fields)
        #expect(text == #"{"":"empty key","answer":"say \"yes\"\n","item":"Q-1","sequence":"12"}"#)
        #expect(try JSONDecoder().decode([String: String].self, from: Data(text.utf8)) == fields)
        #expect(JSONText.object([:]) == "{}")
    }

    /// A JSON value as an `NSObject` tree, with the `flagged` sets (an array in any order) sorted.
    static func normalised(_ value: Any) -> NSObject {
        switch value {
        case let object as [String: Any]:
            var copy: [String: Any] = [:]
            for (key, child) in object {
                if key == "flagged", let strings = child as? [String] { copy[key] = strings.sorted() } else { copy[key] = normalised(child) }
            }
            return copy as NSDictionary
        case let array as [Any]:
            return array.map(normalised) as NSArray
        default:
            return value as! NSObject
        }
    }
}
