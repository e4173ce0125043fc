import Foundation
import Testing
import TableExport

@Suite("XLSX export: a SpreadsheetML package in a hand-written ZIP")
struct XLSXExportTests {
    static let parts = [
        "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
    ]

    /// The archive read back, failing the test on any ZIP inconsistency.
    private func archive(_ tables: [ExportTable]) throws -> ZipReader {
        try ZipReader(Array(XLSXExport.data(tables)))
    }

    /// The cells of a worksheet by reference (`"A1"`).
    private func cells(_ zip: ZipReader, sheet: Int = 1) throws -> [String: XMLTree] {
        let worksheet = try XMLTree(try #require(zip["xl/worksheets/sheet\(sheet).xml"]))
        return Dictionary(uniqueKeysWithValues: worksheet.descendants("c").map { ($0.attributes["r"]!, $0) })
    }

    /// The text of an inline-string cell.
    private func inlineText(_ cell: XMLTree?) -> String? {
        cell?.child("is")?.child("t")?.text
    }

    @Test func thePackageHoldsThePartsInOrderAsStoredEntriesDatedNineteenEighty() throws {
        // MUT
        let zip = try archive([.mock, .mockVacancies])
        // validate
        #expect(zip.entries.map(\.name) == Self.parts + ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
        for entry in zip.entries {
            #expect(entry.method == 0)
            #expect(entry.dosDate == 0x0021 && entry.dosTime == 0, "\(entry.name)")
        }
    }

    @Test func everyPartIsWellFormedXML() throws {
        // setup
        let hostile = ExportTable(name: "<&>\"'", columns: ["<a>", "b&c"],
                                  rows: [[.text("]]> </t> <!-- \u{0}\u{1}\u{B}\u{1F}\u{FFFE}"), .text("\"'&amp;")]])
        // MUT
        let zip = try archive([.mock, .mockVacancies, hostile])
        // validate
        for entry in zip.entries {
            #expect(throws: Never.self, "\(entry.name)") { try XMLTree(entry.data) }
            #expect(String(decoding: entry.data.prefix(5), as: UTF8.self) == "<?xml")
        }
    }

    @Test func everyRelationshipAndContentTypePointsAtAPart() throws {
        // setup
        let zip = try archive([.mock, .mockVacancies])
        let names = Set(zip.entries.map(\.name))
        // MUT
        let types = try XMLTree(try #require(zip["[Content_Types].xml"]))
        let root = try XMLTree(try #require(zip["_rels/.rels"]))
        let workbook = try XMLTree(try #require(zip["xl/workbook.xml"]))
        let workbookRels = try XMLTree(try #require(zip["xl/_rels/workbook.xml.rels"]))
        // validate
        let overridden = types.children("Override").compactMap { $0.attributes["PartName"] }
        let defaults = types.children("Default").compactMap { $0.attributes["Extension"] }
        #expect(Set(overridden.map { String($0.dropFirst()) }) == names.filter { $0.hasPrefix("xl/") && !$0.hasSuffix(".rels") })
        #expect(defaults == ["rels", "xml"])
        #expect(root.children("Relationship").map { $0.attributes["Target"] } == ["xl/workbook.xml"])
        let targets = Dictionary(uniqueKeysWithValues: workbookRels.children("Relationship").map {
            ($0.attributes["Id"]!, "xl/" + $0.attributes["Target"]!)
        })
        #expect(Set(targets.values).isSubset(of: names))
        #expect(targets.values.contains("xl/styles.xml"))
        let sheets = try #require(workbook.child("sheets")).children("sheet")
        #expect(sheets.map { targets[$0.attributes["r:id"] ?? ""] } == ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml"])
        #expect(sheets.map { $0.attributes["sheetId"] } == ["1", "2"])
    }

    @Test func nipStaysTextAndScoresAreNumbers() throws {
        // MUT
        let cells = try cells(try archive([.mock]))
        // validate
        #expect(cells["A2"]?.attributes["t"] == "inlineStr")
        #expect(inlineText(cells["A2"]) == "198703152010011002")
        #expect(cells["A2"]?.child("v") == nil)
        #expect(cells["D2"]?.attributes["t"] == nil)
        #expect(cells["D2"]?.child("v")?.text == "82.5")
        #expect(cells["D4"]?.child("v")?.text == "0.30000000000000004")
        #expect(cells["F2"]?.attributes["t"] == nil)
        #expect(cells["F2"]?.child("v")?.text == "9")
        #expect(inlineText(cells["C2"]) == "Dinas Pekerjaan Umum dan Penataan Ruang")
        #expect(inlineText(cells["E2"]) == "Sangat Baik")
        #expect(inlineText(cells["C4"]) == "Sekretariat Daerah\nBagian Umum")
    }

    @Test func emptyCellsAndNonFiniteNumbersAreOmitted() throws {
        // setup
        let table = ExportTable(name: "x", columns: ["a", "", "c"],
                                rows: [[.empty, .number(.nan), .number(.infinity)], [.text(""), .integer(0), .empty]])
        // MUT
        let cells = try cells(try archive([table]))
        // validate
        #expect(cells.keys.sorted() == ["A1", "B3", "C1"])
        #expect(cells["B3"]?.child("v")?.text == "0")
    }

    @Test func theHeaderRowIsBoldAndFrozen() throws {
        // setup
        let zip = try archive([.mock])
        let worksheet = try XMLTree(try #require(zip["xl/worksheets/sheet1.xml"]))
        let styles = try XMLTree(try #require(zip["xl/styles.xml"]))
        let cells = try cells(zip)
        // MUT
        let headerStyles = Set((0..<7).map { cells["\(UnicodeScalar(UInt8(65 + $0)))1"]?.attributes["s"] })
        // validate
        #expect(headerStyles == ["1"])
        let formats = try #require(styles.child("cellXfs")).children("xf")
        let fonts = try #require(styles.child("fonts")).children("font")
        let headerFont = Int(try #require(formats[1].attributes["fontId"]))!
        #expect(fonts[headerFont].child("b") != nil)
        #expect(cells["B2"]?.attributes["s"] == "2")
        #expect(formats[2].attributes["numFmtId"] == "49")  // text cells keep the text format "@"
        let pane = try #require(worksheet.descendants("pane").first)
        #expect(pane.attributes["ySplit"] == "1")
        #expect(pane.attributes["topLeftCell"] == "A2")
        #expect(pane.attributes["state"] == "frozen")
        #expect(try #require(worksheet.child("dimension")).attributes["ref"] == "A1:G4")
    }

    @Test func columnWidthsFollowTheLongestLine() throws {
        // setup
        let worksheet = try XMLTree(try #require(try archive([.mock])["xl/worksheets/sheet1.xml"]))
        // MUT
        let widths = try #require(worksheet.child("cols")).children("col").map { $0.attributes["width"] }
        // validate: NIP 18+2, names, unit kerja 39+2, JPM 11 digits at most, short columns at least 8
        #expect(widths == ["20", "22", "41", "13", "13", "16", "11"])
    }

    @Test func textIsEscapedAndCleanedButReadsBackTheSame() throws {
        // setup
        let table = ExportTable(
            name: "x", columns: ["t"],
            rows: [[.text("Badan Kepegawaian & Pengembangan SDM")], [.text("Ahmad \"Ucok\" <Siregar>")],
                   [.text("bel\u{7}\u{0}lonceng\u{1B}")], [.text("kode _x0041_ tetap")], [.text("  spasi  ")],
                   [.text("baris\r\nkedua\rketiga")], [.text("🇮🇩 Jakarta")]]
        )
        // MUT
        let zip = try archive([table])
        let raw = String(decoding: try #require(zip["xl/worksheets/sheet1.xml"]), as: UTF8.self)
        let cells = try cells(zip)
        // validate
        #expect(raw.contains("Badan Kepegawaian &amp; Pengembangan SDM"))
        #expect(raw.contains("Ahmad &quot;Ucok&quot; &lt;Siregar&gt;"))
        #expect(raw.contains("kode _x005F_x0041_ tetap"))
        #expect(raw.contains(#"<t xml:space="preserve">  spasi  </t>"#))
        #expect(inlineText(cells["A2"]) == "Badan Kepegawaian & Pengembangan SDM")
        #expect(inlineText(cells["A3"]) == "Ahmad \"Ucok\" <Siregar>")
        #expect(inlineText(cells["A4"]) == "bellonceng")
        #expect(inlineText(cells["A6"]) == "  spasi  ")
        #expect(inlineText(cells["A7"]) == "baris\nkedua\nketiga")
        #expect(inlineText(cells["A8"]) == "🇮🇩 Jakarta")
    }

    @Test func sheetNamesAreMadeValidAndDistinct() throws {
        // setup
        func named(_ name: String) -> ExportTable { ExportTable(name: name, columns: ["a"], rows: []) }
        let tables = [
            ExportTable.mock, .mockVacancies, named("hasil pemetaan"), named("History"), named(" :?* "),
            named("Rekapitulasi Hasil Pemetaan Kompetensi Pejabat 2025"), named("Rekapitulasi Hasil Pemetaan Kompetensi"),
            named("'Kutip'"), named("A&B <C>"),
        ]
        // MUT
        let workbook = try XMLTree(try #require(try archive(tables)["xl/workbook.xml"]))
        let names = try #require(workbook.child("sheets")).children("sheet").map { $0.attributes["name"] ?? "" }
        // validate
        #expect(names == [
            "Hasil Pemetaan", "Formasi-Jabatan -2025-", "hasil pemetaan (2)", "History (2)", "---",
            "Rekapitulasi Hasil Pemetaan Kom", "Rekapitulasi Hasil Pemetaan (2)", "Kutip", "A&B <C>",
        ])
        #expect(names.allSatisfy { $0.utf16.count <= 31 && !$0.contains(where: "[]:*?/\\".contains) })
        #expect(Set(names.map { $0.lowercased() }).count == names.count)
    }

    @Test func onlyTheFirstSheetIsSelected() throws {
        // setup
        let zip = try archive([.mock, .mockVacancies])
        // MUT
        let selected = try (1...2).map { number in
            try XMLTree(try #require(zip["xl/worksheets/sheet\(number).xml"])).descendants("sheetView").first?.attributes["tabSelected"]
        }
        // validate
        #expect(selected == ["1", nil])
    }

    @Test func noTablesGiveOneEmptySheet() throws {
        // MUT
        let zip = try archive([])
        // validate
        #expect(zip.entries.map(\.name) == Self.parts + ["xl/worksheets/sheet1.xml"])
        let workbook = try XMLTree(try #require(zip["xl/workbook.xml"]))
        #expect(workbook.descendants("sheet").map { $0.attributes["name"] } == ["Sheet1"])
        #expect(try cells(zip).isEmpty)
    }

    @Test func sameTablesSameBytes() {
        // MUT
        let first = XLSXExport.data([.mock, .mockVacancies])
        let second = XLSXExport.data([.mock, .mockVacancies])
        // validate
        #expect(first == second)
        #expect(first != XLSXExport.data([.mockVacancies, .mock]))
    }

    @Test func aLargeTableStaysConsistent() throws {
        // setup: 5,000 rows × 7 columns
        let rows = (0..<5_000).map { index -> [ExportCell] in
            [.text(String(198_000_000_000_000_000 + index)), .text("Pegawai \(index)"), .text("Dinas \(index % 40)"),
             .number(Double(index % 1000) / 10), .text(index % 3 == 0 ? "Baik" : "Cukup"), .integer(index % 9 + 1),
             .integer(index + 1)]
        }
        let table = ExportTable(name: "Semua", columns: ExportTable.mock.columns, rows: rows)
        // MUT
        let zip = try archive([table])
        // validate
        let cells = try cells(zip)
        #expect(cells.count == 7 * 5_001)
        #expect(inlineText(cells["A5001"]) == "198000000000004999")
        #expect(cells["G5001"]?.child("v")?.text == "5000")
    }
}
