import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import SQLKit
import SQLiteKit
import Synchronization
import Testing
@testable import TalentaServer
@testable import TestDelivery

/// Answers under load: group commit, the cached attempt and its guards, two servers on one database.
@Suite("Answer saves: group commit, guarded cache, two servers on one database, metrics")
struct GroupCommitTests {
    let runner = RunnerTests()

    /// The practice-session logins of every Kota Serang official (the demo enrols them all).
    func practiceLogins(_ database: TalentaDatabase) async throws -> [(nip: String, token: String)] {
        _ = try await runner.practiceLogin(database)
        let session = try #require(try await TestSession.query(on: database.db).filter(\.$code == DemoTestDay.practice).first())
        let enrolments = try await Enrolment.query(on: database.db).filter(\.$session.$id == session.requireID())
            .with(\.$employee).all()
        return enrolments.map { ($0.employee.nip, AccessToken.demoToken("\(DemoTestDay.practice):\($0.employee.nip)")) }
    }

    static func storedAnswers(_ database: TalentaDatabase) async throws -> Int {
        struct Count: Decodable { let count: Int }
        return try await database.sql.select().column(SQLFunction("COUNT", args: SQLLiteral.all), as: "count")
            .from(AttemptAnswer.schema).first(decoding: Count.self)?.count ?? -1
    }

