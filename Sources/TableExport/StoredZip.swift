/// A ZIP archive of stored (uncompressed) entries, written byte-deterministically.
///
/// Layout (PKWARE APPNOTE 6.3, section 4.3): for each entry a local file header and the data, then one
/// central directory header per entry, then the end of central directory record. Every entry is stored
/// (method 0) with its CRC-32, no extra fields, no data descriptor, and the fixed DOS time
/// 1980-01-01 00:00:00, so the same entries always give the same bytes. Names are ASCII paths with `/`.
///
/// No ZIP64: the archive must stay below 4 GiB and 65,535 entries (a precondition).
struct StoredZip {
    private var bytes: [UInt8] = []
    private var centralDirectory: [UInt8] = []
    private var count = 0

    /// 1980-01-01 as a DOS date: (year − 1980) << 9 | month << 5 | day.
    private static let dosDate: UInt16 = 0 << 9 | 1 << 5 | 1
    private static let dosTime: UInt16 = 0
    /// 2.0: the version that reads stored entries and folders.
    private static let version: UInt16 = 20

    mutating func add(path: String, contents: [UInt8]) {
        let name = Array(path.utf8)
        let crc = CRC32.checksum(contents)
        let offset = bytes.count
        precondition(offset + contents.count < Int(UInt32.max) && count < Int(UInt16.max), "ZIP64 is not supported")
        let size = UInt32(contents.count)

        bytes.append(le32: 0x0403_4B50)
        bytes.append(le16: Self.version)
        bytes.append(le16: 0)  // flags
        bytes.append(le16: 0)  // method: stored
        bytes.append(le16: Self.dosTime)
        bytes.append(le16: Self.dosDate)
        bytes.append(le32: crc)
        bytes.append(le32: size)  // compressed
        bytes.append(le32: size)  // uncompressed
        bytes.append(le16: UInt16(name.count))
        bytes.append(le16: 0)  // extra field length
        bytes += name
        bytes += contents

        centralDirectory.append(le32: 0x0201_4B50)
        centralDirectory.append(le16: Self.version)  // made by: MS-DOS, 2.0
        centralDirectory.append(le16: Self.version)  // needed to extract
        centralDirectory.append(le16: 0)
        centralDirectory.append(le16: 0)
        centralDirectory.append(le16: Self.dosTime)
        centralDirectory.append(le16: Self.dosDate)
        centralDirectory.append(le32: crc)
        centralDirectory.append(le32: size)
        centralDirectory.append(le32: size)
        centralDirectory.append(le16: UInt16(name.count))
        centralDirectory.append(le16: 0)  // extra field length
        centralDirectory.append(le16: 0)  // comment length
        centralDirectory.append(le16: 0)  // disk number start
        centralDirectory.append(le16: 0)  // internal attributes
        centralDirectory.append(le32: 0)  // external attributes
        centralDirectory.append(le32: UInt32(offset))
        centralDirectory += name
        count += 1
    }

    /// The finished archive: the entries, the central directory and the end record.
    func finished() -> [UInt8] {
        precondition(bytes.count + centralDirectory.count < Int(UInt32.max), "ZIP64 is not supported")
        var archive = bytes + centralDirectory
        archive.append(le32: 0x0605_4B50)
        archive.append(le16: 0)  // this disk
        archive.append(le16: 0)  // disk with the central directory
        archive.append(le16: UInt16(count))
        archive.append(le16: UInt16(count))
        archive.append(le32: UInt32(centralDirectory.count))
        archive.append(le32: UInt32(bytes.count))
        archive.append(le16: 0)  // comment length
        return archive
    }
}

extension [UInt8] {
    fileprivate mutating func append(le16 value: UInt16) {
        append(UInt8(truncatingIfNeeded: value))
        append(UInt8(truncatingIfNeeded: value >> 8))
    }

    fileprivate mutating func append(le32 value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }
}
