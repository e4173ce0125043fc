import Foundation
import Testing
import TableExport

@Suite("CSV export (RFC 4180, UTF-8 with BOM, CRLF)")
struct CSVExportTests {
    private func text(_ data: Data) -> String {
        String(decoding: data.dropFirst(3), as: UTF8.self)
    }

    @Test func startsWithTheByteOrderMarkAndEndsRecordsWithCRLF() {
        // setup
        let table = ExportTable(name: "x", columns: ["a", "b"], rows: [[.text("1"), .text("2")]])
        // MUT
        let data = CSVExport.data(table)
        // validate
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(text(data) == "a,b\r\n1,2\r\n")
    }

    @Test func quotesFieldsWithCommaQuoteCarriageReturnOrLineFeed() {
        // setup
        let table = ExportTable(
            name: "x", columns: ["v"],
            rows: [[.text("Siti Rahmawati, S.E.")], [.text("Ahmad \"Ucok\" Siregar")], [.text("baris\r\nkedua")],
                   [.text("a\rb")], [.text("a\nb")], [.text("tanpa kutip; titik koma")], [.text(" spasi ")]]
        )
        // MUT
        let csv = text(CSVExport.data(table))
        // validate
        #expect(csv == """
            v\r
            "Siti Rahmawati, S.E."\r
            "Ahmad ""Ucok"" Siregar"\r
            "baris\r
            kedua"\r
            "a\rb"\r
            "a
            b"\r
            tanpa kutip; titik koma\r
             spasi \r

            """)
    }

    @Test func numbersUseThePointAndShortestRoundTripDigits() {
        // setup
        let table = ExportTable(
            name: "x", columns: ["JPM", "n", "big"],
            rows: [[.number(82.5), .integer(9), .number(1e21)], [.number(0.1 + 0.2), .integer(-3), .number(1)],
                   [.number(.nan), .integer(0), .number(-.infinity)]]
        )
        // MUT
        let csv = text(CSVExport.data(table))
        // validate
        #expect(csv == "JPM,n,big\r\n82.5,9,1e+21\r\n0.30000000000000004,-3,1\r\n,0,\r\n")
    }

    @Test func indonesianTextIsUTF8() {
        // setup
        let table = ExportTable(
            name: "x", columns: ["Unit Kerja", "Kategori"],
            rows: [[.text("Dinas Pekerjaan Umum dan Penataan Ruang"), .text("Sangat Baik")],
                   [.text("Badan Kesatuan Bangsa dan Politik — Bidang Ketahanan"), .text("Perlu Pengembangan ✓")]]
        )
        // MUT
        let data = CSVExport.data(table)
        // validate
        let expected = "Unit Kerja,Kategori\r\n"
            + "Dinas Pekerjaan Umum dan Penataan Ruang,Sangat Baik\r\n"
            + "Badan Kesatuan Bangsa dan Politik — Bidang Ketahanan,Perlu Pengembangan ✓\r\n"
        #expect(Array(data) == [0xEF, 0xBB, 0xBF] + Array(expected.utf8))
        #expect(data.firstRange(of: Data([0xE2, 0x80, 0x94])) != nil)  // the em dash, UTF-8 encoded
    }

    @Test func emptyCellsAndShortRowsArePaddedToTheTableWidth() {
        // setup
        let table = ExportTable(name: "x", columns: ["a", "b", "c"],
                                rows: [[.text("1")], [.empty, .text("2"), .empty], [.text(""), .empty, .empty, .text("extra")]])
        // MUT
        let csv = text(CSVExport.data(table))
        // validate
        #expect(csv == "a,b,c,\r\n1,,,\r\n,2,,\r\n,,,extra\r\n")
    }

    @Test func aSingleEmptyFieldIsNotABlankLine() {
        // setup
        let table = ExportTable(name: "x", columns: ["Catatan"], rows: [[.text("ada")], [.empty], []])
        // MUT
        let csv = text(CSVExport.data(table))
        // validate
        #expect(csv == "Catatan\r\nada\r\n\"\"\r\n\"\"\r\n")
    }

    @Test func anEmptyTableIsTheByteOrderMarkAlone() {
        #expect(Array(CSVExport.data(ExportTable(name: "", columns: [], rows: []))) == [0xEF, 0xBB, 0xBF])
    }

    @Test func theMockTable() {
        // MUT
        let csv = text(CSVExport.data(.mock))
        // validate
        #expect(csv == """
            NIP,Nama,Unit Kerja,JPM (%),Kategori,Kotak Nine-Box,Peringkat\r
            198703152010011002,"Siti Rahmawati, S.E.",Dinas Pekerjaan Umum dan Penataan Ruang,82.5,Sangat Baik,9,1\r
            199001012015031004,"Ahmad ""Ucok"" Siregar",Badan Kepegawaian & Pengembangan SDM,68.25,Baik,5,2\r
            198512302009122001,Dewi Lestari,"Sekretariat Daerah
            Bagian Umum",0.30000000000000004,Cukup,,3\r

            """)
    }

    @Test func sameTableSameBytes() {
        #expect(CSVExport.data(.mock) == CSVExport.data(.mock))
    }
}
