import Testing
@testable import TableExport

@Suite("ZIP container of stored entries")
struct StoredZipTests {
    @Test func entriesReadBackWithTheirNamesAndBytes() throws {
        // setup
        var zip = StoredZip()
        zip.add(path: "a.txt", contents: Array("Sangat Baik".utf8))
        zip.add(path: "dir/empty", contents: [])
        zip.add(path: "dir/bytes.bin", contents: (0...255).map(UInt8.init))
        // MUT
        let reader = try ZipReader(zip.finished())
        // validate
        #expect(reader.entries.map(\.name) == ["a.txt", "dir/empty", "dir/bytes.bin"])
        #expect(reader["a.txt"] == Array("Sangat Baik".utf8))
        #expect(reader["dir/empty"] == [])
        #expect(reader["dir/bytes.bin"] == (0...255).map(UInt8.init))
    }

    @Test func anEmptyArchiveIsTheEndRecordAlone() throws {
        // MUT
        let bytes = StoredZip().finished()
        // validate
        #expect(bytes == [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18))
        #expect(try ZipReader(bytes).entries.isEmpty)
    }

    @Test func theFirstLocalHeaderByteForByte() {
        // setup
        var zip = StoredZip()
        zip.add(path: "x", contents: Array("123456789".utf8))
        // MUT
        let bytes = zip.finished()
        // validate: signature, version 2.0, no flags, stored, 00:00, 1980-01-01, CRC, sizes, name length 1
        #expect(Array(bytes.prefix(30)) == [
            0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0x21, 0,
            0x26, 0x39, 0xF4, 0xCB, 9, 0, 0, 0, 9, 0, 0, 0, 1, 0, 0, 0,
        ])
    }

    @Test func theReaderRejectsACorruptedArchive() throws {
        // setup
        var zip = StoredZip()
        zip.add(path: "a.xml", contents: Array("<a/>".utf8))
        let good = zip.finished()
        var flipped = good
        flipped[30 + 5] ^= 0x01  // the first data byte, after the 30-byte header and the 5-byte name
        // MUT / validate
        let error = #expect(throws: ZipReader.Failure.self) { try ZipReader(flipped) }
        #expect(error.map { if case .crcMismatch(name: "a.xml", _, _) = $0 { true } else { false } } == true)
        #expect(throws: ZipReader.Failure.self) { try ZipReader(Array(good.dropLast())) }
        #expect(throws: ZipReader.Failure.self) { try ZipReader(Array(good.dropFirst())) }
    }
}
