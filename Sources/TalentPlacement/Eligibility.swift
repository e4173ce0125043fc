import TalentDomain

/// The named checks of DOMAIN.md §7, plus the two round rules that keep a pair apart.
public enum EligibilityRule: String, Sendable, Codable, CaseIterable {
    case pns, education, age, experience, seniorPost, discipline, rank, assessment, rotationTenure, retirement
    /// Rotation: an official does not go back to the post they hold.
    case samePost
    /// The round excludes this pair by hand.
    case excluded
}

/// Why one official may not be placed in one post: the rule and the data it failed on.
public struct EligibilityFailure: Sendable, Codable, Equatable {
    public let rule: EligibilityRule
    public let detail: String

    public init(_ rule: EligibilityRule, _ detail: String) {
        self.rule = rule
        self.detail = detail
    }
}

/// The eligibility checks: pure functions of the official's record, the post and the round's date.
public struct Eligibility: Sendable {
    public let rules: EligibilityRules
    public let asOf: CivilDate
    public let validityYears: Int
    public let kind: RoundKind

    public init(rules: EligibilityRules, asOf: CivilDate, validityYears: Int, kind: RoundKind) {
        self.rules = rules
        self.asOf = asOf
        self.validityYears = validityYears
        self.kind = kind
    }

    /// The classes that count as Administrator or Ahli Madya "or higher" for `seniorPost`.
    static let seniorClasses: Set<JobClass> = [.administrator, .ahliMadya, .ahliUtama, .jptPratama, .jptMadya, .jptUtama]

    /// Every failed check of `candidate` for `post`, in rule order; empty when eligible.
    /// `jpm` is the candidate's match against the post (the fit's JPM), `nil` without a result.
    public func failures(_ candidate: PlacementCandidate, for post: PlacementPost, jpm: JobPersonMatch?) -> [EligibilityFailure] {
        var failures = personal(candidate)
        if rules.rank.enabled, let floor = post.rankFloor {
            if let golongan = candidate.golongan {
                if golongan < floor {
                    failures.append(.init(.rank, "golongan \(golongan) is below the post's floor \(floor)"))
                }
            } else {
                failures.append(.init(.rank, "no golongan on record; the post's floor is \(floor)"))
            }
        }
        if rules.assessment.enabled, let assessment = candidate.assessment, isValid(assessment), let jpm,
           jpm.filling.rank < rules.assessment.minimumCategory.rank {
            failures.append(.init(.assessment, "JPM \(jpm.display)% (\(jpm.filling.rawValue)) for \(post.code); "
                                  + "at least \(rules.assessment.minimumCategory.rawValue) is required"))
        }
        return failures.sorted { Self.order[$0.rule]! < Self.order[$1.rule]! }
    }

    private static let order = Dictionary(uniqueKeysWithValues: EligibilityRule.allCases.enumerated().map { ($1, $0) })

