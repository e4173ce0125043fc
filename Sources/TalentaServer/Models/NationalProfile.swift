import FluentKit
import Foundation
import TalentDomain

/// One official's summary profile in the national talent search: the latest released result of an official
/// of any instansi, flattened into one row so that a search is one query over one table (see
/// `NationalProfiles` for when rows are written and `NationalSearch` for how they are found).
///
/// A row without a result is synthetic: seeded by `talenta demo --national`, with no official behind it.
final class NationalProfile: Model, @unchecked Sendable {
    static let schema = "national_profiles"

    @ID var id: UUID?
    /// The released result the row was derived from; nil for a synthetic row.
    @OptionalField(key: "result_id") var resultID: UUID?
    @OptionalField(key: "employee_id") var employeeID: UUID?
    @Field(key: "instansi_id") var instansiID: UUID
    @Field(key: "instansi_code") var instansiCode: String
    @Field(key: "instansi_name") var instansiName: String
    /// The province of the instansi.
    @Field(key: "region") var region: String
    @Field(key: "nip") var nip: String
    @Field(key: "name") var name: String
    @OptionalField(key: "post_title") var postTitle: String?
    @OptionalField(key: "job_class") var jobClass: String?
    /// `IV/a`; `golonganOrdinal` is its index in `Golongan.all` (I/a = 0 … IV/e = 16), for "at least".
    @OptionalField(key: "golongan") var golongan: String?
    @OptionalField(key: "golongan_ordinal") var golonganOrdinal: Int?
    /// `S2`; `educationLevel` is `Education.level` (D-IV and S1 share 6), for "at least".
    @OptionalField(key: "education") var education: String?
    @OptionalField(key: "education_level") var educationLevel: Int?
    /// Achieved level of each of the nine competencies; 0 when not assessed.
    @Field(key: "m01") var m01: Int
    @Field(key: "m02") var m02: Int
    @Field(key: "m03") var m03: Int
    @Field(key: "m04") var m04: Int
    @Field(key: "m05") var m05: Int
    @Field(key: "m06") var m06: Int
    @Field(key: "m07") var m07: Int
    @Field(key: "m08") var m08: Int
    @Field(key: "sk01") var sk01: Int
    /// The sum of the nine levels: JPM against a job class's standard is a function of it.
    @Field(key: "level_sum") var levelSum: Int
    /// 1–9, or nil without a performance history.
    @OptionalField(key: "box") var box: Int?
    /// The potential composite, 0–100, under the instansi's settings.
    @Field(key: "potential") var potential: Double
    /// `di bawah`, `sesuai` or `di atas`.
    @OptionalField(key: "performance_band") var performanceBand: String?
    /// `yyyy-mm-dd`.
    @Field(key: "tested_on") var testedOn: String
    @Field(key: "valid_until") var validUntil: String

    init() {}

    var isSynthetic: Bool { resultID == nil }

    /// The column of each competency's level.
    static func column(_ competency: Competency) -> String {
        competency.code.lowercased().replacingOccurrences(of: ".", with: "")
    }

    /// Achieved level by competency (0 when not assessed).
    var levels: [Competency: Int] {
        let values = [m01, m02, m03, m04, m05, m06, m07, m08, sk01]
        return Dictionary(uniqueKeysWithValues: zip(Competency.allCases, values))
    }

    /// Sets the nine levels and their sum from achieved levels by code; a code not assessed is 0.
    func setLevels(_ achieved: [String: Int]) {
        let value = { (competency: Competency) in achieved[competency.code] ?? 0 }
        m01 = value(.integritas)
        m02 = value(.kerjaSama)
        m03 = value(.komunikasi)
        m04 = value(.orientasiPadaHasil)
        m05 = value(.pelayananPublik)
        m06 = value(.pengembanganDiri)
        m07 = value(.mengelolaPerubahan)
        m08 = value(.pengambilanKeputusan)
        sk01 = value(.perekatBangsa)
        levelSum = Competency.allCases.map(value).reduce(0, +)
    }

    func setGolongan(_ value: Golongan?) {
        golongan = value?.description
        golonganOrdinal = value.flatMap { Golongan.all.firstIndex(of: $0) }
    }

    func setEducation(_ value: Education?) {
        education = value?.rawValue
        educationLevel = value?.level
    }
}
