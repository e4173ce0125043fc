import Foundation

/// A strict reader for the ZIP archives the exporter writes, written independently of it: it walks the
/// local headers, then the central directory, then the end record, and checks that they agree with each
/// other, that every CRC-32 (computed bit by bit here, not with the exporter's table) and size is right,
/// and that nothing is left over.
struct ZipReader {
    struct Entry: Equatable {
        let name: String
        let data: [UInt8]
        let method: UInt16
        let dosTime: UInt16
        let dosDate: UInt16
    }

    enum Failure: Error, Equatable {
        case truncated(at: Int)
        case badSignature(at: Int, found: UInt32)
        case compressed(name: String, method: UInt16)
        case sizeMismatch(name: String, compressed: UInt32, uncompressed: UInt32)
        case crcMismatch(name: String, stored: UInt32, computed: UInt32)
        case centralDirectoryDisagrees(name: String, field: String)
        case countMismatch(local: Int, central: Int, endRecord: Int)
        case trailingBytes(at: Int)
    }

    let entries: [Entry]

    subscript(name: String) -> [UInt8]? { entries.first { $0.name == name }?.data }

    init(_ archive: [UInt8]) throws(Failure) {
        var reader = Bytes(archive)
        // The end record: 22 bytes, no comment, so it is at the very end.
        let endOffset = archive.count - 22
        reader.offset = endOffset
        try reader.expect(0x0605_4B50)
        _ = try reader.u16()  // this disk
        _ = try reader.u16()  // disk with the central directory
        let entriesOnDisk = Int(try reader.u16())
        let totalEntries = Int(try reader.u16())
        let directorySize = Int(try reader.u32())
        let directoryOffset = Int(try reader.u32())
        guard try reader.u16() == 0, entriesOnDisk == totalEntries else { throw .trailingBytes(at: endOffset) }
        guard directoryOffset + directorySize == endOffset else { throw .trailingBytes(at: directoryOffset + directorySize) }

        // Local headers, one after another, up to the central directory.
        struct Local { let offset: Int; let crc: UInt32; let size: UInt32; let entry: Entry }
        var locals: [Local] = []
        reader.offset = 0
        while reader.offset < directoryOffset {
            let offset = reader.offset
            try reader.expect(0x0403_4B50)
            _ = try reader.u16()  // version needed
            let flags = try reader.u16()
            let method = try reader.u16()
            let time = try reader.u16()
            let date = try reader.u16()
            let crc = try reader.u32()
            let compressed = try reader.u32()
            let uncompressed = try reader.u32()
            let nameLength = Int(try reader.u16())
            let extraLength = Int(try reader.u16())
            let name = String(decoding: try reader.take(nameLength), as: UTF8.self)
            _ = try reader.take(extraLength)
            guard method == 0, flags & 0x8 == 0 else { throw .compressed(name: name, method: method) }
            guard compressed == uncompressed else {
                throw .sizeMismatch(name: name, compressed: compressed, uncompressed: uncompressed)
            }
            let data = try reader.take(Int(compressed))
            let computed = ZipReader.crc32(data)
            guard computed == crc else { throw .crcMismatch(name: name, stored: crc, computed: computed) }
            let entry = Entry(name: name, data: data, method: method, dosTime: time, dosDate: date)
            locals.append(Local(offset: offset, crc: crc, size: compressed, entry: entry))
        }
        guard reader.offset == directoryOffset else { throw .trailingBytes(at: reader.offset) }

        // The central directory must describe the same entries, in the same order.
        var centralCount = 0
        while reader.offset < endOffset {
            try reader.expect(0x0201_4B50)
            _ = try reader.u16()  // made by
            _ = try reader.u16()  // needed
            _ = try reader.u16()  // flags
            let method = try reader.u16()
            let time = try reader.u16()
            let date = try reader.u16()
            let crc = try reader.u32()
            let compressed = try reader.u32()
            let uncompressed = try reader.u32()
            let nameLength = Int(try reader.u16())
            let extraLength = Int(try reader.u16())
            let commentLength = Int(try reader.u16())
            _ = try reader.u16()  // disk
            _ = try reader.u16()  // internal attributes
            _ = try reader.u32()  // external attributes
            let localOffset = Int(try reader.u32())
            let name = String(decoding: try reader.take(nameLength), as: UTF8.self)
            _ = try reader.take(extraLength + commentLength)
            guard centralCount < locals.count else { throw .countMismatch(local: locals.count, central: centralCount + 1, endRecord: totalEntries) }
            let local = locals[centralCount]
            let checks: [(String, Bool)] = [
                ("name", name == local.entry.name), ("method", method == local.entry.method),
                ("time", time == local.entry.dosTime), ("date", date == local.entry.dosDate),
                ("crc", crc == local.crc), ("compressed size", compressed == local.size),
                ("uncompressed size", uncompressed == local.size), ("offset", localOffset == local.offset),
            ]
            if let failed = checks.first(where: { !$0.1 }) {
                throw .centralDirectoryDisagrees(name: name, field: failed.0)
            }
            centralCount += 1
        }
        guard reader.offset == endOffset else { throw .trailingBytes(at: reader.offset) }
        guard locals.count == centralCount, centralCount == totalEntries else {
            throw .countMismatch(local: locals.count, central: centralCount, endRecord: totalEntries)
        }
        entries = locals.map(\.entry)
    }

    /// CRC-32 (ISO-HDLC) bit by bit, without a table.
    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = (crc >> 1) ^ (crc & 1 == 0 ? 0 : 0xEDB8_8320) }
        }
        return ~crc
    }

    /// Little-endian reading with bounds checks.
    private struct Bytes {
        let bytes: [UInt8]
        var offset = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        mutating func take(_ count: Int) throws(Failure) -> [UInt8] {
            guard count >= 0, offset >= 0, offset + count <= bytes.count else { throw .truncated(at: offset) }
            defer { offset += count }
            return Array(bytes[offset..<(offset + count)])
        }

        mutating func u16() throws(Failure) -> UInt16 {
            let b = try take(2)
            return UInt16(b[0]) | UInt16(b[1]) << 8
        }

        mutating func u32() throws(Failure) -> UInt32 {
            let b = try take(4)
            return b.reversed().reduce(0) { $0 << 8 | UInt32($1) }
        }

        mutating func expect(_ signature: UInt32) throws(Failure) {
            let start = offset
            let found = try u32()
            guard found == signature else { throw .badSignature(at: start, found: found) }
        }
    }
}
