import FluentKit
import Foundation
import TalentDomain
import TalentPlacement

/// Reads what a placement round is computed from out of an instansi's records: its JPT posts, and every
/// official with a result or holding one of those posts, with the personnel data the eligibility rules
/// read and the assessment the fit reads (the latest result's levels and nine-box box, technical levels,
/// career preferences).
enum PlacementInputs {
    static func build(instansi: Instansi, kind: RoundKind, asOf: CivilDate, configuration: TalentConfiguration,
                      locks: [PostCandidate], exclusions: [PostCandidate], on db: any Database) async throws -> PlacementRoundInput {
        let instansiID = try instansi.requireID()
        let positions = try await Position.query(on: db).filter(\.$instansi.$id == instansiID).sort(\.$code).all()
        let results = try await TalentQueries.results(of: instansi, configuration: configuration, on: db)
        let withIDs = results.compactMap { row in row.employee.id.map { ($0, row) } }
        var employees = Dictionary(withIDs.map { ($0.0, $0.1.employee) }) { first, _ in first }
        let holderIDs = Set(positions.compactMap(\.$holder.id)).subtracting(employees.keys)
        if !holderIDs.isEmpty {
            for employee in try await Employee.query(on: db).filter(\.$id ~~ holderIDs).all() {
                employees[try employee.requireID()] = employee
            }
        }
        let ids = Array(employees.keys)
        let resultOf = Dictionary(withIDs) { first, _ in first }
        let heldBy = Dictionary(positions.compactMap { post in post.$holder.id.map { ($0, post) } }) { first, _ in first }
        let codeOf = Dictionary(uniqueKeysWithValues: positions.compactMap { post in post.id.map { ($0, post.code) } })
        let history = Dictionary(grouping: try await PositionHistory.query(on: db).filter(\.$employee.$id ~~ ids).all(), by: \.$employee.id)
        let sanctions = Dictionary(grouping: try await DisciplinaryEntry.query(on: db).filter(\.$employee.$id ~~ ids).all(), by: \.$employee.id)
        let performance = Dictionary(grouping: try await PerformanceEntry.query(on: db).filter(\.$employee.$id ~~ ids).all(), by: \.$employee.id)
        let technical = Dictionary(grouping: try await TechnicalLevel.query(on: db).filter(\.$employee.$id ~~ ids).all(), by: \.$employee.id)
        let preferences = Dictionary(grouping: try await CareerPreference.query(on: db).filter(\.$employee.$id ~~ ids).all(), by: \.$employee.id)

        let posts = positions.compactMap { position -> PlacementPost? in
            guard let jobClass = JobClass(parsing: position.jobClass), jobClass.isJPT else { return nil }
            return PlacementPost(code: position.code, name: position.name, jobClass: jobClass,
                                 rankFloor: position.rankFloor.flatMap(Golongan.init(parsing:)), standard: position.standard,
                                 holder: position.$holder.id.flatMap { employees[$0]?.nip },
                                 installedOn: position.installedOn.flatMap(CivilDate.init(parsing:)))
        }
        var officials: [PlacementCandidate] = []
        for (id, employee) in employees {
            guard let nip = try? NIP(employee.nip) else { continue }
            let held = heldBy[id]
            let result = resultOf[id]
            let assessment = result.map { row in
                PlacementCandidate.Assessment(
                    testedOn: row.profile.testedOn, levels: row.score.competencyLevels,
                    technical: Dictionary((technical[id] ?? []).map { ($0.code, $0.level) }) { first, _ in first },
                    box: row.profile.box)
            }
            officials.append(PlacementCandidate(
                id: employee.nip, name: employee.name,
                status: EmploymentStatus(parsing: employee.status) ?? .pns,
                birthDate: CivilDate(parsing: employee.birthDate) ?? nip.birthDate,
                serviceStart: CivilDate(year: nip.appointmentYear, month: nip.appointmentMonth, day: 1)!,
                education: employee.education.flatMap(Education.init(parsing:)),
                golongan: employee.golongan.flatMap(Golongan.init(parsing:)),
                currentPost: held?.code, currentTitle: held?.name ?? employee.positionTitle,
                currentClass: (held?.jobClass).flatMap(JobClass.init(parsing:)) ?? employee.positionClass.flatMap(JobClass.init(parsing:)),
                currentSince: (held?.installedOn ?? employee.positionStart).flatMap(CivilDate.init(parsing:)),
                history: (history[id] ?? []).compactMap { entry in
                    CivilDate(parsing: entry.startDate).map {
                        PositionHistoryEntry(positionCode: entry.positionCode, title: entry.title,
                                             jobClass: entry.jobClass.flatMap(JobClass.init(parsing:)), start: $0)
                    }
                }.sorted { $0.start < $1.start },
                sanctions: (sanctions[id] ?? []).compactMap { entry in
                    guard let level = SanctionLevel(parsing: entry.level), let date = CivilDate(parsing: entry.date) else { return nil }
                    return DisciplinaryRecord(level: level, date: date, note: entry.note)
                },
                performance: (performance[id] ?? []).sorted { $0.year < $1.year }.compactMap { Predikat(parsing: $0.predikat) },
                assessment: assessment,
                preferences: ranked(preferences[id] ?? [], codes: codeOf)))
        }
        officials.sort { $0.id < $1.id }
        guard configuration.problem() == nil else {
            throw AppError(.conflict, "the instansi's talent settings are inconsistent: \(configuration.problem()!)", field: "configuration")
        }
        return PlacementRoundInput(kind: kind, asOf: asOf, configuration: configuration, posts: posts, officials: officials,
                                   locks: locks, exclusions: exclusions)
    }

    /// Post codes by rank; a rank with no post stays an empty slot, so rank 2 stays the second choice.
    private static func ranked(_ preferences: [CareerPreference], codes: [UUID: String]) -> [String] {
        var list: [String] = []
        for preference in preferences.sorted(by: { $0.rank < $1.rank }) where preference.rank >= 1 {
            while list.count < preference.rank - 1 { list.append("") }
            list.append(codes[preference.$position.id] ?? "")
        }
        return list
    }
}
