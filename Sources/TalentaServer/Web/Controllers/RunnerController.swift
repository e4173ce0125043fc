import FluentKit
import Foundation
import Hummingbird
import JSONText
import TestDelivery

/// The participant's side: login with NIP and token, the runner page, and its JSON API. Every call acts
/// only on the attempt that the browser's cookie opens.
struct RunnerController: Sendable {
    let sessions: SessionService
    let attempts: AttemptService
    static let cookie = "talenta_attempt"

    /// The participant reaches only the attempt their cookie opens: every handler resolves it from the cookie.
    func addRoutes(to router: Router<BasicRequestContext>, gate: Gate) {
        let participant = Access([.participant])
        router.add(.get, "/ujian/masuk", .open, gate: gate, use: loginPage)
        router.add(.post, "/ujian/masuk", .open, gate: gate, use: login)
        router.add(.get, "/ujian", participant, gate: gate, use: runnerPage)
        router.add(.get, "/api/runner/state", participant, gate: gate, use: state)
        router.add(.post, "/api/runner/start-section", participant, gate: gate, use: startSection)
        router.add(.post, "/api/runner/answer", participant, gate: gate, use: answer)
        router.add(.post, "/api/runner/position", participant, gate: gate, use: position)
        router.add(.post, "/api/runner/flag", participant, gate: gate, use: flag)
        router.add(.post, "/api/runner/submit-section", participant, gate: gate, use: submitSection)
        router.add(.post, "/api/runner/event", participant, gate: gate, use: event)
    }

    @Sendable func loginPage(_ request: Request, context: BasicRequestContext) async throws -> HTML {
        RunnerPages.login(lang: Language(request: request), error: nil)
    }

    struct LoginForm: Decodable {
        let nip: String
        let token: String
    }

    @Sendable func login(_ request: Request, context: BasicRequestContext) async throws -> Response {
        let lang = Language(request: request)
        var request = request
        let body = try await request.collectBody(upTo: 16 * 1024)
        guard let form = try? URLEncodedFormDecoder().decode(LoginForm.self, from: String(buffer: body)) else {
            throw AppError(.badRequest, "NIP and token are required", field: "nip")
        }
        do {
            let (attemptID, secret) = try await sessions.login(nip: form.nip, token: form.token)
            var response = Response(status: .seeOther, headers: [.location: "/ujian"])
            response.setCookie(.init(name: Self.cookie, value: "\(attemptID.uuidString).\(secret)", path: "/",
                                     secure: CookiePolicy.secure, httpOnly: true, sameSite: .strict))
            return response
        } catch let failure as SessionService.Failure {
            var response = try RunnerPages.login(lang: lang, error: failure.description).response(from: request, context: context)
            response.status = .unauthorized
            return response
        }
    }

    @Sendable func runnerPage(_ request: Request, context: BasicRequestContext) async throws -> Response {
        guard let id = try await attemptID(request) else {
            return Response(status: .seeOther, headers: [.location: "/ujian/masuk"])
        }
        return try RunnerPages.runner(lang: Language(request: request), attemptID: id.uuidString)
            .response(from: request, context: context)
    }

    @Sendable func state(_ request: Request, context: BasicRequestContext) async throws -> RunnerReply {
        try await run(request, event: nil) { _, _, _ in nil }
    }

    @Sendable func startSection(_ request: Request, context: BasicRequestContext) async throws -> RunnerReply {
        try await run(request, event: "section-started") { attempt, now, bank in
            try attempt.start(at: now)
            try attempt.startSection(at: now, bank: bank)
            return nil
        }
    }

    /// Read by hand (`read(_:)`); `Decodable` for the test that compares the two.
    struct AnswerBody: Decodable, Equatable {
        let item: String
        let answer: String
        let sequence: Int
    }

    @Sendable func answer(_ request: Request, context: BasicRequestContext) async throws -> RunnerReply {
        let id = try await requireAttempt(request)
        var request = request
        let body = try AnswerBody.read(try await request.collectBody(upTo: 64 * 1024)).get()
        return try await run(request, attempt: id, event: "answered",
                             data: ["item": body.item, "answer": body.answer, "sequence": String(body.sequence)],
                             save: .init(item: body.item, value: body.answer, sequence: body.sequence), detail: .progress) { attempt, now, bank in
            switch try attempt.answer(item: body.item, value: body.answer, sequence: body.sequence, at: now, bank: bank) {
            case .stored: "stored"
            case .duplicate: "duplicate"
            case .superseded: "superseded"
            }
        }
    }

    struct PositionBody: Decodable { let position: Int }

    @Sendable func position(_ request: Request, context: BasicRequestContext) async throws -> RunnerReply {
        let id = try await requireAttempt(request)
        let body = try await RequestSupport.json(PositionBody.self, request, limit: 64 * 1024)
        return try await run(request, attempt: id, event: nil, detail: .progress) { attempt, now, _ in
            try attempt.go(to: body.position, at: now)
            return nil
        }
    }

    struct FlagBody: Decodable {
        let item: String
        let flagged: Bool
    }

