import Foundation
import Testing
@testable import talenta_load

/// The harness reads the server's replies with `JSONReader` (`LiteReply.read`) instead of `JSONDecoder`; these
/// hold the two together, on replies captured from a running server and on edge cases written here.
struct LiteReplyTests {
    static let captured = ["state0", "start1", "answer1", "submit1", "start2", "answer2"]

    static func read(_ text: String) -> LiteReply? {
        Array(text.utf8).withUnsafeBytes(LiteReply.read)
    }

    static func decoded(_ text: String) -> LiteReply? {
        try? JSONDecoder().decode(LiteReply.self, from: Data(text.utf8))
    }

    @Test(arguments: captured)
    func aCapturedReplyReadsAsJSONDecoderReadsIt(_ name: String) throws {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Replies"))
        let text = try String(contentsOf: url, encoding: .utf8)
        let expected = try JSONDecoder().decode(LiteReply.self, from: Data(text.utf8))
        #expect(Self.read(text) == expected)
    }

    @Test func theFieldsTheHarnessActsOnAreRead() throws {
        let url = try #require(Bundle.module.url(forResource: "answer1", withExtension: "json", subdirectory: "Replies"))
        let reply = try #require(Self.read(try String(contentsOf: url, encoding: .utf8)))
        #expect(reply.view.status == "in-progress")
        #expect(reply.view.lastSequence == 1)
        #expect(reply.view.section?.kind == "cognitive-adaptive")
        #expect(reply.view.section?.current?.key == "KOG-ARIT-007")
        #expect(reply.view.section?.current?.options.map(\.key) == ["A", "B", "C", "D", "E"])
    }

    static let edgeCases: [String] = [
        #"{"view":{"status":"finished","lastSequence":9,"serverTime":1.5,"section":null}}"#,
        #"{"view":{"status":"finished","lastSequence":9,"serverTime":1.5}}"#,
        #" { "view" : { "status" : "in-progress" , "lastSequence" : 1e1 , "serverTime" : 2 , "extra" : [1, {"a": null}, true] } } "#,
        #"{"view":{"status":"in\u002Dprogress","lastSequence":3,"serverTime":1,"section":{"id":"s","kind":"sjt","state":"running","remainingSeconds":10,"current":null}}}"#,
        #"{"view":{"status":"x","lastSequence":3,"serverTime":1,"section":{"id":"s","kind":"k","state":"running","remainingSeconds":1,"current":{"key":"I\"1","options":[]}}}}"#,
        #"{"outcome":"stored","view":{"status":"x","lastSequence":3,"serverTime":1,"section":{"id":"s","kind":"k","state":"r","remainingSeconds":1,"current":{"key":"I","options":[{"key":"A","text":"ä"},{"text":"b","key":"B"}]}}}}"#,
        // JSONDecoder fails on each of these, and so must the reader.
        #"{"view":{"status":"x","serverTime":1}}"#,
        #"{"view":{"status":"x","lastSequence":"3","serverTime":1}}"#,
        #"{"view":{"status":"x","lastSequence":1.5,"serverTime":1}}"#,
        #"{"view":{"status":null,"lastSequence":1,"serverTime":1}}"#,
        #"{"view":{"status":"x","lastSequence":1,"serverTime":1,"section":{"id":"s","kind":"k","state":"r"}}}"#,
        #"{"view":{"status":"x","lastSequence":1,"serverTime":1,"section":{"id":"s","kind":"k","state":"r","remainingSeconds":1,"current":{"key":"I","options":[{"text":"no key"}]}}}}"#,
        #"{"view":{"status":"x","lastSequence":1,"serverTime":1,"section":[]}}"#,
        #"{"view":{"status":"x","lastSequence":1,"serverTime":1}"#,
        #"{"view":{"status":"x","lastSequence":1,"serverTime":1}} trailing"#,
        #"{"nothing":1}"#,
        #"null"#,
        "",
    ]

    @Test(arguments: edgeCases)
    func anEdgeCaseReadsAsJSONDecoderReadsIt(_ text: String) {
        #expect(Self.read(text) == Self.decoded(text), "\(text)")
    }

    @Test func theEdgeCasesIncludeRepliesBothReject() {
        #expect(Self.edgeCases.filter { Self.decoded($0) == nil }.count == 12)
    }
}
