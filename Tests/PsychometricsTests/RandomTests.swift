import Testing
@testable import Psychometrics

@Suite("Random number generators")
struct RandomTests {
    @Test func splitMixMatchesReferenceOutput() {
        // setup: reference values of SplitMix64 from seed 0 (Vigna's splitmix64.c)
        var rng = SplitMix64(seed: 0)
        // MUT + validate
        #expect(rng.next() == 0xE220_A839_7B1D_CDAF)
        #expect(rng.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func xoshiroIsReproducibleAndSeedSensitive() {
        var a = Xoshiro256StarStar(seed: 42)
        var b = Xoshiro256StarStar(seed: 42)
        var c = Xoshiro256StarStar(seed: 43)
        let first = (0 ..< 10).map { _ in a.next() }
        #expect(first == (0 ..< 10).map { _ in b.next() })
        #expect(first != (0 ..< 10).map { _ in c.next() })
    }

    @Test func derivedSeedsDifferByIndex() {
        let seeds = Set((0 ..< 1000).map { SplitMix64.derive(7, UInt64($0)) })
        #expect(seeds.count == 1000)
        #expect(SplitMix64.derive(7, 3) == SplitMix64.derive(7, 3))
    }

    @Test func standardNormalHasUnitMoments() {
        var rng = Xoshiro256StarStar(seed: 1)
        let draws = (0 ..< 20_000).map { _ in StandardNormal.sample(using: &rng) }
        let mean = draws.reduce(0, +) / Double(draws.count)
        let variance = draws.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(draws.count)
        #expect(abs(mean) < 0.03)
        #expect(abs(variance - 1) < 0.04)
    }
}
