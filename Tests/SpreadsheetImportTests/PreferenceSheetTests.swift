import Testing
@testable import SpreadsheetImport
@testable import TalentDomain

@Suite("Career preference sheet")
struct PreferenceSheetTests {
    func read(_ text: String) throws -> ImportOutcome<CareerPreferenceRecord> {
        try PreferenceSheet.read(CSVTable(text: text))
    }

    @Test func goodRowsBecomeRecords() throws {
        // setup
        let text = """
            nip;kode_jabatan;urutan
            197503152000031002;SRG-DINKES;1
            197503152000031002;SRG-DISHUB;2
            197503152000031002;SRG-SETDA;3
            198108222006042001;SRG-DINKES;1
            """
        // MUT
        let outcome = try read(text)
        // validate
        #expect(outcome.issues.isEmpty)
        #expect(outcome.accepted.map(\.record.rank) == [1, 2, 3, 1])
        #expect(outcome.accepted[0].record == CareerPreferenceRecord(
            nip: try NIP("197503152000031002"), positionCode: "SRG-DINKES", rank: 1))
        #expect(outcome.accepted[3].line == 5)
    }

    @Test func everyBadCellIsReportedAndGoodRowsAreKept() throws {
        // setup
        let text = """
            nip,kode_jabatan,urutan
            197503152000031002,SRG-DINKES,1
            197503152000031003,SRG-DINKES,0
            197503152000031004,SRG-DINKES,4
            197503152000031005,SRG-DINKES,pertama
            1975031520000310XX,SRG-DINKES,1
            197503152000031006,,1
            197503152000031007,,
            198108222006042001,SRG-DISHUB,2
            """
        // MUT
        let outcome = try read(text)
        // validate
        #expect(outcome.accepted.map(\.line) == [2, 9])
        #expect(outcome.rejectedLines == Array(3...8))
        let byLine = Dictionary(grouping: outcome.issues, by: \.line)
        #expect(byLine[3]?.map(\.column) == ["urutan"])
        #expect(byLine[3]?.first?.value == "0")
        #expect(byLine[3]?.first?.reason.contains("from 1 to 3") == true)
        #expect(byLine[4]?.first?.value == "4")
        #expect(byLine[5]?.first?.value == "pertama")
        #expect(byLine[6]?.map(\.column) == ["nip"])
        #expect(byLine[6]?.first?.value == "1975031520000310XX")
        #expect(byLine[7]?.map(\.column) == ["kode_jabatan"])
        #expect(byLine[7]?.first?.reason == "is required")
        #expect(byLine[8]?.map(\.column) == ["kode_jabatan", "urutan"])
    }

    @Test func aRepeatedRankOrPostIsReportedOnTheLaterRow() throws {
        // setup
        let text = """
            nip;kode_jabatan;urutan
            197503152000031002;SRG-DINKES;1
            197503152000031002;SRG-DISHUB;1
            197503152000031002;srg-dinkes;2
            197503152000031002;SRG-DINKES;1
            197503152000031002;SRG-SETDA;2
            198108222006042001;SRG-DINKES;1
            """
        // MUT
        let outcome = try read(text)
        // validate
        #expect(outcome.accepted.map(\.line) == [2, 6, 7])
        let byLine = Dictionary(grouping: outcome.issues, by: \.line)
        #expect(byLine[3]?.map(\.column) == ["urutan"])
        #expect(byLine[3]?.first?.reason.contains("first on line 2") == true)
        #expect(byLine[4]?.map(\.column) == ["kode_jabatan"])
        #expect(byLine[4]?.first?.value == "srg-dinkes")
        #expect(byLine[4]?.first?.reason.contains("first on line 2") == true)
        #expect(byLine[5]?.map(\.column) == ["urutan", "kode_jabatan"])
        // Lines 3 and 4 were rejected, so rank 2 is still free for line 6.
        #expect(byLine[6] == nil)
    }

    @Test func headerAliases() throws {
        for header in ["NIP;Kode Jabatan;Pilihan", "nip;jabatan;rank", "NIP Baru;Position Code;Prioritas",
                       "nip;position;urutan"] {
            let outcome = try read("\(header)\n197503152000031002;SRG-DINKES;1\n")
            #expect(outcome.issues.isEmpty && outcome.ignoredColumns.isEmpty, "\(header)")
            #expect(outcome.accepted.first?.record.positionCode == "SRG-DINKES", "\(header)")
        }
    }

    @Test func missingRequiredColumnIsAFileError() {
        #expect(throws: SheetError.missingColumns(["urutan"])) {
            try read("nip;kode_jabatan\n197503152000031002;SRG-DINKES\n")
        }
    }
}
