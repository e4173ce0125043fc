/// Batch simulation of adaptive tests, for studying a bank and configuration.
///
/// Examinee i gets the seed s_i = SplitMix64.derive(seed, i). Its true θ (when drawn) and its
/// responses come from `Xoshiro256StarStar(seed: SplitMix64.derive(s_i, 0x5EED))`, and each
/// selection step calls the same core as `AdaptiveEngine.next` with attempt seed s_i, so a
/// simulated test is exactly the test the stateless engine would give that examinee. Examinees
/// run in parallel in fixed chunks; results do not depend on thread timing.
public enum AdaptiveSimulation {
    /// The outcome for one simulated examinee.
    public struct Examinee: Sendable, Hashable {
        /// The true ability used to generate responses.
        public var trueTheta: Double
        /// The final EAP estimate.
        public var estimate: AbilityEstimate
        /// The items given, in order (bank indices).
        public var items: [Int]
        /// The responses, in order.
        public var responses: [Int]
        /// Why the test ended.
        public var stopReason: StopReason
        /// The number of items given.
        public var testLength: Int { items.count }
    }

    /// Simulates examinees with abilities drawn from N(0, 1).
    /// - Parameters:
    ///   - bank: the prepared bank.
    ///   - configuration: the test rules.
    ///   - examinees: how many.
    ///   - seed: the simulation seed.
    /// - Returns: one result per examinee, in order.
    /// - Throws: `invalidParameter` for a bad configuration.
    /// - Complexity: O(examinees × length × (M + length × quadrature points)), parallel.
    public static func run(bank: AdaptiveItemBank, configuration: AdaptiveConfiguration, examinees: Int,
                           seed: UInt64) throws -> [Examinee] {
        try run(bank: bank, configuration: configuration, trueThetas: nil, count: examinees, seed: seed)
    }

    /// Simulates examinees with given true abilities.
    /// - Parameters:
    ///   - bank: the prepared bank.
    ///   - configuration: the test rules.
    ///   - trueThetas: one ability per examinee.
    ///   - seed: the simulation seed.
    /// - Returns: one result per examinee, in order.
    /// - Throws: `invalidParameter` for a bad configuration.
    public static func run(bank: AdaptiveItemBank, configuration: AdaptiveConfiguration, trueThetas: [Double],
                           seed: UInt64) throws -> [Examinee] {
        try run(bank: bank, configuration: configuration, trueThetas: trueThetas, count: trueThetas.count, seed: seed)
    }

    /// The seed the simulation uses as examinee `index`'s attempt seed.
    public static func examineeSeed(_ seed: UInt64, index: Int) -> UInt64 {
        SplitMix64.derive(seed, UInt64(index))
    }

    private static func run(bank: AdaptiveItemBank, configuration: AdaptiveConfiguration, trueThetas: [Double]?,
                            count: Int, seed: UInt64) throws -> [Examinee] {
        try configuration.validate(for: bank)
        let placeholder = Examinee(trueTheta: 0, estimate: AbilityEstimate(theta: 0, standardError: 0), items: [],
                                   responses: [], stopReason: .bankExhausted)
        var results = [Examinee](repeating: placeholder, count: count)
        results.withUnsafeMutableBufferPointer { output in
            let chunks = ParallelChunks.chunkCount(for: count, maximumChunks: 64, minimumChunkSize: 4)
            ParallelChunks.run(chunks) { chunk in
                var scratch = AdaptiveScratch(bank: bank, configuration: configuration)
                for i in ParallelChunks.range(of: chunk, chunks: chunks, count: count) {
                    output[i] = simulate(bank: bank, configuration: configuration, trueTheta: trueThetas?[i],
                                         seed: examineeSeed(seed, index: i), scratch: &scratch)
                }
            }
        }
        return results
    }

    private static func simulate(bank: AdaptiveItemBank, configuration: AdaptiveConfiguration, trueTheta: Double?,
                                 seed: UInt64, scratch: inout AdaptiveScratch) -> Examinee {
        var rng = Xoshiro256StarStar(seed: SplitMix64.derive(seed, 0x5EED))
        let theta = trueTheta ?? StandardNormal.sample(using: &rng)
        var items: [Int] = []
        var responses: [Int] = []
        items.reserveCapacity(configuration.maximumItems)
        responses.reserveCapacity(configuration.maximumItems)
        while true {
            let (next, reason, estimate) = AdaptiveEngine.step(bank: bank, indices: items, responses: responses,
                                                               configuration: configuration, seed: seed, scratch: &scratch)
            guard let j = next else {
                return Examinee(trueTheta: theta, estimate: estimate, items: items, responses: responses, stopReason: reason!)
            }
            items.append(j)
            responses.append(sampleResponse(bank.bank.items[j].parameters, theta: theta, using: &rng))
        }
    }

    /// Draws a response category from the item's category probabilities at θ.
    static func sampleResponse(_ item: ItemParameters, theta: Double, using rng: inout some RandomNumberGenerator) -> Int {
        let u = Double.random(in: 0 ..< 1, using: &rng)
        if case .dichotomous(let d) = item { return u < d.probabilityCorrect(at: theta) ? 1 : 0 }
        var cumulative = 0.0
        let p = item.categoryProbabilities(at: theta)
        for (x, value) in p.enumerated() {
            cumulative += value
            if u < cumulative { return x }
        }
        return p.count - 1
    }
}