    /// Answers every item of the participant's current linear section, first option, numbering from `from`.
    func answerForm(_ client: some TestClientProtocol, _ me: RunnerTests.Participant, from: Int) async throws -> Int {
        let (_, state) = try await runner.call(client, me, "/api/runner/state")
        let form = try #require(runner.section(state)["form"] as? [[String: Any]])
        var sequence = from
        for item in form {
            sequence += 1
            let key = item["key"] as! String, option = (item["options"] as! [[String: Any]])[0]["key"] as! String
            let (status, reply) = try await runner.call(client, me, "/api/runner/answer",
                                                        #"{"item": "\#(key)", "answer": "\#(option)", "sequence": \#(sequence)}"#)
            #expect(status == .ok)
            #expect(reply["outcome"] as? String == "stored")
        }
        return sequence
    }

    /// Takes a logged-in participant to their second (linear) section, answering the adaptive one.
    func reachLinearSection(_ client: some TestClientProtocol, _ me: RunnerTests.Participant) async throws -> Int {
        var (_, state) = try await runner.call(client, me, "/api/runner/start-section", "{}")
        var sequence = 0
        while let current = runner.section(state)["current"] as? [String: Any],
              runner.section(state)["kind"] as? String == "cognitive-adaptive" {
            sequence += 1
            let key = current["key"] as! String, option = (current["options"] as! [[String: Any]])[0]["key"] as! String
            let status: HTTPResponse.Status
            (status, state) = try await runner.call(client, me, "/api/runner/answer",
                                                    #"{"item": "\#(key)", "answer": "\#(option)", "sequence": \#(sequence)}"#)
            #expect(status == .ok)
        }
        (_, state) = try await runner.call(client, me, "/api/runner/start-section", "{}")
        #expect(runner.section(state)["kind"] as? String == "sjt")
        return sequence
    }

    /// A state rewritten by a save leaves out the answers kept as rows of their own and keeps those that
    /// only the state holds (as answers stored before they had rows); every reader merges them back.
    /// A participant logged in and taken to the practice battery's linear section: the attempt's id and the
    /// section's form, for writes handed to the writer directly.
    func linearSection(_ client: some TestClientProtocol, _ login: (nip: String, token: String)) async throws
        -> (attemptID: UUID, form: [[String: Any]]) {
        let me = try await runner.login(client, nip: login.nip, token: login.token)
        _ = try await reachLinearSection(client, me)
        let (_, state) = try await runner.call(client, me, "/api/runner/state")
        return (try #require(UUID(uuidString: me.attemptID)), try #require(runner.section(state)["form"] as? [[String: Any]]))
    }

    /// A save of the form's item `index` (its first option) planned from `entry`, as the participant path plans it.
    static func save(_ attemptID: UUID, _ form: [[String: Any]], _ entry: AttemptCache.Entry, _ index: Int, sequence: Int,
                     known: Int, accessHash: String? = nil) -> AttemptWriter.Write {
        let option = (form[index]["options"] as! [[String: Any]])[0]["key"] as! String
        return .init(attemptID: attemptID, epoch: entry.epoch, accessHash: accessHash ?? entry.accessHash,
                     revision: entry.revision, knownSequence: known, now: 1, state: nil,
                     answer: .init(item: form[index]["key"] as! String, value: option, sequence: sequence, outcome: "stored"),
                     events: [], freeze: [])
    }

    @Test(arguments: TestBackend.all)
    func aRewrittenStateKeepsOnlyTheAnswersNoRowHolds(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let demo = try await runner.practiceLogin(database)
            let services = AppServices(database: database, clock: ManualClock())
            let app = Application(router: buildRouter(services))
            try await app.test(.router) { client in
                let me = try await runner.login(client, nip: demo.nip, token: demo.token)
                let id = try #require(UUID(uuidString: me.attemptID))
                var (_, state) = try await runner.call(client, me, "/api/runner/start-section", "{}")
                // Adaptive answers: each gives the next item, so each rewrites the state.
                func answer(_ sequence: Int) async throws {
                    let current = try #require(runner.section(state)["current"] as? [String: Any])
                    let key = current["key"] as! String, option = (current["options"] as! [[String: Any]])[0]["key"] as! String
                    let status: HTTPResponse.Status
                    (status, state) = try await runner.call(client, me, "/api/runner/answer",
                                                            #"{"item": "\#(key)", "answer": "\#(option)", "sequence": \#(sequence)}"#)
                    #expect(status == .ok)
                }
                func stored() async throws -> (state: Attempt, merged: Attempt) {
                    let record = try #require(try await AttemptRecord.find(id, on: database.db))
                    let state = try #require(try await AttemptStateRecord.find(id, on: database.db)).state
                    return (try JSONDecoder().decode(Attempt.self, from: Data(state.utf8)),
                            try await AttemptStore.attempt(record, on: database.db))
                }
                for sequence in 1...2 { try await answer(sequence) }  // of the practice battery's five
                let first = try await stored()
                #expect(first.state.answers.entries.isEmpty)
                #expect(first.state.sections == first.merged.sections)
                #expect(first.merged.answers.entries.count == 2)
                #expect(first.merged == services.attempts.cache.entry(id)?.attempt)

                // The two answers as a state from before answers had rows: in the state, no rows.
                try await database.sql.delete(from: AttemptAnswer.schema).where("attempt_id", .equal, id).run()
                try await AttemptStateRecord.write(id, attempt: first.merged, on: database.db)
                services.attempts.cache.remove(id)
                for sequence in 3...4 { try await answer(sequence) }
                let second = try await stored()
                #expect(second.state.answers == first.merged.answers)
                #expect(second.merged.answers.entries.count == 4)
                #expect(second.merged == services.attempts.cache.entry(id)?.attempt)
            }
        }
    }

    @Test(arguments: TestBackend.all)
    func concurrentSavesShareCommitsAndEveryAcknowledgedAnswerIsStored(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let logins = try await practiceLogins(database)
            #expect(logins.count >= 20)
            let services = AppServices(database: database, clock: ManualClock())
            let app = Application(router: buildRouter(services))
            try await app.test(.router) { client in
                // MUT: every official logs in and sits the adaptive and the linear section at the same time.
                let acknowledged = try await withThrowingTaskGroup(of: Int.self) { group in
                    for login in logins {
                        group.addTask {
                            let me = try await runner.login(client, nip: login.nip, token: login.token)
                            let adaptive = try await reachLinearSection(client, me)
                            return try await answerForm(client, me, from: adaptive)
                        }
                    }
                    return try await group.reduce(0, +)
                }
                // validate: every acknowledged save is a row, and commits carried several writes each.
                #expect(try await Self.storedAnswers(database) == acknowledged)
                #expect(services.metrics.saves == acknowledged)
                let text = services.metrics.render(activeAttempts: 0)
                let batches = try #require(Self.value("talenta_commit_batches_total", in: text))
                let writes = try #require(Self.value("talenta_commit_batch_writes_total", in: text))
                #expect(batches < writes, "group commit: \(writes) writes in \(batches) commits")
                // A server that starts afresh (no cache) reads the same answers back.
                let reopened = Application(router: buildRouter(database: database, clock: ManualClock()))
                try await reopened.test(.router) { fresh in
                    let first = try await runner.login(fresh, nip: logins[0].nip, token: logins[0].token)
                    let (_, state) = try await runner.call(fresh, first, "/api/runner/state")
                    let answers = try #require(runner.section(state)["answers"] as? [String: String])
                    let form = try #require(runner.section(state)["form"] as? [[String: Any]])
                    #expect(answers.count == form.count)
                }
            }
        }
    }

    @Test(arguments: TestBackend.all)
    func aParticipantSwitchesServersMidSectionAndCarriesOn(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let login = try #require(try await practiceLogins(database).first)
            let clock = ManualClock()
            let a = AppServices(database: database, clock: clock), b = AppServices(database: database, clock: clock)
            try await Application(router: buildRouter(a)).test(.router) { serverA in
                try await Application(router: buildRouter(b)).test(.router) { serverB in
                    let me = try await runner.login(serverA, nip: login.nip, token: login.token)
                    var sequence = try await reachLinearSection(serverA, me)
                    let (_, state) = try await runner.call(serverA, me, "/api/runner/state")
                    let form = try #require(runner.section(state)["form"] as? [[String: Any]])
                    #expect(form.count >= 5)
                    // MUT: answers alternate between the two servers; each reply shows every answer so far,
                    // including those the other server took (server A's cached copy falls behind and reloads).
                    for (index, item) in form.prefix(5).enumerated() {
                        sequence += 1
                        let server = index % 2 == 0 ? serverA : serverB
                        let key = item["key"] as! String, option = (item["options"] as! [[String: Any]])[1]["key"] as! String
                        let (status, reply) = try await runner.call(server, me, "/api/runner/answer",
                                                                    #"{"item": "\#(key)", "answer": "\#(option)", "sequence": \#(sequence)}"#)
                        #expect(status == .ok)
                        #expect(runner.section(reply)["answeredCount"] as? Int == index + 1)
                        // A save's reply is the progress view: the runner keeps its form, marks and answers.
                        for left in ["form", "items", "answers", "current"] { #expect(runner.section(reply)[left] == nil) }
                    }
                    // A proctor's pause taken by server B stops saves on server A.
                    let attemptID = try #require(UUID(uuidString: me.attemptID))
                    _ = try await b.attempts.apply(attemptID, actor: "proctor: test", event: "paused") { attempt, now, _ in
                        attempt.pause(at: now)
                    }
                    let key = form[5]["key"] as! String, option = (form[5]["options"] as! [[String: Any]])[0]["key"] as! String
                    let (paused, _) = try await runner.call(serverA, me, "/api/runner/answer",
                                                            #"{"item": "\#(key)", "answer": "\#(option)", "sequence": \#(sequence + 1)}"#)
                    #expect(paused == .conflict)
                    _ = try await b.attempts.apply(attemptID, actor: "proctor: test", event: "resumed") { attempt, now, _ in
                        attempt.resume(at: now)
                    }
                    // A new login on server B signs the first browser out on server A as well.
                    let again = try await runner.login(serverB, nip: login.nip, token: login.token)
                    let (signedOut, _) = try await runner.call(serverA, me, "/api/runner/answer",
                                                               #"{"item": "\#(key)", "answer": "\#(option)", "sequence": \#(sequence + 2)}"#)
                    #expect(signedOut == .unauthorized)
                    let (status, reply) = try await runner.call(serverA, again, "/api/runner/answer",
                                                                #"{"item": "\#(key)", "answer": "\#(option)", "sequence": \#(sequence + 3)}"#)
                    #expect(status == .ok)
                    #expect(runner.section(reply)["answeredCount"] as? Int == 6)
                    #expect(try await Self.storedAnswers(database) == sequence + 1)
                }
            }
        }
    }

    @Test(arguments: TestBackend.all)
    func everySaveIsLoggedOnceByItsRowAndAResentOneAsAnEvent(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let login = try #require(try await practiceLogins(database).first)
            let clock = ManualClock()
            try await Application(router: buildRouter(database: database, clock: clock)).test(.router) { client in
                let me = try await runner.login(client, nip: login.nip, token: login.token)
                let adaptive = try await reachLinearSection(client, me)
                let (_, state) = try await runner.call(client, me, "/api/runner/state")
                let item = try #require((runner.section(state)["form"] as? [[String: Any]])?.first?["key"] as? String)
                let attemptID = try #require(UUID(uuidString: me.attemptID))
                func save(_ answer: String, _ sequence: Int) async throws -> String? {
                    clock.advance(by: 1)
                    let (status, reply) = try await runner.call(client, me, "/api/runner/answer",
                                                                #"{"item": "\#(item)", "answer": "\#(answer)", "sequence": \#(sequence)}"#)
                    #expect(status == .ok)
                    return reply["outcome"] as? String
                }
                let k = adaptive
                // Stored, sent again, overtaken by a newer answer that arrived first.
                #expect(try await save("A", k + 1) == "stored")
                #expect(try await save("A", k + 1) == "duplicate")
                #expect(try await save("B", k + 3) == "stored")
                #expect(try await save("C", k + 2) == "superseded")
                // A row from before migration 010 has no outcome: its save was logged as an event.
                try await database.sql.insert(into: AttemptAnswer.schema)
                    .columns("attempt_id", "sequence", "item", "answer", "saved_at")
                    .values(SQLBind(attemptID), SQLBind(k + 99), SQLBind(item), SQLBind("D"), SQLBind(0.5)).run()

                let proctor = try await AsStaff.signIn(client, "serang.pengawas")
                let export = try await proctor.execute(uri: "/api/attempts/\(me.attemptID)/events", method: .get)
                let statements = try #require((try JSONSerialization.jsonObject(with: Data(buffer: export.body)) as? [String: Any])?["statements"]
                    as? [[String: Any]])
                let saves = statements.filter { $0["verb"] as? String == "answered" }.map { $0["result"] as? [String: String] ?? [:] }
                let mine = saves.filter { $0["item"] == item }
                #expect(mine.map { $0["outcome"] } == ["stored", "duplicate", "stored", "superseded"])
                #expect(mine.map { $0["sequence"] } == ["\(k + 1)", "\(k + 1)", "\(k + 3)", "\(k + 2)"])
                #expect(mine.map { $0["answer"] } == ["A", "A", "B", "C"])
                // Every save of the adaptive section too, each once, in the order sent.
                #expect(saves.count == adaptive + 4)
                #expect(saves.compactMap { $0["sequence"].flatMap(Int.init) }.prefix(adaptive) == ArraySlice(1...adaptive))
                #expect(statements.allSatisfy { ($0["verb"] as? String != "answered") || $0["actor"] as? String == "participant" })
                // Only the resent save is a row of the event table.
                let answeredEvents = try await AttemptEvent.query(on: database.db).filter(\.$attempt.$id == attemptID)
                    .filter(\.$type == "answered").count()
                #expect(answeredEvents == 1)
            }
        }
    }

    @Test(arguments: TestBackend.all)
    func oneCommitCarriesTwoWritesOfOneAttemptAndRefusesAStaleCopysOtherWrites(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let login = try #require(try await practiceLogins(database).first)
            let services = AppServices(database: database, clock: ManualClock())
            try await Application(router: buildRouter(services)).test(.router) { client in
                let (attemptID, form) = try await linearSection(client, login)
                let writer = services.attempts.writer
                func write(_ entry: AttemptCache.Entry, _ index: Int, sequence: Int, known: Int,
                           accessHash: String? = nil) -> AttemptWriter.Write {
                    Self.save(attemptID, form, entry, index, sequence: sequence, known: known, accessHash: accessHash)
                }
                let entry = try #require(try await services.attempts.load(attemptID))
                let known = entry.attempt.answers.lastSequence
                let stored = try await Self.storedAnswers(database)
                // MUT: two saves of one attempt in one commit; the second's guard expects the first's sequence.
                #expect(try await writer.commit([write(entry, 0, sequence: known + 1, known: known),
                                                 write(entry, 1, sequence: known + 2, known: known + 1)])
                        == [.committed, .committed])
                #expect(try await Self.storedAnswers(database) == stored + 2)
                // A write planned from a copy that fell behind (here: another browser's secret) is stale, and so is
                // every later write planned from that copy, even one whose guard would hold by itself.
                #expect(try await writer.commit([write(entry, 2, sequence: known + 3, known: known + 2, accessHash: "x")])
                        == [.stale])
                #expect(try await writer.commit([write(entry, 3, sequence: known + 4, known: known + 2)]) == [.stale])
                // The same write planned from a fresh copy holds.
                let fresh = try #require(try await services.attempts.load(attemptID))
                #expect(fresh.attempt.answers.lastSequence == known + 2)
                #expect(try await writer.commit([write(fresh, 3, sequence: known + 4, known: known + 2)]) == [.committed])
                #expect(try await Self.storedAnswers(database) == stored + 3)
            }
        }
    }