    @Sendable func flag(_ request: Request, context: BasicRequestContext) async throws -> RunnerReply {
        let id = try await requireAttempt(request)
        let body = try await RequestSupport.json(FlagBody.self, request, limit: 64 * 1024)
        // The full view: the reply carries the item marks the runner draws the flag from.
        return try await run(request, attempt: id, event: body.flagged ? "flagged" : "unflagged", data: ["item": body.item]) {
            attempt, now, _ in
            try attempt.flag(item: body.item, body.flagged, at: now)
            return nil
        }
    }

    @Sendable func submitSection(_ request: Request, context: BasicRequestContext) async throws -> RunnerReply {
        try await run(request, event: "section-ended") { attempt, now, _ in
            try attempt.submitSection(at: now)
            return nil
        }
    }

    struct EventBody: Decodable {
        let type: String
        let item: String?
    }

    /// Browser-side events for the log: item shown, focus lost/regained, reconnected.
    static let browserEvents: Set<String> = ["item-shown", "focus-lost", "focus-regained", "reconnected"]

    @Sendable func event(_ request: Request, context: BasicRequestContext) async throws -> RunnerReply {
        let id = try await requireAttempt(request)
        let body = try await RequestSupport.json(EventBody.self, request, limit: 64 * 1024)
        guard Self.browserEvents.contains(body.type) else {
            throw AppError(.badRequest, "unknown event type '\(body.type)'; use \(Self.browserEvents.sorted().joined(separator: ", "))",
                           field: "type")
        }
        return try await run(request, attempt: id, event: body.type, data: body.item.map { ["item": $0] } ?? [:],
                             detail: .progress) { _, _, _ in nil }
    }

    // MARK: - Shared

    /// `{"outcome": …, "view": …}`, the outcome left out when there is none; written by hand
    /// (`AttemptView.appendJSON`), as it answers every participant request.
    struct RunnerReply: ResponseGenerator {
        let outcome: String?
        let view: AttemptView

        func response(from request: Request, context: some RequestContext) throws -> Response {
            var json = JSONBytes(capacity: 768)
            json.append("{")
            if let outcome {
                json.append("\"outcome\":")
                json.appendQuoted(outcome)
                json.append(",")
            }
            json.append("\"view\":")
            try view.appendJSON(to: &json)
            json.append("}")
            return Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: json.bytes)))
        }
    }

    /// Applies a participant request. The attempt is resolved from the cookie *before* the body is read, so
    /// a browser without a valid cookie learns nothing about what a valid body looks like.
    private func run(_ request: Request, attempt id: UUID? = nil, event: String?, data: [String: String] = [:],
                     save: AttemptService.Save? = nil, detail: AttemptView.Detail = .full,
                     _ change: @escaping @Sendable (inout Attempt, Double, DeliveryBank) throws -> String?) async throws -> RunnerReply {
        let resolved: UUID
        if let id { resolved = id } else { resolved = try await requireAttempt(request) }
        guard let accessHash = Principal.current?.accessHash else {
            throw AppError(.unauthorized, "log in with your NIP and token first", field: "session")
        }
        do {
            let (outcome, attempt, bank) = try await attempts.participant(resolved, accessHash: accessHash, event: event,
                                                                          data: data, save: save, outcome: { $0 }, change)
            return RunnerReply(outcome: outcome, view: AttemptView(attempt, bank: bank, at: attempts.clock.now(), detail: detail))
        } catch let error as DeliveryError {
            throw AppError(.conflict, error.description, field: error.field)
        } catch AttemptService.Failure.notFound {
            // The secret no longer opens the attempt: a login from another browser replaced it.
            throw AppError(.unauthorized, "this browser was signed out by a newer login; log in again", field: "session")
        }
    }

    /// The attempt the gate admitted this participant to, from their cookie (checked once, by the gate).
    private func attemptID(_ request: Request) async throws -> UUID? {
        Principal.current?.attemptID
    }

    private func requireAttempt(_ request: Request) async throws -> UUID {
        guard let id = try await attemptID(request) else {
            throw AppError(.unauthorized, "log in with your NIP and token first", field: "session")
        }
        return id
    }
}

/// The field a decoding error is about.
func decodingField(_ error: any Error) -> String? {
    switch error {
    case DecodingError.keyNotFound(let key, _): key.stringValue
    case DecodingError.typeMismatch(_, let c), DecodingError.valueNotFound(_, let c), DecodingError.dataCorrupted(let c):
        c.codingPath.last?.stringValue
    default: nil
    }
}

/// A decoding error as a sentence.
func describeDecoding(_ error: any Error) -> String {
    switch error {
    case DecodingError.keyNotFound(let key, _): "field \(key.stringValue) is missing"
    case DecodingError.typeMismatch(_, let c) where c.codingPath.isEmpty, DecodingError.valueNotFound(_, let c) where c.codingPath.isEmpty:
        "the body must be a JSON object"
    case DecodingError.typeMismatch(_, let c): "field \(c.codingPath.map(\.stringValue).joined(separator: ".")) has the wrong type"
    case DecodingError.valueNotFound(_, let c): "field \(c.codingPath.map(\.stringValue).joined(separator: ".")) is null"
    case DecodingError.dataCorrupted: "not valid JSON"
    default: "unreadable"
    }
}
