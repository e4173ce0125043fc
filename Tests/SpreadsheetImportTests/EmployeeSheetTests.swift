import Testing
@testable import SpreadsheetImport
@testable import TalentDomain

@Suite("Employee sheet")
struct EmployeeSheetTests {
    static let header = "NIP;Nama Lengkap;Tanggal Lahir;JK;Golongan;Pendidikan;Unit Kerja;Kode Jabatan;TMT Jabatan"

    func read(_ rows: [String]) throws -> ImportOutcome<EmployeeRecord> {
        try EmployeeSheet.read(CSVTable(text: ([Self.header] + rows).joined(separator: "\n")))
    }

    @Test func goodRowsBecomeRecords() throws {
        // setup
        let rows = ["197503152000031002;Ahmad Suhendi;15-03-1975;L;IV/b;S2;DINKES;SRG-DINKES;02/01/2021",
                    "198108222006042001;Siti Maryam;1981-08-22;P;IV/a;S-1;;;"]
        // MUT
        let outcome = try read(rows)
        // validate
        #expect(outcome.issues.isEmpty)
        #expect(outcome.accepted.count == 2)
        let first = outcome.accepted[0].record
        #expect(first.nip.value == "197503152000031002")
        #expect(first.golongan == Golongan(parsing: "IV/b"))
        #expect(first.education == .s2)
        #expect(first.unitCode == "DINKES")
        #expect(first.positionStart == CivilDate(year: 2021, month: 1, day: 2))
        #expect(outcome.accepted[1].record.sex == .female)
        #expect(outcome.accepted[1].line == 3)
    }

    @Test func everyBadCellIsReportedAndGoodRowsAreKept() throws {
        let rows = [
            "197503152000031002;Good One;;;;;;;",                       // line 2: good
            "19750315200003100;Short NIP;;;;;;;",                       // line 3: length
            "197503152000031003;;;;;;;;",                                // line 4: missing name
            "197503152000031004;Bad Date;31-02-1975;;;;;;",              // line 5: impossible date
            "197503152000031005;Mismatch;16-03-1975;P;;;;;",             // line 6: birth and sex mismatch
            "197503152000031006;Bad Rank;;;V/z;S9;;;",                   // line 7: golongan and education
            "197503152000031002;Duplicate;;;;;;;",                       // line 8: duplicate NIP
            "197503152000031007;Good Two;;;;;;;",                        // line 9: good
            "197503152000031008;Too wide;;;;;;;;extra",                  // line 10: extra cell
        ]
        let outcome = try read(rows)
        #expect(outcome.accepted.map(\.line) == [2, 9])
        #expect(outcome.rejectedLines == [3, 4, 5, 6, 7, 8, 10])
        let byLine = Dictionary(grouping: outcome.issues, by: \.line)
        #expect(byLine[3]?.first?.column == "nip")
        #expect(byLine[3]?.first?.value == "19750315200003100")
        #expect(byLine[3]?.first?.reason.contains("18 digits") == true)
        #expect(byLine[4]?.map(\.column) == ["nama"])
        #expect(byLine[5]?.first?.value == "31-02-1975")
        #expect(Set(byLine[6]?.map(\.column) ?? []) == ["tanggal_lahir", "jenis_kelamin"])
        #expect(Set(byLine[7]?.map(\.column) ?? []) == ["golongan", "pendidikan"])
        #expect(byLine[8]?.first?.reason.contains("first on line 2") == true)
        #expect(byLine[10]?.first?.value == "extra")
    }

    @Test func missingRequiredColumnIsAFileError() {
        #expect(throws: SheetError.missingColumns(["nama"])) {
            try EmployeeSheet.read(CSVTable(text: "nip;golongan\n197503152000031002;IV/a\n"))
        }
    }

    @Test func duplicateColumnIsAFileError() {
        #expect(throws: SheetError.duplicateColumn("NIP Baru")) {
            try EmployeeSheet.read(CSVTable(text: "nip;nama;NIP Baru\n1;2;3\n"))
        }
    }

    @Test func unknownColumnsAreReportedNotUsed() throws {
        let outcome = try EmployeeSheet.read(CSVTable(text: "nip,nama,hobi\n197503152000031002,Ani,catur\n"))
        #expect(outcome.ignoredColumns == ["hobi"])
        #expect(outcome.accepted.count == 1)
    }

    @Test func sanctionNeedsItsDate() throws {
        let outcome = try EmployeeSheet.read(CSVTable(text:
            "nip;nama;hukuman_disiplin;tmt_hukuman\n197503152000031002;Ani;sedang;\n197503152000031003;Budi;ringan;01-02-2024\n"))
        #expect(outcome.issues.map(\.column) == ["tmt_hukuman"])
        #expect(outcome.accepted.first?.record.sanction == DisciplinaryRecord(level: .ringan, date: CivilDate(year: 2024, month: 2, day: 1)!))
    }
}
