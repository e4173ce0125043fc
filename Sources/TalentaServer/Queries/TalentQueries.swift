import FluentKit
import Foundation
import TalentDomain
import TestDelivery

/// Reads the stored results of an instansi and derives each official's talent profile from them, the
/// personnel records and the instansi's configuration. Nothing derived is stored: the profile is the pure
/// `TalentProfile` of what is stored, so changing a cut-off re-maps everyone at once.
enum TalentQueries {
    /// One official's latest result and the profile derived from it.
    struct OfficialResult: Sendable {
        let employee: Employee
        let result: AssessmentResult
        let score: AttemptScore
        let profile: TalentProfile
        let sessionCode: String
        let released: Bool
        let unitName: String?
        let performance: [(year: Int, predikat: String)]
    }

    /// The profiles of every official of `instansi` with a result, by name. Only the latest result of each
    /// official counts. `nip` narrows to one official, `result` to one stored result (the participant's
    /// own); `target` adds a target post to every profile; `releasedOnly` counts only results of released
    /// sessions (the national search: the latest *released* result of each official).
    static func results(of instansi: Instansi, nip: String? = nil, result resultID: UUID? = nil, target: Position? = nil,
                        releasedOnly: Bool = false,
                        configuration: TalentConfiguration, on db: any Database) async throws -> [OfficialResult] {
        let instansiID = try instansi.requireID()
        var query = AssessmentResult.query(on: db).filter(\.$instansi.$id == instansiID).with(\.$employee).with(\.$session)
        if releasedOnly {
            let sessions = try await TestSession.query(on: db).filter(\.$instansi.$id == instansiID).all(\.$id)
            let released = try await ResultRelease.query(on: db).filter(\.$session.$id ~~ sessions).all().map(\.$session.id)
            guard !released.isEmpty else { return [] }
            query = query.filter(\.$session.$id ~~ released)
        }
        if let nip {
            guard let employee = try await Employee.query(on: db).filter(\.$instansi.$id == instansiID)
                .filter(\.$nip == nip).first() else { return [] }
            query = query.filter(\.$employee.$id == (try employee.requireID()))
        }
        if let resultID { query = query.filter(\.$id == resultID) }
        var latest: [UUID: AssessmentResult] = [:]
        for result in try await query.all() {
            let key = result.$employee.id
            if let kept = latest[key], (kept.testedOn, kept.scoredAt) >= (result.testedOn, result.scoredAt) { continue }
            latest[key] = result
        }
        guard !latest.isEmpty else { return [] }
        let ids = Array(latest.keys)
        let posts = try await Position.query(on: db).filter(\.$instansi.$id == instansiID).all()
        let heldBy = Dictionary(posts.compactMap { post in post.$holder.id.map { ($0, post) } }) { first, _ in first }
        let units = Dictionary(uniqueKeysWithValues: try await UnitKerja.query(on: db).filter(\.$instansi.$id == instansiID)
            .all().compactMap { unit in unit.id.map { ($0, unit.name) } })
        let performance = Dictionary(grouping: try await PerformanceEntry.query(on: db).filter(\.$employee.$id ~~ ids).all(),
                                     by: \.$employee.id)
        let sanctions = Dictionary(grouping: try await DisciplinaryEntry.query(on: db).filter(\.$employee.$id ~~ ids).all(),
                                   by: \.$employee.id)
        let releasedSessions = Set(try await ResultRelease.query(on: db).filter(\.$session.$id ~~ Set(latest.values.map(\.$session.id)))
            .all().map(\.$session.id))
        let decoder = JSONDecoder()
        var rows: [OfficialResult] = []
        for (employeeID, result) in latest {
            let employee = result.employee
            let score = try decoder.decode(AttemptScore.self, from: Data(result.scores.utf8))
            let history = (performance[employeeID] ?? []).sorted { $0.year < $1.year }
            let testedOn = CivilDate(parsing: result.testedOn) ?? CivilDate(year: 2000, month: 1, day: 1)!
            func post(_ position: Position) -> TalentProfile.Post {
                TalentProfile.Post(code: position.code, name: position.name, standard: position.standard)
            }
            let input = TalentProfile.Input(
                id: employee.nip, levels: score.competencyLevels, scales: score.aspectScores,
                theta: score.cognitive?.theta, education: employee.education.flatMap(Education.init(parsing:)),
                golongan: employee.golongan.flatMap(Golongan.init(parsing:)),
                sanctions: (sanctions[employeeID] ?? []).compactMap { entry in
                    guard let level = SanctionLevel(parsing: entry.level), let date = CivilDate(parsing: entry.date) else { return nil }
                    return DisciplinaryRecord(level: level, date: date, note: entry.note)
                },
                performance: history.compactMap { Predikat(parsing: $0.predikat) },
                testedOn: testedOn, currentPost: heldBy[employeeID].map(post), targetPosts: target.map { [post($0)] } ?? [])
            rows.append(OfficialResult(
                employee: employee, result: result, score: score, profile: TalentProfile(input, configuration: configuration),
                sessionCode: result.session.code, released: releasedSessions.contains(result.$session.id),
                unitName: employee.$unit.id.flatMap { units[$0] },
                performance: history.map { ($0.year, $0.predikat) }))
        }
        return rows.sorted { ($0.employee.name, $0.employee.nip) < ($1.employee.name, $1.employee.nip) }
    }

    /// Attendance and completion of one session.
    struct SessionRow: Sendable {
        let enrolment: Enrolment
        let attemptStatus: String?
        let scored: Bool
    }

    static func sessionReport(_ session: TestSession, on db: any Database) async throws -> [SessionRow] {
        let sessionID = try session.requireID()
        let enrolments = try await Enrolment.query(on: db).filter(\.$session.$id == sessionID).with(\.$employee).all()
        let attempts = try await AttemptRecord.query(on: db).filter(\.$enrolment.$id ~~ enrolments.compactMap(\.id)).all()
        let byEnrolment = Dictionary(attempts.map { ($0.$enrolment.id, $0) }) { first, _ in first }
        let scored = Set(try await AssessmentResult.query(on: db).filter(\.$session.$id == sessionID).all().map(\.$attempt.id))
        return enrolments.map { enrolment in
            let attempt = enrolment.id.flatMap { byEnrolment[$0] }
            return SessionRow(enrolment: enrolment, attemptStatus: attempt?.status,
                              scored: attempt?.id.map(scored.contains) ?? false)
        }.sorted { ($0.enrolment.employee.name, $0.enrolment.employee.nip) < ($1.enrolment.employee.name, $1.enrolment.employee.nip) }
    }
}
