import Crypto
import Foundation

/// Secrets handed to participants (login-card tokens, browser cookies), stored only as SHA-256 hashes.
enum AccessToken {
    /// Token characters without look-alikes (no 0/O, 1/I/L).
    private static let alphabet = Array("ABCDEFGHJKMNPQRSTUVWXYZ23456789")

    /// A login-card token: 8 characters without look-alikes (no 0/O, 1/I/L), easy to type for anyone.
    static func loginToken() -> String {
        var rng = SystemRandomNumberGenerator()
        return String((0..<8).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
    }

    /// A token derived from a label, for the demo only: the same on every machine, so the demo can print it.
    static func demoToken(_ label: String) -> String {
        derived(from: SHA256.hash(data: Data(label.utf8)), count: 8)
    }

    /// `count` token characters derived from the first bytes of `bytes` (a digest).
    static func derived(from bytes: some Sequence<UInt8>, count: Int) -> String {
        String(bytes.prefix(count).map { alphabet[Int($0) % alphabet.count] })
    }

    /// A browser secret: 256 random bits, hex.
    static func secret() -> String {
        var rng = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%016llx", rng.next()) }.joined()
    }

    static func hash(_ secret: String) -> String { sha256Hex(secret) }

    /// Tokens are typed by people: compare without case and spaces.
    static func normalise(_ token: String) -> String {
        token.uppercased().filter { !$0.isWhitespace && $0 != "-" }
    }
}

/// Lower-case hex SHA-256 of the UTF-8 bytes of `text`.
func sha256Hex(_ text: String) -> String {
    sha256Hex(bytes: Data(text.utf8))
}

/// Lower-case hex SHA-256 of raw bytes.
func sha256Hex(bytes: some DataProtocol) -> String {
    let digits = Array("0123456789abcdef".utf8)
    var hex: [UInt8] = []
    hex.reserveCapacity(64)
    for byte in SHA256.hash(data: bytes) {
        hex.append(digits[Int(byte >> 4)])
        hex.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: hex, as: UTF8.self)
}
