import FluentKit
import Foundation
import SpreadsheetImport
import TalentDomain

/// The database half of an import, for one instansi inside one transaction.
///
/// Each `write` checks what a row names against the instansi's records (a NIP must be one of its
/// employees, a code one of its units or positions), reports the row with the column and value otherwise,
/// and upserts the rest.
struct RecordWriter {
    let db: any Database
    let instansiID: UUID
    let instansiName: String

    func write(_ outcome: ImportOutcome<EmployeeRecord>, into report: inout ImportReport) async throws {
        start(&report, outcome)
        let units = try await unitsByCode()
        let positions = try await positionsByCode()
        var employees = try await employeesByNIP()
        for row in outcome.accepted {
            let record = row.record
            var issues: [RowIssue] = []
            let unit = record.unitCode.flatMap { units[$0.uppercased()] }
            if let code = record.unitCode, unit == nil {
                issues.append(RowIssue(line: row.line, column: "unit_kerja", value: code,
                                       reason: "no unit kerja with this code in \(instansiName)"))
            }
            let position = record.positionCode.flatMap { positions[$0.uppercased()] }
            if let code = record.positionCode, position == nil {
                issues.append(RowIssue(line: row.line, column: "kode_jabatan", value: code,
                                       reason: "no position with this code in \(instansiName); import positions first"))
            }
            guard issues.isEmpty else {
                report.issues += issues
                continue
            }
            let employee = employees[record.nip.value] ?? Employee(instansiID: instansiID, nip: record.nip)
            let isNew = employee.id == nil
            employee.apply(record, unitID: unit?.id)
            if let position, employee.positionTitle == nil { employee.positionTitle = position.name }
            if let position, employee.positionClass == nil { employee.positionClass = position.jobClass }
            try await employee.save(on: db)
            employees[record.nip.value] = employee
            isNew ? (report.created += 1) : (report.updated += 1)
            let employeeID = try employee.requireID()

            if let start = record.positionStart, let title = record.positionTitle ?? position?.name {
                try await addHistory(employeeID: employeeID, code: record.positionCode ?? position?.code,
                                     title: title, jobClass: record.positionClass?.rawValue ?? position?.jobClass,
                                     start: start)
            }
            if let sanction = record.sanction {
                try await addSanction(employeeID: employeeID, sanction)
            }
            if let position {
                try await install(employeeID, nip: record.nip.value, in: position,
                                  since: record.positionStart, report: &report)
            }
        }
    }

    func write(_ outcome: ImportOutcome<PositionRecord>, into report: inout ImportReport) async throws {
        start(&report, outcome)
        var units = try await unitsByCode()
        var positions = try await positionsByCode()
        let employees = try await employeesByNIP()
        var holderLine: [String: Int] = [:]
        for row in outcome.accepted {
            let record = row.record
            var issues: [RowIssue] = []
            let holder = record.holderNIP.flatMap { employees[$0.value] }
            if let nip = record.holderNIP {
                if holder == nil {
                    issues.append(unknownEmployee(line: row.line, column: "pemangku_nip", nip: nip.value))
                } else if let first = holderLine[nip.value] {
                    issues.append(RowIssue(line: row.line, column: "pemangku_nip", value: nip.value,
                                           reason: "this official already holds the post on line \(first)"))
                }
            }
            var unit = units[record.unitCode.uppercased()]
            if unit == nil && record.unitName == nil {
                issues.append(RowIssue(line: row.line, column: "unit_kerja", value: record.unitCode,
                                       reason: "no unit kerja with this code in \(instansiName); add nama_unit to create it"))
            }
            guard issues.isEmpty else {
                report.issues += issues
                continue
            }
            if unit == nil, let name = record.unitName {
                let created = UnitKerja(instansiID: instansiID, code: record.unitCode, name: name)
                try await created.save(on: db)
                units[record.unitCode.uppercased()] = created
                unit = created
                report.notes.append("line \(row.line): created unit kerja \(record.unitCode) (\(name))")
            } else if let existing = unit, let name = record.unitName, existing.name != name {
                existing.name = name
                try await existing.save(on: db)
            }
            let position = positions[record.code.uppercased()] ?? Position(instansiID: instansiID, code: record.code)
            let isNew = position.id == nil
            position.apply(record, unitID: try unit!.requireID(), holderID: nil)
            try await position.save(on: db)
            positions[record.code.uppercased()] = position
            isNew ? (report.created += 1) : (report.updated += 1)
            if let holder, let nip = record.holderNIP {
                holderLine[nip.value] = row.line
                try await install(try holder.requireID(), nip: nip.value, in: position,
                                  since: record.installedOn, report: &report)
            }
        }
    }

