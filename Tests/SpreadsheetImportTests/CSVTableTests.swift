import Testing
@testable import SpreadsheetImport

@Suite("Reading spreadsheet exports")
struct CSVTableTests {
    @Test func commaSeparated() throws {
        let table = try CSVTable(text: "nip,nama\n1,Ani\n2,Budi\n")
        #expect(table.separator == ",")
        #expect(table.header == ["nip", "nama"])
        #expect(table.rows.map(\.cells) == [["1", "Ani"], ["2", "Budi"]])
        #expect(table.rows.map(\.line) == [2, 3])
    }

    @Test func semicolonSeparatedWithCommasInCells() throws {
        let table = try CSVTable(text: "nip;nama\r\n1;Ahmad, S.Sos.\r\n")
        #expect(table.separator == ";")
        #expect(table.rows[0].cells == ["1", "Ahmad, S.Sos."])
    }

    @Test func byteOrderMarkIsSkipped() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("nip;nama\n1;Ani\n".utf8)
        let table = try CSVTable(bytes: bytes)
        #expect(table.header == ["nip", "nama"])
        #expect(table.notes.isEmpty)
    }

    @Test func quotedFieldsWithSeparatorsQuotesAndLineBreaks() throws {
        let text = "a;b;c\n\"x;y\";\"say \"\"hi\"\"\";\"two\nlines\"\nlast;row;here\n"
        let table = try CSVTable(text: text)
        #expect(table.rows[0].cells == ["x;y", "say \"hi\"", "two\nlines"])
        #expect(table.rows[0].line == 2)
        #expect(table.rows[1].line == 4)
    }

    @Test func blankRowsAreSkippedButLinesStillCount() throws {
        let table = try CSVTable(text: "a,b\n1,2\n\n,\n3,4")
        #expect(table.rows.map(\.cells) == [["1", "2"], ["3", "4"]])
        #expect(table.rows.map(\.line) == [2, 5])
    }

    @Test func windows1252FallbackForPlainExcelCSV() throws {
        // "Pé" with é as 0xE9 in Windows-1252: not valid UTF-8.
        let table = try CSVTable(bytes: Array("nama\n".utf8) + [0x50, 0xE9, 0x0A])
        #expect(table.rows[0].cells == ["Pé"])
        #expect(table.notes == ["file is not valid UTF-8; read as Windows-1252"])
    }

    @Test func unterminatedQuoteNamesItsLine() {
        #expect(throws: CSVError.unterminatedQuote(line: 3)) {
            try CSVTable(text: "a,b\n1,2\n\"open,3\n4,5\n")
        }
    }

    @Test func emptyFile() {
        #expect(throws: CSVError.empty) { try CSVTable(text: "") }
        #expect(throws: CSVError.empty) { try CSVTable(bytes: [0xEF, 0xBB, 0xBF]) }
        #expect(throws: CSVError.empty) { try CSVTable(text: ";;\n") }
    }

    @Test func tabSeparated() throws {
        let table = try CSVTable(text: "nip\tnama\n1\tAni\n")
        #expect(table.separator == "\t")
        #expect(table.rows[0].cells == ["1", "Ani"])
    }
}
