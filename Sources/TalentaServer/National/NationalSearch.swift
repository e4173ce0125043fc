import Foundation
import TalentDomain

/// The national talent search's filter: what a national viewer asks for, read from query parameters and
/// checked here, with no database in sight (the query is in `NationalSearch+Query.swift`).
///
/// | parameter | meaning |
/// |---|---|
/// | `m01` … `m08`, `sk01` (or `M.01` …) | at least this level (1–5) of the competency |
/// | `jpmClass`, `jpmMinimum` | JPM of at least `jpmMinimum` % (0–100) against the class standard (JPT Pratama by default) |
/// | `box` | in one of these boxes (1–9); repeated or comma-separated |
/// | `golongan` | rank at least this (`IV/a`) |
/// | `education` | education at least this (`S1`; D-IV and S1 are one level) |
/// | `instansi` | the instansi's code |
/// | `region` | the instansi's province |
/// | `q` | a name fragment (any case), or the start of a NIP (digits) |
/// | `page` | 1, 2, …: 50 rows a page, by level sum (highest first), then name and NIP |
///
/// JPM against a class uses the national default standard levels (`TalentConfiguration.default`) over the
/// nine competencies, an unassessed one counting 0, capped at 100:
///
/// ```
/// JPM(class) = min(100, level_sum / (9 × L(class)) × 100)
/// JPM(class) ≥ m  ⇔  level_sum ≥ ⌈m × 9 × L(class) / 100⌉      (0 < m ≤ 100)
/// ```
enum NationalSearch {
    static let pageSize = 50

    /// The standard level of a job class in the national search (the default configuration's).
    static func standardLevel(_ jobClass: JobClass) -> Int {
        TalentConfiguration.default.standardLevels.level(for: jobClass)
    }

    /// JPM against a class standard from the sum of the nine levels, capped at 100.
    static func jpm(levelSum: Int, against jobClass: JobClass) -> Double {
        min(100, Double(levelSum) / Double(9 * standardLevel(jobClass)) * 100)
    }

    /// A query parameter with a value the search cannot use.
    struct FilterError: Error, Equatable, CustomStringConvertible {
        let parameter: String
        let value: String
        let reason: String

        var description: String { "\(parameter)=\(value): \(reason)" }
    }

    struct Filter: Sendable, Equatable {
        var minimumLevels: [Competency: Int] = [:]
        /// The class JPM is measured against (shown, and filtered on with `jpmMinimum`).
        var jpmClass: JobClass = .jptPratama
        var jpmMinimum: Double?
        var boxes: Set<Int> = []
        var minimumGolongan: Golongan?
        var minimumEducation: Education?
        var instansi: String?
        var region: String?
        var text: String?
        var page = 1

        /// Parameters that are not filters and are let through (the page's language).
        static let ignored: Set<String> = ["lang"]
        static let maxTextLength = 100

        init() {}

        /// Reads a URL query string (`a=1&b=2`, `+` as a space, percent-encoded). An empty value is no
        /// filter; a repeated parameter keeps its last value, except `box`, whose values add up.
        init(query: String?) throws(FilterError) {
            var pairs: [(String, String)] = []
            for part in (query ?? "").split(separator: "&", omittingEmptySubsequences: true) {
                let halves = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                func decode(_ text: Substring) -> String {
                    let plain = text.replacingOccurrences(of: "+", with: " ")
                    return plain.removingPercentEncoding ?? plain
                }
                pairs.append((decode(halves[0]), halves.count > 1 ? decode(halves[1]) : ""))
            }
            try self.init(parameters: pairs)
        }

