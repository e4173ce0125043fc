/// The stateless adaptive-testing engine: from the bank, the responses so far, the rules and a
/// seed, decide the next item or stop.
///
/// Each call:
/// 1. scores the responses by EAP on the bank's quadrature (posterior mean and SD);
/// 2. stops at `maximumItems`; or when SD ≤ threshold after `minimumItems` with every content
///    minimum met;
/// 3. otherwise selects among the *eligible* items (not given; area below its maximum; and, when
///    the open content minimums need every remaining slot, only from areas below their minimum)
///    the one with maximum Fisher information at θ̂, or a uniform pick among the `randomesque`
///    best; with Sympson–Hetter control the picked item j is administered with probability K_j,
///    otherwise it is set aside for this selection and the choice is repeated (if every eligible
///    item is set aside, the most informative eligible item is given);
/// 4. stops with `bankExhausted` when no item is eligible.
///
/// The random numbers for a step come from `Xoshiro256StarStar(seed: SplitMix64.derive(seed, n))`
/// where n is the number of items already given, so a restarted server that replays the same
/// call gets the same answer: the engine keeps no state between calls.
///
/// References: Lord (1980), ch. 10 (maximum information); Kingsbury & Zara (1989), Applied
/// Measurement in Education 2(4) (randomesque, content balancing); Sympson & Hetter (1985),
/// Proceedings of the 27th Military Testing Association conference (exposure control).
public enum AdaptiveEngine {
    /// Decides the next step of a test.
    /// - Parameters:
    ///   - bank: the prepared bank.
    ///   - administered: the items given so far, in order, with their scored responses.
    ///   - configuration: the rules.
    ///   - seed: the attempt's seed (e.g. stored with the attempt when it starts).
    /// - Returns: the next item or a stop, with the current EAP estimate.
    /// - Throws: `invalidParameter` for a bad configuration, `unknownAnchor` for an unknown item
    ///   id, `responseOutOfRange`, and `invalidItem` when an item is given twice.
    /// - Complexity: O(given × quadrature points) for scoring plus O(M) per selection from the
    ///   precomputed top-M lists (O(bank) in the rare fallback).
    public static func next(bank: AdaptiveItemBank, administered: [AdministeredItem],
                            configuration: AdaptiveConfiguration, seed: UInt64) throws -> AdaptiveDecision {
        try configuration.validate(for: bank)
        var indices: [Int] = []
        var responses: [Int] = []
        var seen = Set<Int>()
        for record in administered {
            guard let j = bank.index(of: record.itemID) else { throw PsychometricsError.unknownAnchor(id: record.itemID) }
            guard seen.insert(j).inserted else { throw PsychometricsError.invalidItem(id: record.itemID, reason: "administered twice") }
            let categories = bank.bank.items[j].parameters.categoryCount
            guard record.response >= 0, record.response < categories else {
                throw PsychometricsError.responseOutOfRange(item: j, response: record.response, categoryCount: categories)
            }
            indices.append(j)
            responses.append(record.response)
        }
        var scratch = AdaptiveScratch(bank: bank, configuration: configuration)
        let (index, reason, estimate) = step(bank: bank, indices: indices, responses: responses,
                                             configuration: configuration, seed: seed, scratch: &scratch)
        if let index { return .administer(itemID: bank.bank.items[index].id, index: index, estimate: estimate) }
        return .stop(reason: reason!, estimate: estimate)
    }

