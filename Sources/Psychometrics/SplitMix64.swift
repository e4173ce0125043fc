/// A tiny, fast 64-bit generator, used to seed other generators and to derive seeds.
///
/// ```
/// state += 0x9E3779B97F4A7C15
/// z = (state ^ (state >> 30)) * 0xBF58476D1CE4E5B9
/// z = (z ^ (z >> 27)) * 0x94D049BB133111EB
/// return z ^ (z >> 31)
/// ```
///
/// Reference: Steele, Lea & Flood (2014), "Fast splittable pseudorandom number
/// generators", OOPSLA.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable {
    /// The generator's state; two generators with the same state produce the same stream.
    public var state: UInt64

    /// Creates a generator.
    /// - Parameter seed: any 64-bit value, including zero.
    public init(seed: UInt64) { state = seed }

    /// Returns the next 64 random bits.
    /// - Complexity: O(1).
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.finalize(state)
    }

    /// The SplitMix64 output function, a good 64-bit mixing function on its own.
    /// - Parameter value: the value to mix.
    /// - Returns: a well-scrambled function of `value`.
    /// - Complexity: O(1).
    @inlinable
    public static func finalize(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Derives a child seed from a parent seed and an index, e.g. an attempt seed and the
    /// number of items administered so far.
    ///
    /// ```
    /// derive(seed, i) = finalize(finalize(seed) + (i + 1) * 0x9E3779B97F4A7C15)
    /// ```
    /// - Parameters:
    ///   - seed: the parent seed.
    ///   - index: the child's index.
    /// - Returns: a seed that depends on both inputs and differs for different indices.
    /// - Complexity: O(1).
    public static func derive(_ seed: UInt64, _ index: UInt64) -> UInt64 {
        finalize(finalize(seed) &+ (index &+ 1) &* 0x9E37_79B9_7F4A_7C15)
    }
}