        init(parameters: [(String, String)]) throws(FilterError) {
            for (name, raw) in parameters {
                let value = raw.trimmingCharacters(in: .whitespaces)
                guard !value.isEmpty, !Self.ignored.contains(name) else { continue }
                func fail(_ reason: String) -> FilterError { FilterError(parameter: name, value: raw, reason: reason) }
                switch name {
                case "jpmClass":
                    guard let jobClass = JobClass(parsing: value) else {
                        throw fail("not a job class; one of \(JobClass.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    jpmClass = jobClass
                case "jpmMinimum":
                    guard let number = Double(value), number.isFinite, (0...100).contains(number) else {
                        throw fail("a JPM percentage from 0 to 100")
                    }
                    jpmMinimum = number
                case "box":
                    for item in value.split(separator: ",") {
                        guard let box = Int(item.trimmingCharacters(in: .whitespaces)), (1...9).contains(box) else {
                            throw fail("boxes are 1 to 9")
                        }
                        boxes.insert(box)
                    }
                case "golongan":
                    guard let golongan = Golongan(parsing: value) else { throw fail("not a golongan such as III/d or IV/a") }
                    minimumGolongan = golongan
                case "education":
                    guard let education = Education(parsing: value) else {
                        throw fail("not an education level; one of \(Education.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    minimumEducation = education
                case "instansi":
                    guard value.count <= Self.maxTextLength else { throw fail("at most \(Self.maxTextLength) characters") }
                    instansi = value
                case "region":
                    guard value.count <= Self.maxTextLength else { throw fail("at most \(Self.maxTextLength) characters") }
                    region = value
                case "q":
                    guard value.count <= Self.maxTextLength else { throw fail("at most \(Self.maxTextLength) characters") }
                    text = value
                case "page":
                    guard let number = Int(value), number >= 1, number <= 1_000_000 else { throw fail("a page number from 1") }
                    page = number
                default:
                    guard let competency = Competency(code: name) else {
                        throw fail("not a search parameter; the competencies are m01 … m08 and sk01")
                    }
                    guard let level = Int(value), Competency.levels.contains(level) else {
                        throw fail("a competency level from 1 to 5")
                    }
                    minimumLevels[competency] = level
                }
            }
        }

        /// The smallest level sum whose JPM against `jpmClass` reaches `jpmMinimum`; nil without a minimum.
        var minimumLevelSum: Int? {
            guard let minimum = jpmMinimum, minimum > 0 else { return nil }
            let exact = minimum * Double(9 * NationalSearch.standardLevel(jpmClass)) / 100
            return Int((exact - 1e-9).rounded(.up))
        }

        /// The name text (lower case, for a contains match), or nil when `text` is the start of a NIP.
        var nameFragment: String? {
            guard let text, nipPrefix == nil else { return nil }
            return text.lowercased()
        }

        /// The digits of `text` when it is the start of a NIP (digits and spaces only, at least two digits).
        var nipPrefix: String? {
            guard let text else { return nil }
            let digits = text.filter { $0 != " " }
            guard digits.count >= 2, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
            return digits
        }

        /// The filter as normalised parameters, in a fixed order: the audit's detail, and the links of the
        /// pager (`page` left out; add it).
        var parameters: [(String, String)] {
            var out: [(String, String)] = []
            for competency in Competency.allCases {
                if let level = minimumLevels[competency] { out.append((NationalProfile.column(competency), String(level))) }
            }
            if let jpmMinimum {
                out.append(("jpmClass", jpmClass.rawValue))
                out.append(("jpmMinimum", jpmMinimum.rounded() == jpmMinimum ? String(Int(jpmMinimum)) : String(jpmMinimum)))
            } else if jpmClass != .jptPratama {
                out.append(("jpmClass", jpmClass.rawValue))
            }
            if !boxes.isEmpty { out.append(("box", boxes.sorted().map(String.init).joined(separator: ","))) }
            if let minimumGolongan { out.append(("golongan", minimumGolongan.description)) }
            if let minimumEducation { out.append(("education", minimumEducation.rawValue)) }
            if let instansi { out.append(("instansi", instansi)) }
            if let region { out.append(("region", region)) }
            if let text { out.append(("q", text)) }
            return out
        }

        /// The audit log's record of the search: every filter and the page.
        var auditDetail: [String: String] {
            Dictionary(parameters + [("page", String(page))], uniquingKeysWith: { _, last in last })
        }

        /// A URL query string of `parameters` and `page` (page 1 is left out).
        func queryString(page: Int) -> String {
            let allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~")
            let pairs = parameters + (page > 1 ? [("page", String(page))] : [])
            return pairs.map { name, value in
                "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value)"
            }.joined(separator: "&")
        }
    }
}