    /// SQLite: once `checkpointEvery` commits have passed, the writer checkpoints the WAL when no request
    /// waits (so that no request waits behind a checkpoint of thousands of pages); PostgreSQL has none.
    @Test(arguments: TestBackend.all)
    func theWriterCheckpointsWhenIdle(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let login = try #require(try await practiceLogins(database).first)
            let services = AppServices(database: database, clock: ManualClock())
            try await Application(router: buildRouter(services)).test(.router) { client in
                let (attemptID, form) = try await linearSection(client, login)
                let entry = try #require(try await services.attempts.load(attemptID))
                let known = entry.attempt.answers.lastSequence
                let stored = try await Self.storedAnswers(database)
                let metrics = ServerMetrics()
                let writer = AttemptWriter(database: database, metrics: metrics, checkpointEvery: 2)
                // MUT: three saves, one after another: each is a commit of its own, after which no request waits.
                for index in 0..<3 {
                    let write = Self.save(attemptID, form, entry, index, sequence: known + index + 1, known: known + index)
                    #expect(try await writer.submit(write) == .committed)
                }
                // validate: one checkpoint, after the writer's second commit when the queue is empty then, or
                // after the third when the third save came in before the writer looked at its queue again (the
                // second save's acknowledgement lets it in): either way by the time the writer falls idle
                // after the last acknowledgement, which the wait below allows for.
                let expected = database.sqliteLoop == nil ? 0 : 1
                let deadline = ContinuousClock.now + .seconds(10)
                while metrics.checkpoints < expected && ContinuousClock.now < deadline {
                    try await Task.sleep(for: .milliseconds(10))
                }
                #expect(metrics.checkpoints == expected)
                #expect(try await Self.storedAnswers(database) == stored + 3)
                #expect(metrics.render(activeAttempts: 0).contains("talenta_checkpoints_total \(metrics.checkpoints)"))
            }
        }
    }

    @Test(arguments: TestBackend.all)
    func healthLivenessAndMetricsAreServed(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let login = try #require(try await practiceLogins(database).first)
            try await Application(router: buildRouter(database: database, clock: ManualClock())).test(.router) { client in
                let live = try await client.execute(uri: "/health/live", method: .get)
                #expect(live.status == .ok)
                #expect(String(buffer: live.body) == #"{"status":"ok"}"#)
                let me = try await runner.login(client, nip: login.nip, token: login.token)
                let answered = try await reachLinearSection(client, me)
                let metrics = try await client.execute(uri: "/metrics", method: .get)
                #expect(metrics.status == .ok)
                #expect(metrics.headers[.contentType]?.hasPrefix("text/plain") == true)
                let text = String(buffer: metrics.body)
                #expect(Self.value("talenta_answer_saves_total", in: text) == answered)
                #expect(Self.value("talenta_attempts_active", in: text) == 1)
                #expect(text.contains(#"talenta_http_requests_total{method="POST",route="/api/runner/answer",status="200"} \#(answered)"#))
                #expect(text.contains(#"talenta_http_request_duration_seconds_count{route="/api/runner/answer"} \#(answered)"#))
            }
        }
    }

    /// The value of an unlabelled metric in Prometheus text.
    static func value(_ name: String, in text: String) -> Int? {
        text.split(separator: "\n").first { $0.hasPrefix(name + " ") }.flatMap { Int($0.split(separator: " ")[1]) }
    }
}

