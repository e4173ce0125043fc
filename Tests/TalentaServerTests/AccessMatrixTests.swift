import FluentKit
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SQLKit
import Testing
@testable import TalentaServer
@testable import TestDelivery

/// Walks every registered route × every role (and no sign-in) × a target in the principal's own instansi
/// and in another, and proves that a request is refused exactly when the route's roles or tenant say so,
/// that a refused request changes nothing in the database, and that its answer carries none of the other
/// tenant's data.
@Suite("Access: every route × every role × own and foreign tenant")
struct AccessMatrixTests {
    /// The ids and codes that fill a route's path, for one tenant.
    struct Target {
        let code: String
        let session: String
        let attempt: UUID
        let enrolment: UUID
        let result: UUID
        let account: UUID
        let round: UUID
        let nip: String
        /// The official's name: in no URL, so an answer containing it has read the database.
        let name: String
    }

    /// A finished, scored attempt of a Kota Tangerang official, so the foreign tenant has every kind of target.
    static func foreignTenant(_ services: AppServices) async throws -> Target {
        let db = services.database.db
        let tangerang = try #require(try await OrganisationQueries.instansi(code: "kota-tangerang", on: db))
        let official = try #require(try await Employee.query(on: db).filter(\.$instansi.$id == tangerang.requireID()).sort(\.$nip).first())
        let session = try await services.sessions.session(
            instansiID: try tangerang.requireID(), code: "TNG-1", title: "Sesi Tangerang", startsAt: "2025-12-01T08:00",
            testCentre: "UPT BKN Tangerang", room: "R1", proctor: "P", blueprint: .short, requiresAuthorization: false)
        let enrolment = try await services.sessions.enrol(sessionID: try session.requireID(), employeeID: try official.requireID(),
                                                          token: "TNGTOKEN", actor: "test")
        let (attemptID, _) = try await services.sessions.login(nip: official.nip, token: "TNGTOKEN")
        _ = try await services.attempts.apply(attemptID, actor: "test", event: nil) { attempt, now, bank in
            _ = try DemoTestDay.candidate(seed: 5).sit(&attempt, bank: bank, start: now, seed: 5)
        }
        let result = try #require(try await AssessmentResult.query(on: db).filter(\.$attempt.$id == attemptID).first())
        try await AsStaff.make(services.database, "target.tangerang", role: .proctor, instansi: "kota-tangerang")
        let account = try #require(try await StaffAccount.query(on: db).filter(\.$username == "target.tangerang").first())
        let round = try await services.placements.create(.init(kind: "pengisian", title: "Pengisian Tangerang"), instansi: tangerang, actor: "test")
        return Target(code: "kota-tangerang", session: "TNG-1", attempt: attemptID, enrolment: try enrolment.requireID(),
                      result: try result.requireID(), account: try account.requireID(), round: try round.requireID(), nip: official.nip,
                      name: official.name)
    }

    static func ownTenant(_ services: AppServices) async throws -> Target {
        let db = services.database.db
        let result = try #require(try await AssessmentResult.query(on: db).with(\.$attempt).with(\.$employee).first())
        try await AsStaff.make(services.database, "target.serang", role: .proctor, instansi: "kota-serang")
        let account = try #require(try await StaffAccount.query(on: db).filter(\.$username == "target.serang").first())
        let round = try #require(try await PlacementRoundRecord.query(on: db).filter(\.$title == DemoPlacement.title).first())
        return Target(code: "kota-serang", session: DemoTestDay.testDay, attempt: result.$attempt.id,
                      enrolment: result.attempt.$enrolment.id, result: try result.requireID(), account: try account.requireID(),
                      round: try round.requireID(),
                      nip: result.employee.nip, name: result.employee.name)
    }

    static func uri(_ path: String, _ target: Target, rule: TenantRule) -> String {
        var uri = path
        let id: String = switch rule {
        case .enrolment: target.enrolment.uuidString
        case .result: target.result.uuidString
        case .account: target.account.uuidString
        default: target.attempt.uuidString
        }
        for (name, value) in [("{code}", target.code), ("{session}", target.session), ("{round}", target.round.uuidString), ("{id}", id), ("{nip}", target.nip),
                              ("{kind}", "performance"), ("{action}", "irregularity"), ("{key}", "KOG-DERET-001")] {
            uri = uri.replacingOccurrences(of: name, with: value)
        }
        return uri
    }

