/// One official's achieved levels against a post's standard, in the shape the rules read fastest: the nine
/// competencies of PermenPANRB 38/2017 by position in `Competency.allCases`, and any others (technical
/// `T.…` codes) by code.
///
/// It holds exactly what the two dictionaries of `TalentEvaluation.Input` hold, so either converts to the
/// other without loss. `TalentEvaluation` builds it from an `Input`; the batch reader fills its byte-sized
/// form (`Compact`) straight from the JSON bytes.
struct CompetencyProfile: Sendable, Equatable {
    /// Achieved level per position; 0 where not assessed (JPM counts a missing level as 0).
    var achieved = SIMD16<Int>()
    /// Standard level per position; meaningful where `inStandard` has the bit.
    var standard = SIMD16<Int>()
    /// Bit i: the nine's competency i was assessed.
    var assessed: UInt16 = 0
    /// Bit i: the standard names the nine's competency i.
    var inStandard: UInt16 = 0
    /// Competencies outside the nine, sorted by code.
    var others: [Other] = []

    /// A competency outside the nine, usually technical (`T.KES.01`).
    struct Other: Sendable, Equatable {
        let code: String
        var achieved: Int?
        var standard: Int?
        /// Technical competencies are the codes starting `T.`; they count in the technical part of the JPM.
        var isTechnical: Bool { code.hasPrefix("T.") }
    }

    static let nine = Competency.allCases

    init() {}

    init(achieved: SIMD16<Int>, standard: SIMD16<Int>, assessed: UInt16, inStandard: UInt16, others: [Other]) {
        self.achieved = achieved
        self.standard = standard
        self.assessed = assessed
        self.inStandard = inStandard
        self.others = others
    }

    /// The profile of two level dictionaries keyed by competency code.
    init(levels: [String: Int], standard: [String: Int]) {
        for (code, level) in levels {
            if let index = Self.position(of: code) {
                achieved[index] = level
                assessed |= 1 << index
            } else {
                others.append(Other(code: code, achieved: level, standard: nil))
            }
        }
        for (code, level) in standard {
            if let index = Self.position(of: code) {
                self.standard[index] = level
                inStandard |= 1 << index
            } else if let existing = others.firstIndex(where: { $0.code == code }) {
                others[existing].standard = level
            } else {
                others.append(Other(code: code, achieved: nil, standard: level))
            }
        }
        sortOthers()
    }

    /// The position of a code written exactly as the regulation writes it (`M.01` … `SK.01`).
    static func position(of code: String) -> Int? {
        switch code {
        case "M.01": 0
        case "M.02": 1
        case "M.03": 2
        case "M.04": 3
        case "M.05": 4
        case "M.06": 5
        case "M.07": 6
        case "M.08": 7
        case "SK.01": 8
        default: nil
        }
    }

    mutating func sortOthers() {
        if others.count > 1 { others.sort { $0.code < $1.code } }
    }

    /// The achieved levels as `Input.levels` holds them.
    var levelsDictionary: [String: Int] {
        var result: [String: Int] = Dictionary(minimumCapacity: 9 + others.count)
        for index in 0 ..< 9 where assessed & (1 << index) != 0 { result[Self.nine[index].code] = achieved[index] }
        for other in others { if let level = other.achieved { result[other.code] = level } }
        return result
    }

    /// The standard as `Input.standard` holds it.
    var standardDictionary: [String: Int] {
        var result: [String: Int] = Dictionary(minimumCapacity: 9 + others.count)
        for index in 0 ..< 9 where inStandard & (1 << index) != 0 { result[Self.nine[index].code] = standard[index] }
        for other in others { if let level = other.standard { result[other.code] = level } }
        return result
    }

    /// The JPM (DOMAIN.md §3), exactly as `JobPersonMatch(achieved:standard:technicalAchieved:technicalStandard:rules:)`
    /// computes it with the `T.` codes as the technical part.
    func jobPersonMatch(_ rules: JPMRules) -> Double {
        var got = 0, need = 0, technicalGot = 0, technicalNeed = 0
        var hasTechnical = false
        for index in 0 ..< 9 where inStandard & (1 << index) != 0 {
            let level = standard[index], value = achieved[index]
            got += rules.capAtStandard ? min(value, level) : value
            need += level
        }
        for other in others {
            guard let level = other.standard else { continue }
            let value = other.achieved ?? 0
            if other.isTechnical {
                hasTechnical = true
                technicalGot += rules.capAtStandard ? min(value, level) : value
                technicalNeed += level
            } else {
                got += rules.capAtStandard ? min(value, level) : value
                need += level
            }
        }
        func ratio(_ got: Int, _ need: Int) -> Double { need == 0 ? 0 : Double(got) / Double(need) * 100 }
        var value = ratio(got, need)
        if rules.technicalWeight > 0 && hasTechnical {
            value = (1 - rules.technicalWeight) * value + rules.technicalWeight * ratio(technicalGot, technicalNeed)
        }
        return min(value, 100)
    }

    /// Calls `body` for every competency whose achieved level is below the standard: the nine in their
    /// order, then the others by code.
    func forEachGap(_ body: (_ code: String, _ achieved: Int, _ standard: Int) throws -> Void) rethrows {
        for index in 0 ..< 9 where inStandard & (1 << index) != 0 && achieved[index] < standard[index] {
            try body(Self.nine[index].code, achieved[index], standard[index])
        }
        for other in others {
            guard let level = other.standard else { continue }
            let value = other.achieved ?? 0
            if value < level { try body(other.code, value, level) }
        }
    }

    /// The gaps as `JobPersonMatch.gaps` lists them.
    var gaps: [JobPersonMatch.Gap] {
        var result: [JobPersonMatch.Gap] = []
        forEachGap { code, achieved, standard in
            result.append(JobPersonMatch.Gap(competency: code, achieved: achieved, standard: standard))
        }
        return result
    }
}
