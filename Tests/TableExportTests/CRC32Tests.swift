import Testing
@testable import TableExport

@Suite("CRC-32 as ZIP computes it")
struct CRC32Tests {
    @Test func checkValue() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    }

    @Test func knownVectors() {
        #expect(CRC32.checksum([UInt8]()) == 0)
        #expect(CRC32.checksum(Array("a".utf8)) == 0xE8B7_BE43)
        #expect(CRC32.checksum(Array("abc".utf8)) == 0x3524_41C2)
        #expect(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)) == 0x414F_A339)
        #expect(CRC32.checksum([UInt8](repeating: 0, count: 32)) == 0x190A_55AD)
    }

    @Test func agreesWithTheBitwiseReference() {
        // setup
        let bytes = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }
        // MUT
        let crc = CRC32.checksum(bytes)
        // validate
        #expect(crc == ZipReader.crc32(bytes))
    }
}
