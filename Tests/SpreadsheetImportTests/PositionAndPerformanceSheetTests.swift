import Testing
@testable import SpreadsheetImport
@testable import TalentDomain

@Suite("Position and performance sheets")
struct PositionAndPerformanceSheetTests {
    @Test func positionsCarryTheirStandard() throws {
        let text = """
            kode,nama,unit_kerja,kelas,golongan_minimal,M.01,SK.01,T.KES.01,kritikal,pemangku_nip,tmt_pelantikan
            SRG-DINKES,Kepala Dinas Kesehatan,DINKES,JPT Pratama,IV/a,5,,4,ya,197503152000031002,02-01-2021
            SRG-ASS1,Asisten Pemerintahan,SETDA,JPT Pratama,,,,,,,
            """
        let outcome = try PositionSheet.read(CSVTable(text: text))
        #expect(outcome.issues.isEmpty)
        let dinkes = outcome.accepted[0].record
        #expect(dinkes.standard.level(.integritas) == 5)
        #expect(dinkes.standard.level(.perekatBangsa) == 4)
        #expect(dinkes.standard.technical == ["T.KES.01": 4])
        #expect(dinkes.isCritical)
        #expect(dinkes.rankFloor == Golongan(parsing: "IV/a"))
        #expect(dinkes.holderNIP?.value == "197503152000031002")
        #expect(outcome.accepted[1].record.standard == CompetencyStandard(jobClass: .jptPratama))
    }

    @Test func badPositionRows() throws {
        let text = """
            kode;nama;unit_kerja;kelas;M.03;kritikal;tmt_pelantikan
            A;Post A;U1;Direktur;;;
            B;Post B;U1;JPT Pratama;6;mungkin;
            C;Post C;U1;JPT Pratama;;;01-01-2020
            A;Post A again;U1;JPT Pratama;;;
            D;Post D;U1;JPT Pratama;3;tidak;
            """
        let outcome = try PositionSheet.read(CSVTable(text: text))
        #expect(outcome.accepted.map(\.record.code) == ["A", "D"])
        let byLine = Dictionary(grouping: outcome.issues, by: \.line)
        #expect(byLine[2]?.map(\.column) == ["kelas"])
        #expect(Set(byLine[3]?.map(\.column) ?? []) == ["M.03", "kritikal"])
        #expect(byLine[4]?.map(\.column) == ["tmt_pelantikan"])
        // Line 2 was rejected, so the code A on line 5 is not a duplicate of an accepted row.
        #expect(byLine[5] == nil)
        #expect(outcome.accepted[0].line == 5)
    }

    @Test func performanceRows() throws {
        let text = """
            nip;tahun;predikat
            197503152000031002;2024;Baik
            197503152000031002;2025;SANGAT BAIK
            197503152000031002;2025;Baik
            197503152000031002;24;Baik
            197503152000031003;2025;Cukup
            """
        let outcome = try PerformanceSheet.read(CSVTable(text: text))
        #expect(outcome.accepted.map(\.record.predikat) == [.baik, .sangatBaik])
        #expect(outcome.issues.map(\.line) == [4, 5, 6])
        #expect(outcome.issues[0].reason.contains("first on line 3"))
        #expect(outcome.issues[1].column == "tahun")
        #expect(outcome.issues[2].column == "predikat")
    }
}