    /// Everything a refused request could have changed, in one comparable value.
    static func fingerprint(_ database: TalentaDatabase) async throws -> [String] {
        let sql = database.db as! any SQLDatabase
        var parts: [String] = []
        for table in ["instansi", "unit_kerja", "employees", "positions", "performance_records", "disciplinary_records",
                      "test_items", "test_sessions", "enrolments", "attendance_log", "attempts", "attempt_states", "attempt_answers", "attempt_events", "results",
                      "instansi_settings", "result_releases", "staff_accounts", "staff_sessions",
                      "technical_levels", "career_preferences", "placement_rounds", "placement_comments",
                      "audit_log", "signing_keys", "result_certificates"] {
            let row = try await sql.raw("SELECT CAST(COUNT(*) AS BIGINT) AS n FROM \(unsafeRaw: table)").first()
            parts.append("\(table)=\(try row?.decode(column: "n", as: Int.self) ?? -1)")
        }
        parts += try await AttemptRecord.query(on: database.db).sort(\.$id).all().map { "\($0.id!):\($0.revision)" }
        parts += try await Enrolment.query(on: database.db).sort(\.$id).all().map { "\($0.id!):\($0.attendance)" }
        parts += try await StaffAccount.query(on: database.db).sort(\.$username).all().map { "\($0.username):\($0.passwordHash):\($0.failedLogins)" }
        parts += try await InstansiSettings.query(on: database.db).all().map(\.configuration)
        parts += try await PlacementRoundRecord.query(on: database.db).sort(\.$id).all().map { "\($0.id!):\($0.stateName):\($0.digest)" }
        let items = try await sql.raw("SELECT CAST(SUM(version) AS BIGINT) AS v, CAST(SUM(LENGTH(body)) AS BIGINT) AS b FROM test_items").first()
        parts.append("items=\(try items?.decode(column: "v", as: Int?.self) ?? -1)/\(try items?.decode(column: "b", as: Int?.self) ?? -1)")
        return parts
    }

    @Test(arguments: TestBackend.all)
    func noRouteLetsARoleOrATenantThroughThatItShouldNot(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let (_, logins) = try await DemoSeeder(database: database, bcryptCost: 4).seed()
            let services = AppServices(database: database, clock: ManualClock())
            let foreign = try await Self.foreignTenant(services)
            let own = try await Self.ownTenant(services)
            let (router, gate) = buildRouterAndGate(services)
            let practice = try #require(logins.first { $0.session == DemoTestDay.practice })
            try await Application(router: router).test(.router) { client in
                // (name, role, instansi code, how its requests are signed)
                var principals: [(String, Role?, String?, (HTTPFields) -> HTTPFields)] = [("anonymous", nil, nil, { $0 })]
                for login in DemoSeeder.staff {
                    let staff = try await AsStaff.signIn(client, login.username)
                    principals.append((login.username, login.role, login.instansi, { staff.headers($0) }))
                }
                let participant = try await RunnerTests().login(client, nip: practice.nip, token: practice.token)
                principals.append(("participant", .participant, "kota-serang", { headers in
                    var headers = headers
                    headers[.cookie] = participant.cookie
                    if headers[.contentType] == nil { headers[.contentType] = "application/json" }
                    return headers
                }))
                let entries = gate.entries.filter { !$0.access.isPublic && $0.path != "/keluar" }
                #expect(entries.count > 40)
                var checked = 0
                for entry in entries {
                    for (name, role, home, sign) in principals {
                        for (label, target) in [("own", own), ("foreign", foreign)] {
                            let uri = Self.uri(entry.path, target, rule: entry.access.tenant)
                            let unsafe = entry.method != .get
                            let allowedRole = role.map(entry.access.roles.contains) ?? false
                            let tenantBound: Bool = switch entry.access.tenant {
                            case .global: false
                            default: true
                            }
                            let tenantOK = !tenantBound || role == .superAdmin || home == target.code
                                || role.map(entry.access.acrossTenants.contains) == true
                            let before = unsafe && !(allowedRole && tenantOK) ? try await Self.fingerprint(database) : []
                            let response = try await client.execute(uri: uri, method: entry.method, headers: sign([:]),
                                                                    body: unsafe ? ByteBuffer(string: "{}") : nil)
                            let refused = [.unauthorized, .forbidden, .seeOther].contains(response.status)
                            let where_ = "\(entry.method) \(uri) as \(name) (\(label))"
                            if allowedRole && tenantOK {
                                #expect(response.status != .unauthorized && response.status != .forbidden, "refused: \(where_) → \(response.status)")
                            } else {
                                #expect(refused, "let through: \(where_) → \(response.status)")
                                if unsafe { #expect(try await Self.fingerprint(database) == before, "a refused request wrote: \(where_)") }
                                #expect(!String(buffer: response.body).contains(target.name), "a refused answer leaked data: \(where_)")
                            }
                            #expect(response.status.code < 500, "server error: \(where_)")
                            checked += 1
                        }
                    }
                }
                #expect(checked == entries.count * principals.count * 2)
            }
        }
    }
}