@Suite("Structured logs: one JSON object per line")
struct JSONLogTests {
    @Test func aLineIsJSONWithTheFieldsFirstAndTextEscaped() throws {
        var handler = JSONLogHandler(label: "talenta", level: .info)
        handler[metadataKey: "route"] = "/api/runner/answer"
        let line = handler.line(level: .error, message: "failed: \"quoted\"\nnext line\u{1}", metadata: ["status": "500"],
                                source: "TalentaServer", at: Date(timeIntervalSince1970: 1_800_000_000.25))
        #expect(line.hasPrefix(#"{"ts":"2027-01-15T08:00:00.250Z","level":"error","logger":"talenta","msg":"#))
        #expect(!line.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
        #expect(object["msg"] == "failed: \"quoted\"\nnext line\u{1}")
        #expect(object["route"] == "/api/runner/answer")
        #expect(object["status"] == "500")
        #expect(object["source"] == "TalentaServer")
    }
}

@Suite("Time-ordered ids")
struct TimeOrderedIDTests {
    @Test func versionSevenIdsSortByTheirTime() {
        let times = [1_764_480_000.0, 1_764_480_000.001, 1_764_480_000.5, 1_764_480_100.0, 1_900_000_000.0]
        let ids = times.map { UUID.timeOrdered(at: $0) }
        let bytes = ids.map { id in withUnsafeBytes(of: id.uuid) { Array($0) } }
        #expect(bytes.map { $0[6] >> 4 } == Array(repeating: 7, count: times.count))  // version 7
        #expect(bytes.map { $0[8] >> 6 } == Array(repeating: 2, count: times.count))  // variant 10
        #expect(bytes == bytes.sorted { $0.lexicographicallyPrecedes($1) })
        // The first 48 bits are the milliseconds.
        #expect(bytes[0].prefix(6).reduce(0) { $0 << 8 | UInt64($1) } == 1_764_480_000_000)
        #expect(Set(ids).count == ids.count)
    }
}

