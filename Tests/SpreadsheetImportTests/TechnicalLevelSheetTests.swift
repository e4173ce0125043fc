import Testing
@testable import SpreadsheetImport
@testable import TalentDomain

@Suite("Technical level sheet")
struct TechnicalLevelSheetTests {
    func read(_ text: String) throws -> ImportOutcome<TechnicalAssessmentRecord> {
        try TechnicalLevelSheet.read(CSVTable(text: text))
    }

    @Test func goodRowsBecomeRecords() throws {
        // setup
        let text = """
            nip;kode;level;tanggal
            197503152000031002;T.KES.01;4;12-05-2025
            197503152000031002;t.keu.02;3;2025-05-12
            198108222006042001; T.KES.01 ;5;12/05/2025
            """
        // MUT
        let outcome = try read(text)
        // validate
        #expect(outcome.issues.isEmpty)
        #expect(outcome.accepted.map(\.line) == [2, 3, 4])
        let may12 = try #require(CivilDate(year: 2025, month: 5, day: 12))
        #expect(outcome.accepted[0].record == TechnicalAssessmentRecord(
            nip: try NIP("197503152000031002"), code: "T.KES.01", level: 4, assessedOn: may12))
        #expect(outcome.accepted[1].record.code == "T.KEU.02")
        #expect(outcome.accepted[2].record.code == "T.KES.01")
        #expect(outcome.accepted.allSatisfy { $0.record.assessedOn == may12 })
    }

    @Test func everyBadCellIsReportedAndGoodRowsAreKept() throws {
        // setup
        let text = """
            nip,kode,level,tanggal
            197503152000031002,T.KES.01,4,12-05-2025
            19750315200003100,T.KES.01,4,12-05-2025
            197503152000031003,M.01,4,12-05-2025
            197503152000031004,T.,4,12-05-2025
            197503152000031005,T.KES.01,6,12-05-2025
            197503152000031006,T.KES.01,3.5,12-05-2025
            197503152000031007,T.KES.01,4,31-02-2025
            197503152000031008,T.KES.01,4,01-01-1970
            197503152000031009,,,
            198108222006042001,T.KES.01,2,12-05-2025
            """
        // MUT
        let outcome = try read(text)
        // validate
        #expect(outcome.accepted.map(\.line) == [2, 11])
        #expect(outcome.rejectedLines == Array(3...10))
        let byLine = Dictionary(grouping: outcome.issues, by: \.line)
        #expect(byLine[3]?.map(\.column) == ["nip"])
        #expect(byLine[3]?.first?.reason.contains("18 digits") == true)
        #expect(byLine[4]?.map(\.column) == ["kode"])
        #expect(byLine[4]?.first?.value == "M.01")
        #expect(byLine[4]?.first?.reason.contains("technical competency code") == true)
        #expect(byLine[5]?.first?.value == "T.")
        #expect(byLine[6]?.map(\.column) == ["level"])
        #expect(byLine[6]?.first?.value == "6")
        #expect(byLine[6]?.first?.reason.contains("from 1 to 5") == true)
        #expect(byLine[7]?.first?.value == "3.5")
        #expect(byLine[8]?.map(\.column) == ["tanggal"])
        #expect(byLine[8]?.first?.reason.contains("not a date") == true)
        #expect(byLine[9]?.first?.reason.contains("before the birth date") == true)
        #expect(byLine[10]?.map(\.column) == ["kode", "level", "tanggal"])
        #expect(byLine[10]?.allSatisfy { $0.reason == "is required" } == true)
    }

    @Test func aRepeatedCompetencyIsReportedOnTheLaterRow() throws {
        let text = """
            nip;kode;level;tanggal
            197503152000031002;T.KES.01;4;12-05-2025
            197503152000031002;T.KES.02;4;12-05-2025
            197503152000031002;t.kes.01;5;01-06-2025
            """
        let outcome = try read(text)
        #expect(outcome.accepted.map(\.line) == [2, 3])
        #expect(outcome.issues.count == 1)
        #expect(outcome.issues[0].line == 4)
        #expect(outcome.issues[0].column == "kode")
        #expect(outcome.issues[0].value == "T.KES.01")
        #expect(outcome.issues[0].reason.contains("first on line 2"))
    }

    @Test func headerAliases() throws {
        let text = """
            NIP Pegawai;Kode Kompetensi;Tingkat;Tanggal Penilaian
            197503152000031002;T.KES.01;4;12-05-2025
            """
        let outcome = try read(text)
        #expect(outcome.issues.isEmpty && outcome.ignoredColumns.isEmpty)
        #expect(outcome.accepted.first?.record.level == 4)
        for (kode, level, tanggal) in [("kompetensi", "nilai", "tanggal_asesmen"), ("code", "level", "date")] {
            let aliased = try read("nip,\(kode),\(level),\(tanggal)\n197503152000031002,T.KES.01,4,12-05-2025\n")
            #expect(aliased.accepted.count == 1, "\(kode), \(level), \(tanggal)")
        }
    }

    @Test func missingRequiredColumnIsAFileError() {
        #expect(throws: SheetError.missingColumns(["tanggal"])) {
            try read("nip;kode;level\n197503152000031002;T.KES.01;4\n")
        }
        #expect(throws: SheetError.missingColumns(["kode", "level"])) {
            try read("nip;tanggal\n197503152000031002;12-05-2025\n")
        }
    }
}