    /// The checks that do not depend on the post. Failing one fails every post.
    public func personal(_ candidate: PlacementCandidate) -> [EligibilityFailure] {
        var failures: [EligibilityFailure] = []
        if rules.pns.enabled && candidate.status != .pns {
            failures.append(.init(.pns, "status kepegawaian is \(candidate.status.rawValue), not PNS"))
        }
        if rules.education.enabled {
            if let education = candidate.education {
                if education < rules.education.minimum {
                    failures.append(.init(.education, "education \(education.rawValue) is below \(rules.education.minimum.rawValue)"))
                }
            } else {
                failures.append(.init(.education, "no education on record"))
            }
        }
        let age = candidate.birthDate.wholeYears(until: asOf)
        if rules.age.enabled && (rules.age.appliesToRotation || !candidate.holdsJPT) && age > rules.age.maximumYears {
            failures.append(.init(.age, "age \(age) on \(asOf) (born \(candidate.birthDate)); at most \(rules.age.maximumYears)"))
        }
        if rules.experience.enabled {
            if candidate.serviceStart.adding(years: rules.experience.minimumYears) > asOf {
                let years = Self.years(from: candidate.serviceStart, to: asOf)
                failures.append(.init(.experience, "\(Self.format(years)) years of service since TMT CPNS \(candidate.serviceStart); "
                                      + "at least \(rules.experience.minimumYears)"))
            }
        }
        if rules.seniorPost.enabled {
            let years = seniorYears(candidate)
            if years < Double(rules.seniorPost.minimumYears) {
                failures.append(.init(.seniorPost, "\(Self.format(years)) years as Administrator, Ahli Madya or higher; "
                                      + "at least \(rules.seniorPost.minimumYears)"))
            }
        }
        if rules.discipline.enabled {
            let since = asOf.adding(years: -rules.discipline.years)
            let counted = Set(rules.discipline.levels)
            if let sanction = candidate.sanctions.filter({ counted.contains($0.level) && $0.date >= since && $0.date <= asOf })
                .max(by: { $0.date < $1.date }) {
                failures.append(.init(.discipline, "hukuman disiplin \(sanction.level.rawValue) on \(sanction.date); "
                                      + "none since \(since) is allowed"))
            }
        }
        if rules.assessment.enabled {
            if let assessment = candidate.assessment {
                if !isValid(assessment) {
                    failures.append(.init(.assessment, "competency result of \(assessment.testedOn) expired on "
                                          + "\(assessment.testedOn.adding(years: validityYears))"))
                }
            } else {
                failures.append(.init(.assessment, "no competency result"))
            }
        }
        if rules.rotationTenure.enabled, candidate.holdsJPT, let since = candidate.currentSince,
           since.adding(years: rules.rotationTenure.minimumYears) > asOf {
            failures.append(.init(.rotationTenure, "in \(candidate.currentPost ?? "the current JPT post") since \(since), "
                                  + "under \(rules.rotationTenure.minimumYears) years"))
        }
        if rules.retirement.enabled {
            let retires = candidate.birthDate.adding(years: rules.retirement.age)
            if retires <= asOf.adding(years: rules.retirement.firstYears) {
                failures.append(.init(.retirement, "reaches \(rules.retirement.age) on \(retires), within "
                                      + "\(rules.retirement.firstYears) year(s) of \(asOf)"))
            }
        }
        return failures
    }

    /// A post kept by its holder: installed less than the tenure rule's years ago (rotation rounds only).
    public func protectedTenure(_ post: PlacementPost) -> EligibilityFailure? {
        guard kind == .rotation, rules.rotationTenure.enabled, post.holder != nil, let installed = post.installedOn,
              installed.adding(years: rules.rotationTenure.minimumYears) > asOf else { return nil }
        return .init(.rotationTenure, "holder installed on \(installed), under \(rules.rotationTenure.minimumYears) years: "
                     + "the post is not given to anyone else")
    }

    func isValid(_ assessment: PlacementCandidate.Assessment) -> Bool {
        asOf < assessment.testedOn.adding(years: validityYears)
    }

    /// Total years in senior classes: each post counts from its start to the next post's start (the last
    /// to the round's date).
    func seniorYears(_ candidate: PlacementCandidate) -> Double {
        var spans = candidate.history.map { ($0.start, $0.jobClass) }
        if let since = candidate.currentSince, !spans.contains(where: { $0.0 == since }) {
            spans.append((since, candidate.currentClass))
        }
        spans.sort { $0.0 < $1.0 }
        var days = 0
        for (index, span) in spans.enumerated() where span.1.map(Self.seniorClasses.contains) ?? false {
            let end = index + 1 < spans.count ? spans[index + 1].0 : asOf
            days += max(0, min(end, asOf).dayNumber - span.0.dayNumber)
        }
        return Double(days) / 365.2425
    }

    static func years(from start: CivilDate, to end: CivilDate) -> Double {
        Double(end.dayNumber - start.dayNumber) / 365.2425
    }

    /// Years with one decimal, rounded down (so "4.9" never displays as "5.0" when it fails a 5-year rule).
    static func format(_ years: Double) -> String {
        let tenths = Int((years * 10).rounded(.down))
        return "\(tenths / 10).\(abs(tenths % 10))"
    }
}