extension TimeOrderedIDTests {
    @Test func idsAtOneInstantDifferInEveryRandomBit() {
        let ids = (0 ..< 2_000).map { _ in UUID.timeOrdered(at: 1_764_480_000) }
        #expect(Set(ids).count == ids.count)
        let bytes = ids.map { id in withUnsafeBytes(of: id.uuid) { Array($0) } }
        // Each of the 74 random bits takes both values somewhere among 2,000 ids.
        for index in 6 ..< 16 {
            let fixed: UInt8 = index == 6 ? 0xF0 : index == 8 ? 0xC0 : 0
            let ones = bytes.reduce(UInt8(0)) { $0 | $1[index] } & ~fixed
            let zeros = bytes.reduce(UInt8(0)) { $0 | ~$1[index] } & ~fixed
            #expect(ones == ~fixed && zeros == ~fixed, "byte \(index)")
        }
    }
}

@Suite("The group commit's statements")
struct WriterStatementTests {
    @Test func valuesAreBoundAsSQLiteKitBindsTheSameSwiftValues() throws {
        let id = UUID()
        var statement = WriterStatement(#"INSERT INTO "t" ("a", "b", "c", "d") VALUES "#)
        let rows: [[WriterStatement.Value]] = [[.id(id), .integer(3), .text("a?b"), .real(1.5)], [.text("é"), .integer(-1), .real(0), .id(id)]]
        statement.rows(rows) { $0 }
        #expect(statement.sqlite.sql == #"INSERT OR FAIL INTO "t" ("a", "b", "c", "d") VALUES (?, ?, ?, ?), (?, ?, ?, ?)"#)
        #expect(WriterStatement.failing(#"UPDATE "t" SET a = 1"#) == #"UPDATE OR FAIL "t" SET a = 1"#)
        #expect(WriterStatement.failing("SELECT 1") == "SELECT 1")
        let encoder = SQLiteDataEncoder()
        let expected: [any Encodable & Sendable] = [id, 3, "a?b", 1.5, "é", -1, 0.0, id]
        #expect(statement.sqlite.binds == (try expected.map { try encoder.encode($0) }))
    }

    @Test(arguments: TestBackend.all)
    func aBatchRunsItAndReadsBackTheIdsItReturns(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let id = UUID()
            var statement = WriterStatement("SELECT ")
            statement.bind(.id(id))
            statement.append(#" AS "id" WHERE "#)
            statement.bind(.text("é?"))
            statement.append(" = ")
            statement.bind(.text("é?"))
            let select = statement
            let ids = try await database.batchTransaction { run in try await run(select) }
            #expect(ids == [id])
        }
    }

    /// A batch whose statement fails stores none of its rows: on SQLite a statement that fails `OR FAIL`
    /// keeps the rows it wrote before (and the answers' reference is checked at commit), so it is the
    /// transaction's rollback that undoes them.
    @Test(arguments: TestBackend.all)
    func aBatchThatFailsStoresNothing(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let enrolmentID = try await ItemBankTests.storeEnrolment(database)
            let attemptID = try await database.db.transaction { db in
                try await AttemptRecord.create(enrolmentID: enrolmentID, attempt: Attempt(seed: 7, blueprint: .short),
                                               accessHash: "hash", at: 100, on: db).requireID()
            }
            @Sendable func answers(_ rows: [(UUID, Int)]) -> WriterStatement {
                var insert = WriterStatement(#"INSERT INTO "\#(AttemptAnswer.schema)" ("attempt_id", "sequence", "item", "answer", "saved_at") VALUES "#)
                insert.rows(rows) { [.id($0.0), .integer($0.1), .text("LIK-001"), .text("4"), .real(101)] }
                return insert
            }
            // A row of an attempt that does not exist, after one of an attempt that does; then the same
            // attempt's second row twice, without the conflict clause.
            let failing = [answers([(attemptID, 1), (UUID(), 1)]), answers([(attemptID, 2), (attemptID, 2)])]
            for statement in failing {
                await #expect(throws: (any Error).self) {
                    _ = try await database.batchTransaction { run in try await run(statement) }
                }
                #expect(try await GroupCommitTests.storedAnswers(database) == 0)
            }
            _ = try await database.batchTransaction { run in try await run(answers([(attemptID, 1)])) }
            #expect(try await GroupCommitTests.storedAnswers(database) == 1)
        }
    }

