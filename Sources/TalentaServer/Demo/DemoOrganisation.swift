import TalentDomain

/// A synthetic organisation for the demo: an instansi, its units, its JPT posts and its officials.
///
/// Everything is generated deterministically from the lists below, so the demo is the same on every
/// machine. Names and NIPs are synthetic; any likeness to a real official is a coincidence.
struct DemoOrganisation {
    struct Unit { let code: String; let name: String }
    struct Post {
        let code: String
        let name: String
        let unit: String
        var jobClass: JobClass = .jptPratama
        var rankFloor = "IV/a"
        var overrides: [Competency: Int] = [:]
        var technical: [String: Int] = [:]
        var critical = false
    }
    struct Official {
        let name: String
        let sex: Sex
        let birth: CivilDate
        let appointed: (year: Int, month: Int)
        let sequence: Int
        let golongan: String
        let education: Education
        /// The post held now (a code of `posts`), from `since`.
        let post: String
        let since: CivilDate
        /// The Administrator post held before, from `previousSince`.
        let previousTitle: String
        let previousSince: CivilDate
        let performance: [(year: Int, predikat: Predikat)]
        var sanction: (level: SanctionLevel, date: CivilDate)? = nil

        var nip: String {
            func pad(_ n: Int, _ w: Int) -> String { String(repeating: "0", count: w - String(n).count) + String(n) }
            return "\(pad(birth.year, 4))\(pad(birth.month, 2))\(pad(birth.day, 2))"
                + "\(pad(appointed.year, 4))\(pad(appointed.month, 2))\(sex.nipDigit)\(pad(sequence, 3))"
        }
    }

    let code: String
    let name: String
    let kind: Instansi.Kind
    let region: String
    let units: [Unit]
    let posts: [Post]
    let officials: [Official]
}

extension DemoOrganisation {
    /// Builds `count` officials for `posts` (in order) from name lists, with dates and ratings spread
    /// deterministically by index.
    /// `sequenceBase` keeps NIPs unique across the demo tenants, as NIPs are national.
    static func officials(names: [(String, Sex)], posts: [Post], unitNames: [String: String],
                          sequenceBase: Int, year: Int = 2025) -> [Official] {
        let ratings: [Predikat] = [.baik, .sangatBaik, .baik, .baik, .butuhPerbaikan, .sangatBaik, .baik]
        let golongan = ["IV/b", "IV/c", "IV/a", "IV/b", "IV/c", "IV/d", "IV/b"]
        let education: [Education] = [.s2, .s2, .s1, .s2, .s3, .s2, .s1, .s2]
        return names.enumerated().map { index, entry in
            let post = posts[index % posts.count]
            let birthYear = 1966 + (index * 7) % 15
            let birth = CivilDate(year: birthYear, month: 1 + (index * 5) % 12, day: 1 + (index * 11) % 28)!
            let appointedYear = birthYear + 24 + index % 4
            let since = CivilDate(year: 2019 + index % 6, month: 1 + (index * 3) % 12, day: 2 + index % 20)!
            let previousSince = CivilDate(year: since.year - 4 - index % 3, month: 1 + (index * 7) % 12, day: 3)!
            let unitName = unitNames[post.unit] ?? post.unit
            let previous = index % 2 == 0 ? "Sekretaris \(unitName)" : "Kepala Bidang pada \(unitName)"
            var official = Official(
                name: entry.0, sex: entry.1, birth: birth, appointed: (appointedYear, 1 + (index * 5) % 12),
                sequence: sequenceBase + 1 + index, golongan: golongan[index % golongan.count],
                education: education[index % education.count], post: post.code, since: since,
                previousTitle: previous, previousSince: previousSince,
                performance: [(year - 1, ratings[(index + 1) % ratings.count]), (year, ratings[index % ratings.count])])
            if index == 9 {
                official.sanction = (.ringan, CivilDate(year: year - 1, month: 6, day: 14)!)
            }
            return official
        }
    }
}
