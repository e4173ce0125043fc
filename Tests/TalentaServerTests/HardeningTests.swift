import Foundation
import Hummingbird
import HummingbirdTesting
import HTTPTypes
import Testing
@testable import TalentaServer

@Suite("Hardening: bounded request bodies, errors that name the field, no stack traces")
struct HardeningTests {
    /// The gate reads one cookie by name: the same value Hummingbird's parser gives, whatever the others.
    @Test func aCookieIsReadByItsExactName() {
        func request(_ headers: [String]) -> Request {
            var fields = HTTPFields()
            for header in headers { fields.append(HTTPField(name: .cookie, value: header)) }
            return Request(head: HTTPRequest(method: .get, scheme: "http", authority: "x", path: "/", headerFields: fields),
                           body: RequestBody(buffer: ByteBuffer()))
        }
        let sent = request(["talenta_session2=wrong; lang=en", "  talenta_session=a=b==;csrf=; x", "talenta_session=later"])
        #expect(sent.cookie("talenta_session") == "a=b==")
        #expect(sent.cookie("talenta_session2") == "wrong")
        #expect(sent.cookie("lang") == "en")
        #expect(sent.cookie("csrf") == nil)
        #expect(sent.cookie("x") == nil)
        #expect(sent.cookie("talenta") == nil)
        for name in ["talenta_session", "talenta_session2", "lang", "csrf"] {
            #expect(sent.cookie(name) == sent.cookies[name]?.value, "\(name)")
        }
        #expect(request([]).cookie("lang") == nil)
        // A part without "=", empty parts and a trailing ";" are passed over.
        let loose = request(["", "lang; ;;\tlang=id;", "csrf="])
        #expect(loose.cookie("lang") == "id" && loose.cookie("lang") == loose.cookies["lang"]?.value)
        #expect(loose.cookie("csrf") == nil)
    }