    @Test(arguments: TestBackend.all)
    func throughSQLKitItTakesTheDialectsPlaceholders(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            var statement = WriterStatement(#"SELECT "#)
            statement.bind(.text("x?"))
            statement.append(" AS a, 'é?' AS \"ë\", ")
            statement.bind(.integer(2))
            statement.append(#" AS "b?""#)
            var serializer = SQLSerializer(database: database.sql)
            statement.serialize(to: &serializer)
            let placeholders = if case .sqlite = backend { ["?1", "?2"] } else { ["$1", "$2"] }
            #expect(serializer.sql == #"SELECT \#(placeholders[0]) AS a, 'é?' AS "ë", \#(placeholders[1]) AS "b?""#)
            #expect(serializer.binds.count == 2)
            // And the database reads it so: both values come back.
            let row = Mutex<(String, Int)?>(nil)
            try await database.sql.execute(sql: statement) { found in
                guard let a = try? found.decode(column: "a", as: String.self),
                      let b = try? found.decode(column: "b?", as: Int.self) else { return }
                row.withLock { $0 = (a, b) }
            }
            let values = row.withLock { $0 }
            #expect(values?.0 == "x?")
            #expect(values?.1 == 2)
        }
    }
}

@Suite("Ids read from text")
struct CanonicalUUIDTests {
    /// `UUID(canonical:)` gives the id `UUID(uuidString:)` gives, and refuses what it refuses. It is stricter in
    /// one way: Foundation's `sscanf` also takes a sign in place of a digit.
    @Test func theFastParserAgreesWithFoundation() {
        var texts = ["E621E1F8-C36C-495A-93FC-0C247A3E6E5F", "e621e1f8-c36c-495a-93fc-0c247a3e6e5f",
                     "e621E1f8-C36c-495a-93FC-0c247a3e6e5F", "00000000-0000-0000-0000-000000000000",
                     "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
                     "", "E621E1F8-C36C-495A-93FC-0C247A3E6E5", "E621E1F8-C36C-495A-93FC-0C247A3E6E5F0",
                     "E621E1F8C36C-495A-93FC-0C247A3E6E5F-", "E621E1F8-C36C-495A-93FC+0C247A3E6E5F",
                     "G621E1F8-C36C-495A-93FC-0C247A3E6E5F", "E621E1F8-C36C-495A-93FC-0C247A3E6E5 ",
                     " E621E1F8-C36C-495A-93FC-0C247A3E6E5F", "E621E1F8-C36C-495A-93FC-0C247A3E6E5F\n",
                     "E621E1F8-C36C-495A-93FC-0C247A3E6E5\u{00E9}",
                     "not an id at all, but thirty-six ch"]
        texts += (0 ..< 50).map { _ in UUID().uuidString } + (0 ..< 50).map { _ in UUID().uuidString.lowercased() }
        for text in texts {
            #expect(UUID(canonical: text) == UUID(uuidString: text), "\(text)")
            #expect(UUID(canonical: text[...]) == UUID(uuidString: text), "\(text)")
        }
        #expect(UUID(uuidString: "E621E1F8--36C-495A-93FC-0C247A3E6E5F") != nil)
        #expect(UUID(canonical: "E621E1F8--36C-495A-93FC-0C247A3E6E5F") == nil)
    }

    @Test func aParticipantCookieIsAnIdADotAndASecret() {
        let id = UUID()
        #expect(SessionService.parse(cookie: "\(id.uuidString).s3cr.et")! == (id, "s3cr.et"))
        #expect(SessionService.parse(cookie: "\(id.uuidString.lowercased()).x")! == (id, "x"))
        for bad in ["\(id.uuidString).", "\(id.uuidString)", ".secret", "nope.secret", "\(id.uuidString)x.secret", ""] {
            #expect(SessionService.parse(cookie: bad) == nil, "\(bad)")
        }
    }
}