    func write(_ outcome: ImportOutcome<PerformanceRecord>, into report: inout ImportReport) async throws {
        start(&report, outcome)
        let employees = try await employeesByNIP()
        let existing = try await PerformanceEntry.query(on: db).filter(\.$instansi.$id == instansiID).all()
        var byKey = Dictionary(existing.map { ("\($0.$employee.id)/\($0.year)", $0) }) { first, _ in first }
        for row in outcome.accepted {
            let record = row.record
            guard let employee = employees[record.nip.value], let employeeID = employee.id else {
                report.issues.append(unknownEmployee(line: row.line, column: "nip", nip: record.nip.value))
                continue
            }
            let key = "\(employeeID)/\(record.year)"
            if let entry = byKey[key] {
                entry.predikat = record.predikat.rawValue
                try await entry.save(on: db)
                report.updated += 1
            } else {
                let entry = PerformanceEntry(instansiID: instansiID, employeeID: employeeID,
                                             year: record.year, predikat: record.predikat.rawValue)
                try await entry.save(on: db)
                byKey[key] = entry
                report.created += 1
            }
        }
    }

    func write(_ outcome: ImportOutcome<TechnicalAssessmentRecord>, into report: inout ImportReport) async throws {
        start(&report, outcome)
        let employees = try await employeesByNIP()
        let named = Set(outcome.accepted.compactMap { employees[$0.record.nip.value]?.id })
        let existing = try await TechnicalLevel.query(on: db).filter(\.$employee.$id ~~ named).all()
        var byKey = Dictionary(existing.map { ("\($0.$employee.id)/\($0.code.uppercased())", $0) }) { first, _ in first }
        for row in outcome.accepted {
            let record = row.record
            guard let employee = employees[record.nip.value], let employeeID = employee.id else {
                report.issues.append(unknownEmployee(line: row.line, column: "nip", nip: record.nip.value))
                continue
            }
            let key = "\(employeeID)/\(record.code)"
            if let entry = byKey[key] {
                entry.level = record.level
                entry.assessedOn = record.assessedOn.iso
                try await entry.save(on: db)
                report.updated += 1
            } else {
                let entry = TechnicalLevel(employeeID: employeeID, code: record.code, level: record.level,
                                           assessedOn: record.assessedOn.iso)
                try await entry.save(on: db)
                byKey[key] = entry
                report.created += 1
            }
        }
    }

    /// Upserts by NIP and rank. A post the official already chose at another rank moves to the row's rank
    /// (and whatever held that rank gives way), so an official never holds two ranks for one post or two
    /// posts at one rank.
    func write(_ outcome: ImportOutcome<CareerPreferenceRecord>, into report: inout ImportReport) async throws {
        start(&report, outcome)
        let employees = try await employeesByNIP()
        let positions = try await positionsByCode()
        let named = Set(outcome.accepted.compactMap { employees[$0.record.nip.value]?.id })
        let existing = try await CareerPreference.query(on: db).filter(\.$employee.$id ~~ named).all()
        var byRank = Dictionary(existing.map { ("\($0.$employee.id)/\($0.rank)", $0) }) { first, _ in first }
        var byPost = Dictionary(existing.map { ("\($0.$employee.id)/\($0.$position.id)", $0) }) { first, _ in first }
        for row in outcome.accepted {
            let record = row.record
            var issues: [RowIssue] = []
            let employeeID = employees[record.nip.value]?.id
            if employeeID == nil {
                issues.append(unknownEmployee(line: row.line, column: "nip", nip: record.nip.value))
            }
            let positionID = positions[record.positionCode.uppercased()]?.id
            if positionID == nil {
                issues.append(RowIssue(line: row.line, column: "kode_jabatan", value: record.positionCode,
                                       reason: "no position with this code in \(instansiName); import positions first"))
            }
            guard issues.isEmpty, let employeeID, let positionID else {
                report.issues += issues
                continue
            }
            let rankKey = "\(employeeID)/\(record.rank)"
            let postKey = "\(employeeID)/\(positionID)"
            if let chosen = byPost[postKey] {
                if chosen.rank != record.rank {
                    // Free the rank first (the unique constraints are checked row by row), then move the post.
                    if let displaced = byRank[rankKey] {
                        try await displaced.delete(on: db)
                        byPost["\(employeeID)/\(displaced.$position.id)"] = nil
                    }
                    byRank["\(employeeID)/\(chosen.rank)"] = nil
                    report.notes.append("line \(row.line): \(record.nip.value) moved \(record.positionCode) "
                                        + "from choice \(chosen.rank) to choice \(record.rank)")
                    chosen.rank = record.rank
                    try await chosen.save(on: db)
                    byRank[rankKey] = chosen
                }
                report.updated += 1
            } else if let atRank = byRank[rankKey] {
                byPost["\(employeeID)/\(atRank.$position.id)"] = nil
                atRank.$position.id = positionID
                try await atRank.save(on: db)
                byPost[postKey] = atRank
                report.updated += 1
            } else {
                let preference = CareerPreference(employeeID: employeeID, positionID: positionID, rank: record.rank)
                try await preference.save(on: db)
                byRank[rankKey] = preference
                byPost[postKey] = preference
                report.created += 1
            }
        }
    }