    /// The core step on item indices, shared by `next` and the batch simulation.
    static func step(bank: AdaptiveItemBank, indices: [Int], responses: [Int], configuration: AdaptiveConfiguration,
                     seed: UInt64, scratch: inout AdaptiveScratch) -> (Int?, StopReason?, AbilityEstimate) {
        let estimate = eap(bank: bank, indices: indices, responses: responses, scratch: &scratch)
        let given = indices.count
        if given >= configuration.maximumItems { return (nil, .maximumItemsReached, estimate) }

        // Content bookkeeping.
        let constraints = scratch.constraintByArea
        var areaCounts = [Int](repeating: 0, count: bank.areas.count)
        for j in indices where bank.itemArea[j] >= 0 { areaCounts[bank.itemArea[j]] += 1 }
        var deficit = 0
        for (area, constraint) in constraints.enumerated() {
            if let constraint { deficit += max(0, constraint.minimum - areaCounts[area]) }
        }
        if let threshold = configuration.standardErrorThreshold, given >= configuration.minimumItems,
           deficit == 0, estimate.standardError <= threshold {
            return (nil, .standardErrorReached, estimate)
        }
        let restrictToDeficit = deficit > 0 && deficit >= configuration.maximumItems - given
        setAllowedAreas(bank: bank, counts: areaCounts, restrictToDeficit: restrictToDeficit, scratch: &scratch)
        scratch.stamp &+= 1
        if scratch.stamp == 0 {
            for j in scratch.blocked.indices { scratch.blocked[j] = 0 }
            scratch.stamp = 1
        }
        for j in indices { scratch.blocked[j] = scratch.stamp }

        var rng = Xoshiro256StarStar(seed: SplitMix64.derive(seed, UInt64(given)))
        let position = bank.gridPosition(estimate.theta)
        var firstChoice: Int?
        var relaxed = false
        while true {
            let best = ItemSelector.top(bank: bank, count: configuration.randomesque, row: position.row,
                                        weight: position.weight, scratch: &scratch)
            if best.isEmpty {
                // The deficit areas ran out of items: fall back to every area below its maximum.
                if restrictToDeficit, !relaxed, firstChoice == nil {
                    relaxed = true
                    setAllowedAreas(bank: bank, counts: areaCounts, restrictToDeficit: false, scratch: &scratch)
                    continue
                }
                break
            }
            if firstChoice == nil { firstChoice = best[0] }
            let pick = best.count == 1 ? best[0] : best[Int.random(in: 0 ..< best.count, using: &rng)]
            if !configuration.sympsonHetter || bank.exposure[pick] >= 1 { return (pick, nil, estimate) }
            if Double.random(in: 0 ..< 1, using: &rng) < bank.exposure[pick] { return (pick, nil, estimate) }
            scratch.blocked[pick] = scratch.stamp
        }
        if let firstChoice { return (firstChoice, nil, estimate) }
        return (nil, .bankExhausted, estimate)
    }

    /// Marks which areas may supply the next item: below their maximum and, when the open
    /// minimums need every remaining slot, below their minimum.
    private static func setAllowedAreas(bank: AdaptiveItemBank, counts: [Int], restrictToDeficit: Bool,
                                        scratch: inout AdaptiveScratch) {
        for area in bank.areas.indices {
            var allowed = !restrictToDeficit
            if let constraint = scratch.constraintByArea[area] {
                allowed = counts[area] < constraint.maximum && (!restrictToDeficit || counts[area] < constraint.minimum)
            }
            scratch.areaAllowed[area] = allowed
        }
        scratch.noAreaAllowed = !restrictToDeficit
    }

    /// EAP on the bank's quadrature from precomputed log-probabilities.
    static func eap(bank: AdaptiveItemBank, indices: [Int], responses: [Int], scratch: inout AdaptiveScratch) -> AbilityEstimate {
        let q = bank.nodes.count
        for k in 0 ..< q { scratch.logPosterior[k] = bank.logPrior[k] }
        bank.logProbability.withUnsafeBufferPointer { table in
            for (j, x) in zip(indices, responses) {
                let row = bank.logProbabilityOffset[j] + x * q
                for k in 0 ..< q { scratch.logPosterior[k] += table[row + k] }
            }
        }
        return ExpectedAPosteriori.summarize(logPosterior: scratch.logPosterior, nodes: bank.nodes)
    }
}

/// Reusable working memory for selection steps (one per examinee in a simulation, one per call
/// in the stateless API).
struct AdaptiveScratch {
    var blocked: [UInt32]
    var stamp: UInt32 = 0
    var logPosterior: [Double]
    var areaAllowed: [Bool]
    /// Whether items without a constrained area (or without an area) may be chosen.
    var noAreaAllowed = true
    let constraintByArea: [ContentConstraint?]

    init(bank: AdaptiveItemBank, configuration: AdaptiveConfiguration) {
        blocked = [UInt32](repeating: 0, count: bank.count)
        logPosterior = [Double](repeating: 0, count: bank.nodes.count)
        areaAllowed = [Bool](repeating: true, count: bank.areas.count)
        var byArea = [ContentConstraint?](repeating: nil, count: bank.areas.count)
        for constraint in configuration.contentConstraints {
            if let a = bank.areas.firstIndex(of: constraint.area) { byArea[a] = constraint }
        }
        constraintByArea = byArea
    }

    @inline(__always)
    func isEligible(_ j: Int, area: Int) -> Bool {
        guard blocked[j] != stamp else { return false }
        return area >= 0 ? areaAllowed[area] : noAreaAllowed
    }
}
