/// The CRC-32 that ZIP uses (ISO-HDLC: reflected polynomial `0xEDB88320`, initial value and final XOR
/// `0xFFFFFFFF`).
///
/// ```
/// crc = ~0;  for byte: crc = table[(crc ^ byte) & 0xFF] ^ (crc >> 8);  return ~crc
/// ```
///
/// Check value: `CRC32.checksum(Array("123456789".utf8)) == 0xCBF43926`.
/// - Complexity: O(n), one table look-up per byte.
enum CRC32 {
    static func checksum(_ bytes: some Sequence<UInt8>) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return ~crc
    }

    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 {
            value = value & 1 == 1 ? (value >> 1) ^ 0xEDB8_8320 : value >> 1
        }
        return value
    }
}
