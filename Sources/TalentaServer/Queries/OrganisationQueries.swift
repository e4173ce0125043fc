import FluentKit
import Foundation
import TalentDomain

/// Read models of an instansi's organisation, and the queries that build them. Every query is scoped to
/// one instansi by its code.
enum OrganisationQueries {
    struct InstansiSummary: Codable, Sendable {
        let code: String
        let name: String
        let kind: String
        let region: String
        let units: Int
        let positions: Int
        let vacant: Int
        let officials: Int
    }

    struct PostRow: Codable, Sendable {
        let code: String
        let name: String
        let unitCode: String
        let unitName: String
        let jobClass: String
        let rankFloor: String?
        let holderNIP: String?
        let holderName: String?
        let installedOn: String?
        let isCritical: Bool
        let isTarget: Bool
        let standard: CompetencyStandard
    }

    struct OfficialRow: Codable, Sendable {
        let nip: String
        let name: String
        let golongan: String?
        let education: String?
        let post: String?
        let postCode: String?
        let since: String?
        let latestPerformance: String?
    }

    struct Organisation: Sendable {
        let instansi: InstansiSummary
        let units: [(code: String, name: String)]
        let posts: [PostRow]
        let officials: [OfficialRow]
    }

    static func summaries(on db: any Database) async throws -> [InstansiSummary] {
        var result: [InstansiSummary] = []
        for instansi in try await Instansi.query(on: db).sort(\.$name).all() {
            result.append(try await summary(of: instansi, on: db))
        }
        return result
    }

    static func summary(of instansi: Instansi, on db: any Database) async throws -> InstansiSummary {
        let id = try instansi.requireID()
        let positions = try await Position.query(on: db).filter(\.$instansi.$id == id).all()
        return InstansiSummary(
            code: instansi.code, name: instansi.name, kind: instansi.kind, region: instansi.region,
            units: try await UnitKerja.query(on: db).filter(\.$instansi.$id == id).count(),
            positions: positions.count,
            vacant: positions.filter { $0.$holder.id == nil }.count,
            officials: try await Employee.query(on: db).filter(\.$instansi.$id == id).count())
    }

    static func instansi(code: String, on db: any Database) async throws -> Instansi? {
        try await Instansi.query(on: db).filter(\.$code == code).first()
    }

    static func organisation(of instansi: Instansi, on db: any Database) async throws -> Organisation {
        let id = try instansi.requireID()
        let units = try await UnitKerja.query(on: db).filter(\.$instansi.$id == id).sort(\.$code).all()
        let unitByID = Dictionary(uniqueKeysWithValues: units.map { ($0.id!, $0) })
        let employees = try await Employee.query(on: db).filter(\.$instansi.$id == id).sort(\.$name).all()
        let employeeByID = Dictionary(uniqueKeysWithValues: employees.map { ($0.id!, $0) })
        let positions = try await Position.query(on: db).filter(\.$instansi.$id == id).sort(\.$code).all()
        let performance = try await PerformanceEntry.query(on: db).filter(\.$instansi.$id == id)
            .sort(\.$year).all()
        var latest: [UUID: String] = [:]
        for entry in performance { latest[entry.$employee.id] = "\(entry.predikat) (\(entry.year))" }

        let posts = positions.map { position in
            let unit = unitByID[position.$unit.id]
            let holder = position.$holder.id.flatMap { employeeByID[$0] }
            return PostRow(code: position.code, name: position.name, unitCode: unit?.code ?? "",
                           unitName: unit?.name ?? "", jobClass: position.jobClass, rankFloor: position.rankFloor,
                           holderNIP: holder?.nip, holderName: holder?.name, installedOn: position.installedOn,
                           isCritical: position.isCritical, isTarget: position.isTarget, standard: position.standard)
        }
        let held = Dictionary(positions.compactMap { p in p.$holder.id.map { ($0, p) } }) { first, _ in first }
        let officials = employees.map { employee in
            let post = held[employee.id!]
            return OfficialRow(nip: employee.nip, name: employee.name, golongan: employee.golongan,
                               education: employee.education, post: post?.name ?? employee.positionTitle,
                               postCode: post?.code, since: post?.installedOn ?? employee.positionStart,
                               latestPerformance: latest[employee.id!])
        }
        return Organisation(instansi: try await summary(of: instansi, on: db),
                            units: units.map { ($0.code, $0.name) }, posts: posts, officials: officials)
    }

    struct OfficialDetail: Sendable {
        let employee: Employee
        let unitName: String?
        let heldPost: Position?
        let history: [PositionHistory]
        let performance: [PerformanceEntry]
        let sanctions: [DisciplinaryEntry]
    }

    static func official(nip: String, in instansi: Instansi, on db: any Database) async throws -> OfficialDetail? {
        let id = try instansi.requireID()
        guard let employee = try await Employee.query(on: db).filter(\.$instansi.$id == id)
            .filter(\.$nip == nip).first(), let employeeID = employee.id else { return nil }
        let unit = try await employee.$unit.get(on: db)
        return OfficialDetail(
            employee: employee, unitName: unit?.name,
            heldPost: try await Position.query(on: db).filter(\.$instansi.$id == id)
                .filter(\.$holder.$id == employeeID).first(),
            history: try await PositionHistory.query(on: db).filter(\.$employee.$id == employeeID)
                .sort(\.$startDate, .descending).all(),
            performance: try await PerformanceEntry.query(on: db).filter(\.$employee.$id == employeeID)
                .sort(\.$year, .descending).all(),
            sanctions: try await DisciplinaryEntry.query(on: db).filter(\.$employee.$id == employeeID)
                .sort(\.$date, .descending).all())
    }
}
