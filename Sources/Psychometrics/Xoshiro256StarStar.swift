/// A seeded, reproducible, fast general-purpose random number generator.
///
/// ```
/// result = rotl(s1 * 5, 7) * 9
/// t = s1 << 17
/// s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 45)
/// ```
///
/// Reference: Blackman & Vigna (2021), "Scrambled linear pseudorandom number
/// generators", ACM Transactions on Mathematical Software 47(4).
public struct Xoshiro256StarStar: RandomNumberGenerator, Sendable, Hashable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Creates a generator whose 256-bit state is filled by SplitMix64 from `seed`.
    /// - Parameter seed: any 64-bit value, including zero.
    public init(seed: UInt64) {
        var mixer = SplitMix64(seed: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
    }

    /// Returns the next 64 random bits.
    /// - Complexity: O(1).
    public mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    private func rotateLeft(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }
}
