import Foundation

extension UUID {
    /// A version-7 UUID (RFC 9562): 48 bits of Unix time in milliseconds, then random bits. Rows keyed by
    /// it are inserted at the end of their primary-key index instead of at random places in it, so a commit
    /// of many rows (the group commit's events) touches the index's last pages rather than pages all over it.
    static func timeOrdered(at seconds: Double) -> UUID {
        let milliseconds = UInt64(max(0, seconds * 1000)) & 0xFFFF_FFFF_FFFF
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<6 { bytes[index] = UInt8(truncatingIfNeeded: milliseconds >> (8 * (5 - index))) }
        // Two draws, not ten: each draw from the system generator is a system call.
        var random = UInt64.random(in: 0 ... .max)
        for index in 6..<14 {
            bytes[index] = UInt8(truncatingIfNeeded: random)
            random >>= 8
        }
        let last = UInt16.random(in: 0 ... .max)
        bytes[14] = UInt8(truncatingIfNeeded: last)
        bytes[15] = UInt8(truncatingIfNeeded: last >> 8)
        bytes[6] = 0x70 | (bytes[6] & 0x0F)  // version 7
        bytes[8] = 0x80 | (bytes[8] & 0x3F)  // variant 10
        return UUID(uuid: (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                           bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}

extension UUID {
    /// Parses the canonical text form (`8-4-4-4-12` hexadecimal digits, either case), as `UUID(uuidString:)`
    /// does, without its `sscanf`: the gate parses one from every participant's cookie and the group commit
    /// one from every row its `UPDATE … RETURNING id` gives back.
    init?(canonical text: some StringProtocol) {
        var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let parsed: Bool = withUnsafeMutableBytes(of: &bytes) { out in
            var utf8 = text.utf8.makeIterator()
            var written = 0
            var position = 0
            while written < 16 {
                guard let high = utf8.next() else { return false }
                if position == 8 || position == 13 || position == 18 || position == 23 {
                    guard high == UInt8(ascii: "-") else { return false }
                    position += 1
                    continue
                }
                guard let low = utf8.next(), let h = Self.nibble(high), let l = Self.nibble(low) else { return false }
                out[written] = h << 4 | l
                written += 1
                position += 2
            }
            return utf8.next() == nil
        }
        guard parsed else { return nil }
        self.init(uuid: bytes)
    }

    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