    /// The answer body is read by hand; it must take and refuse what `JSONDecoder` does, with the same
    /// field named, except where `JSONDecoder` is vague or lax (the second list).
    @Test func anAnswerBodyIsReadAsJSONDecoderReadsIt() {
        let bodies = [
            #"{"item":"KOG-1","answer":"B","sequence":3}"#,
            " {\n\t\"sequence\" : 12 ,\r\n \"answer\": \"C\", \"item\": \"SJT-M01-02\" } \n",
            #"{"item":"A\u002D1\n","answer":"\"q\" \\ \ud83d\ude00","sequence":-4}"#,
            #"{"item":"Énoncé","answer":"B","sequence":3,"extra":[1,{"x":null,"y":[true,false]}],"z":"w"}"#,
            #"{"item":"A","answer":"B","sequence":3.0}"#,
            #"{"item":"A","answer":"B","sequence":1.2e1}"#,
            #"{"item":"A","answer":"","sequence":0}"#,
            "",
            "{}",
            #"{"item":"A"}"#,
            #"{"item":"A","answer":"B"}"#,
            #"{"item":null,"answer":"B","sequence":1}"#,
            #"{"item":"A","answer":null,"sequence":1}"#,
            #"{"item":1,"answer":"B","sequence":1}"#,
            #"{"item":"A","answer":["B"],"sequence":1}"#,
            #"{"item":"A","answer":"B","sequence":"3"}"#,
            #"{"sequence":true,"item":5}"#,
            "[1,2]",
            #""text""#,
            "3",
            #"{"item":"A","answer":"B","sequence":3} x"#,
            #"{"item":"A""#,
            "nul",
            #"{"item":"A\x","answer":"B","sequence":3}"#,
            #"{"item":"A","answer":"B","sequence":03}"#,
            #"{"item":"A","item":"C","answer":"B","sequence":3}"#,
            "null",
        ]
        for body in bodies {
            let byHand = RunnerController.AnswerBody.read(ByteBuffer(string: body))
            let decoded = Result { try JSONDecoder().decode(RunnerController.AnswerBody.self, from: Data((body.isEmpty ? "{}" : body).utf8)) }
            switch (byHand, decoded) {
            case (.success(let byHand), .success(let decoded)):
                #expect(byHand == decoded, "\(body)")
            case (.failure(let byHand), .failure(DecodingError.dataCorrupted)):
                #expect(byHand.field == nil, "\(body)")
                #expect(byHand.message.hasPrefix("invalid JSON body: not valid JSON ("), "\(body): \(byHand.message)")
            case (.failure(let byHand), .failure(let decoded)):
                #expect(byHand.field == decodingField(decoded), "\(body)")
                #expect(byHand.message == "invalid JSON body: \(describeDecoding(decoded))", "\(body)")
            default:
                Issue.record("\(body): by hand \(byHand), JSONDecoder \(decoded)")
            }
        }
        // JSONDecoder: "not valid JSON" twice, and "field answer is missing" after accepting the trailing comma.
        let stricter: [(body: String, field: String?, message: String)] = [
            (#"{"item":"A","answer":"B","sequence":3.5}"#, "sequence", "field sequence has the wrong type"),
            (#"{"item":"A","answer":"B","sequence":99999999999999999999}"#, "sequence", "field sequence has the wrong type"),
            (#"{"item":"A",}"#, nil, "not valid JSON (expected a quoted key, found '}', at byte 12)"),
        ]
        for (body, field, message) in stricter {
            guard case .failure(let error) = RunnerController.AnswerBody.read(ByteBuffer(string: body)) else {
                Issue.record("\(body) was taken")
                continue
            }
            #expect(error.field == field, "\(body)")
            #expect(error.message == "invalid JSON body: " + message, "\(body)")
            #expect(error.status == .badRequest)
        }
    }

    @Test func oversizedBodiesAreRefusedWith413AndNothingElse() async throws {
        try await TestBackend.sqlite.withDatabase { database in
            _ = try await DemoSeeder(database: database, bcryptCost: 4).seed()
            let app = Application(router: buildRouter(database: database, clock: ManualClock()))
            try await app.test(.router) { client in
                let admin = try await AsStaff.signIn(client, "serang.admin")
                // A JSON body over the 256 KiB limit of the API.
                let big = "{\"kind\": \"rotasi\", \"title\": \"" + String(repeating: "x", count: 300 * 1024) + "\"}"
                let response = try await admin.execute(uri: "/api/instansi/kota-serang/placement-rounds", method: .post,
                                                       body: ByteBuffer(string: big))
                #expect(response.status == .contentTooLarge)
                #expect(!String(buffer: response.body).contains("Fatal") && !String(buffer: response.body).contains(".swift"))
                // A participant login form over its 16 KiB limit.
                let page = try await client.execute(uri: "/ujian/masuk", method: .get)
                let cookie = try #require(AsStaff.cookie(Gate.csrfCookie, in: page))
                let token = try #require(AsStaff.formToken(String(buffer: page.body)))
                let login = try await client.execute(uri: "/ujian/masuk", method: .post,
                                                     headers: [.contentType: "application/x-www-form-urlencoded", .cookie: cookie],
                                                     body: ByteBuffer(string: "nip=\(String(repeating: "1", count: 40_000))&token=x&_csrf=\(token)"))
                #expect(login.status == .contentTooLarge)
                // A malformed JSON body is a 400 naming what is wrong, as JSON.
                let bad = try await admin.execute(uri: "/api/instansi/kota-serang/placement-rounds", method: .post,
                                                  body: ByteBuffer(string: "{\"kind\": 12}"))
                #expect(bad.status == .badRequest)
                let json = try #require(try JSONSerialization.jsonObject(with: Data(buffer: bad.body)) as? [String: Any])
                #expect((json["error"] as? [String: Any])?["field"] as? String == "kind")
            }
        }
    }
}