    // MARK: - Shared steps

    private func start<Record>(_ report: inout ImportReport, _ outcome: ImportOutcome<Record>) {
        report.issues = outcome.issues
        report.ignoredColumns = outcome.ignoredColumns
        report.notes = outcome.notes
        if !outcome.ignoredColumns.isEmpty {
            report.notes.append("columns not recognised and ignored: \(outcome.ignoredColumns.joined(separator: ", "))")
        }
    }

    /// Makes `employeeID` the holder of `position`, vacating any other post they held.
    private func install(_ employeeID: UUID, nip: String, in position: Position, since: CivilDate?,
                         report: inout ImportReport) async throws {
        let positionID = try position.requireID()
        let others = try await Position.query(on: db)
            .filter(\.$instansi.$id == instansiID)
            .filter(\.$holder.$id == employeeID)
            .filter(\.$id != positionID)
            .all()
        for other in others {
            other.$holder.id = nil
            other.installedOn = nil
            try await other.save(on: db)
            report.notes.append("\(nip) left \(other.code) to hold \(position.code)")
        }
        if position.$holder.id != employeeID {
            position.$holder.id = employeeID
            position.installedOn = since?.iso
        } else if let since {
            position.installedOn = since.iso
        }
        try await position.save(on: db)
    }

    private func addHistory(employeeID: UUID, code: String?, title: String, jobClass: String?,
                            start: CivilDate) async throws {
        let exists = try await PositionHistory.query(on: db)
            .filter(\.$employee.$id == employeeID)
            .filter(\.$startDate == start.iso)
            .filter(\.$title == title)
            .count() > 0
        guard !exists else { return }
        try await PositionHistory(employeeID: employeeID, positionCode: code, title: title, jobClass: jobClass,
                                  startDate: start.iso).save(on: db)
    }

    private func addSanction(employeeID: UUID, _ sanction: DisciplinaryRecord) async throws {
        let exists = try await DisciplinaryEntry.query(on: db)
            .filter(\.$employee.$id == employeeID)
            .filter(\.$date == sanction.date.iso)
            .filter(\.$level == sanction.level.rawValue)
            .count() > 0
        guard !exists else { return }
        try await DisciplinaryEntry(employeeID: employeeID, level: sanction.level.rawValue,
                                    date: sanction.date.iso, note: sanction.note).save(on: db)
    }

    private func unitsByCode() async throws -> [String: UnitKerja] {
        let all = try await UnitKerja.query(on: db).filter(\.$instansi.$id == instansiID).all()
        return Dictionary(all.map { ($0.code.uppercased(), $0) }) { first, _ in first }
    }

    private func positionsByCode() async throws -> [String: Position] {
        let all = try await Position.query(on: db).filter(\.$instansi.$id == instansiID).all()
        return Dictionary(all.map { ($0.code.uppercased(), $0) }) { first, _ in first }
    }

    private func employeesByNIP() async throws -> [String: Employee] {
        let all = try await Employee.query(on: db).filter(\.$instansi.$id == instansiID).all()
        return Dictionary(all.map { ($0.nip, $0) }) { first, _ in first }
    }

    /// The issue of a row naming an official this instansi does not have.
    private func unknownEmployee(line: Int, column: String, nip: String) -> RowIssue {
        RowIssue(line: line, column: column, value: nip, reason: "no employee with this NIP in \(instansiName); import employees first")
    }
}
