extension CompetencyProfile {
    /// The profile as the batch reader keeps it: levels 1–5 fit a byte, so a record stays small (about a
    /// third of the full profile's size) while a large batch waits in memory for the rules and the writer.
    struct Compact: Sendable {
        var achieved = SIMD16<UInt8>()
        var standard = SIMD16<UInt8>()
        var assessed: UInt16 = 0
        var inStandard: UInt16 = 0
        var others: [Other] = []

        /// The full profile, for the rules and the writer.
        var profile: CompetencyProfile {
            CompetencyProfile(achieved: SIMD16<Int>(truncatingIfNeeded: achieved), standard: SIMD16<Int>(truncatingIfNeeded: standard),
                              assessed: assessed, inStandard: inStandard, others: others)
        }

        var standardIsEmpty: Bool { inStandard == 0 && !others.contains { $0.standard != nil } }

        mutating func sortOthers() {
            if others.count > 1 { others.sort { $0.code < $1.code } }
        }
    }
}
